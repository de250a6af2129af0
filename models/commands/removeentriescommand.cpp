#include "removeentriescommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

RemoveEntriesCommand::RemoveEntriesCommand(TranscriptModel *model, const QList<int> &rows)
    : TranscriptCommand(
        model, QCoreApplication::translate("TranscriptCommand", "Delete %n row(s)", nullptr, int(rows.size())))
{
    m_removed = runsOf(model, rows);
}

void RemoveEntriesCommand::undo()
{
    // This command only removes (no value changes, inserts or renames), so undo is re-inserting the runs; the
    // model does it for all runs at once instead of shifting the tail of the list once per run.
    model()->applyInsertRuns(m_removed);
}
