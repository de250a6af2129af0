#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

QCryptographicHash::Algorithm toQt(FileFingerprint::Hash algorithm)
{
    return algorithm == FileFingerprint::Hash::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Blake2b_256;
}

} // namespace

FileFingerprint FileFingerprint::of(const QString &path, Hash algorithm)
{
    FileFingerprint print;
    print.algorithm = algorithm;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    QCryptographicHash hash(toQt(algorithm));
    if (!hash.addData(&file))
        return print;
    print.exists = true;
    print.size = file.size();
    print.modifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    print.hash = hash.result().toHex();
    return print;
}

FileFingerprint FileFingerprint::ofBytes(const QString &path, const QByteArray &bytes, Hash algorithm)
{
    FileFingerprint print;
    print.algorithm = algorithm;
    print.exists = true;
    print.size = bytes.size();
    print.modifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    print.hash = QCryptographicHash::hash(bytes, toQt(algorithm)).toHex();
    return print;
}

bool FileFingerprint::sameContent(const FileFingerprint &other) const
{
    if (exists != other.exists)
        return false;
    return !exists || (size == other.size && algorithm == other.algorithm && hash == other.hash);
}
