// The timeline in the real MainWindow, driven with QTest mouse, wheel and keys: it shares the table's model and
// selection model, re-times lines by their left edge (snapping to speech, Shift free), moves lines between speaker
// lanes, draws header markers where the headers are, zooms around the pointer, seeks the player from the ruler and
// follows speaker renames and merges. Assertions are on the model, the selection model, the player and the saved
// file; QAbstractItemModelTester stays attached to the model throughout.
#include "audioplayer.h"
#include "document.h"
#include "episodefile.h"
#include "mainwindow.h"
#include "peakcache.h"
#include "playbackcontroller.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "timelineview.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "waveformloader.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QEventLoop>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <memory>

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockSharesModelAndSelection();
    void clickSelectsRowInTable();
    void ctrlClickAndRubberBandSelectSeveral();
    void tableSelectionScrollsTimeline();
    void edgeDragRetimesOneUndoStep();
    void edgeDragSnapsToSpeech();
    void laneDragChangesSpeaker();
    void headerMarkersWhereHeadersAre();
    void zoomKeepsTimeUnderMouse();
    void rulerClickSeeksPlayer();
    void doubleClickPlaysLine();
    void lanesFollowRenamesAndMerges();
    void untimedLinesAreCounted();
    void contextMenuInsertsHeaderHere();

private:
    TimelineView *timeline() const { return m_window->timelineView(); }
    TranscriptModel *model() const { return m_window->document()->model(); }
    AudioPlayer *player() const { return m_window->playback()->player(); }
    QWidget *viewport() const { return timeline()->viewport(); }
    int rowWithSeconds(qint64 sec) const;
    /** The centre of the row's block, after making sure it is in view. */
    QPoint blockCentre(int row) const;
    QPoint edgeOf(int row) const;
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_episode;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTimelineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelineview"));
}

void TestTimelineView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_episode = m_dir->filePath(QStringLiteral("semiconductors-to-ml.md"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), m_episode));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3")),
        m_dir->filePath(QStringLiteral("semiconductors-to-ml.mp3"))));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tester
        = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy loaded(player(), &AudioPlayer::loaded);
    QSignalSpy waveformDone(timeline()->waveform(), &WaveformLoader::finished);
    QVERIFY(m_window->openFile(m_episode));
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
    QVERIFY(!waveformDone.isEmpty() || waveformDone.wait(20000));
    QVERIFY(timeline()->isVisible());
    QVERIFY(viewport()->height()
        >= TimelineView::RulerHeight + TimelineView::WaveformHeight + 2 * TimelineView::LaneHeight);
}

void TestTimelineView::cleanup()
{
    if (m_window && m_window->document())
        m_window->document()->undoStack()->setClean();
    if (m_dir)
        QFile::remove(PeakCache::cacheFileFor(m_dir->filePath(QStringLiteral("semiconductors-to-ml.mp3"))));
    m_tester.reset();
    m_window.reset();
    m_dir.reset();
}

int TestTimelineView::rowWithSeconds(qint64 sec) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->entry(row).isLine() && model()->entry(row).seconds == sec)
            return row;
    }
    return -1;
}

QPoint TestTimelineView::blockCentre(int row) const
{
    timeline()->scrollTo(model()->index(row, TranscriptModel::TextColumn));
    const QRect r = timeline()->visualRect(model()->index(row, TranscriptModel::TextColumn));
    const QRect visible = r.intersected(QRect(TimelineView::TimeLeft, 0, viewport()->width(), viewport()->height()));
    return QPoint(visible.left() + std::min(visible.width() / 2, 40), visible.center().y());
}

QPoint TestTimelineView::edgeOf(int row) const
{
    const QRect r = timeline()->visualRect(model()->index(row, TranscriptModel::TextColumn));
    return QPoint(int(std::lround(timeline()->xForMs(double(*model()->entry(row).seconds * 1000)))), r.center().y());
}

void TestTimelineView::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
    // Moves in steps, carrying the button and the modifiers as a real drag does.
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
}

void TestTimelineView::dockSharesModelAndSelection()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), timeline());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QCOMPARE(timeline()->model(), m_window->transcriptView()->model());
    QCOMPARE(timeline()->selectionModel(), m_window->transcriptView()->selectionModel());
    QVERIFY(qAbs(timeline()->durationMs() - player()->duration()) < 1000);
}

void TestTimelineView::clickSelectsRowInTable()
{
    const int row = model()->nextTimedRow(model()->rowCount() / 2);
    QVERIFY(row >= 0);
    m_window->transcriptView()->scrollToTop();
    timeline()->showRange(0, 600000);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, blockCentre(row));
    QItemSelectionModel *selection = m_window->transcriptView()->selectionModel();
    QCOMPARE(selection->currentIndex().row(), row);
    QCOMPARE(selection->selectedRows().size(), 1);
    QCOMPARE(selection->selectedRows().first().row(), row);
    // The table scrolled to it.
    TranscriptView *table = m_window->transcriptView();
    QVERIFY(table->visualRect(model()->index(row, TranscriptModel::TextColumn)).intersects(table->viewport()->rect()));
}

void TestTimelineView::ctrlClickAndRubberBandSelectSeveral()
{
    timeline()->showRange(0, 200000);
    const int a = rowWithSeconds(14);
    const int b = rowWithSeconds(62);
    QVERIFY(a >= 0 && b >= 0);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, blockCentre(a));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, blockCentre(b));
    QItemSelectionModel *selection = timeline()->selectionModel();
    QCOMPARE(selection->selectedRows().size(), 2);
    QVERIFY(selection->isRowSelected(a, QModelIndex()) && selection->isRowSelected(b, QModelIndex()));

    // A rubber band from empty space in the last lane over the blocks of [40 s, 130 s) in all lanes.
    const int lanes = int(timeline()->layout().lanes().size());
    QVERIFY(lanes >= 2);
    int startLane = -1;
    QPoint from;
    for (int lane = 0; lane < lanes && startLane < 0; ++lane) {
        from = QPoint(int(timeline()->xForMs(40500)), timeline()->laneRect(lane).center().y());
        if (!timeline()->indexAt(from).isValid())
            startLane = lane;
    }
    QVERIFY(startLane >= 0); // empty space to start from
    const int endLane = startLane == 0 ? lanes - 1 : 0;
    drag(from, QPoint(int(timeline()->xForMs(130000)), timeline()->laneRect(endLane).center().y()));
    QList<int> expected;
    for (const TimelineLayout::Block &block : timeline()->layout().blocks()) {
        if (block.startMs < 130000 && block.endMs > 40500 && block.lane >= std::min(startLane, endLane)
            && block.lane <= std::max(startLane, endLane))
            expected << block.row;
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() >= 3);
    QList<int> selected;
    for (const QModelIndex &index : selection->selectedRows())
        selected << index.row();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, expected);
}

void TestTimelineView::tableSelectionScrollsTimeline()
{
    timeline()->showRange(0, 20000);
    const int row = model()->nextTimedRow(model()->rowCount() - 20);
    QVERIFY(row >= 0);
    const QRect before = timeline()->visualRect(model()->index(row, 0));
    QVERIFY(!before.intersects(viewport()->rect()));
    m_window->transcriptView()->selectRow(row);
    QVERIFY(timeline()->selectionModel()->isRowSelected(row, QModelIndex()));
    const QRect after = timeline()->visualRect(model()->index(row, 0));
    QVERIFY(after.intersects(QRect(TimelineView::TimeLeft, 0, viewport()->width(), viewport()->height())));
}

void TestTimelineView::edgeDragRetimesOneUndoStep()
{
    const QByteArray original = TestSupport::readAll(m_episode);
    const int row = rowWithSeconds(62);
    QVERIFY(row >= 0);
    timeline()->showRange(38000, 88000);
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    // Shift drags freely: the time becomes the second nearest the drop point.
    drag(edgeOf(row), QPoint(int(timeline()->xForMs(66200)), edgeOf(row).y()), Qt::ShiftModifier);
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(66));
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(62));
    stack->redo();
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(66));

    // A line cannot pass its neighbours' starts (75 s follows).
    drag(edgeOf(row), QPoint(int(timeline()->xForMs(86000)), edgeOf(row).y()), Qt::ShiftModifier);
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(75));
    stack->undo();
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(66));

    // Saved, the diff touches only that item's sec and time.
    QVERIFY(m_window->save());
    const QList<QByteArray> before = original.split('\n');
    const QList<QByteArray> after = TestSupport::readAll(m_episode).split('\n');
    QCOMPARE(after.size(), before.size());
    QList<QByteArray> changed;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i] != after[i])
            changed << after[i];
    }
    QCOMPARE(changed, (QList<QByteArray> { "  sec: 66", "  time: '1:06'" }));
}

void TestTimelineView::edgeDragSnapsToSpeech()
{
    // The line at 42 s is spoken from 42 s on in the audio; move it away freely, then drop its edge 1.4 s from the
    // words without Shift: it snaps back to 42.
    const int row = rowWithSeconds(42);
    QVERIFY(row >= 0);
    timeline()->showRange(30000, 60000);
    const int y = edgeOf(row).y();
    drag(edgeOf(row), QPoint(int(timeline()->xForMs(45000)), y), Qt::ShiftModifier);
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(45));
    drag(edgeOf(row), QPoint(int(timeline()->xForMs(43400)), y));
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(42));
    // With Shift the drop point is only rounded, even next to speech.
    drag(edgeOf(row), QPoint(int(timeline()->xForMs(40700)), y), Qt::ShiftModifier);
    QCOMPARE(model()->entry(row).seconds, std::optional<qint64>(41));
}

void TestTimelineView::laneDragChangesSpeaker()
{
    const int row = rowWithSeconds(14);
    QVERIFY(row >= 0);
    timeline()->showRange(0, 60000);
    const QString speaker = *model()->entry(row).speaker;
    const QStringList lanes = timeline()->layout().lanes();
    const int from = lanes.indexOf(speaker);
    const int to = from == 0 ? 1 : 0;
    const QPoint start = blockCentre(row);
    drag(start, QPoint(start.x(), timeline()->laneRect(to).center().y()));
    QCOMPARE(model()->entry(row).speaker, std::optional<QString>(lanes.at(to)));
    m_window->document()->undoStack()->undo();
    QCOMPARE(model()->entry(row).speaker, std::optional<QString>(speaker));
    // A small wobble is a click, not a lane change.
    drag(start, start + QPoint(2, 1));
    QCOMPARE(model()->entry(row).speaker, std::optional<QString>(speaker));
}

void TestTimelineView::headerMarkersWhereHeadersAre()
{
    timeline()->showAll();
    int checked = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (!model()->entry(row).isHeader())
            continue;
        const int next = model()->nextTimedRow(row);
        if (next < 0)
            continue;
        const QRect marker = timeline()->visualRect(model()->index(row, 0));
        QVERIFY(marker.isValid());
        QCOMPARE(
            marker.center().x(), int(std::lround(timeline()->xForMs(double(*model()->entry(next).seconds * 1000)))));
        ++checked;
    }
    QVERIFY(checked >= 5);
    // A new header moves its marker with it.
    const int row = rowWithSeconds(62);
    QVERIFY(model()->insertHeader(row, QStringLiteral("New part")) == row);
    const QRect marker = timeline()->visualRect(model()->index(row, 0));
    QCOMPARE(marker.center().x(), int(std::lround(timeline()->xForMs(62000))));
    QVERIFY(!viewport()->grab().isNull()); // and it paints
}

void TestTimelineView::zoomKeepsTimeUnderMouse()
{
    timeline()->showRange(0, 600000);
    const QPoint at(TimelineView::TimeLeft + 300, timeline()->laneRect(0).center().y());
    const double before = timeline()->msAtX(at.x());
    const double mpp = timeline()->scale().msPerPixel();
    QWheelEvent wheel(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(timeline()->scale().msPerPixel() < mpp);
    QVERIFY(qAbs(timeline()->msAtX(at.x()) - before) < 1e-6 * before + 1);

    // Keys zoom around the middle; 0 shows the whole episode; the plain wheel moves in time.
    timeline()->setFocus();
    const double middle = TimelineView::TimeLeft + (viewport()->width() - TimelineView::TimeLeft) / 2.0;
    const double centreTime = timeline()->msAtX(middle);
    const double mpp2 = timeline()->scale().msPerPixel();
    QTest::keyClick(timeline(), Qt::Key_Plus);
    QVERIFY(timeline()->scale().msPerPixel() < mpp2);
    QVERIFY(qAbs(timeline()->msAtX(middle) - centreTime) < 1);
    QTest::keyClick(timeline(), Qt::Key_Minus);
    QVERIFY(qAbs(timeline()->scale().msPerPixel() - mpp2) < 1e-9);
    const double origin = timeline()->scale().originMs();
    QWheelEvent scroll(at, viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &scroll);
    QVERIFY(timeline()->scale().originMs() > origin);
    QTest::keyClick(timeline(), Qt::Key_0);
    QCOMPARE(timeline()->scale().originMs(), 0.0);
    QVERIFY(timeline()->msAtX(viewport()->width()) >= timeline()->layout().endMs() - 1);
    // The closest zoom shows about 5 s.
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(timeline(), Qt::Key_Plus);
    QVERIFY(qAbs(timeline()->msAtX(viewport()->width()) - timeline()->msAtX(TimelineView::TimeLeft) - 5000) < 100);
}

void TestTimelineView::rulerClickSeeksPlayer()
{
    timeline()->showRange(0, 60000);
    QSignalSpy seeked(player(), &AudioPlayer::positionChanged);
    const QPoint at(int(std::lround(timeline()->xForMs(30000))), TimelineView::RulerHeight / 2);
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY(!seeked.isEmpty() || seeked.wait(5000)); // the player may report the new position at once
    const double pixel = timeline()->scale().msPerPixel();
    QVERIFY2(qAbs(player()->position() - 30000) <= pixel + 50, qPrintable(QString::number(player()->position())));
    QVERIFY(qAbs(timeline()->playhead() - 30000) <= pixel + 50);
    // The waveform seeks too.
    const QPoint wave(int(std::lround(timeline()->xForMs(12000))), timeline()->waveformRect().center().y());
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, wave);
    QVERIFY(qAbs(player()->position() - 12000) <= pixel + 50 || seeked.wait(5000));
    QVERIFY(qAbs(player()->position() - 12000) <= pixel + 50);
}

void TestTimelineView::doubleClickPlaysLine()
{
    const int row = rowWithSeconds(42);
    timeline()->showRange(0, 60000);
    QSignalSpy playing(player(), &AudioPlayer::playingChanged);
    QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, blockCentre(row));
    QVERIFY(!playing.isEmpty() || playing.wait(5000));
    QVERIFY(player()->isPlaying());
    QVERIFY(player()->position() >= 42000 - 100);
    player()->pause();
}

void TestTimelineView::lanesFollowRenamesAndMerges()
{
    const QStringList lanes = timeline()->layout().lanes();
    QStringList named = lanes;
    named.removeAll(QString()); // the lane of lines without a speaker, if any
    QCOMPARE(named, m_window->document()->speakers()->names());
    QVERIFY(lanes.contains(QStringLiteral("Dashel")) && lanes.contains(QStringLiteral("Alexey")));
    QVERIFY(model()->renameSpeaker(QStringLiteral("Dashel"), QStringLiteral("Dasha")));
    QVERIFY(timeline()->layout().lanes().contains(QStringLiteral("Dasha")));
    QVERIFY(!timeline()->layout().lanes().contains(QStringLiteral("Dashel")));
    QVERIFY(model()->mergeSpeaker(QStringLiteral("Dasha"), QStringLiteral("Alexey")));
    named = timeline()->layout().lanes();
    named.removeAll(QString());
    QCOMPARE(named, QStringList { QStringLiteral("Alexey") });
    for (const TimelineLayout::Block &block : timeline()->layout().blocks()) {
        if (model()->entry(block.row).speaker)
            QCOMPARE(block.lane, 0);
    }
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QCOMPARE(timeline()->layout().lanes(), lanes);
}

void TestTimelineView::untimedLinesAreCounted()
{
    const int before = timeline()->layout().untimedLines();
    const int row = rowWithSeconds(75);
    QVERIFY(model()->setSeconds(row, std::nullopt));
    QCOMPARE(timeline()->layout().untimedLines(), before + 1);
    QCOMPARE(timeline()->layout().blockOfRow(row), -1);
    QVERIFY(!timeline()->visualRect(model()->index(row, 0)).isValid());
}

void TestTimelineView::contextMenuInsertsHeaderHere()
{
    timeline()->showRange(0, 60000);
    const int row = rowWithSeconds(42);
    const int rows = model()->rowCount();
    const QPoint at = blockCentre(row);
    bool triggered = false;
    QTimer::singleShot(200, this, [&triggered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("Insert Header Here")) {
                triggered = true;
                action->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewport(), &event);
    QVERIFY(triggered);
    QCOMPARE(model()->rowCount(), rows + 1);
    QVERIFY(model()->entry(row).isHeader()); // before the line heard at the pointer
    QCOMPARE(model()->entry(row + 1).seconds, std::optional<qint64>(42));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
