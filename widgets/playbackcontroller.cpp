#include "playbackcontroller.h"

#include "audioplayer.h"
#include "speakermodel.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QItemSelectionModel>

#include <algorithm>

PlaybackController::PlaybackController(AudioPlayer *player, QObject *parent) : QObject(parent), m_player(player)
{
    connect(player, &AudioPlayer::positionChanged, this, &PlaybackController::updateHeardRow);
    connect(player, &AudioPlayer::loaded, this, &PlaybackController::updateHeardRow);
    connect(player, &AudioPlayer::unloaded, this, &PlaybackController::updateHeardRow);
    connect(player, &AudioPlayer::errorOccurred, this, &PlaybackController::updateHeardRow);
}

void PlaybackController::setModel(TranscriptModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        // Any change of rows or times can change which row is heard (or shift its number).
        const auto update = [this] { updateHeardRow(); };
        connect(model, &QAbstractItemModel::modelReset, this, update);
        connect(model, &QAbstractItemModel::rowsInserted, this, update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, update);
        connect(model, &QAbstractItemModel::rowsMoved, this, update);
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (topLeft.column() <= TranscriptModel::TimeColumn
                    && (roles.isEmpty() || roles.contains(TranscriptModel::SecondsRole)
                        || roles.contains(Qt::DisplayRole))) {
                    Q_UNUSED(bottomRight)
                    updateHeardRow();
                }
            });
    }
    m_heardRow = -1;
    updateHeardRow();
}

TranscriptModel *PlaybackController::model() const
{
    return m_model;
}

TranscriptView *PlaybackController::view() const
{
    return m_view;
}

void PlaybackController::setView(TranscriptView *view)
{
    m_view = view;
    if (view && (!m_selection || m_ownSelection)) {
        m_selection = view->selectionModel();
        m_ownSelection = true;
    }
    if (view && view->transcriptModel() && view->transcriptModel() != m_model)
        setModel(view->transcriptModel());
    m_heardRow = -1;
    updateHeardRow();
}

void PlaybackController::setSelectionModel(QItemSelectionModel *selection)
{
    m_selection = selection;
    m_ownSelection = false;
}

QItemSelectionModel *PlaybackController::selectionModel() const
{
    // The view may have replaced its selection model (setModel creates a new one).
    if (m_ownSelection && m_view)
        return m_view->selectionModel();
    return m_selection;
}

void PlaybackController::setFollowPlayback(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (follow && m_view && m_heardRow >= 0)
        m_view->setPlayingRow(m_heardRow, true);
    emit followPlaybackChanged(follow);
}

int PlaybackController::targetRow() const
{
    if (!m_model)
        return -1;
    if (m_view && m_view->editingRow() >= 0)
        return m_view->editingRow();
    QItemSelectionModel *selection = selectionModel();
    if (!selection)
        return -1;
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.model() == m_model)
        return current.row();
    const QModelIndexList rows = selection->selectedIndexes();
    int first = -1;
    for (const QModelIndex &index : rows) {
        if (first < 0 || index.row() < first)
            first = index.row();
    }
    return first;
}

std::optional<qint64> PlaybackController::startOfRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    const TranscriptEntry &entry = m_model->entry(row);
    if (entry.seconds)
        return *entry.seconds * 1000;
    // A header introduces what follows it; an untimed line belongs to the last timed line before it.
    if (!entry.isHeader()) {
        for (int r = row - 1; r >= 0; --r) {
            if (m_model->entry(r).seconds)
                return *m_model->entry(r).seconds * 1000;
        }
    }
    const int next = m_model->nextTimedRow(row);
    if (next >= 0)
        return *m_model->entry(next).seconds * 1000;
    return std::nullopt;
}

qint64 PlaybackController::endOfRow(int row) const
{
    const qint64 length = m_player->duration();
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return length;
    int timed = row;
    if (!m_model->entry(row).seconds && m_model->entry(row).isHeader())
        timed = m_model->nextTimedRow(row);
    const std::optional<qint64> end = timed >= 0 ? m_model->lineEndSeconds(timed) : std::nullopt;
    return end ? std::min(*end * 1000, length > 0 ? length : *end * 1000) : length;
}

bool PlaybackController::requireAudio()
{
    if (m_player->isLoaded())
        return true;
    emit message(tr("No audio is loaded. Use Playback > Attach Audio... to choose the recording."));
    return false;
}

qint64 PlaybackController::playhead() const
{
    return m_player->position();
}

bool PlaybackController::activateRow(int row)
{
    if (!requireAudio())
        return false;
    const std::optional<qint64> start = startOfRow(row);
    if (!start) {
        emit message(tr("This line has no time to play from."));
        return false;
    }
    if (!withinAudio(*start))
        return false;
    m_player->clearSpan();
    m_player->seek(*start);
    m_player->play();
    return true;
}

bool PlaybackController::withinAudio(qint64 startMs)
{
    const qint64 length = m_player->duration();
    if (length <= 0 || startMs < length)
        return true;
    // Seeking there would park the player at the end (and the next play would restart from 0:00, with follow mode
    // scrolling to the top): say why nothing plays, and leave the playhead, the highlight and the view where they are.
    emit message(tr("This line starts at %1, past the end of the audio (%2 long).")
                     .arg(Timecode::formatMs(startMs), Timecode::formatMs(length)));
    return false;
}

bool PlaybackController::playTargetLine()
{
    return activateRow(targetRow());
}

bool PlaybackController::toggleLoopLine()
{
    if (!requireAudio())
        return false;
    if (m_player->isLooping()) {
        m_player->clearSpan();
        emit message(tr("Loop off."));
        return true;
    }
    int row = targetRow();
    if (row < 0)
        row = m_heardRow;
    const std::optional<qint64> start = startOfRow(row);
    if (!start) {
        emit message(tr("Select a line with a time to loop it."));
        return false;
    }
    if (!withinAudio(*start))
        return false;
    const qint64 end = endOfRow(row);
    if (end <= *start) {
        emit message(tr("This line has no length to loop."));
        return false;
    }
    m_player->loopSpan(*start, end);
    emit message(tr("Looping %1 to %2.").arg(Timecode::formatMs(*start), Timecode::formatMs(end)));
    return true;
}

bool PlaybackController::playSelection()
{
    if (!requireAudio() || !m_model)
        return false;
    QList<int> rows;
    if (QItemSelectionModel *selection = selectionModel()) {
        for (const QModelIndex &index : selection->selectedIndexes())
            rows << index.row();
    }
    if (rows.isEmpty() && targetRow() >= 0)
        rows << targetRow();
    if (rows.isEmpty()) {
        emit message(tr("Select the lines to play."));
        return false;
    }
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    const std::optional<qint64> start = startOfRow(*first);
    if (start && !withinAudio(*start))
        return false;
    const qint64 end = endOfRow(*last);
    if (!start || end <= *start) {
        emit message(tr("The selected lines have no time to play."));
        return false;
    }
    m_player->playSpan(*start, end);
    return true;
}

bool PlaybackController::setTimeFromPlayhead()
{
    if (!requireAudio() || !m_model)
        return false;
    const int row = targetRow();
    if (row < 0 || m_model->entry(row).isHeader()) {
        emit message(tr("Select a line to give it the playhead's time."));
        return false;
    }
    // An open time or speaker editor would write its old value back over the new time when it closes; a text
    // editor is left open, since the text and the time are separate values.
    if (m_view && m_view->editingRow() == row && !m_view->isEditingText())
        m_view->commitEditor();
    const qint64 seconds = playhead() / 1000;
    if (!m_model->setSeconds(row, seconds))
        return m_model->entry(row).seconds == seconds;
    emit message(tr("Line time set to %1.").arg(Timecode::format(seconds)));
    return true;
}

int PlaybackController::splitAtPlayhead()
{
    if (!requireAudio() || !m_model)
        return -1;
    if (!m_view || !m_view->isEditingText()) {
        emit message(tr("Place the text cursor where the line should be split."));
        return -1;
    }
    const int row = m_view->editingRow();
    const int position = m_view->editorCursorPosition();
    // The cursor position refers to the editor's text: commit it so the model holds that very text.
    m_view->commitEditor();
    const int newRow = m_model->splitLine(row, position, playhead() / 1000);
    if (newRow < 0)
        emit message(tr("The line cannot be split there."));
    return newRow;
}

bool PlaybackController::assignSpeakerToHeardLine(int number)
{
    if (!requireAudio() || !m_model)
        return false;
    updateHeardRow();
    const int row = m_model->rowAtTime(playhead());
    SpeakerModel *speakers = m_model->speakerModel();
    const QString name = speakers ? speakers->speakerForNumber(number) : QString();
    if (name.isEmpty()) {
        emit message(tr("There is no speaker number %1.").arg(number));
        return false;
    }
    if (row < 0) {
        emit message(tr("No line is being heard."));
        return false;
    }
    if (m_model->entry(row).speaker == name)
        return true;
    if (!m_model->setSpeaker({ row }, name))
        return false;
    emit message(tr("%1 speaks the line at %2.").arg(name, Timecode::formatMs(playhead())));
    return true;
}

void PlaybackController::updateHeardRow()
{
    int row = -1;
    if (m_model && m_player->isLoaded())
        row = m_model->rowAtTime(playhead());
    if (row == m_heardRow && (!m_view || m_view->playingRow() == row))
        return;
    const bool moved = row != m_heardRow;
    m_heardRow = row;
    // Scroll only when the heard line changes, so the user can scroll away between lines.
    if (m_view)
        m_view->setPlayingRow(row, m_follow && moved && row >= 0);
    if (moved)
        emit heardRowChanged(row);
}
