#include "insertentriescommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

InsertEntriesCommand::InsertEntriesCommand(TranscriptModel *model, int row, const QList<TranscriptEntry> &entries)
    : TranscriptCommand(model,
        entries.size() == 1 && entries.first().isHeader()
            ? QCoreApplication::translate("TranscriptCommand", "Insert header")
            : QCoreApplication::translate("TranscriptCommand", "Insert %n line(s)", nullptr, int(entries.size())))
{
    if (entries.isEmpty())
        return;
    Run run;
    run.after = row > 0 ? model->entry(row - 1).id : 0;
    run.entries = entries;
    m_inserted.append(run);
}
