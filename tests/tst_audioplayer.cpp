// Tests for AudioPlayer: loading, duration, seeking, rates, skipping, rewind on pause, spans and errors, on real
// audio files through GStreamer (no sound card needed: it falls back to a fake sink that plays in real time).
#include "audioplayer.h"
#include "testsupport.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioFormat>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <functional>

namespace {

const char *const Mp3 = "semiconductors-to-ml.first60s.mp3";
const char *const Ogg = "tone-3s.ogg";

/** Runs an event loop until `done(position)` holds on a positionChanged, or `timeoutMs` passes. No polling. */
bool waitForPosition(AudioPlayer *player, const std::function<bool(qint64)> &done, int timeoutMs = 10000)
{
    if (done(player->position()))
        return true;
    QEventLoop loop;
    bool reached = false;
    QObject::connect(player, &AudioPlayer::positionChanged, &loop, [&](qint64 ms) {
        if (done(ms)) {
            reached = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return reached;
}

/** Loads and waits for loaded() or errorOccurred(), whichever comes first; true when loaded. */
bool loadAndWait(AudioPlayer *player, const QString &path)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(player, &AudioPlayer::loaded, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(player, &AudioPlayer::errorOccurred, &loop, [&] { loop.quit(); });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!player->load(path))
        return false;
    if (!player->isLoaded() && player->errorString().isEmpty())
        loop.exec();
    // Some files report their length a moment after they are loaded.
    if (ok && player->duration() <= 0) {
        QSignalSpy duration(player, &AudioPlayer::durationChanged);
        duration.wait(5000);
    }
    return ok && player->isLoaded();
}

} // namespace

class TestAudioPlayer : public QObject
{
    Q_OBJECT

private slots:
    void loadReportsDuration_data();
    void loadReportsDuration();
    void lineTimesAreSpeechOnsets();
    void seekLandsOnTarget_data();
    void seekLandsOnTarget();
    void seekWhilePlaying();
    void seekBeforeLoadedIsApplied();
    void seekIsClamped();
    void skip();
    void rateSteps();
    void rateIsApplied();
    void rewindOnPause();
    void noRewindWhenOff();
    void playSpanStopsAtEnd();
    void loopSpanRepeats();
    void missingFile();
    void unplayableFile();
    void volume();
    void reloadReplacesFile();
};

void TestAudioPlayer::loadReportsDuration_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("expectedMs");
    // ffprobe -v error -show_entries format=duration -of default=nw=1 <file>, computed once.
    QTest::newRow("mp3") << QString::fromLatin1(Mp3) << qint64(60084);
    QTest::newRow("ogg") << QString::fromLatin1(Ogg) << qint64(3000);
}

void TestAudioPlayer::loadReportsDuration()
{
    QFETCH(QString, file);
    QFETCH(qint64, expectedMs);
    AudioPlayer player;
    QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(file)));
    QCOMPARE(errors.count(), 0);
    QVERIFY2(qAbs(player.duration() - expectedMs) <= 50, qPrintable(QString::number(player.duration())));
    QCOMPARE(player.position(), qint64(0));
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.filePath(), QFileInfo(TestSupport::dataFile(file)).absoluteFilePath());
}

void TestAudioPlayer::lineTimesAreSpeechOnsets()
{
    // The test audio's truth: each line of semiconductors-to-ml.md within the first minute starts speaking within
    // 0.5 s of its `sec`, so landing within 100 ms of a line's time (seekLandsOnTarget) lands on its first words.
    QAudioDecoder decoder;
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    decoder.setAudioFormat(format);
    decoder.setSource(QUrl::fromLocalFile(TestSupport::dataFile(QString::fromLatin1(Mp3))));
    QVector<double> rms; // per 20 ms frame
    QVector<qint16> pending;
    connect(&decoder, &QAudioDecoder::bufferReady, this, [&] {
        const QAudioBuffer buffer = decoder.read();
        const qint16 *samples = buffer.constData<qint16>();
        for (qsizetype i = 0; i < buffer.sampleCount(); ++i)
            pending << samples[i];
        const int frame = 320;
        int used = 0;
        for (; used + frame <= pending.size(); used += frame) {
            double sum = 0;
            for (int i = used; i < used + frame; ++i)
                sum += double(pending[i]) * pending[i];
            rms << std::sqrt(sum / frame);
        }
        pending.remove(0, used);
    });
    QEventLoop loop;
    bool failed = false;
    connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&] {
        failed = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    decoder.start();
    loop.exec();
    QVERIFY2(!failed, qPrintable(decoder.errorString()));
    QVERIFY(rms.size() > 2900); // about 60 s of 20 ms frames

    // An onset: a loud frame (RMS > 300) after at least 100 ms without one (the start of the file counts as quiet).
    QList<double> onsets;
    int quiet = 5;
    for (int i = 0; i < rms.size(); ++i) {
        if (rms[i] > 300 && quiet >= 5)
            onsets << i * 0.02;
        quiet = rms[i] > 300 ? 0 : quiet + 1;
    }
    const QList<int> lineSeconds = { 0, 14, 42 }; // the lines of the episode that start in the first minute
    for (int sec : lineSeconds) {
        const bool near
            = std::any_of(onsets.cbegin(), onsets.cend(), [sec](double t) { return std::abs(t - sec) <= 0.5; });
        QVERIFY2(near, qPrintable(QStringLiteral("no speech onset within 0.5 s of %1 s").arg(sec)));
    }
}

void TestAudioPlayer::seekLandsOnTarget_data()
{
    QTest::addColumn<qint64>("target");
    // Line starts of semiconductors-to-ml.md within the first minute, and a few odd positions.
    QTest::newRow("0:14") << qint64(14000);
    QTest::newRow("0:42") << qint64(42000);
    QTest::newRow("0:00") << qint64(0);
    QTest::newRow("0:33.3") << qint64(33300);
    QTest::newRow("0:59") << qint64(59000);
}

void TestAudioPlayer::seekLandsOnTarget()
{
    QFETCH(qint64, target);
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    if (target == 0)
        player.seek(10000); // so that seeking to 0 is a real move
    QSignalSpy positions(&player, &AudioPlayer::positionChanged);
    player.seek(target);
    QVERIFY(positions.count() > 0 || positions.wait(5000));
    QVERIFY2(
        qAbs(positions.last().first().toLongLong() - target) <= 100, qPrintable(positions.last().first().toString()));
    QVERIFY2(qAbs(player.position() - target) <= 100, qPrintable(QString::number(player.position())));
}

void TestAudioPlayer::seekWhilePlaying()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.play();
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 300; }));
    player.seek(42000);
    // The next positions come from the playing pipeline: they start at the target and go on from there.
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 42000; }));
    QVERIFY(player.isPlaying());
    const qint64 landed = player.position();
    QVERIFY2(landed >= 41900 && landed < 43000, qPrintable(QString::number(landed)));
}

void TestAudioPlayer::seekBeforeLoadedIsApplied()
{
    AudioPlayer player;
    QSignalSpy loaded(&player, &AudioPlayer::loaded);
    QVERIFY(player.load(TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.seek(25000);
    QCOMPARE(player.position(), qint64(25000));
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QSignalSpy positions(&player, &AudioPlayer::positionChanged);
    if (qAbs(player.position() - 25000) > 100)
        QVERIFY(positions.wait(5000));
    QVERIFY2(qAbs(player.position() - 25000) <= 100, qPrintable(QString::number(player.position())));
}

void TestAudioPlayer::seekIsClamped()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Ogg))));
    player.seek(-5000);
    QCOMPARE(player.mediaPlayer()->position(), qint64(0));
    player.seek(999999);
    QVERIFY(player.position() <= player.duration());
}

void TestAudioPlayer::skip()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    QCOMPARE(player.skipStep(), qint64(5000));
    player.seek(10000);
    player.skipForward();
    QVERIFY(qAbs(player.position() - 15000) <= 100);
    player.skipBackward();
    player.skipBackward();
    QVERIFY(qAbs(player.position() - 5000) <= 100);
    player.seek(2000);
    player.skipBackward();
    QCOMPARE(player.position(), qint64(0));
    player.setSkipStep(2000);
    player.skipForward();
    QVERIFY(qAbs(player.position() - 2000) <= 100);
}

void TestAudioPlayer::rateSteps()
{
    AudioPlayer player;
    const QList<double> steps = AudioPlayer::rateSteps();
    QCOMPARE(steps.first(), 0.5);
    QCOMPARE(steps.last(), 2.0);
    QVERIFY(steps.contains(1.0));
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
    QCOMPARE(player.rate(), 1.0);
    QSignalSpy changed(&player, &AudioPlayer::rateChanged);
    player.rateUp();
    QCOMPARE(player.rate(), 1.1);
    player.rateDown();
    player.rateDown();
    QCOMPARE(player.rate(), 0.9);
    QCOMPARE(changed.count(), 3);
    for (int i = 0; i < 20; ++i)
        player.rateDown();
    QCOMPARE(player.rate(), 0.5);
    for (int i = 0; i < 20; ++i)
        player.rateUp();
    QCOMPARE(player.rate(), 2.0);
    player.setRate(7.0);
    QCOMPARE(player.rate(), 2.0);
    player.setRate(0.1);
    QCOMPARE(player.rate(), 0.5);
    player.setRate(1.25);
    QCOMPARE(player.mediaPlayer()->playbackRate(), 1.25);
}

void TestAudioPlayer::rateIsApplied()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.setRate(2.0);
    QCOMPARE(player.mediaPlayer()->playbackRate(), 2.0);
    // Position advance per elapsed time, at 2x and at 1x. Only the ratio is checked, and loosely: a busy machine
    // slows both runs alike.
    auto speed = [&player](qint64 from) {
        player.seek(from);
        player.play();
        if (!waitForPosition(&player, [from](qint64 ms) { return ms > from + 200; }))
            return 0.0;
        const qint64 start = player.position();
        QElapsedTimer clock;
        clock.start();
        if (!waitForPosition(&player, [start](qint64 ms) { return ms > start + 1500; }))
            return 0.0;
        const double result = double(player.position() - start) / std::max<qint64>(1, clock.elapsed());
        player.pause();
        return result;
    };
    const double fast = speed(5000);
    player.setRate(1.0);
    QCOMPARE(player.mediaPlayer()->playbackRate(), 1.0);
    const double normal = speed(30000);
    QVERIFY(fast > 0 && normal > 0);
    QVERIFY2(fast / normal > 1.4 && fast / normal < 2.8,
        qPrintable(QStringLiteral("2x: %1 ms/ms, 1x: %2 ms/ms").arg(fast).arg(normal)));
}

void TestAudioPlayer::rewindOnPause()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    QCOMPARE(player.rewindOnPause(), qint64(1000));
    player.seek(20000);
    player.play();
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 20500; }));
    const qint64 before = player.mediaPlayer()->position();
    player.pause();
    QVERIFY(!player.isPlaying());
    const qint64 after = player.position();
    QVERIFY2(
        after <= before - 900 && after >= before - 1200, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestAudioPlayer::noRewindWhenOff()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.setRewindOnPause(0);
    player.seek(20000);
    player.play();
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 20300; }));
    const qint64 before = player.mediaPlayer()->position();
    player.pause();
    QVERIFY2(
        player.position() >= before - 100, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(player.position())));
}

void TestAudioPlayer::playSpanStopsAtEnd()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    QSignalSpy playing(&player, &AudioPlayer::playingChanged);
    player.playSpan(14000, 15000);
    QVERIFY(player.hasSpan());
    QVERIFY(!player.isLooping());
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 14000 && ms < 15000; }));
    // Wait for the stop at the span's end.
    QEventLoop loop;
    connect(&player, &AudioPlayer::playingChanged, &loop, [&](bool on) {
        if (!on)
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (player.isPlaying())
        loop.exec();
    QVERIFY(!player.isPlaying());
    QVERIFY(!player.hasSpan());
    QVERIFY2(qAbs(player.position() - 15000) <= 150, qPrintable(QString::number(player.position())));
}

void TestAudioPlayer::loopSpanRepeats()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.loopSpan(42000, 42800);
    QVERIFY(player.isLooping());
    QCOMPARE(player.spanStart(), qint64(42000));
    QCOMPARE(player.spanEnd(), qint64(42800));
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms >= 42400; }));
    // After the end it jumps back to the start and keeps playing.
    QVERIFY(waitForPosition(&player, [](qint64 ms) { return ms < 42400; }));
    QVERIFY(player.isPlaying());
    QVERIFY(player.isLooping());
    QVERIFY2(player.position() >= 41900 && player.position() < 42900, qPrintable(QString::number(player.position())));
    // A seek outside the span ends the loop.
    player.seek(10000);
    QVERIFY(!player.hasSpan());
    player.pause();
}

void TestAudioPlayer::missingFile()
{
    AudioPlayer player;
    QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
    const QString path = TestSupport::dataFile(QStringLiteral("no-such-episode.mp3"));
    QVERIFY(!player.load(path));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(
        message.contains(QStringLiteral("no-such-episode.mp3")) && message.contains(QStringLiteral("does not exist")),
        qPrintable(message));
    QVERIFY(!player.isLoaded());
    // Every transport call is harmless now.
    player.play();
    player.seek(1000);
    player.skipForward();
    player.loopSpan(0, 1000);
    player.pause();
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.duration(), qint64(0));
    QCOMPARE(errors.count(), 1);
}

void TestAudioPlayer::unplayableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.mp3"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not audio at all\n").repeated(200));
    file.close();

    AudioPlayer player;
    QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
    QSignalSpy loaded(&player, &AudioPlayer::loaded);
    QVERIFY(!loadAndWait(&player, path));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(loaded.count(), 0);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("broken.mp3")) && message.startsWith(QStringLiteral("Cannot play")),
        qPrintable(message));
    player.play();
    QVERIFY(!player.isPlaying());

    // A directory is not a file either.
    QVERIFY(!player.load(dir.path()));
    QCOMPARE(errors.count(), 2);

    // And a good file loads fine afterwards.
    QVERIFY2(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Ogg))), qPrintable(player.errorString()));
    QVERIFY(player.errorString().isEmpty());
}

void TestAudioPlayer::volume()
{
    AudioPlayer player;
    QSignalSpy changed(&player, &AudioPlayer::volumeChanged);
    player.setVolume(30);
    QCOMPARE(player.volume(), 30);
    QCOMPARE(changed.count(), 1);
    player.setVolume(250);
    QCOMPARE(player.volume(), 100);
    QCOMPARE(player.mediaPlayer()->audioOutput()->volume(), 1.0f);
}

void TestAudioPlayer::reloadReplacesFile()
{
    AudioPlayer player;
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Mp3))));
    player.seek(30000);
    QSignalSpy unloaded(&player, &AudioPlayer::unloaded);
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QString::fromLatin1(Ogg))));
    QCOMPARE(unloaded.count(), 1);
    QVERIFY(qAbs(player.duration() - 3000) <= 50);
    QCOMPARE(player.position(), qint64(0));
    player.unload();
    QVERIFY(!player.isLoaded());
    QCOMPARE(player.duration(), qint64(0));
}

QTEST_GUILESS_MAIN(TestAudioPlayer)
#include "tst_audioplayer.moc"
