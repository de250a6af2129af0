#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint print;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return print;
    print.exists = true;
    print.size = file.size();
    print.modifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    print.sha256 = hash.result().toHex();
    return print;
}

FileFingerprint FileFingerprint::ofBytes(const QString &path, const QByteArray &bytes)
{
    FileFingerprint print;
    print.exists = true;
    print.size = bytes.size();
    print.modifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    print.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return print;
}

bool FileFingerprint::sameContent(const FileFingerprint &other) const
{
    if (exists != other.exists)
        return false;
    return !exists || (size == other.size && sha256 == other.sha256);
}
