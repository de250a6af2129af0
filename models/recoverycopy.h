#pragma once

#include "filefingerprint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * One recovery copy: the whole document as a save would write it (EpisodeFile::serialize of a snapshot), plus what
 * is needed to offer it back: the file it belongs to (empty for an untitled import), what that file looked like
 * when it was loaded or last saved (to tell whether it has changed on disk since), when the copy was made and how
 * many transcript items it holds.
 */
struct RecoveryCopy
{
    QString id; ///< RecoveryStore::idForPath, or a random id for an untitled document
    QString originalPath; ///< absolute; empty when untitled
    QString displayName;
    FileFingerprint original; ///< the original file at load or last save
    QDateTime createdAt; ///< UTC
    int entryCount = 0;
    QByteArray bytes; ///< exactly what Save would have written at createdAt

    bool isUntitled() const { return originalPath.isEmpty(); }
};
