#pragma once

#include "transcriptcommand.h"

#include <QHash>
/** Sets `sec`/`time` of many lines at once (alignment, fixes). */
class RetimeCommand : public TranscriptCommand
{
public:
    RetimeCommand(TranscriptModel *model, const QHash<EntryId, qint64> &seconds, const QString &text);
};
