#include "recoveryoffer.h"

#include <QFileInfo>

RecoveryOffer RecoveryOffer::make(const RecoveryCopy &copy)
{
    RecoveryOffer offer;
    offer.copy = copy;
    // The copy is read under the original's name, so a `.md` copy is read as front matter and errors name the file.
    const QString name = copy.isUntitled() ? QStringLiteral("untitled.yaml") : copy.originalPath;
    offer.readable = EpisodeFile::parse(copy.bytes, name, &offer.episode, &offer.error);

    Episode original;
    if (copy.isUntitled()) {
        offer.original = Original::Untitled;
    } else if (!QFileInfo::exists(copy.originalPath)) {
        offer.original = Original::Missing;
    } else {
        // Hashed the way the copy recorded it (older copies used SHA-256).
        const FileFingerprint now = FileFingerprint::of(copy.originalPath, copy.original.algorithm);
        offer.original = now.sameContent(copy.original) ? Original::Unchanged : Original::ChangedOnDisk;
        FileError ignored;
        if (!EpisodeFile::read(copy.originalPath, &original, &ignored))
            original = Episode();
    }
    if (offer.readable)
        offer.diff = RecoveryDiff::compare(original, offer.episode);
    return offer;
}
