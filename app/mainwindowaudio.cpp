// Audio part of the main window: the Player dock, the Playback menu with its shortcuts, and finding the audio of
// each opened episode. All playback state lives in the PlaybackController (m_playback) and its AudioPlayer.
#include "mainwindow.h"

#include "audiolocator.h"
#include "audioplayer.h"
#include "document.h"
#include "playbackcontroller.h"
#include "playercontrols.h"
#include "retranslator.h"
#include "shortcutoverridefilter.h"
#include "speakermodel.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <memory>

namespace {

/** A window-wide action: it must fire while a cell editor has the focus (see ShortcutOverrideFilter). Its text
 * follows the interface language. */
QAction *playbackAction(QWidget *window, const QString &name, Retranslator::Text text, const QList<QKeySequence> &keys)
{
    auto *action = Retranslator::bind(new QAction(window), "text", std::move(text));
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setShortcutVisibleInContextMenu(true);
    window->addAction(action);
    return action;
}

} // namespace

void MainWindow::setupAudio()
{
    auto *player = new AudioPlayer(this);
    player->setObjectName(QStringLiteral("audioPlayer"));
    m_playback = new PlaybackController(player, this);
    m_playback->setObjectName(QStringLiteral("playbackController"));
    if (m_document)
        m_playback->setModel(m_document->model());
    if (m_view) {
        m_playback->setView(m_view);
        connect(m_view, &TranscriptView::rowActivated, m_playback, &PlaybackController::activateRow);
    }
    connect(m_playback, &PlaybackController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    QSettings settings;
    player->setRewindOnPause(settings.value(QStringLiteral("audio/rewindOnPauseMs"), 1000).toLongLong());
    player->setVolume(settings.value(QStringLiteral("audio/volume"), 100).toInt());
    player->setRate(settings.value(QStringLiteral("audio/rate"), 1.0).toDouble());
    m_playback->setFollowPlayback(settings.value(QStringLiteral("audio/follow"), true).toBool());
    connect(player, &AudioPlayer::volumeChanged, this,
        [](int volume) { QSettings().setValue(QStringLiteral("audio/volume"), volume); });
    connect(player, &AudioPlayer::rateChanged, this, [this](double rate) {
        QSettings().setValue(QStringLiteral("audio/rate"), rate);
        statusBar()->showMessage(tr("Playback speed %1×").arg(QLocale().toString(rate, 'g', 3)), 3000);
    });

    // ---- the Player dock ----
    auto *dock = Retranslator::bind(new QDockWidget(this), "windowTitle", [] { return tr("Player"); });
    dock->setObjectName(QStringLiteral("playerDock"));
    auto *controls = new PlayerControls(player, dock);
    controls->setObjectName(QStringLiteral("playerControls"));
    dock->setWidget(controls);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    // ---- the Playback menu ----
    QMenu *menu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&Playback"); });
    menu->setObjectName(QStringLiteral("playbackMenu"));
    const auto key = [](QKeyCombination combination) { return QKeySequence(combination); };

    QAction *playPause = playbackAction(this, QStringLiteral("actionPlayPause"), [] { return tr("&Play/Pause"); },
        { key(Qt::CTRL | Qt::Key_Space), key(Qt::Key_F5) });
    // Keys that text editing never uses (F-keys, as in Express Scribe and oTranscribe), so they work while typing;
    // Ctrl+Left/Right move by word in a cell editor and skip only while the table itself has the focus (below).
    QAction *back = playbackAction(
        this, QStringLiteral("actionSkipBack"), [] { return tr("&Back 5 Seconds"); }, { key(Qt::Key_F6) });
    QAction *forward = playbackAction(
        this, QStringLiteral("actionSkipForward"), [] { return tr("&Forward 5 Seconds"); }, { key(Qt::Key_F7) });
    QAction *tableBack = Retranslator::bind(new QAction(this), "text", [] { return tr("Back (Table Focused)"); });
    tableBack->setObjectName(QStringLiteral("actionSkipBackTable"));
    tableBack->setShortcut(key(Qt::CTRL | Qt::Key_Left));
    QAction *tableForward = Retranslator::bind(new QAction(this), "text", [] { return tr("Forward (Table Focused)"); });
    tableForward->setObjectName(QStringLiteral("actionSkipForwardTable"));
    tableForward->setShortcut(key(Qt::CTRL | Qt::Key_Right));
    for (QAction *action : { tableBack, tableForward }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        if (m_view)
            m_view->addAction(action);
    }
    QAction *faster = playbackAction(
        this, QStringLiteral("actionRateUp"), [] { return tr("F&aster"); }, { key(Qt::CTRL | Qt::Key_Up) });
    QAction *slower = playbackAction(
        this, QStringLiteral("actionRateDown"), [] { return tr("S&lower"); }, { key(Qt::CTRL | Qt::Key_Down) });
    QAction *normal = playbackAction(this, QStringLiteral("actionRateNormal"), [] { return tr("&Normal Speed"); }, {});
    QAction *playLine = playbackAction(this, QStringLiteral("actionPlayLine"), [] { return tr("Play from &Line"); },
        { key(Qt::CTRL | Qt::Key_Return), key(Qt::CTRL | Qt::Key_Enter) });
    QAction *loopLine = playbackAction(
        this, QStringLiteral("actionLoopLine"), [] { return tr("L&oop Line"); }, { key(Qt::CTRL | Qt::Key_L) });
    loopLine->setCheckable(true);
    QAction *playSelection = playbackAction(this, QStringLiteral("actionPlaySelection"),
        [] { return tr("Play &Selection"); }, { key(Qt::CTRL | Qt::SHIFT | Qt::Key_Space) });
    QAction *setTime = playbackAction(this, QStringLiteral("actionSetTimeFromPlayhead"),
        [] { return tr("Set Line &Time from Playhead"); }, { key(Qt::CTRL | Qt::Key_T), key(Qt::Key_F8) });
    QAction *split = playbackAction(this, QStringLiteral("actionSplitAtPlayhead"),
        [] { return tr("Spl&it Line at Playhead"); }, { key(Qt::CTRL | Qt::SHIFT | Qt::Key_K) });
    QAction *follow = playbackAction(this, QStringLiteral("actionFollowPlayback"),
        [] { return tr("Follo&w Playback"); }, { key(Qt::CTRL | Qt::ALT | Qt::Key_F) });
    follow->setCheckable(true);
    follow->setChecked(m_playback->followPlayback());
    QAction *attach
        = playbackAction(this, QStringLiteral("actionAttachAudio"), [] { return tr("Attach &Audio..."); }, {});
    controls->setAttachAction(attach);

    // Transport keys without audio would do nothing silently; say why instead.
    const auto withAudio = [this, player](void (AudioPlayer::*slot)()) {
        return [this, player, slot] {
            if (!player->isLoaded()) {
                statusBar()->showMessage(
                    tr("No audio is loaded. Use Playback > Attach Audio... to choose the recording."), 8000);
                return;
            }
            (player->*slot)();
        };
    };
    connect(playPause, &QAction::triggered, this, withAudio(&AudioPlayer::togglePlayPause));
    connect(back, &QAction::triggered, this, withAudio(&AudioPlayer::skipBackward));
    connect(forward, &QAction::triggered, this, withAudio(&AudioPlayer::skipForward));
    connect(tableBack, &QAction::triggered, back, &QAction::trigger);
    connect(tableForward, &QAction::triggered, forward, &QAction::trigger);
    connect(faster, &QAction::triggered, player, &AudioPlayer::rateUp);
    connect(slower, &QAction::triggered, player, &AudioPlayer::rateDown);
    connect(normal, &QAction::triggered, player, [player] { player->setRate(1.0); });
    connect(playLine, &QAction::triggered, m_playback, &PlaybackController::playTargetLine);
    connect(loopLine, &QAction::triggered, m_playback, [this, loopLine, player] {
        m_playback->toggleLoopLine();
        loopLine->setChecked(player->isLooping());
    });
    connect(
        player, &AudioPlayer::spanChanged, loopLine, [loopLine, player] { loopLine->setChecked(player->isLooping()); });
    connect(playSelection, &QAction::triggered, m_playback, &PlaybackController::playSelection);
    connect(setTime, &QAction::triggered, m_playback, &PlaybackController::setTimeFromPlayhead);
    connect(split, &QAction::triggered, m_playback, &PlaybackController::splitAtPlayhead);
    connect(follow, &QAction::toggled, m_playback, [this](bool on) {
        m_playback->setFollowPlayback(on);
        QSettings().setValue(QStringLiteral("audio/follow"), on);
    });

    menu->addAction(playPause);
    menu->addAction(back);
    menu->addAction(forward);
    menu->addSeparator();
    menu->addAction(playLine);
    menu->addAction(loopLine);
    menu->addAction(playSelection);
    menu->addAction(follow);
    menu->addSeparator();
    QMenu *speed = Retranslator::bind(menu->addMenu(QString()), "title", [] { return tr("Spee&d"); });
    speed->addAction(faster);
    speed->addAction(slower);
    speed->addAction(normal);
    QMenu *rewind = Retranslator::bind(menu->addMenu(QString()), "title", [] { return tr("&Rewind on Pause"); });
    rewind->setObjectName(QStringLiteral("rewindMenu"));
    auto *rewindGroup = new QActionGroup(rewind);
    for (int ms : { 0, 500, 1000, 2000, 3000 }) {
        QAction *choice = Retranslator::bind(rewind->addAction(QString()), "text",
            [ms] { return ms == 0 ? tr("Off") : tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 2)); });
        choice->setCheckable(true);
        choice->setData(ms); // the preferences dialog checks the entry matching its value
        choice->setChecked(player->rewindOnPause() == ms);
        rewindGroup->addAction(choice);
        connect(choice, &QAction::triggered, player, [player, ms] {
            player->setRewindOnPause(ms);
            QSettings().setValue(QStringLiteral("audio/rewindOnPauseMs"), ms);
        });
    }
    menu->addSeparator();
    menu->addAction(setTime);
    menu->addAction(split);
    QMenu *speakers
        = Retranslator::bind(menu->addMenu(QString()), "title", [] { return tr("Speaker of &Heard Line"); });
    QList<QAction *> speakerActions;
    for (int number = 1; number <= 9; ++number) {
        QAction *action = playbackAction(this, QStringLiteral("actionHeardSpeaker%1").arg(number),
            [number] { return tr("Speaker %1").arg(number); },
            { key(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + number)) });
        connect(
            action, &QAction::triggered, m_playback, [this, number] { m_playback->assignSpeakerToHeardLine(number); });
        speakers->addAction(action);
        speakerActions << action;
    }
    // Show the names the numbers stand for in this episode.
    connect(speakers, &QMenu::aboutToShow, this, [this, speakerActions] {
        for (int i = 0; i < speakerActions.size(); ++i) {
            const QString name = m_document ? m_document->speakers()->speakerForNumber(i + 1) : QString();
            speakerActions[i]->setText(
                name.isEmpty() ? tr("Speaker %1").arg(i + 1) : tr("%1: %2").arg(i + 1).arg(name));
        }
    });
    menu->addSeparator();
    menu->addAction(attach);
    menu->addAction(dock->toggleViewAction());

    auto *overrides = new ShortcutOverrideFilter(this);
    overrides->addActions(
        { playPause, back, forward, faster, slower, playLine, loopLine, playSelection, setTime, split, follow });
    overrides->addActions(speakerActions);

    // ---- attaching audio and reporting problems ----
    // Only a file the user picked by hand gets a dialog when it fails; automatic loads say so in the status bar
    // and the dock, so opening an episode never blocks on a message box.
    auto pickedByHand = std::make_shared<bool>(false);
    connect(attach, &QAction::triggered, this, [this, player, pickedByHand] {
        const QString episode = m_document ? m_document->filePath() : QString();
        const QString dir = !player->filePath().isEmpty()
            ? QFileInfo(player->filePath()).absolutePath()
            : (episode.isEmpty() ? QString() : QFileInfo(episode).absolutePath());
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Attach Audio"), dir, AudioLocator::fileDialogFilter());
        if (file.isEmpty())
            return;
        if (!episode.isEmpty())
            AudioLocator().remember(episode, file);
        *pickedByHand = true;
        player->load(file);
    });
    connect(player, &AudioPlayer::errorOccurred, this, [this, pickedByHand](const QString &message) {
        statusBar()->showMessage(message, 15000);
        if (*pickedByHand) {
            *pickedByHand = false;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Play Audio"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    connect(player, &AudioPlayer::loaded, this, [this, player, pickedByHand](qint64 duration) {
        *pickedByHand = false;
        statusBar()->showMessage(
            tr("Audio: %1 (%2)").arg(QFileInfo(player->filePath()).fileName(), Timecode::formatMs(duration)), 8000);
    });
}

void MainWindow::audioDocumentChanged()
{
    if (!m_playback || !m_document)
        return;
    m_playback->setModel(m_document->model());
    m_playback->setView(m_view);
    AudioPlayer *player = m_playback->player();
    auto *controls = findChild<PlayerControls *>(QStringLiteral("playerControls"));

    const QString episode = m_document->filePath();
    AudioLocator locator;
    const QString audio = locator.locate(episode);
    if (!audio.isEmpty()) {
        if (QFileInfo(audio).absoluteFilePath() != player->filePath() || !player->isLoaded())
            player->load(audio);
        return;
    }
    player->unload();
    QString message;
    const QString remembered = locator.remembered(episode);
    if (episode.isEmpty()) {
        message = tr("No audio for this unsaved episode. Use Playback > Attach Audio... to choose the recording.");
    } else if (!remembered.isEmpty()) {
        message
            = tr("The audio file attached to this episode, \"%1\", no longer exists. Use Playback > Attach Audio... "
                 "to choose it again.")
                  .arg(QDir::toNativeSeparators(remembered));
    } else {
        const QFileInfo info(episode);
        message = tr("No audio found for %1: looked for %2.mp3 (or .m4a, .ogg, .opus, .wav, .flac) beside it and in "
                     "its audio folder. Use Playback > Attach Audio... to choose the recording.")
                      .arg(info.fileName(), info.completeBaseName());
    }
    if (controls)
        controls->setMessage(message);
    statusBar()->showMessage(message, 10000);
}
