// PeakPyramid: every level and every column query agrees with min/max computed directly from the samples, whether
// the samples arrive at once or in odd-sized chunks, and a pyramid rebuilt from level 0 equals the incremental one.
#include "peakpyramid.h"

#include <QRandomGenerator>
#include <QtTest>

#include <vector>

namespace {

std::vector<qint16> randomSignal(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<qint16> samples(static_cast<std::size_t>(count));
    for (qint16 &s : samples)
        s = qint16(random.bounded(-32768, 32768));
    return samples;
}

PeakPair bruteForce(const std::vector<qint16> &samples, qint64 first, qint64 count)
{
    const qint64 from = std::max<qint64>(first, 0);
    const qint64 to = std::min<qint64>(first + count, qint64(samples.size()));
    if (from >= to)
        return PeakPair();
    PeakPair pair { samples[std::size_t(from)], samples[std::size_t(from)] };
    for (qint64 i = from; i < to; ++i) {
        pair.min = std::min(pair.min, samples[std::size_t(i)]);
        pair.max = std::max(pair.max, samples[std::size_t(i)]);
    }
    return pair;
}

} // namespace

class TestPeakPyramid : public QObject
{
    Q_OBJECT

private slots:
    void levelsMatchSamples_data();
    void levelsMatchSamples();
    void columnsOnLevelBoundariesAreExact();
    void padFillsSilence();
    void rebuiltFromBaseIsEqual();
};

void TestPeakPyramid::levelsMatchSamples_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("chunk");
    QTest::newRow("one chunk") << 300001 << 300001;
    QTest::newRow("odd chunks") << 300001 << 1151;
    QTest::newRow("tiny chunks") << 20000 << 7;
    QTest::newRow("shorter than a peak") << 10 << 3;
}

void TestPeakPyramid::levelsMatchSamples()
{
    QFETCH(int, count);
    QFETCH(int, chunk);
    const std::vector<qint16> samples = randomSignal(count, quint32(count + chunk));
    PeakPyramid pyramid(8000, 64);
    for (int i = 0; i < count; i += chunk)
        pyramid.append(samples.data() + i, std::min(chunk, count - i));
    QCOMPARE(pyramid.sampleCount(), qint64(count));
    QVERIFY(pyramid.levelCount() >= 1);
    for (int level = 0; level < pyramid.levelCount(); ++level) {
        const qint64 spp = pyramid.samplesPerPeak(level);
        const std::vector<PeakPair> &pairs = pyramid.level(level);
        QCOMPARE(qint64(pairs.size()), (qint64(count) + spp - 1) / spp);
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const PeakPair expected = bruteForce(samples, qint64(i) * spp, spp);
            QVERIFY2(pairs[i].min == expected.min && pairs[i].max == expected.max,
                qPrintable(QStringLiteral("level %1 pair %2").arg(level).arg(i)));
        }
    }
    // The top level is small enough to paint the whole signal from.
    QVERIFY(pyramid.level(pyramid.levelCount() - 1).size() <= 2048 * PeakPyramid::LevelFactor);
}

void TestPeakPyramid::columnsOnLevelBoundariesAreExact()
{
    const std::vector<qint16> samples = randomSignal(200000, 7);
    PeakPyramid pyramid(8000, 64);
    pyramid.append(samples.data(), qsizetype(samples.size()));
    // Columns that are whole multiples of a level's pairs, at every level, starting before the signal and running
    // past its end.
    for (double spc : { 64.0, 256.0, 1024.0, 4096.0, 3 * 4096.0 }) {
        const int columns = 80;
        std::vector<PeakPair> out(columns);
        const double first = -2 * spc;
        pyramid.columns(first, spc, columns, out.data());
        for (int c = 0; c < columns; ++c) {
            const PeakPair expected = bruteForce(samples, qint64(first + c * spc), qint64(spc));
            QVERIFY2(out[std::size_t(c)].min == expected.min && out[std::size_t(c)].max == expected.max,
                qPrintable(QStringLiteral("spc %1 column %2").arg(spc).arg(c)));
        }
    }
    const PeakPair all = pyramid.range(0, qint64(samples.size()));
    const PeakPair expected = bruteForce(samples, 0, qint64(samples.size()));
    QCOMPARE(all.min, expected.min);
    QCOMPARE(all.max, expected.max);
}

void TestPeakPyramid::padFillsSilence()
{
    PeakPyramid pyramid(8000, 64);
    const qint16 loud[3] = { 1000, -2000, 3000 };
    pyramid.append(loud, 3);
    pyramid.padTo(1000);
    pyramid.append(loud, 3);
    QCOMPARE(pyramid.sampleCount(), qint64(1003));
    QCOMPARE(pyramid.range(256, 512).min, qint16(0)); // ranges are widened to whole pairs: keep them aligned
    QCOMPARE(pyramid.range(256, 512).max, qint16(0));
    QCOMPARE(pyramid.range(1000, 3).min, qint16(-2000));
    QCOMPARE(pyramid.range(0, 1003).max, qint16(3000));
}

void TestPeakPyramid::rebuiltFromBaseIsEqual()
{
    const std::vector<qint16> samples = randomSignal(500000, 3);
    PeakPyramid pyramid(22050, 32);
    pyramid.append(samples.data(), qsizetype(samples.size()));
    const PeakPyramid rebuilt = PeakPyramid::fromBase(22050, 32, pyramid.sampleCount(), pyramid.level(0));
    QCOMPARE(rebuilt.levelCount(), pyramid.levelCount());
    QCOMPARE(rebuilt.durationMs(), qint64(500000) * 1000 / 22050);
    for (int level = 0; level < pyramid.levelCount(); ++level) {
        const auto &a = pyramid.level(level);
        const auto &b = rebuilt.level(level);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(a[i].min == b[i].min && a[i].max == b[i].max);
    }
}

QTEST_GUILESS_MAIN(TestPeakPyramid)
#include "tst_peakpyramid.moc"
