#pragma once

#include "transcriptcommand.h"

#include <optional>

/** Splits a line in two at a character position (see TranscriptModel::splitLine for the time of the new line). */
class SplitLineCommand : public TranscriptCommand
{
public:
    SplitLineCommand(TranscriptModel *model, int row, int position, std::optional<qint64> atSeconds, EntryId newId);
};
