// Tests for PlaybackController: playing from a line, following playback without touching the selection, looping,
// playing the selection, and editing from the playhead (set time, split, speaker of the heard line), on the real
// episode semiconductors-to-ml.md with the first minute of its audio.
#include "audioplayer.h"
#include "document.h"
#include "episodefile.h"
#include "playbackcontroller.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

const char *const EpisodeFileName = "semiconductors-to-ml.md";
const char *const Audio = "semiconductors-to-ml.first60s.mp3";

/** Runs an event loop until `done()` holds after one of `sender`'s `signal`s, or the timeout. No polling. */
template<typename Sender, typename Signal>
bool waitUntil(Sender *sender, Signal signal, const std::function<bool()> &done, int timeoutMs = 10000)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

class TestPlaybackController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void activateRowSeeksAndPlays_data();
    void activateRowSeeksAndPlays();
    void headerPlaysItsSection();
    void followHighlightsHeardLine_data();
    void followHighlightsHeardLine();
    void followDuringPlayback();
    void followScrollsOnlyWhenOn();
    void modelEditsMoveHighlight();
    void setTimeFromPlayhead();
    void splitAtPlayhead();
    void splitAtPlayheadTakesTypedText();
    void assignSpeakerToHeardLine();
    void loopLine();
    void playSelection();
    void withoutAudio();
    void lineBeyondAudioEndKeepsPlace();

private:
    bool loadAudio();
    int rowWithSeconds(qint64 sec) const;
    void selectOnly(int row);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TranscriptView> m_view;
    std::unique_ptr<AudioPlayer> m_player;
    std::unique_ptr<PlaybackController> m_controller;
};

void TestPlaybackController::init()
{
    m_document = std::make_unique<Document>();
    FileError error;
    QVERIFY2(m_document->load(TestSupport::dataFile(QString::fromLatin1(EpisodeFileName)), &error),
        qPrintable(error.toString()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_document->model());
    m_view = std::make_unique<TranscriptView>();
    m_view->setModels(m_document->model(), m_document->speakers());
    m_view->resize(800, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_player = std::make_unique<AudioPlayer>();
    m_controller = std::make_unique<PlaybackController>(m_player.get());
    m_controller->setModel(m_document->model());
    m_controller->setView(m_view.get());
}

void TestPlaybackController::cleanup()
{
    m_controller.reset();
    m_player.reset();
    m_view.reset();
    m_tester.reset();
    m_document.reset();
}

bool TestPlaybackController::loadAudio()
{
    QSignalSpy loaded(m_player.get(), &AudioPlayer::loaded);
    QSignalSpy failed(m_player.get(), &AudioPlayer::errorOccurred);
    if (!m_player->load(TestSupport::dataFile(QString::fromLatin1(Audio))))
        return false;
    return waitUntil(
               m_player.get(), &AudioPlayer::loaded, [&] { return m_player->isLoaded() || failed.count() > 0; }, 20000)
        && m_player->isLoaded();
}

int TestPlaybackController::rowWithSeconds(qint64 sec) const
{
    const TranscriptModel *model = m_document->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).seconds == sec)
            return row;
    }
    return -1;
}

void TestPlaybackController::selectOnly(int row)
{
    m_view->selectionModel()->setCurrentIndex(m_document->model()->index(row, TranscriptModel::TextColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestPlaybackController::activateRowSeeksAndPlays_data()
{
    QTest::addColumn<qint64>("sec");
    // Every line of the episode that starts inside the first minute of audio.
    Document document;
    FileError error;
    QVERIFY(document.load(TestSupport::dataFile(QString::fromLatin1(EpisodeFileName)), &error));
    for (const TranscriptEntry &entry : document.episode().entries) {
        if (entry.seconds && *entry.seconds < 58)
            QTest::addRow("%s", qPrintable(Timecode::format(*entry.seconds))) << *entry.seconds;
    }
}

void TestPlaybackController::activateRowSeeksAndPlays()
{
    QFETCH(qint64, sec);
    QVERIFY(loadAudio());
    const int row = rowWithSeconds(sec);
    QVERIFY(row >= 0);
    selectOnly(5);
    const QModelIndex current = m_view->currentIndex();
    if (sec == 0)
        m_player->seek(30000); // so that activating the first line is a real move
    QVERIFY(m_controller->activateRow(row));
    QVERIFY2(qAbs(m_player->position() - sec * 1000) <= 100, qPrintable(QString::number(m_player->position())));
    // Playback starts there: the positions reported while playing begin at the line's time.
    qint64 first = -1;
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] {
        if (m_player->isPlaying() && first < 0 && m_player->position() >= sec * 1000 - 100)
            first = m_player->position();
        return first >= 0;
    }));
    QVERIFY2(first <= sec * 1000 + 700, qPrintable(QString::number(first)));
    QVERIFY(m_player->isPlaying());
    QCOMPARE(m_controller->heardRow(), row);
    QCOMPARE(m_view->playingRow(), row);
    // Activating plays; it does not select.
    QCOMPARE(m_view->currentIndex(), current);
    QCOMPARE(m_view->selectedRows(), QList<int> { 5 });
}

void TestPlaybackController::headerPlaysItsSection()
{
    QVERIFY(loadAudio());
    QVERIFY(m_document->model()->entry(0).isHeader());
    m_player->seek(20000);
    QVERIFY(m_controller->activateRow(0));
    QVERIFY(qAbs(m_player->position()) <= 100);
    QCOMPARE(*m_controller->startOfRow(0), *m_document->model()->entry(1).seconds * 1000);
    m_player->pause();
}

void TestPlaybackController::followHighlightsHeardLine_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("lineSec"); // sec of the line being heard
    QTest::newRow("start") << qint64(500) << qint64(0);
    QTest::newRow("just before 0:14") << qint64(13900) << qint64(0);
    QTest::newRow("at 0:14") << qint64(14000) << qint64(14);
    QTest::newRow("0:30") << qint64(30000) << qint64(14);
    QTest::newRow("0:42.5") << qint64(42500) << qint64(42);
    QTest::newRow("0:59") << qint64(59000) << qint64(42);
}

void TestPlaybackController::followHighlightsHeardLine()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, lineSec);
    QVERIFY(loadAudio());
    const int selected = 7;
    selectOnly(selected);
    const QModelIndex current = m_view->currentIndex();
    QWidget *focus = QApplication::focusWidget();
    QSignalSpy selectionChanged(m_view->selectionModel(), &QItemSelectionModel::selectionChanged);
    QSignalSpy currentChanged(m_view->selectionModel(), &QItemSelectionModel::currentChanged);

    if (ms < 1000)
        m_player->seek(20000);
    m_player->seek(ms);
    const int expected = rowWithSeconds(lineSec);
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] { return m_view->playingRow() == expected; }));
    QCOMPARE(m_controller->heardRow(), expected);
    QCOMPARE(m_document->model()->rowAtTime(m_player->position()), expected);
    // Selection, current index and focus are the user's.
    QCOMPARE(selectionChanged.count(), 0);
    QCOMPARE(currentChanged.count(), 0);
    QCOMPARE(m_view->currentIndex(), current);
    QCOMPARE(m_view->selectedRows(), QList<int> { selected });
    QCOMPARE(QApplication::focusWidget(), focus);
}

void TestPlaybackController::followDuringPlayback()
{
    QVERIFY(loadAudio());
    selectOnly(9);
    QSignalSpy heard(m_controller.get(), &PlaybackController::heardRowChanged);
    QSignalSpy selectionChanged(m_view->selectionModel(), &QItemSelectionModel::selectionChanged);
    m_player->setRate(2.0);
    m_player->seek(12500);
    m_player->play();
    // As the audio plays past 0:14, the highlight moves from the first line to the second by itself.
    const int second = rowWithSeconds(14);
    QVERIFY(waitUntil(
        m_controller.get(), &PlaybackController::heardRowChanged, [&] { return m_view->playingRow() == second; }));
    QVERIFY(m_player->position() >= 14000);
    QCOMPARE(heard.last().first().toInt(), second);
    QCOMPARE(selectionChanged.count(), 0);
    QCOMPARE(m_view->selectedRows(), QList<int> { 9 });
    m_player->pause();
}

void TestPlaybackController::followScrollsOnlyWhenOn()
{
    QVERIFY(loadAudio());
    m_view->updateAllRowHeights();
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const int line = rowWithSeconds(42);

    m_controller->setFollowPlayback(false);
    bar->setValue(bar->maximum());
    const int scrolled = bar->value();
    m_player->seek(43000);
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] { return m_view->playingRow() == line; }));
    QCOMPARE(bar->value(), scrolled); // highlighted, not scrolled to

    m_player->seek(5000);
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] { return m_view->playingRow() == line - 2; }));
    m_controller->setFollowPlayback(true);
    bar->setValue(bar->maximum());
    m_player->seek(43000);
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] { return m_view->playingRow() == line; }));
    QVERIFY(bar->value() < scrolled);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(m_document->model()->index(line, 0))));
}

void TestPlaybackController::modelEditsMoveHighlight()
{
    QVERIFY(loadAudio());
    m_player->seek(20000);
    const int line = rowWithSeconds(14);
    QVERIFY(waitUntil(m_player.get(), &AudioPlayer::positionChanged, [&] { return m_view->playingRow() == line; }));
    // A header inserted above shifts the heard line down by one; undo shifts it back.
    QVERIFY(m_document->model()->insertHeader(0, QStringLiteral("Intro")) >= 0);
    QCOMPARE(m_view->playingRow(), line + 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_view->playingRow(), line);
    // Retiming the next line to before the playhead makes it the heard one.
    QVERIFY(m_document->model()->setSeconds(line + 1, 18));
    QCOMPARE(m_view->playingRow(), line + 1);
}

void TestPlaybackController::setTimeFromPlayhead()
{
    QVERIFY(loadAudio());
    QUndoStack *stack = m_document->undoStack();
    const int row = rowWithSeconds(42);
    selectOnly(row);
    m_player->seek(45600);
    const int before = stack->count();
    QVERIFY(m_controller->setTimeFromPlayhead());
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(m_document->model()->entry(row).seconds, std::optional<qint64>(45));
    QCOMPARE(m_document->model()->entry(row).time, std::optional<QString>(QStringLiteral("0:45")));
    QCOMPARE(m_view->selectedRows(), QList<int> { row });
    stack->undo();
    QCOMPARE(m_document->model()->entry(row).seconds, std::optional<qint64>(42));
    stack->redo();
    QCOMPARE(m_document->model()->entry(row).seconds, std::optional<qint64>(45));

    // A header has no time to set.
    selectOnly(0);
    QVERIFY(!m_controller->setTimeFromPlayhead());
    QCOMPARE(stack->count(), before + 1);
}

void TestPlaybackController::splitAtPlayhead()
{
    QVERIFY(loadAudio());
    QUndoStack *stack = m_document->undoStack();
    TranscriptModel *model = m_document->model();
    const int row = rowWithSeconds(14);
    const TranscriptEntry original = model->entry(row);
    const int rows = model->rowCount();

    // Without an open text editor there is no cursor to split at.
    selectOnly(row);
    m_player->seek(20300);
    QCOMPARE(m_controller->splitAtPlayhead(), -1);
    QCOMPARE(model->rowCount(), rows);

    const QModelIndex index = model->index(row, TranscriptModel::TextColumn);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    QVERIFY(m_view->isEditingText());
    auto *editor = m_view->viewport()->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    const QString cutBefore = QStringLiteral("Last but not least");
    const int position = editor->toPlainText().indexOf(cutBefore);
    QVERIFY(position > 0);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(position);
    editor->setTextCursor(cursor);
    QCOMPARE(m_view->editorCursorPosition(), position);

    const int before = stack->count();
    const int newRow = m_controller->splitAtPlayhead();
    QCOMPARE(newRow, row + 1);
    QCOMPARE(stack->count(), before + 1); // the unchanged editor text adds no step of its own
    QVERIFY(!m_view->isEditingText());
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(model->entry(row).text.endsWith(QStringLiteral("streams.")));
    QVERIFY(model->entry(newRow).text.startsWith(cutBefore));
    QCOMPARE(model->entry(row).seconds, std::optional<qint64>(14));
    QCOMPARE(model->entry(newRow).seconds, std::optional<qint64>(20));
    QCOMPARE(model->entry(newRow).speaker, original.speaker);

    stack->undo();
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(model->entry(row).sameValues(original));
    stack->redo();
    QCOMPARE(model->entry(newRow).seconds, std::optional<qint64>(20));
}

void TestPlaybackController::splitAtPlayheadTakesTypedText()
{
    QVERIFY(loadAudio());
    TranscriptModel *model = m_document->model();
    const int row = rowWithSeconds(42);
    const QModelIndex index = model->index(row, TranscriptModel::TextColumn);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    auto *editor = m_view->viewport()->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    // Typed but not yet committed: the split must cut this text, not the stored one.
    editor->setPlainText(QStringLiteral("First part typed. Second part typed."));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(18);
    editor->setTextCursor(cursor);
    m_player->seek(50200);
    const int newRow = m_controller->splitAtPlayhead();
    QCOMPARE(newRow, row + 1);
    QCOMPARE(model->entry(row).text, QStringLiteral("First part typed."));
    QCOMPARE(model->entry(newRow).text, QStringLiteral("Second part typed."));
    QCOMPARE(model->entry(newRow).seconds, std::optional<qint64>(50));
}

void TestPlaybackController::assignSpeakerToHeardLine()
{
    QVERIFY(loadAudio());
    TranscriptModel *model = m_document->model();
    SpeakerModel *speakers = m_document->speakers();
    const int heard = rowWithSeconds(14);
    const QString before = *model->entry(heard).speaker;
    // Some other speaker of the episode, by number.
    int number = 0;
    for (int n = 1; n <= 9 && !number; ++n) {
        if (!speakers->speakerForNumber(n).isEmpty() && speakers->speakerForNumber(n) != before)
            number = n;
    }
    QVERIFY(number > 0);
    const QString other = speakers->speakerForNumber(number);

    selectOnly(8);
    QSignalSpy selectionChanged(m_view->selectionModel(), &QItemSelectionModel::selectionChanged);
    m_player->seek(20000);
    QVERIFY(m_controller->assignSpeakerToHeardLine(number));
    QCOMPARE(*model->entry(heard).speaker, other);
    QCOMPARE(m_view->selectedRows(), QList<int> { 8 });
    QCOMPARE(selectionChanged.count(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(*model->entry(heard).speaker, before);

    QSignalSpy messages(m_controller.get(), &PlaybackController::message);
    int unused = 9;
    while (unused > 0 && !speakers->speakerForNumber(unused).isEmpty())
        --unused;
    QVERIFY(unused > 0);
    QVERIFY(!m_controller->assignSpeakerToHeardLine(unused));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(*model->entry(heard).speaker, before);
}

void TestPlaybackController::loopLine()
{
    QVERIFY(loadAudio());
    const int row = rowWithSeconds(14);
    selectOnly(row);
    QVERIFY(m_controller->toggleLoopLine());
    QVERIFY(m_player->isLooping());
    QCOMPARE(m_player->spanStart(), qint64(14000));
    QCOMPARE(m_player->spanEnd(), qint64(42000));
    QVERIFY(m_player->isPlaying());
    QVERIFY(m_controller->toggleLoopLine());
    QVERIFY(!m_player->hasSpan());
    m_player->pause();

    // The last line of the audio loops up to the next line's time, clamped to the audio's end.
    selectOnly(rowWithSeconds(42));
    QVERIFY(m_controller->toggleLoopLine());
    QCOMPARE(m_player->spanEnd(), m_player->duration());
    m_player->stop();
}

void TestPlaybackController::playSelection()
{
    QVERIFY(loadAudio());
    const int first = rowWithSeconds(0);
    const int second = rowWithSeconds(14);
    QItemSelection selection(
        m_document->model()->index(first, 0), m_document->model()->index(second, TranscriptModel::TextColumn));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_controller->playSelection());
    QVERIFY(m_player->hasSpan());
    QVERIFY(!m_player->isLooping());
    QCOMPARE(m_player->spanStart(), qint64(0));
    QCOMPARE(m_player->spanEnd(), qint64(42000));
    QVERIFY(m_player->isPlaying());
    m_player->stop();
}

void TestPlaybackController::withoutAudio()
{
    QSignalSpy messages(m_controller.get(), &PlaybackController::message);
    QUndoStack *stack = m_document->undoStack();
    selectOnly(2);
    QVERIFY(!m_controller->activateRow(2));
    QVERIFY(!m_controller->setTimeFromPlayhead());
    QVERIFY(!m_controller->toggleLoopLine());
    QVERIFY(!m_controller->playSelection());
    QCOMPARE(m_controller->splitAtPlayhead(), -1);
    QVERIFY(!m_controller->assignSpeakerToHeardLine(1));
    QCOMPARE(messages.count(), 6);
    QCOMPARE(stack->count(), 0);
    QCOMPARE(m_view->playingRow(), -1);
    // A missing file leaves the controller just as harmless.
    QVERIFY(!m_player->load(TestSupport::dataFile(QStringLiteral("missing.mp3"))));
    QVERIFY(!m_controller->activateRow(2));
    QCOMPARE(m_controller->heardRow(), -1);
}

void TestPlaybackController::lineBeyondAudioEndKeepsPlace()
{
    // The transcript runs far beyond the minute of audio: playing such a line must say so and change nothing.
    QVERIFY(loadAudio());
    const qint64 length = m_player->duration();
    QVERIFY(length > 0);
    int beyond = -1;
    for (int row = m_document->model()->rowCount() - 1; row >= 0; --row) {
        const std::optional<qint64> sec = m_document->model()->entry(row).seconds;
        if (sec && *sec * 1000 > length + 60000 && m_document->model()->entry(row).isLine()) {
            beyond = row;
            break;
        }
    }
    QVERIFY(beyond > 0);
    m_view->updateAllRowHeights();
    selectOnly(beyond);
    m_view->scrollTo(m_document->model()->index(beyond, TranscriptModel::TextColumn));
    QScrollBar *bar = m_view->verticalScrollBar();
    m_player->seek(30000);
    QVERIFY(waitUntil(
        m_player.get(), &AudioPlayer::positionChanged, [&] { return qAbs(m_player->position() - 30000) <= 100; }));
    const int heard = m_controller->heardRow();
    // The user scrolls back to where they work (follow mode scrolled to the heard line on the seek).
    m_view->scrollTo(m_document->model()->index(beyond, TranscriptModel::TextColumn));
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);

    QSignalSpy messages(m_controller.get(), &PlaybackController::message);
    for (auto play : { &PlaybackController::playTargetLine, &PlaybackController::toggleLoopLine,
             &PlaybackController::playSelection }) {
        messages.clear();
        QVERIFY(!(m_controller.get()->*play)());
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().first().toString();
        QVERIFY2(text.contains(QLatin1String("past the end of the audio")), qPrintable(text));
        QVERIFY2(
            text.contains(Timecode::formatMs(*m_document->model()->entry(beyond).seconds * 1000)), qPrintable(text));
        QVERIFY(!m_player->isPlaying());
        QVERIFY(!m_player->isLooping());
        QVERIFY2(qAbs(m_player->position() - 30000) <= 100, qPrintable(QString::number(m_player->position())));
        QCOMPARE(m_controller->heardRow(), heard);
        QCOMPARE(m_view->selectedRows(), QList<int> { beyond });
        QCOMPARE(m_view->currentIndex().row(), beyond);
        QCOMPARE(bar->value(), scrolled);
    }
    // A line inside the audio still plays from where it starts, and the place stays the user's.
    QVERIFY(m_controller->activateRow(rowWithSeconds(42)));
    QVERIFY(qAbs(m_player->position() - 42000) <= 100);
    QCOMPARE(m_view->currentIndex().row(), beyond);
}

void TestPlaybackController::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_playbackcontroller"));
    QSettings().clear();
}

QTEST_MAIN(TestPlaybackController)
#include "tst_playbackcontroller.moc"
