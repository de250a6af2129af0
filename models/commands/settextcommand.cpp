#include "settextcommand.h"

#include "commandids.h"

#include <QCoreApplication>

SetTextCommand::SetTextCommand(TranscriptModel *model, const TranscriptEntry &entry, const QString &text, int burstMs)
    : TranscriptCommand(model,
        entry.isHeader() ? QCoreApplication::translate("TranscriptCommand", "Edit header")
                         : QCoreApplication::translate("TranscriptCommand", "Edit text")),
      m_entryId(entry.id),
      m_burstMs(burstMs)
{
    TranscriptEntry after = entry;
    after.text = text;
    after.touch();
    addChange(entry, after);
    m_lastEdit.start();
}

int SetTextCommand::id() const
{
    return CommandIds::SetText;
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    // Merge only edits of the same entry that follow each other closely (one typing burst).
    if (next->m_entryId != m_entryId || m_burstMs <= 0 || m_lastEdit.elapsed() > m_burstMs || m_after.isEmpty()
        || next->m_after.isEmpty())
        return false;
    m_after = next->m_after;
    m_lastEdit.start();
    // Typing back to the original text leaves nothing to undo: QUndoStack drops the command without undoing it,
    // so the original entry (with its source text, for a byte-identical save) is put back here.
    if (m_before.first().sameValues(m_after.first())) {
        restoreBefore();
        setObsolete(true);
    }
    return true;
}
