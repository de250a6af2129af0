#include "retimecommand.h"

#include "transcriptmodel.h"

RetimeCommand::RetimeCommand(TranscriptModel *model, const QHash<EntryId, qint64> &seconds, const QString &text)
    : TranscriptCommand(model, text)
{
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it) {
        const int row = model->rowOfId(it.key());
        if (row < 0 || it.value() < 0)
            continue;
        const TranscriptEntry &e = model->entry(row);
        if (!e.isLine() || e.seconds == it.value())
            continue;
        TranscriptEntry after = e;
        after.setSeconds(it.value());
        addChange(e, after);
    }
}
