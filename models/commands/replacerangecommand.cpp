#include "replacerangecommand.h"

#include "transcriptmodel.h"

ReplaceRangeCommand::ReplaceRangeCommand(
    TranscriptModel *model, int first, int count, const QList<TranscriptEntry> &replacement, const QString &text)
    : TranscriptCommand(model, text)
{
    QList<int> rows;
    for (int r = first; r < first + count; ++r)
        rows.append(r);
    m_removed = runsOf(model, rows);
    if (!replacement.isEmpty()) {
        Run run;
        run.after = first > 0 ? model->entry(first - 1).id : 0;
        run.entries = replacement;
        m_inserted.append(run);
    }
}
