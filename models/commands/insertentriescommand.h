#pragma once

#include "transcriptcommand.h"

/** Inserts entries (with fresh ids) before row. */
class InsertEntriesCommand : public TranscriptCommand
{
public:
    InsertEntriesCommand(TranscriptModel *model, int row, const QList<TranscriptEntry> &entries);
};
