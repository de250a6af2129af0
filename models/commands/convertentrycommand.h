#pragma once

#include "transcriptcommand.h"

/** Turns a line into a header (keeping only its text) or a header into a line (no speaker, no time). */
class ConvertEntryCommand : public TranscriptCommand
{
public:
    ConvertEntryCommand(TranscriptModel *model, const TranscriptEntry &entry);
};
