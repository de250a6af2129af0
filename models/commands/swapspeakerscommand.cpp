#include "swapspeakerscommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

SwapSpeakersCommand::SwapSpeakersCommand(
    TranscriptModel *model, const QList<int> &rows, const QString &a, const QString &b)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Swap speakers %1 and %2").arg(a, b))
{
    for (int row : rows) {
        const TranscriptEntry &e = model->entry(row);
        if (!e.isLine() || !e.speaker || (*e.speaker != a && *e.speaker != b))
            continue;
        TranscriptEntry after = e;
        after.speaker = *e.speaker == a ? b : a;
        after.touch();
        addChange(e, after);
    }
}
