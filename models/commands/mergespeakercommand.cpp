#include "mergespeakercommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

MergeSpeakerCommand::MergeSpeakerCommand(TranscriptModel *model, const QString &from, const QString &into)
    : TranscriptCommand(
        model, QCoreApplication::translate("TranscriptCommand", "Merge speaker %1 into %2").arg(from, into))
{
    for (const TranscriptEntry &e : model->episode().entries) {
        if (!e.isLine() || e.speaker != from)
            continue;
        TranscriptEntry after = e;
        after.speaker = into;
        after.touch();
        addChange(e, after);
    }
}
