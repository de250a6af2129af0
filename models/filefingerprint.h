#pragma once

#include <QByteArray>
#include <QString>

/**
 * What a file on disk looked like at one moment: whether it existed, its size, modification time and a hash of its
 * content. Two fingerprints are the same file content only when the hashes agree; size and time are kept for
 * messages and for a cheap first comparison.
 *
 * The hash is BLAKE2b-256: as good as SHA-256 at telling contents apart, and six times faster here (33 ms against
 * 211 ms for a 25 MB episode, the hash a document takes of every file it opens or saves). Recovery copies written
 * before BLAKE2b recorded SHA-256; a fingerprint read from one keeps saying so, and of() can hash the same way to
 * compare with it.
 */
class FileFingerprint
{
public:
    enum class Hash { Blake2b256, Sha256 };

    bool exists = false;
    qint64 size = -1;
    qint64 modifiedMs = -1; ///< milliseconds since the epoch, UTC
    QByteArray hash; ///< hex
    Hash algorithm = Hash::Blake2b256;

    /** The file's fingerprint now (exists == false when it cannot be read). */
    static FileFingerprint of(const QString &path, Hash algorithm = Hash::Blake2b256);
    /** The fingerprint of bytes just read from or written to `path` (only the time is taken from disk). */
    static FileFingerprint ofBytes(const QString &path, const QByteArray &bytes, Hash algorithm = Hash::Blake2b256);
    /** Same content (both absent counts as the same); hashes made in different ways never match. */
    bool sameContent(const FileFingerprint &other) const;
    bool isNull() const { return !exists && size < 0; }
};
