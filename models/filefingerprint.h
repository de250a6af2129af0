#pragma once

#include <QByteArray>
#include <QString>

/**
 * What a file on disk looked like at one moment: whether it existed, its size, modification time and the SHA-256 of
 * its content. Two fingerprints are the same file content only when the hashes agree; size and time are kept for
 * messages and for a cheap first comparison.
 */
class FileFingerprint
{
public:
    bool exists = false;
    qint64 size = -1;
    qint64 modifiedMs = -1; ///< milliseconds since the epoch, UTC
    QByteArray sha256; ///< hex

    /** The file's fingerprint now (exists == false when it cannot be read). */
    static FileFingerprint of(const QString &path);
    /** The fingerprint of bytes just read from or written to `path` (only the time is taken from disk). */
    static FileFingerprint ofBytes(const QString &path, const QByteArray &bytes);
    /** Same content (both absent counts as the same). */
    bool sameContent(const FileFingerprint &other) const;
    bool isNull() const { return !exists && size < 0; }
};
