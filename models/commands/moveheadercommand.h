#pragma once

#include "transcriptcommand.h"

/** Moves a header so that it stands before another row; remembers the ids it stood after, before and after the move. */
class MoveHeaderCommand : public TranscriptCommand
{
public:
    MoveHeaderCommand(TranscriptModel *model, int row, int toRow);

    void redo() override;
    void undo() override;
    bool isEmpty() const override { return false; }

private:
    EntryId m_id = 0;
    EntryId m_fromAfter = 0;
    EntryId m_toAfter = 0;
};
