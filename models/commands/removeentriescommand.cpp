#include "removeentriescommand.h"

#include <QCoreApplication>

RemoveEntriesCommand::RemoveEntriesCommand(TranscriptModel *model, const QList<int> &rows)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Delete %n row(s)", nullptr, int(rows.size())))
{
    m_removed = runsOf(model, rows);
}
