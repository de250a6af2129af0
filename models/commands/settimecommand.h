#pragma once

#include "transcriptcommand.h"

#include <optional>

/** Sets or clears the `sec` of a line; `time` is re-formatted from it. */
class SetTimeCommand : public TranscriptCommand
{
public:
    SetTimeCommand(TranscriptModel *model, const TranscriptEntry &entry, std::optional<qint64> seconds);
};
