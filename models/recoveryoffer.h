#pragma once

#include "episode.h"
#include "episodefile.h"
#include "recoverycopy.h"
#include "recoverydiff.h"

/**
 * Everything the recovery dialog shows about one copy, worked out from the copy and the file on disk: the
 * recovered episode (read with the normal reader), how it differs from the original file, and whether that file
 * has changed on disk since the edits began (then restoring and saving would overwrite someone else's change).
 */
struct RecoveryOffer
{
    enum class Original { Unchanged, ChangedOnDisk, Missing, Untitled };

    RecoveryCopy copy;
    Episode episode; ///< the copy's content, ready for Document::loadEpisode
    bool readable = false; ///< false: the copy could not be read (error says why); it is offered for discarding only
    FileError error;
    RecoveryDiff diff; ///< against the original file as it is on disk now (empty episode when untitled or missing)
    Original original = Original::Untitled;

    static RecoveryOffer make(const RecoveryCopy &copy);
};
