#include "recoverystore.h"

#include "episodefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {
const QByteArray Magic = "TRANSCRIPT-EDITOR-RECOVERY 1\n";
const QString Suffix = QStringLiteral(".recovery");

// The original's hash is stored under its algorithm's name; copies written before BLAKE2b have "sha256".
QString hashKey(FileFingerprint::Hash algorithm)
{
    return algorithm == FileFingerprint::Hash::Sha256 ? QStringLiteral("sha256") : QStringLiteral("blake2b256");
}

QJsonObject fingerprintToJson(const FileFingerprint &print)
{
    return QJsonObject { { QStringLiteral("exists"), print.exists }, { QStringLiteral("size"), print.size },
        { QStringLiteral("modifiedMs"), print.modifiedMs },
        { hashKey(print.algorithm), QString::fromLatin1(print.hash) } };
}

FileFingerprint fingerprintFromJson(const QJsonObject &object)
{
    FileFingerprint print;
    print.exists = object.value(QStringLiteral("exists")).toBool();
    print.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
    print.modifiedMs = qint64(object.value(QStringLiteral("modifiedMs")).toDouble(-1));
    for (const FileFingerprint::Hash algorithm : { FileFingerprint::Hash::Blake2b256, FileFingerprint::Hash::Sha256 }) {
        if (object.contains(hashKey(algorithm))) {
            print.algorithm = algorithm;
            print.hash = object.value(hashKey(algorithm)).toString().toLatin1();
            break;
        }
    }
    return print;
}
} // namespace

RecoveryStore::RecoveryStore(const QString &directory) : m_directory(directory)
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::idForPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    // The file name keeps a listing of the directory readable; only safe characters are kept.
    QString name = QFileInfo(path).fileName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name.left(60) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString RecoveryStore::newUntitledId()
{
    return QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QString RecoveryStore::copyPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + Suffix;
}

QByteArray RecoveryStore::encode(const RecoveryCopy &copy)
{
    const QJsonObject meta { { QStringLiteral("id"), copy.id }, { QStringLiteral("originalPath"), copy.originalPath },
        { QStringLiteral("displayName"), copy.displayName },
        { QStringLiteral("original"), fingerprintToJson(copy.original) },
        { QStringLiteral("createdAt"), copy.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("entryCount"), copy.entryCount }, { QStringLiteral("byteCount"), copy.bytes.size() },
        { QStringLiteral("sha256"),
            QString::fromLatin1(QCryptographicHash::hash(copy.bytes, QCryptographicHash::Sha256).toHex()) } };
    QByteArray out = Magic;
    out += QJsonDocument(meta).toJson(QJsonDocument::Compact);
    out += '\n';
    out += copy.bytes;
    return out;
}

std::optional<RecoveryCopy> RecoveryStore::decode(const QByteArray &data)
{
    if (!data.startsWith(Magic))
        return std::nullopt;
    const qsizetype lineEnd = data.indexOf('\n', Magic.size());
    if (lineEnd < 0)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data.mid(Magic.size(), lineEnd - Magic.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject meta = json.object();
    RecoveryCopy copy;
    copy.bytes = data.mid(lineEnd + 1);
    // A copy that is not whole (a damaged disk, a foreign file) is never offered.
    if (qint64(meta.value(QStringLiteral("byteCount")).toDouble(-1)) != copy.bytes.size()
        || meta.value(QStringLiteral("sha256")).toString().toLatin1()
            != QCryptographicHash::hash(copy.bytes, QCryptographicHash::Sha256).toHex())
        return std::nullopt;
    copy.id = meta.value(QStringLiteral("id")).toString();
    copy.originalPath = meta.value(QStringLiteral("originalPath")).toString();
    copy.displayName = meta.value(QStringLiteral("displayName")).toString();
    copy.original = fingerprintFromJson(meta.value(QStringLiteral("original")).toObject());
    copy.createdAt = QDateTime::fromString(meta.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    copy.entryCount = meta.value(QStringLiteral("entryCount")).toInt();
    return copy;
}

bool RecoveryStore::write(const RecoveryCopy &copy, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = m_directory;
        return false;
    }
    FileError fileError;
    if (!EpisodeFile::writeBytes(copyPath(copy.id), encode(copy), &fileError)) {
        if (error)
            *error = fileError.toString();
        return false;
    }
    return true;
}

std::optional<RecoveryCopy> RecoveryStore::read(const QString &id) const
{
    QFile file(copyPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<RecoveryCopy> copy = decode(file.readAll());
    if (copy)
        copy->id = id;
    return copy;
}

bool RecoveryStore::exists(const QString &id) const
{
    return QFileInfo::exists(copyPath(id));
}

void RecoveryStore::remove(const QString &id) const
{
    QFile::remove(copyPath(id));
}

QStringList RecoveryStore::ids() const
{
    const QFileInfoList files = QDir(m_directory).entryInfoList({ QLatin1Char('*') + Suffix }, QDir::Files, QDir::Time);
    QStringList result;
    for (const QFileInfo &info : files)
        result << info.fileName().chopped(Suffix.size());
    return result;
}

std::unique_ptr<QLockFile> RecoveryStore::claim(const QString &id) const
{
    QDir().mkpath(m_directory);
    auto lock = std::make_unique<QLockFile>(m_directory + QLatin1Char('/') + id + QStringLiteral(".lock"));
    // A lock left by a process that no longer exists is stale at once (QLockFile checks the pid); a live one is not.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool RecoveryStore::isOrphan(const QString &id) const
{
    return claim(id) != nullptr;
}

QStringList RecoveryStore::orphanIds() const
{
    QStringList result;
    for (const QString &id : ids()) {
        if (isOrphan(id))
            result << id;
    }
    return result;
}
