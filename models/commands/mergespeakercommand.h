#pragma once

#include "transcriptcommand.h"

/** Gives every line of one speaker to another. */
class MergeSpeakerCommand : public TranscriptCommand
{
public:
    MergeSpeakerCommand(TranscriptModel *model, const QString &from, const QString &into);
};
