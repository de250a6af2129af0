#pragma once

#include "transcriptcommand.h"

/** Renames a speaker on every line and tells the speaker model, so that the name keeps its number and colour. */
class RenameSpeakerCommand : public TranscriptCommand
{
public:
    RenameSpeakerCommand(TranscriptModel *model, const QString &from, const QString &to);
};
