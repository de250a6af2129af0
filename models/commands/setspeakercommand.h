#pragma once

#include "transcriptcommand.h"

/** Sets `who` on the lines among rows (headers skipped); an empty name removes `who`. */
class SetSpeakerCommand : public TranscriptCommand
{
public:
    SetSpeakerCommand(TranscriptModel *model, const QList<int> &rows, const QString &name);
};
