#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class AudioPlayer;
class QItemSelectionModel;
class TranscriptModel;
class TranscriptView;

/**
 * Ties the AudioPlayer to the transcript: plays from a line, follows playback by highlighting the line being heard
 * (TranscriptModel::rowAtTime -> TranscriptView::setPlayingRow), loops a line, plays the selection, and edits the
 * transcript from the playhead (set a line's time, split the edited line, give the heard line a speaker).
 *
 * Following never touches the selection, the current index or the keyboard focus: the user keeps typing where
 * they are while the highlight moves. Edits go through the model's intent API, one undo step each.
 *
 * "The line being worked on" (targetRow) is the row of the open editor, else the current row, else the first
 * selected row. The view is optional (tests may drive the controller with a model and a selection model only).
 */
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    /** Uses `player` (not owned; must outlive the controller, e.g. a child of the same parent). */
    explicit PlaybackController(AudioPlayer *player, QObject *parent = nullptr);

    AudioPlayer *player() const { return m_player; }

    void setModel(TranscriptModel *model);
    TranscriptModel *model() const;
    /** Also takes the view's selection model unless one was set explicitly. */
    void setView(TranscriptView *view);
    TranscriptView *view() const;
    void setSelectionModel(QItemSelectionModel *selection);
    QItemSelectionModel *selectionModel() const;

    /** Whether the view scrolls to the line being heard as playback moves on (default on). */
    bool followPlayback() const { return m_follow; }
    /** The line being heard (highlighted), or -1. */
    int heardRow() const { return m_heardRow; }
    /** The line the user works on: editor row, else current row, else first selected row; -1 if none. */
    int targetRow() const;
    /** Where playback of `row` starts, in ms: its sec; a header's next timed line; an untimed line's previous one. */
    std::optional<qint64> startOfRow(int row) const;
    /** Where playback of `row` ends, in ms: the next timed line's sec, else the audio's end. */
    qint64 endOfRow(int row) const;

public slots:
    void setFollowPlayback(bool follow);
    /** Seeks to the row's start and plays. False (with message()) without audio or a time. */
    bool activateRow(int row);
    /** activateRow(targetRow()). */
    bool playTargetLine();
    /** Loops the line being worked on (its sec to the next line's); calling it again while looping stops the loop. */
    bool toggleLoopLine();
    /** Plays the selected lines once, from the first one's start to the last one's end. */
    bool playSelection();
    /** Sets the time of the line being worked on to the playhead (whole seconds, rounded down). One undo step. */
    bool setTimeFromPlayhead();
    /**
     * Splits the line being edited at its text cursor; the new line starts at the playhead. The open editor is
     * committed first. Returns the new row, or -1 (with message()) when no text editor is open.
     */
    int splitAtPlayhead();
    /** Gives the line being heard the speaker with number `number` (1..9), leaving the selection alone. */
    bool assignSpeakerToHeardLine(int number);

signals:
    void heardRowChanged(int row);
    void followPlaybackChanged(bool follow);
    /** A short explanation for the status bar when an action cannot be done, or what it did. */
    void message(const QString &text);

private:
    void updateHeardRow();
    bool requireAudio();
    /** False, with message(), when `startMs` lies at or beyond the end of the loaded audio. */
    bool withinAudio(qint64 startMs);
    qint64 playhead() const;

    AudioPlayer *m_player;
    QPointer<TranscriptModel> m_model;
    QPointer<TranscriptView> m_view;
    QPointer<QItemSelectionModel> m_selection;
    bool m_ownSelection = false; ///< m_selection came from the view (replaced when the view changes it)
    bool m_follow = true;
    int m_heardRow = -1;
};
