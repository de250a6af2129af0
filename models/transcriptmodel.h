#pragma once

#include "commands/transcriptcommand.h"
#include "episode.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;
class SpeakerModel;
class TranscriptCommand;

/**
 * The transcript as a table: one row per entry (line or header), columns time, speaker, text.
 *
 * Views express intent through the public editing functions (setText, mergeLines, ...); each builds ONE undo
 * command and pushes it on the document's QUndoStack. Commands change the episode only through the private apply
 * functions below, which emit precise row insert/remove/move and dataChanged signals; the model is reset only when
 * a whole new episode is loaded (resetEpisode).
 *
 * Rows are found from entry ids through a hash of the row each id had when it was last seen, plus a short log of
 * the structural edits since (insert k at r, remove k before r): a lookup replays the few shifts recorded after its
 * slot and caches the result, so no edit ever re-indexes the rows below it. The log is folded into a fresh index
 * only after many structural edits.
 */
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole, ///< TranscriptEntry::Kind as int
        SecondsRole, ///< qint64, or invalid when the line has no `sec`
        SpeakerRole, ///< QString, or invalid when the line has no `who`
        IsHeaderRole,
        TextRole, ///< line text or header title
        SpeakerColorRole, ///< QColor of the speaker (invalid without speaker or speaker model)
        SpeakerNumberRole, ///< 1..9, or 0
    };
    enum class MergeCheck { Ok, SpeakersDiffer, HeaderBetween, NotConsecutive, TooFewRows };

    /** Works on `episode` (owned by the caller, usually Document) and pushes commands on `undoStack`. */
    TranscriptModel(Episode *episode, QUndoStack *undoStack, QObject *parent = nullptr);
    ~TranscriptModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** The interface language changed: the views ask again for the column titles (headerDataChanged). */
    void retranslate();
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** EditRole pushes an undo command: text, time (M:SS, H:MM:SS or seconds; empty clears; invalid -> false), speaker
     * (empty removes `who`). */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /**
     * The episode as stored. Inside the row signals of a multi-run insert or remove its entries lag behind the
     * rows signalled (the list changes once, with the last run): read rows through entry(), data() or rowOfId().
     */
    const Episode &episode() const { return *m_episode; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** Used for SpeakerColorRole / SpeakerNumberRole; Document sets it. */
    void setSpeakerModel(SpeakerModel *speakers) { m_speakers = speakers; }
    SpeakerModel *speakerModel() const { return m_speakers; }

    /** Replaces the whole episode (loading a file): the only place the model resets. */
    void resetEpisode(Episode episode);

    const TranscriptEntry &entry(int row) const
    {
        return m_pending.empty() ? m_episode->entries.at(row) : pendingEntry(row);
    }
    /** Row of the entry, or -1. O(1) on average (see class comment). */
    int rowOfId(EntryId id) const;

    // ---- intent API: each call pushes ONE undo command and returns whether anything changed ----
    /** Sets a line's text or a header's title. Consecutive calls on one entry within a typing burst merge. */
    bool setText(int row, const QString &text);
    /** Parses M:SS, H:MM:SS or plain seconds (empty clears the timestamp); false when invalid. */
    bool setTimeText(int row, const QString &typed);
    bool setSeconds(int row, std::optional<qint64> sec);
    /** Sets `who` on the lines among `rows` (headers skipped); an empty name removes `who`. */
    bool setSpeaker(const QList<int> &rows, const QString &name);
    /** Renames a speaker on every line; the speaker keeps its number and colour when `to` is new. */
    bool renameSpeaker(const QString &from, const QString &to);
    /** Gives every line of `from` to `into`. */
    bool mergeSpeaker(const QString &from, const QString &into);
    /** Among `rows`, lines of `a` become `b` and lines of `b` become `a`. */
    bool swapSpeakers(const QList<int> &rows, const QString &a, const QString &b);
    /** Whether mergeLines(rows) is possible: SpeakersDiffer is allowed (ask the user first), the rest refused. */
    MergeCheck checkMerge(const QList<int> &rows) const;
    /**
     * Merges consecutive lines into the first: texts joined with one space, the earliest `sec` present (time
     * re-formatted), the first line's speaker and extra keys.
     */
    bool mergeLines(const QList<int> &rows);
    /**
     * Splits a line at character `position` (spaces at the cut trimmed). The new line keeps the speaker; its time is
     * `atSeconds` when given and inside [this sec, next timed line's sec], else interpolated by character position
     * between the two; when the line has a time but no timed line follows, the new line gets the same time; when
     * the line has no time, neither has the new one. Returns the new row or -1.
     */
    int splitLine(int row, int position, std::optional<qint64> atSeconds = std::nullopt);
    /** Inserts before `row` (rowCount() appends); the entry gets a fresh id. Returns the new row or -1. */
    int insertLine(int row, const TranscriptEntry &entry);
    int insertHeader(int row, const QString &title);
    /** Removes any rows (need not be contiguous) in one undo step. */
    bool removeEntries(const QList<int> &rows);
    /** A line turned header keeps only its text. */
    bool convertToHeader(int row);
    /** A header turned line has no speaker and no time. */
    bool convertToLine(int row);
    /** Moves the header at `row` so that it stands before `toRow` (rowCount() moves it to the end). */
    bool moveHeader(int row, int toRow);

    // ---- generic bulk operations, one undo step each ----
    /** Replaces rows [first, first+count) by `replacement` (entries with id 0 get fresh ids). */
    bool replaceRange(int first, int count, const QList<TranscriptEntry> &replacement, const QString &undoText);
    /** Sets `sec` (and `time`) of the given entries. */
    bool retime(const QHash<EntryId, qint64> &seconds, const QString &undoText);
    /** Sets texts and/or speakers (empty speaker removes `who`) of the given entries. */
    bool setTexts(
        const QHash<EntryId, QString> &texts, const QHash<EntryId, QString> &speakers, const QString &undoText);

    /** The line being heard at `ms`: the last timed line with sec*1000 <= ms, or -1. Binary search when times never go
     * back. */
    int rowAtTime(qint64 ms) const;
    /** The next row after `row` with a `sec`, or -1. */
    int nextTimedRow(int row) const;
    /** Start of the next timed line after `row`, if any. */
    std::optional<qint64> lineEndSeconds(int row) const;

    /** Interval in ms within which consecutive setText calls on one entry merge into one undo step (default 2000; 0
     * never merges). */
    void setTypingBurstInterval(int ms) { m_typingBurstMs = ms; }
    int typingBurstInterval() const { return m_typingBurstMs; }

signals:
    /** Line counts per speaker changed by an edit: name -> change (never emitted for a reset). */
    void speakerCountsChanged(const QHash<QString, int> &delta);
    /** Emitted before the counts move when a speaker is renamed, so that the name can keep its number and colour. */
    void speakerRenamed(const QString &from, const QString &to);

private:
    friend class TranscriptCommand;
    friend class RemoveEntriesCommand;

    // ---- apply functions: called only by commands (through TranscriptCommand) ----
    /** Replaces entries by the ones with the same ids (dataChanged per contiguous run of rows). */
    void applyValues(const QList<TranscriptEntry> &values);
    /** Inserts `entries` right after the entry `after` (0 = at the top). */
    void applyInsert(EntryId after, const QList<TranscriptEntry> &entries);
    /**
     * Inserts several runs, each right after its anchor, in one pass over the list (one rowsInserted per run);
     * the undo of a scattered removal. Falls back to one applyInsert per run when an anchor is missing.
     */
    void applyInsertRuns(const QList<TranscriptCommand::Run> &runs);
    /** Removes the entries with these ids (one rowsRemoved per contiguous run, the list compacted once). */
    void applyRemove(const QList<EntryId> &ids);
    /** Moves one entry right after `after` (0 = to the top). */
    void applyMove(EntryId id, EntryId after);
    void applyRename(const QString &from, const QString &to);

    bool pushCommand(TranscriptCommand *command);
    QList<int> validRows(const QList<int> &rows) const;
    void rebuildIndex() const;
    /** Rows from `at` on move by `delta`. */
    void recordShift(int at, int delta);
    void recordRow(EntryId id, int row);
    void ensureTimes() const;
    void emitCountDelta(const QHash<QString, int> &delta);
    /** entry(row) while runs of a multi-run edit are signalled but not yet applied to the list. */
    const TranscriptEntry &pendingEntry(int row) const;
    void pushPending(int pos, int delta, const QList<TranscriptEntry> *inserted);

    Episode *m_episode;
    QUndoStack *m_undoStack;
    SpeakerModel *m_speakers = nullptr;
    int m_typingBurstMs = 2000;

    // id -> (row, epoch): the row the id had after `epoch` structural edits; m_shifts holds the edits from
    // m_shiftBase on, so a slot is brought up to date by replaying m_shifts[epoch - m_shiftBase ...].
    struct IndexSlot
    {
        int row;
        int epoch;
    };
    struct Shift
    {
        int at;
        int delta;
    };
    mutable QHash<EntryId, IndexSlot> m_rowIndex;
    mutable std::vector<Shift> m_shifts;
    mutable int m_shiftBase = 0;
    mutable bool m_indexBuilt = false;
    // rows of timed lines in order, and whether their seconds never decrease; rebuilt lazily
    mutable std::vector<int> m_timedRows;
    mutable bool m_timesValid = false;
    mutable bool m_timesMonotonic = true;

    // A multi-run insert or remove signals its runs bottom-up but changes the list only once, inside the signals
    // of its last (topmost) run. Until then rows are read through these pending edits, in the order they were
    // signalled (so by decreasing row): `delta` rows inserted before (delta > 0, taken from `inserted`) or removed
    // from (delta < 0) the list position `pos`; `sum` is the total delta of this edit and the ones before it.
    // Rows above every pending edit are unchanged, which is why bottom-up order keeps each lookup a binary search.
    struct PendingEdit
    {
        int pos;
        int delta;
        int sum;
        const QList<TranscriptEntry> *inserted;
    };
    std::vector<PendingEdit> m_pending;
    int m_pendingDelta = 0;
};
