// TimelineLayout and TimelineScale: lanes per speaker, blocks from each line's sec to the next timed line's, header
// markers, untimed lines counted, only the blocks in view found; zooming keeps the time under the pointer.
#include "document.h"
#include "episodefile.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "timelinelayout.h"
#include "timelinescale.h"
#include "transcriptmodel.h"

#include <QtTest>

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void blocksLanesMarkers();
    void visibleRangeFindsExactlyTheBlocksInView();
    void zoomKeepsTimeUnderPointer();
    void rulerSteps();
};

void TestTimelineLayout::blocksLanesMarkers()
{
    Document document;
    FileError error;
    QVERIFY2(document.load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error),
        qPrintable(error.toString()));
    const TranscriptModel &model = *document.model();
    TimelineLayout layout;
    layout.rebuild(model, document.speakers()->names(), 4400000);

    int timed = 0, untimed = 0, headers = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TranscriptEntry &entry = model.entry(row);
        headers += entry.isHeader();
        if (entry.isLine())
            (entry.seconds ? timed : untimed)++;
    }
    QCOMPARE(int(layout.blocks().size()), timed);
    QCOMPARE(layout.untimedLines(), untimed);
    QCOMPARE(int(layout.markers().size()), headers);
    QCOMPARE(layout.lanes(), document.speakers()->names());

    for (int row = 0; row < model.rowCount(); ++row) {
        const TranscriptEntry &entry = model.entry(row);
        const int index = layout.blockOfRow(row);
        if (!entry.isLine() || !entry.seconds) {
            QCOMPARE(index, -1);
            continue;
        }
        const TimelineLayout::Block &block = layout.blocks()[std::size_t(index)];
        QCOMPARE(block.row, row);
        QCOMPARE(block.startMs, *entry.seconds * 1000);
        const int next = model.nextTimedRow(row);
        const qint64 end = next >= 0 ? *model.entry(next).seconds * 1000 : 4400000;
        QCOMPARE(block.endMs, std::max(end, block.startMs));
        QCOMPARE(layout.lanes().at(block.lane), entry.speaker.value_or(QString()));
    }
    for (const TimelineLayout::Marker &marker : layout.markers()) {
        QVERIFY(model.entry(marker.row).isHeader());
        const int next = model.nextTimedRow(marker.row);
        QCOMPARE(marker.ms, next >= 0 ? *model.entry(next).seconds * 1000 : layout.endMs());
    }

    // A line without speaker gets a lane of its own, after the speakers.
    QVERIFY(model.rowCount() > 3);
    const int row = layout.blocks()[2].row;
    QVERIFY(document.model()->setSpeaker({ row }, QString()));
    layout.rebuild(model, document.speakers()->names(), 4400000);
    QCOMPARE(layout.lanes().constLast(), QString());
    QCOMPARE(layout.blocks()[std::size_t(layout.blockOfRow(row))].lane, int(layout.lanes().size()) - 1);
}

void TestTimelineLayout::visibleRangeFindsExactlyTheBlocksInView()
{
    Document document;
    FileError error;
    QVERIFY(document.load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
    TimelineLayout layout;
    layout.rebuild(*document.model(), document.speakers()->names(), 0);
    for (qint64 from = 0; from < layout.endMs(); from += 97000) {
        const qint64 to = from + 60000;
        const auto [first, last] = layout.visibleRange(from, to);
        for (int i = 0; i < int(layout.blocks().size()); ++i) {
            const TimelineLayout::Block &b = layout.blocks()[std::size_t(i)];
            const bool overlaps = b.startMs < to && b.endMs > from;
            if (overlaps)
                QVERIFY2(i >= first && i < last, qPrintable(QStringLiteral("block %1 at %2").arg(i).arg(from)));
        }
        QVERIFY(last - first <= 20); // only the few blocks near the view, not the whole episode
    }
}

void TestTimelineLayout::zoomKeepsTimeUnderPointer()
{
    TimelineScale scale;
    scale.setOriginMs(120000);
    scale.setMsPerPixel(250);
    for (double x : { 0.0, 137.0, 800.0 }) {
        for (double factor : { 1.5, 1 / 1.5, 4.0 }) {
            TimelineScale s = scale;
            const double before = s.msAtX(x);
            s.zoomAround(x, factor, 1, 10000);
            QCOMPARE(s.msAtX(x), before);
            QCOMPARE(s.msPerPixel(), scale.msPerPixel() / factor);
        }
    }
    TimelineScale s = scale;
    s.zoomAround(10, 1000, 5, 10000); // clamped to the closest zoom
    QCOMPARE(s.msPerPixel(), 5.0);
    s.setOriginMs(-500);
    s.clampOrigin(60000, 100);
    QCOMPARE(s.originMs(), 0.0);
    s.setOriginMs(59900);
    s.clampOrigin(60000, 100);
    QCOMPARE(s.originMs(), 59500.0);
    QCOMPARE(s.xForMs(s.msAtX(42)), 42.0);
}

void TestTimelineLayout::rulerSteps()
{
    QCOMPARE(TimelineScale::rulerStepMs(5, 80), qint64(1000));
    QCOMPARE(TimelineScale::rulerStepMs(20, 80), qint64(2000));
    QCOMPARE(TimelineScale::rulerStepMs(100, 80), qint64(10000));
    QCOMPARE(TimelineScale::rulerStepMs(4400, 80), qint64(600000));
    QCOMPARE(TimelineScale::rulerStepMs(45000, 80), qint64(3600000));
    QCOMPARE(TimelineScale::rulerStepMs(1e6, 80), qint64(3600000) * 32); // 80,000 s needed: 32 h
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
