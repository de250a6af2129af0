#pragma once

#include "peakpyramid.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * The on-disk cache of waveform peaks, so that reopening an episode shows its whole waveform at once.
 *
 * One file per audio file in QStandardPaths::CacheLocation/waveforms, named after a hash of the audio's absolute
 * path. The file starts with a versioned header that repeats the key (path, size, modification time) and ends with a
 * checksum over everything before it; a file that is short, of another version, for another key (the audio changed)
 * or whose checksum does not match is ignored, and the caller decodes again and overwrites it. Only level 0 is
 * stored; the levels above are rebuilt on load (a few milliseconds).
 *
 * Layout (little endian): "TEPEAKS\0", u32 version, u32 sample rate, u32 samples per peak, u64 sample count,
 * u64 pair count, u64 audio size, i64 audio mtime (ms since epoch), u32 path length + UTF-8 path, pairs as
 * (i16 min, i16 max), u64 FNV-1a checksum of all preceding bytes.
 */
class PeakCache
{
public:
    static constexpr quint32 Version = 1;

    /** What a cache entry belongs to: the audio file as it was when its peaks were computed. */
    struct Key
    {
        QString path; ///< absolute
        qint64 size = -1;
        qint64 mtimeMs = 0;
        bool operator==(const Key &o) const { return path == o.path && size == o.size && mtimeMs == o.mtimeMs; }
    };

    /** The key of the audio file as it is now (size -1 when it does not exist). */
    static Key keyFor(const QString &audioPath);
    /** Where the peaks of `audioPath` are cached (the directory may not exist yet). */
    static QString cacheFileFor(const QString &audioPath);

    static QByteArray serialize(const PeakPyramid &peaks, const Key &key);
    /** The peaks, or nullopt with `why` set when the data is damaged, of another version, or for another key. */
    static std::optional<PeakPyramid> deserialize(const QByteArray &data, const Key &key, QString *why = nullptr);

    /** Writes the cache file of `audioPath` atomically; false when it could not be written. */
    static bool store(const QString &audioPath, const PeakPyramid &peaks);
    /** The cached peaks of `audioPath` if a valid, current cache file exists. */
    static std::optional<PeakPyramid> load(const QString &audioPath, QString *why = nullptr);
};
