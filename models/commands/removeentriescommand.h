#pragma once

#include "transcriptcommand.h"

/** Removes any set of rows (sorted unique) as one undo step. */
class RemoveEntriesCommand : public TranscriptCommand
{
public:
    RemoveEntriesCommand(TranscriptModel *model, const QList<int> &rows);
};
