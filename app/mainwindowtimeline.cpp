// Timeline part of the main window: the Timeline dock under the table, the second view of the same TranscriptModel
// and QItemSelectionModel, tied to the player (playhead, seeking, follow mode, the waveform of the loaded audio).
#include "mainwindow.h"

#include "audioplayer.h"
#include "document.h"
#include "playbackcontroller.h"
#include "retranslator.h"
#include "timelineview.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

void MainWindow::setupTimeline()
{
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setModels(m_document->model(), m_document->speakers());
    // One selection model for both views: selection and current row agree by construction.
    m_timeline->setSelectionModel(m_view->selectionModel());

    auto *dock = Retranslator::bind(new QDockWidget(this), "windowTitle", [] { return tr("Timeline"); });
    dock->setObjectName(QStringLiteral("timelineDock"));
    dock->setWidget(m_timeline);
    // Its own row under the table and the other bottom docks, across the whole window.
    addDockWidget(Qt::BottomDockWidgetArea, dock, Qt::Vertical);
    resizeDocks({ dock }, { 260 }, Qt::Vertical);
    m_viewMenu->addAction(dock->toggleViewAction());

    AudioPlayer *player = m_playback->player();
    connect(player, &AudioPlayer::loaded, m_timeline,
        [this, player](qint64 duration) { m_timeline->loadAudio(player->filePath(), duration); });
    connect(player, &AudioPlayer::unloaded, m_timeline, [this] {
        m_timeline->clearAudio(
            tr("No audio for this episode: use Playback > Attach Audio... to choose the recording."));
    });
    connect(player, &AudioPlayer::errorOccurred, m_timeline, [this](const QString &message) {
        if (!m_playback->player()->isLoaded())
            m_timeline->clearAudio(message);
    });
    connect(player, &AudioPlayer::positionChanged, m_timeline, [this, player](qint64 ms) {
        m_timeline->setPlayhead(ms, player->isPlaying() && m_playback->followPlayback());
    });
    connect(m_timeline, &TimelineView::seekRequested, player, [player](qint64 ms) {
        if (player->isLoaded())
            player->seek(ms);
    });
    connect(m_timeline, &TimelineView::seekRequested, m_timeline, [this](qint64 ms) { m_timeline->setPlayhead(ms); });
    connect(m_timeline, &TimelineView::rowActivated, m_playback, &PlaybackController::activateRow);

    connect(m_timeline, &TimelineView::contextMenuRequested, this, [this](const QPoint &globalPos, int, qint64 ms) {
        QMenu menu(this);
        menu.addActions({ m_mergeNextAction, m_mergeSelectionAction });
        if (QAction *split = findChild<QAction *>(QStringLiteral("actionSplitAtPlayhead")))
            menu.addAction(split);
        menu.addSeparator();
        menu.addMenu(m_speakerMenu);
        menu.addSeparator();
        // A header placed before the line being heard at the pointer, so the section starts there.
        menu.addAction(tr("Insert &Header Here"), this, [this, ms] {
            TranscriptModel *model = m_document->model();
            const int at = model->rowAtTime(ms);
            const int row = model->insertHeader(at >= 0 ? at : 0, tr("New section"));
            if (row >= 0)
                m_view->selectRow(row);
        });
        menu.addAction(m_toggleHeaderAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(globalPos);
    });
}
