#pragma once

#include "transcriptcommand.h"

/** Merges consecutive lines (rows sorted, checked by TranscriptModel::checkMerge) into the first: texts joined with one
 * space, earliest `sec`, the first line's speaker. */
class MergeLinesCommand : public TranscriptCommand
{
public:
    MergeLinesCommand(TranscriptModel *model, const QList<int> &rows);
};
