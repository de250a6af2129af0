#pragma once

#include "transcriptcommand.h"

/** Replaces a range of rows by other entries (e.g. caption lines joined into paragraphs). */
class ReplaceRangeCommand : public TranscriptCommand
{
public:
    ReplaceRangeCommand(
        TranscriptModel *model, int first, int count, const QList<TranscriptEntry> &replacement, const QString &text);
};
