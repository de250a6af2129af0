#include "moveheadercommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

MoveHeaderCommand::MoveHeaderCommand(TranscriptModel *model, int row, int toRow)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Move header")),
      m_id(model->entry(row).id),
      m_fromAfter(row > 0 ? model->entry(row - 1).id : 0),
      m_toAfter(toRow > 0 ? model->entry(toRow - 1).id : 0)
{
}

void MoveHeaderCommand::redo()
{
    moveEntry(m_id, m_toAfter);
}

void MoveHeaderCommand::undo()
{
    moveEntry(m_id, m_fromAfter);
}
