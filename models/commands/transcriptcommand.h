#pragma once

#include "episode.h"

#include <QList>
#include <QUndoCommand>

class TranscriptModel;

/**
 * Base of every command that edits the transcript. An edit is described by values, never by pointers or rows:
 * entries removed (kept whole, in runs, each run anchored after the id of the entry that preceded it), entries
 * inserted (runs anchored the same way), and entries whose values change (whole before and after values, same ids).
 *
 * redo() removes, then inserts, then sets the new values; undo() does the reverse, restoring whole entries
 * (their `source` included), so undoing everything gives back the original file bytes. Only this class calls the
 * model's apply functions; subclasses fill the description in their constructors.
 */
class TranscriptCommand : public QUndoCommand
{
public:
    /** A run of consecutive entries standing right after the entry `after` (0 = at the top). */
    struct Run
    {
        EntryId after = 0;
        QList<TranscriptEntry> entries;
    };

    TranscriptCommand(TranscriptModel *model, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /** Whether the command changes anything (the model does not push empty commands). */
    virtual bool isEmpty() const;

    /** Maximal runs of the entries at `rows` (sorted unique) with their anchors, as they stand now. */
    static QList<Run> runsOf(const TranscriptModel *model, const QList<int> &rows);

protected:
    TranscriptModel *model() const { return m_model; }
    /** Moves one entry right after `after` (0 = top); for commands that move rather than remove and insert. */
    void moveEntry(EntryId id, EntryId after);
    /** Puts the old values back right away (a merged command that ended where it began, before it is dropped). */
    void restoreBefore();
    /** Records a value change of one entry (same id); a change that alters nothing is ignored. */
    void addChange(const TranscriptEntry &before, const TranscriptEntry &after);

    QList<TranscriptEntry> m_before;
    QList<TranscriptEntry> m_after;
    QList<Run> m_removed;
    QList<Run> m_inserted;
    /** Speaker rename to announce (so SpeakerModel keeps the slot); empty when none. */
    QString m_renameFrom;
    QString m_renameTo;

private:
    void insertRuns(const QList<Run> &runs);
    static QList<EntryId> idsOf(const QList<Run> &runs);

    TranscriptModel *m_model;
};
