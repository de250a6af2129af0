// Waveform engine figures on the 73-minute MP3 (../shared/audio, or the file given as the first argument), in one run:
// full decode + peaks (WaveformDecoder, GStreamer), `ffmpeg -i X -f null -` on the same file and the ratio, the time
// from asking the timeline for the waveform to the first painted waveform (cache cleared), and the cached reopen
// (from asking to the whole waveform painted). Targets: ratio <= 1.0, first paint < 0.3 s, cached reopen < 50 ms.
//
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_waveform [AUDIO]
#include "peakcache.h"
#include "timelineview.h"
#include "waveformdecoder.h"
#include "waveformloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace {

QTextStream out(stdout);

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/** Waits for `signal` of `sender` (at most 60 s). */
template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the benchmark's cache never touches the user's
    const QString audio
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TE_SHARED_DIR "/audio/semiconductors-to-ml.mp3");
    if (!QFile::exists(audio)) {
        out << audio << ": no such file\n";
        return 1;
    }
    out << "audio: " << audio << '\n';

    // GStreamer's one-time start (reading its plugin registry) is not part of a decode: in the editor QtMultimedia
    // has done it before any waveform is asked for.
    QElapsedTimer clock;
    clock.start();
    QString initError;
    if (!WaveformDecoder::initialize(&initError)) {
        out << "GStreamer: " << initError << '\n';
        return 1;
    }
    out << "GStreamer start (once per process, not counted below): " << clock.elapsed() << " ms\n";

    // 1. Full decode + peaks, as the timeline's worker does it.
    clock.start();
    double cpu = cpuSeconds();
    QString error;
    const std::optional<PeakPyramid> peaks
        = WaveformDecoder::decodePeaks(audio, PeakPyramid::DefaultBaseSamplesPerPeak, &error);
    const qint64 decodeMs = clock.elapsed();
    if (!peaks) {
        out << audio << ": " << error << '\n';
        return 1;
    }
    out << "decode + peaks (GStreamer): " << decodeMs << " ms wall, " << qRound((cpuSeconds() - cpu) * 1000)
        << " ms CPU; " << peaks->durationMs() / 1000 << " s of audio at " << peaks->sampleRate() << " Hz, "
        << peaks->levelCount() << " levels\n";

    // 2. ffmpeg on the same file.
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    qint64 ffmpegMs = -1;
    if (!ffmpeg.isEmpty()) {
        QProcess process;
        clock.start();
        process.start(ffmpeg,
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), audio, QStringLiteral("-f"),
                QStringLiteral("null"), QStringLiteral("-") });
        process.waitForFinished(300000);
        ffmpegMs = clock.elapsed();
        out << "ffmpeg -i X -f null -: " << ffmpegMs << " ms wall\n";
        out << "ratio (ours / ffmpeg): " << QString::number(double(decodeMs) / double(ffmpegMs), 'f', 2)
            << " (target <= 1.0)\n";
    } else {
        out << "ffmpeg not installed: no comparison\n";
    }

    // 3. First painted waveform with an empty cache, in a real TimelineView.
    QFile::remove(PeakCache::cacheFileFor(audio));
    TimelineView view;
    view.resize(1400, 300);
    view.show();
    QApplication::processEvents();
    clock.start();
    view.loadAudio(audio, peaks->durationMs());
    for (;;) {
        waitFor(view.waveform(), &WaveformLoader::updated);
        QReadLocker locker(&view.waveform()->peaks()->lock);
        if (!view.waveform()->peaks()->pyramid.isEmpty() || view.waveform()->state() != WaveformLoader::State::Loading)
            break;
    }
    view.viewport()->repaint();
    out << "first painted waveform (no cache): " << clock.elapsed() << " ms (target < 300)\n";
    if (view.waveform()->state() == WaveformLoader::State::Loading)
        waitFor(view.waveform(), &WaveformLoader::finished);
    out << "  whole waveform decoded and cached: " << clock.elapsed() << " ms\n";

    // 4. Cached reopen: a new view, from asking to the whole waveform painted.
    TimelineView again;
    again.resize(1400, 300);
    again.show();
    QApplication::processEvents();
    clock.start();
    again.loadAudio(audio, peaks->durationMs());
    waitFor(again.waveform(), &WaveformLoader::finished);
    again.viewport()->repaint();
    out << "cached reopen, whole waveform painted: " << clock.elapsed()
        << " ms (target < 50), from cache: " << (again.waveform()->fromCache() ? "yes" : "NO") << '\n';
    QFile::remove(PeakCache::cacheFileFor(audio));
    return 0;
}
