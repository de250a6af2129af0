#pragma once

#include "transcriptcommand.h"

/** Removes any set of rows (sorted unique) as one undo step. */
class RemoveEntriesCommand : public TranscriptCommand
{
public:
    RemoveEntriesCommand(TranscriptModel *model, const QList<int> &rows);

    /** Puts every removed run back in one pass over the list (still one rowsInserted per run). */
    void undo() override;
};
