// The waveform engine: WaveformDecoder gives exact peaks on a generated file (silence, a tone of known amplitude,
// silence), says what is wrong with a file it cannot decode, and WaveformLoader fills the view progressively, stores
// the peaks in the cache, reads them back on the next open and ignores (and rebuilds) a damaged cache file.
#include "peakcache.h"
#include "testsupport.h"
#include "waveformdecoder.h"
#include "waveformloader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>

namespace {

constexpr int Rate = 8000;

/** 1 s silence, 1 s of a 1 kHz sine of amplitude 16384 (sampled at its peaks: exactly +-16384), 1 s silence. */
std::vector<qint16> silenceToneSilence()
{
    std::vector<qint16> samples(std::size_t(3 * Rate), 0);
    for (int i = Rate; i < 2 * Rate; ++i)
        samples[std::size_t(i)] = qint16(std::lround(16384 * std::sin(2 * M_PI * 1000.0 * i / Rate)));
    return samples;
}

bool writeWav(const QString &path, const std::vector<qint16> &samples)
{
    QByteArray data;
    const auto u32 = [&data](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        data.append(b, 4);
    };
    const auto u16 = [&data](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        data.append(b, 2);
    };
    const quint32 bytes = quint32(samples.size() * 2);
    data += "RIFF";
    u32(36 + bytes);
    data += "WAVEfmt ";
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(Rate);
    u32(Rate * 2);
    u16(2);
    u16(16);
    data += "data";
    u32(bytes);
    for (qint16 s : samples)
        u16(quint16(s));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestWaveformDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void peaksOfGeneratedToneAreExact();
    void undecodableFilesSaySo();
    void loaderCachesAndRereads();
    void damagedCacheIsRebuilt();
    void newFileCancelsOldDecode();

private:
    QTemporaryDir m_dir;
};

void TestWaveformDecoder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_waveformdecoder"));
    QVERIFY(m_dir.isValid());
}

void TestWaveformDecoder::peaksOfGeneratedToneAreExact()
{
    const std::vector<qint16> samples = silenceToneSilence();
    const QString wav = m_dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(writeWav(wav, samples));
    QString error;
    const std::optional<PeakPyramid> peaks = WaveformDecoder::decodePeaks(wav, 80, &error);
    QVERIFY2(peaks.has_value(), qPrintable(error));
    QCOMPARE(peaks->sampleRate(), Rate);
    QCOMPARE(peaks->sampleCount(), qint64(samples.size()));
    const std::vector<PeakPair> &pixels = peaks->level(0);
    QCOMPARE(int(pixels.size()), 3 * Rate / 80);
    for (int i = 0; i < int(pixels.size()); ++i) {
        const bool tone = i >= Rate / 80 && i < 2 * Rate / 80;
        QCOMPARE(pixels[std::size_t(i)].min, qint16(tone ? -16384 : 0));
        QCOMPARE(pixels[std::size_t(i)].max, qint16(tone ? 16384 : 0));
    }
    // And the tone starts exactly at 1 s: the pixel before is silent, the one at 1 s is not (checked above), at the
    // finest level too.
    QCOMPARE(peaks->range(0, Rate).max, qint16(0));
    QCOMPARE(peaks->range(Rate, 8).max, qint16(16384));
}

void TestWaveformDecoder::undecodableFilesSaySo()
{
    QString error;
    QVERIFY(!WaveformDecoder::decodePeaks(m_dir.filePath(QStringLiteral("missing.mp3")), 256, &error));
    QVERIFY(error.contains(QLatin1String("cannot read")));
    const QString text = m_dir.filePath(QStringLiteral("text.mp3"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not audio at all\n");
    file.close();
    error.clear();
    QVERIFY(!WaveformDecoder::decodePeaks(text, 256, &error));
    QVERIFY(!error.isEmpty());
}

void TestWaveformDecoder::loaderCachesAndRereads()
{
    const QString audio = m_dir.filePath(QStringLiteral("first60s.mp3"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3")), audio));
    QFile::remove(PeakCache::cacheFileFor(audio));

    WaveformLoader loader;
    QSignalSpy finished(&loader, &WaveformLoader::finished);
    QSignalSpy updated(&loader, &WaveformLoader::updated);
    QSignalSpy failed(&loader, &WaveformLoader::failed);
    loader.load(audio);
    QCOMPARE(loader.state(), WaveformLoader::State::Loading);
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!loader.fromCache());
    QVERIFY(updated.count() >= 3); // load, at least one progressive update, finish
    QCOMPARE(loader.state(), WaveformLoader::State::Ready);
    PeakPyramid decoded;
    {
        QReadLocker locker(&loader.peaks()->lock);
        decoded = loader.peaks()->pyramid;
        QVERIFY(!loader.peaks()->onsets.empty());
    }
    QVERIFY(qAbs(decoded.durationMs() - 60000) < 100);
    QVERIFY(QFile::exists(PeakCache::cacheFileFor(audio)));

    WaveformLoader again;
    QSignalSpy finishedAgain(&again, &WaveformLoader::finished);
    again.load(audio);
    QVERIFY(finishedAgain.wait(30000));
    QVERIFY(again.fromCache());
    QReadLocker locker(&again.peaks()->lock);
    const PeakPyramid &cached = again.peaks()->pyramid;
    QCOMPARE(cached.sampleCount(), decoded.sampleCount());
    QCOMPARE(cached.level(0).size(), decoded.level(0).size());
    for (std::size_t i = 0; i < cached.level(0).size(); ++i)
        QVERIFY(cached.level(0)[i].min == decoded.level(0)[i].min && cached.level(0)[i].max == decoded.level(0)[i].max);
}

void TestWaveformDecoder::damagedCacheIsRebuilt()
{
    const QString audio = m_dir.filePath(QStringLiteral("damaged.mp3"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3")), audio));
    {
        WaveformLoader loader;
        QSignalSpy finished(&loader, &WaveformLoader::finished);
        loader.load(audio);
        QVERIFY(finished.wait(30000));
    }
    QFile cache(PeakCache::cacheFileFor(audio));
    QVERIFY(cache.open(QIODevice::ReadWrite));
    cache.seek(200);
    cache.write("\xff\xff\xff\xff", 4);
    cache.close();
    WaveformLoader loader;
    QSignalSpy finished(&loader, &WaveformLoader::finished);
    loader.load(audio);
    QVERIFY(finished.wait(30000));
    QVERIFY(!loader.fromCache()); // decoded again ...
    QVERIFY(PeakCache::load(audio).has_value()); // ... and the cache file is good again
}

void TestWaveformDecoder::newFileCancelsOldDecode()
{
    const QString audio = m_dir.filePath(QStringLiteral("cancel.mp3"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3")), audio));
    const QString tone = m_dir.filePath(QStringLiteral("tone2.wav"));
    QVERIFY(writeWav(tone, silenceToneSilence()));
    QFile::remove(PeakCache::cacheFileFor(audio));
    WaveformLoader loader;
    QSignalSpy finished(&loader, &WaveformLoader::finished);
    loader.load(audio);
    loader.load(tone);
    QVERIFY(finished.wait(30000));
    QCOMPARE(loader.audioPath(), tone);
    QTest::qWait(300); // a late result of the first job would arrive now; it must be dropped
    QCOMPARE(finished.count(), 1);
    QReadLocker locker(&loader.peaks()->lock);
    QCOMPARE(loader.peaks()->pyramid.sampleRate(), Rate);
}

QTEST_GUILESS_MAIN(TestWaveformDecoder)
#include "tst_waveformdecoder.moc"
