#include "peakcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <cstring>

namespace {

constexpr char Magic[8] = { 'T', 'E', 'P', 'E', 'A', 'K', 'S', '\0' };

quint64 fnv1a(const char *data, qsizetype size)
{
    quint64 hash = 14695981039346656037ULL;
    for (qsizetype i = 0; i < size; ++i) {
        hash ^= quint8(data[i]);
        hash *= 1099511628211ULL;
    }
    return hash;
}

template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

/** Reads little-endian values from a byte array, remembering whether it ran past the end. */
struct Reader
{
    const QByteArray &data;
    qsizetype pos = 0;
    bool ok = true;
    template<typename T> T get()
    {
        if (pos + qsizetype(sizeof(T)) > data.size()) {
            ok = false;
            return T();
        }
        const T value = qFromLittleEndian<T>(data.constData() + pos);
        pos += sizeof(T);
        return value;
    }
};

} // namespace

PeakCache::Key PeakCache::keyFor(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    Key key;
    key.path = info.absoluteFilePath();
    if (info.exists()) {
        key.size = info.size();
        key.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    }
    return key;
}

QString PeakCache::cacheFileFor(const QString &audioPath)
{
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(audioPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/waveforms/")
        + QString::fromLatin1(hash) + QStringLiteral(".peaks");
}

QByteArray PeakCache::serialize(const PeakPyramid &peaks, const Key &key)
{
    const std::vector<PeakPair> &base = peaks.level(0);
    const QByteArray path = key.path.toUtf8();
    QByteArray out;
    out.reserve(qsizetype(80 + path.size() + base.size() * 4));
    out.append(Magic, sizeof(Magic));
    put<quint32>(out, Version);
    put<quint32>(out, quint32(peaks.sampleRate()));
    put<quint32>(out, quint32(peaks.baseSamplesPerPeak()));
    put<quint64>(out, quint64(peaks.sampleCount()));
    put<quint64>(out, quint64(base.size()));
    put<quint64>(out, quint64(key.size));
    put<qint64>(out, key.mtimeMs);
    put<quint32>(out, quint32(path.size()));
    out.append(path);
    const qsizetype at = out.size();
    out.resize(at + qsizetype(base.size() * 4));
    char *p = out.data() + at;
    for (const PeakPair &pair : base) {
        qToLittleEndian(pair.min, p);
        qToLittleEndian(pair.max, p + 2);
        p += 4;
    }
    put<quint64>(out, fnv1a(out.constData(), out.size()));
    return out;
}

std::optional<PeakPyramid> PeakCache::deserialize(const QByteArray &data, const Key &key, QString *why)
{
    const auto fail = [why](const char *reason) -> std::optional<PeakPyramid> {
        if (why)
            *why = QString::fromLatin1(reason);
        return std::nullopt;
    };
    if (data.size() < qsizetype(sizeof(Magic) + 8) || std::memcmp(data.constData(), Magic, sizeof(Magic)) != 0)
        return fail("not a peak cache file");
    const qsizetype body = data.size() - 8;
    if (qFromLittleEndian<quint64>(data.constData() + body) != fnv1a(data.constData(), body))
        return fail("checksum mismatch (damaged file)");
    Reader in { data };
    in.pos = sizeof(Magic);
    if (in.get<quint32>() != Version)
        return fail("other cache version");
    const quint32 rate = in.get<quint32>();
    const quint32 spp = in.get<quint32>();
    const quint64 samples = in.get<quint64>();
    const quint64 pairs = in.get<quint64>();
    Key stored;
    stored.size = qint64(in.get<quint64>());
    stored.mtimeMs = in.get<qint64>();
    const quint32 pathSize = in.get<quint32>();
    if (!in.ok || pathSize > quint32(body - in.pos))
        return fail("truncated header");
    stored.path = QString::fromUtf8(data.constData() + in.pos, qsizetype(pathSize));
    in.pos += pathSize;
    if (!(stored == key))
        return fail("stale (the audio file changed)");
    if (rate == 0 || spp == 0 || pairs != (samples + spp - 1) / spp || quint64(body - in.pos) != pairs * 4)
        return fail("inconsistent sizes");
    std::vector<PeakPair> base(pairs);
    const char *p = data.constData() + in.pos;
    for (PeakPair &pair : base) {
        pair.min = qFromLittleEndian<qint16>(p);
        pair.max = qFromLittleEndian<qint16>(p + 2);
        p += 4;
    }
    return PeakPyramid::fromBase(int(rate), int(spp), qint64(samples), std::move(base));
}

bool PeakCache::store(const QString &audioPath, const PeakPyramid &peaks)
{
    const QString file = cacheFileFor(audioPath);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(serialize(peaks, keyFor(audioPath)));
    return out.commit();
}

std::optional<PeakPyramid> PeakCache::load(const QString &audioPath, QString *why)
{
    QFile in(cacheFileFor(audioPath));
    if (!in.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("no cache file");
        return std::nullopt;
    }
    return deserialize(in.readAll(), keyFor(audioPath), why);
}
