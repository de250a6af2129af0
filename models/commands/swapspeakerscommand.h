#pragma once

#include "transcriptcommand.h"

/** Among rows, lines of a become b and lines of b become a. */
class SwapSpeakersCommand : public TranscriptCommand
{
public:
    SwapSpeakersCommand(TranscriptModel *model, const QList<int> &rows, const QString &a, const QString &b);
};
