#pragma once

#include "transcriptcommand.h"

#include <QElapsedTimer>

/**
 * Sets the text of a line or the title of a header. Typing merges: a SetTextCommand on the same entry pushed within
 * the typing-burst interval (TranscriptModel::typingBurstInterval, measured from the previous edit of the burst)
 * merges into the one before it, so a burst of edits in one cell is one undo step. A burst that returns to the
 * original text makes the command obsolete (QUndoStack drops it).
 */
class SetTextCommand : public TranscriptCommand
{
public:
    SetTextCommand(TranscriptModel *model, const TranscriptEntry &entry, const QString &text, int burstMs);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EntryId m_entryId;
    int m_burstMs;
    QElapsedTimer m_lastEdit;
};
