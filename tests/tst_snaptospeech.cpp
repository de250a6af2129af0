// Snap to speech on synthetic speech with known onsets: tests/data/snap-speech.mp3 was made by
// ../shared/tools/speak-episode from tests/data/snap-speech.md (50 lines of two voices, each spoken from its `sec`,
// so the words of a line start within half a second of it), then re-encoded at 8 kbps to stay small
// (`lame --mp3input -m m -b 8`). Each line is the start of a sentence of the semiconductors-to-ml episode, so the
// pauses between lines are longer than the pauses inside them, as between turns of a conversation. Dropping a line's
// left edge 0.5-1.5 s before or after its true onset must give the line its `sec` back for at least 95% of the drops,
// exactly as the timeline's edge drag computes it (OnsetDetector::edgeSeconds with the line's neighbours as bounds).
#include "document.h"
#include "episodefile.h"
#include "onsetdetector.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "waveformdecoder.h"

#include <QtTest>

class TestSnapToSpeech : public QObject
{
    Q_OBJECT

private slots:
    void edgesSnapToOnsets();
    void withoutSnappingTheDropPointIsRounded();

private:
    std::optional<PeakPyramid> m_peaks;
};

void TestSnapToSpeech::edgesSnapToOnsets()
{
    QString error;
    m_peaks = WaveformDecoder::decodePeaks(TestSupport::dataFile(QStringLiteral("snap-speech.mp3")), 32, &error);
    QVERIFY2(m_peaks.has_value(), qPrintable(error));
    const std::vector<OnsetDetector::Onset> onsets = OnsetDetector::detect(*m_peaks);
    QVERIFY(!onsets.empty());

    Document document;
    FileError fileError;
    QVERIFY2(document.load(TestSupport::dataFile(QStringLiteral("snap-speech.md")), &fileError),
        qPrintable(fileError.toString()));
    const TranscriptModel &model = *document.model();
    int drops = 0;
    int snapped = 0;
    QStringList misses;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 sec = *model.entry(row).seconds;
        const std::optional<qint64> previous = row > 0 ? model.entry(row - 1).seconds : std::nullopt;
        const std::optional<qint64> next = row + 1 < model.rowCount() ? model.entry(row + 1).seconds : std::nullopt;
        for (int offset : { -1500, -1250, -1000, -750, -500, 500, 750, 1000, 1250, 1500 }) {
            const qint64 drop = sec * 1000 + offset;
            if (drop < 0)
                continue;
            ++drops;
            const qint64 got = OnsetDetector::edgeSeconds(onsets, drop, previous, next, true);
            if (got == sec)
                ++snapped;
            else
                misses << QStringLiteral("%1@%2ms->%3").arg(sec).arg(offset).arg(got);
        }
    }
    const double rate = double(snapped) / drops;
    qInfo("snapped %d of %d drops (%.1f%%); misses: %s", snapped, drops, 100 * rate, qPrintable(misses.join(' ')));
    QVERIFY(drops >= 400);
    QVERIFY2(rate >= 0.95, qPrintable(QStringLiteral("only %1% snapped").arg(100 * rate)));
}

void TestSnapToSpeech::withoutSnappingTheDropPointIsRounded()
{
    const std::vector<OnsetDetector::Onset> onsets { { 10200, 800 }, { 11100, 900 } };
    const std::optional<qint64> none;
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 9400, none, none, false), qint64(9)); // free: rounded
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 12600, none, none, false), qint64(13));
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 10500, none, none, true), qint64(11)); // the longer pause wins
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 10500, none, qint64(11), true), qint64(10)); // 11.1 s: the next's
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 9500, qint64(10), none, true), qint64(11)); // 10.2 s: the previous's
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 20000, none, none, true), qint64(20)); // none within 2 s
    QCOMPARE(OnsetDetector::edgeSeconds(onsets, 20000, none, qint64(15), true), qint64(15)); // cannot pass the next
    QCOMPARE(OnsetDetector::edgeSeconds({}, 0, qint64(3), none, false), qint64(3)); // nor the previous
}

QTEST_GUILESS_MAIN(TestSnapToSpeech)
#include "tst_snaptospeech.moc"
