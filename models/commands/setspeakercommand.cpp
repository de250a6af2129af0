#include "setspeakercommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

SetSpeakerCommand::SetSpeakerCommand(TranscriptModel *model, const QList<int> &rows, const QString &name)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Set speaker"))
{
    const std::optional<QString> speaker = name.isEmpty() ? std::nullopt : std::optional<QString>(name);
    for (int row : rows) {
        const TranscriptEntry &e = model->entry(row);
        if (!e.isLine() || e.speaker == speaker)
            continue;
        TranscriptEntry after = e;
        after.speaker = speaker;
        after.touch();
        addChange(e, after);
    }
}
