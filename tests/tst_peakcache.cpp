// PeakCache: peaks survive a round trip through the cache file; a damaged, truncated, foreign or stale file is
// ignored (never half-read), and store/load use the test-mode cache location.
#include "peakcache.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
PeakPyramid somePeaks()
{
    QRandomGenerator random(42);
    std::vector<qint16> samples(123457);
    for (qint16 &s : samples)
        s = qint16(random.bounded(-30000, 30000));
    PeakPyramid pyramid(24000, 64);
    pyramid.append(samples.data(), qsizetype(samples.size()));
    return pyramid;
}

bool samePeaks(const PeakPyramid &a, const PeakPyramid &b)
{
    if (a.sampleRate() != b.sampleRate() || a.sampleCount() != b.sampleCount() || a.levelCount() != b.levelCount())
        return false;
    for (int level = 0; level < a.levelCount(); ++level) {
        if (a.level(level).size() != b.level(level).size())
            return false;
        for (std::size_t i = 0; i < a.level(level).size(); ++i) {
            if (a.level(level)[i].min != b.level(level)[i].min || a.level(level)[i].max != b.level(level)[i].max)
                return false;
        }
    }
    return true;
}
} // namespace

class TestPeakCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void damagedDataIsIgnored_data();
    void damagedDataIsIgnored();
    void staleKeyIsIgnored();
    void storeAndLoadThroughCacheLocation();
};

void TestPeakCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_peakcache"));
}

void TestPeakCache::roundTrip()
{
    const PeakPyramid peaks = somePeaks();
    const PeakCache::Key key { QStringLiteral("/audio/ep.mp3"), 1234, 5678 };
    QString why;
    const std::optional<PeakPyramid> back = PeakCache::deserialize(PeakCache::serialize(peaks, key), key, &why);
    QVERIFY2(back.has_value(), qPrintable(why));
    QVERIFY(samePeaks(peaks, *back));
}

void TestPeakCache::damagedDataIsIgnored_data()
{
    QTest::addColumn<int>("flipAt"); // byte to change; -1 truncates instead
    QTest::newRow("magic") << 0;
    QTest::newRow("version") << 8;
    QTest::newRow("sample rate") << 12;
    QTest::newRow("pair count") << 32;
    QTest::newRow("peak data") << 5000;
    QTest::newRow("checksum") << -2;
    QTest::newRow("truncated") << -1;
}

void TestPeakCache::damagedDataIsIgnored()
{
    QFETCH(int, flipAt);
    const PeakCache::Key key { QStringLiteral("/audio/ep.mp3"), 1234, 5678 };
    QByteArray data = PeakCache::serialize(somePeaks(), key);
    if (flipAt == -1)
        data.chop(100);
    else if (flipAt == -2)
        data[data.size() - 1] = char(data[data.size() - 1] ^ 0x40);
    else
        data[flipAt] = char(data[flipAt] ^ 0x01);
    QString why;
    QVERIFY(!PeakCache::deserialize(data, key, &why).has_value());
    QVERIFY(!why.isEmpty());
    QVERIFY(!PeakCache::deserialize(QByteArray(), key).has_value());
    QVERIFY(!PeakCache::deserialize(QByteArray("TEPEAKS"), key).has_value());
}

void TestPeakCache::staleKeyIsIgnored()
{
    const PeakCache::Key key { QStringLiteral("/audio/ep.mp3"), 1234, 5678 };
    const QByteArray data = PeakCache::serialize(somePeaks(), key);
    PeakCache::Key changed = key;
    changed.size = 1235;
    QVERIFY(!PeakCache::deserialize(data, changed).has_value());
    changed = key;
    changed.mtimeMs = 5679;
    QVERIFY(!PeakCache::deserialize(data, changed).has_value());
    changed = key;
    changed.path = QStringLiteral("/audio/other.mp3");
    QVERIFY(!PeakCache::deserialize(data, changed).has_value());
}

void TestPeakCache::storeAndLoadThroughCacheLocation()
{
    QTemporaryDir dir;
    const QString audio = dir.filePath(QStringLiteral("episode.mp3"));
    QFile file(audio);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not really audio, but it has a size and a time");
    file.close();
    QVERIFY(!PeakCache::load(audio).has_value());
    const QString cacheFile = PeakCache::cacheFileFor(audio);
    QVERIFY(cacheFile.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    const PeakPyramid peaks = somePeaks();
    QVERIFY(PeakCache::store(audio, peaks));
    QVERIFY(QFile::exists(cacheFile));
    std::optional<PeakPyramid> loaded = PeakCache::load(audio);
    QVERIFY(loaded.has_value());
    QVERIFY(samePeaks(peaks, *loaded));

    // A damaged file on disk is ignored ...
    QFile cache(cacheFile);
    QVERIFY(cache.open(QIODevice::ReadWrite));
    cache.seek(cache.size() / 2);
    cache.write("garbage");
    cache.close();
    QString why;
    QVERIFY(!PeakCache::load(audio, &why).has_value());
    QVERIFY2(why.contains(QLatin1String("checksum")), qPrintable(why));
    // ... and so is a good one once the audio changed.
    QVERIFY(PeakCache::store(audio, peaks));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("more");
    file.close();
    QVERIFY(!PeakCache::load(audio, &why).has_value());
    QVERIFY2(why.contains(QLatin1String("stale")), qPrintable(why));
    QFile::remove(cacheFile);
}

QTEST_GUILESS_MAIN(TestPeakCache)
#include "tst_peakcache.moc"
