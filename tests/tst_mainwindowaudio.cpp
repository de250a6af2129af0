// GUI tests of the audio part of the real MainWindow: finding the audio of an opened episode, clear messages when
// there is none or it cannot be played, and the Playback shortcuts working while a text cell is being edited.
#include "audiolocator.h"
#include "audioplayer.h"
#include "document.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "playercontrols.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

const char *const EpisodeFileName = "semiconductors-to-ml.md";
const char *const AudioFileName = "semiconductors-to-ml.first60s.mp3";

bool copyData(const QString &name, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(TestSupport::dataFile(name), to);
}

} // namespace

class TestMainWindowAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockAndMenu();
    void audioBesideIsLoaded();
    void audioInFolderIsLoaded();
    void noAudioSaysSo();
    void rememberedAudioIsLoaded();
    void rememberedButMissing();
    void unplayableAudioSaysSoWithoutDialog();
    void shortcutsWorkWhileEditing();
    void editingShortcutsFromPlayhead();

private:
    /** Opens `episode` in a fresh window and waits until its audio is loaded or has failed. */
    void openAndWait(const QString &episode, bool expectAudio);
    int rowWithSeconds(qint64 sec) const;
    void openTextEditor(int row);
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    AudioPlayer *player() const { return m_window->playback()->player(); }
    PlayerControls *controls() const { return m_window->findChild<PlayerControls *>(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowAudio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorAudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowaudio"));
}

void TestMainWindowAudio::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowAudio::cleanup()
{
    if (m_window && m_window->document())
        m_window->document()->undoStack()->setClean(); // no "save changes?" question on close
    m_window.reset();
    m_dir.reset();
}

void TestMainWindowAudio::openAndWait(const QString &episode, bool expectAudio)
{
    QSignalSpy loaded(player(), &AudioPlayer::loaded);
    QSignalSpy failed(player(), &AudioPlayer::errorOccurred);
    QVERIFY(m_window->openFile(episode));
    if (expectAudio && loaded.isEmpty() && failed.isEmpty()) {
        QEventLoop loop;
        connect(player(), &AudioPlayer::loaded, &loop, &QEventLoop::quit);
        connect(player(), &AudioPlayer::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

int TestMainWindowAudio::rowWithSeconds(qint64 sec) const
{
    const TranscriptModel *model = m_window->document()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).seconds == sec)
            return row;
    }
    return -1;
}

void TestMainWindowAudio::openTextEditor(int row)
{
    TranscriptView *view = m_window->transcriptView();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, TranscriptModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(view->isEditingText());
    QVERIFY(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
}

void TestMainWindowAudio::dockAndMenu()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("playerDock"));
    QVERIFY(dock);
    QVERIFY(qobject_cast<PlayerControls *>(dock->widget()));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("playbackMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    // Every shortcut belongs to exactly one action of the window: none is ambiguous.
    QHash<QKeySequence, QStringList> owners;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts())
            owners[key] << a->text();
    }
    const QStringList names = { "actionPlayPause", "actionSkipBack", "actionSkipForward", "actionRateUp",
        "actionRateDown", "actionPlayLine", "actionLoopLine", "actionPlaySelection", "actionSetTimeFromPlayhead",
        "actionSplitAtPlayhead", "actionFollowPlayback", "actionHeardSpeaker1", "actionHeardSpeaker9" };
    for (const QString &name : names) {
        QAction *a = action(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(name));
        for (const QKeySequence &key : a->shortcuts())
            QVERIFY2(owners.value(key).size() == 1,
                qPrintable(key.toString() + QStringLiteral(": ") + owners.value(key).join(QStringLiteral(", "))));
    }
    QVERIFY(action(QStringLiteral("actionAttachAudio")));
}

void TestMainWindowAudio::audioBesideIsLoaded()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QVERIFY(copyData(QString::fromLatin1(AudioFileName), m_dir->filePath(QString::fromLatin1(AudioFileName))));
    openAndWait(episode, true);
    QVERIFY(player()->isLoaded());
    QCOMPARE(player()->filePath(), m_dir->filePath(QString::fromLatin1(AudioFileName)));
    QCOMPARE(controls()->message(), QString::fromLatin1(AudioFileName));
    QVERIFY(qAbs(player()->duration() - 60084) <= 50);
}

void TestMainWindowAudio::audioInFolderIsLoaded()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("audio")));
    QVERIFY(copyData(QStringLiteral("tone-3s.ogg"), m_dir->filePath(QStringLiteral("audio/semiconductors-to-ml.ogg"))));
    openAndWait(episode, true);
    QVERIFY(player()->isLoaded());
    QCOMPARE(player()->filePath(), m_dir->filePath(QStringLiteral("audio/semiconductors-to-ml.ogg")));
}

void TestMainWindowAudio::noAudioSaysSo()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    openAndWait(episode, false);
    QVERIFY(!player()->isLoaded());
    QVERIFY2(controls()->message().contains(QStringLiteral("No audio found")), qPrintable(controls()->message()));
    QVERIFY(controls()->message().contains(QStringLiteral("Attach Audio")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No audio found")));
    // The editor works without audio, and the audio keys explain themselves.
    QVERIFY(m_window->document()->model()->rowCount() > 10);
    action(QStringLiteral("actionPlayPause"))->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No audio is loaded")));
}

void TestMainWindowAudio::rememberedAudioIsLoaded()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("elsewhere")));
    const QString audio = m_dir->filePath(QStringLiteral("elsewhere/recording.ogg"));
    QVERIFY(copyData(QStringLiteral("tone-3s.ogg"), audio));
    AudioLocator().remember(episode, audio);
    openAndWait(episode, true);
    QVERIFY(player()->isLoaded());
    QCOMPARE(player()->filePath(), audio);
    AudioLocator().forget(episode);
}

void TestMainWindowAudio::rememberedButMissing()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    AudioLocator().remember(episode, m_dir->filePath(QStringLiteral("gone.mp3")));
    openAndWait(episode, false);
    QVERIFY(!player()->isLoaded());
    QVERIFY2(controls()->message().contains(QStringLiteral("no longer exists"))
            && controls()->message().contains(QStringLiteral("gone.mp3")),
        qPrintable(controls()->message()));
    AudioLocator().forget(episode);
}

void TestMainWindowAudio::unplayableAudioSaysSoWithoutDialog()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QFile broken(m_dir->filePath(QStringLiteral("semiconductors-to-ml.mp3")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("not audio\n").repeated(500));
    broken.close();
    openAndWait(episode, true);
    QVERIFY(!player()->isLoaded());
    QVERIFY2(controls()->message().startsWith(QStringLiteral("Cannot play")), qPrintable(controls()->message()));
    QVERIFY(controls()->message().contains(QStringLiteral("semiconductors-to-ml.mp3")));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Cannot play")));
    QVERIFY(!QApplication::activeModalWidget()); // opening never blocks on a dialog
    QVERIFY(m_window->document()->model()->rowCount() > 10);
}

void TestMainWindowAudio::shortcutsWorkWhileEditing()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QVERIFY(copyData(QString::fromLatin1(AudioFileName), m_dir->filePath(QString::fromLatin1(AudioFileName))));
    openAndWait(episode, true);
    QVERIFY(player()->isLoaded());
    player()->setRewindOnPause(0);

    const int row = rowWithSeconds(42);
    openTextEditor(row);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(10);
    editor->setTextCursor(cursor);
    const QString text = editor->toPlainText();

    // Play/pause: Ctrl+Space and F5.
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(player()->isPlaying());
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(!player()->isPlaying());
    QTest::keyClick(editor, Qt::Key_F5);
    QVERIFY(player()->isPlaying());
    QTest::keyClick(editor, Qt::Key_F5);
    QVERIFY(!player()->isPlaying());

    // Skipping: F6/F7 (Ctrl+Left/Right move by word in the editor; they skip only when the table has the focus).
    player()->seek(20000);
    QTest::keyClick(editor, Qt::Key_F7);
    QVERIFY2(qAbs(player()->position() - 25000) <= 100, qPrintable(QString::number(player()->position())));
    QTest::keyClick(editor, Qt::Key_F6);
    QVERIFY(qAbs(player()->position() - 20000) <= 100);
    QTest::keyClick(editor, Qt::Key_F7);
    QVERIFY(qAbs(player()->position() - 25000) <= 100);
    QTest::keyClick(editor, Qt::Key_F6);
    QVERIFY(qAbs(player()->position() - 20000) <= 100);

    // Speed: Ctrl+Up/Down (the rate is remembered between sessions, so start from a known one).
    player()->setRate(1.0);
    QTest::keyClick(editor, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(player()->rate(), 1.1);
    QTest::keyClick(editor, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(player()->rate(), 0.9);
    player()->setRate(1.0);

    // Loop the line being edited: Ctrl+L, and off again.
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(player()->isLooping());
    QCOMPARE(player()->spanStart(), qint64(42000));
    QVERIFY(action(QStringLiteral("actionLoopLine"))->isChecked());
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!player()->hasSpan());
    player()->pause();

    // Play from the edited line: Ctrl+Enter.
    player()->seek(5000);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(player()->isPlaying());
    QVERIFY(qAbs(player()->position() - 42000) <= 300);
    player()->pause();

    // The editor saw none of these keys: same text, same cursor, still open, nothing edited.
    TranscriptView *view = m_window->transcriptView();
    QVERIFY(view->isEditingText());
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->toPlainText(), text);
    QCOMPARE(editor->textCursor().position(), 10);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);

    // With the table focused, Ctrl+Right and Ctrl+Left skip.
    view->commitEditor();
    view->setFocus();
    player()->seek(20000);
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QVERIFY2(qAbs(player()->position() - 25000) <= 100, qPrintable(QString::number(player()->position())));
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QVERIFY(qAbs(player()->position() - 20000) <= 100);
}

void TestMainWindowAudio::editingShortcutsFromPlayhead()
{
    const QString episode = m_dir->filePath(QString::fromLatin1(EpisodeFileName));
    QVERIFY(copyData(QString::fromLatin1(EpisodeFileName), episode));
    QVERIFY(copyData(QString::fromLatin1(AudioFileName), m_dir->filePath(QString::fromLatin1(AudioFileName))));
    openAndWait(episode, true);
    QVERIFY(player()->isLoaded());
    TranscriptModel *model = m_window->document()->model();
    QUndoStack *stack = m_window->document()->undoStack();
    const int row = rowWithSeconds(42);

    // Ctrl+T while editing the line's text: the time follows the playhead, the editor stays open.
    openTextEditor(row);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    player()->seek(44500);
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(model->entry(row).seconds, std::optional<qint64>(44));
    QCOMPARE(stack->count(), 1);
    QVERIFY(m_window->transcriptView()->isEditingText());
    // F8 does the same.
    player()->seek(43200);
    QTest::keyClick(editor, Qt::Key_F8);
    QCOMPARE(model->entry(row).seconds, std::optional<qint64>(43));
    QCOMPARE(stack->count(), 2);

    // Ctrl+Shift+K splits at the text cursor, the new line starting at the playhead.
    const int rows = model->rowCount();
    const QString text = editor->toPlainText();
    const int cut = text.indexOf(QStringLiteral("Click on that link"));
    QVERIFY(cut > 0);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(cut);
    editor->setTextCursor(cursor);
    player()->seek(50700);
    QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(model->entry(row + 1).text.startsWith(QStringLiteral("Click on that link")));
    QCOMPARE(model->entry(row + 1).seconds, std::optional<qint64>(50));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(model->rowCount(), rows);

    // Ctrl+Alt+N gives the heard line speaker N; the selection stays where it is.
    TranscriptView *view = m_window->transcriptView();
    view->selectRow(10);
    const int heard = rowWithSeconds(14);
    player()->seek(16000);
    const QString second = m_window->document()->speakers()->speakerForNumber(2);
    QVERIFY(!second.isEmpty());
    QVERIFY(model->entry(heard).speaker != second);
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(model->entry(heard).speaker, std::optional<QString>(second));
    QCOMPARE(view->selectedRows(), QList<int> { 10 });
    QCOMPARE(view->currentIndex().row(), 10);
}

QTEST_MAIN(TestMainWindowAudio)
#include "tst_mainwindowaudio.moc"
