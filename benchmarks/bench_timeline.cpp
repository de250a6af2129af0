// Painting the timeline: one frame at 1 hour (the 73-minute fixture episode with its waveform) and at 100,000 lines
// (the fixture repeated, times spread over 100 hours), each as the whole episode and zoomed to 30 s. Target: every
// frame < 16 ms, because only the blocks and markers in view are touched.
//
//   QT_QPA_PLATFORM=offscreen build/benchmarks/bench_timeline [EPISODE] [AUDIO]
#include "document.h"
#include "episodefile.h"
#include "timelineview.h"
#include "transcriptmodel.h"
#include "waveformloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

QTextStream out(stdout);

/** Median of 15 painted frames, in ms. */
double frameMs(TimelineView &view)
{
    std::vector<double> times;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer clock;
        clock.start();
        view.viewport()->repaint();
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *what, double ms)
{
    out << QString::fromLatin1(what).leftJustified(52) << QString::number(ms, 'f', 2) << " ms (target < 16)\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(TE_SHARED_DIR "/fixtures/episodes/semiconductors-to-ml.md");
    const QString audio
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(TE_SHARED_DIR "/audio/semiconductors-to-ml.mp3");
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(path, &episode, &error)) {
        out << error.toString() << '\n';
        return 1;
    }

    {
        Document document;
        document.loadEpisode(episode, QString());
        TimelineView view;
        view.setModels(document.model(), document.speakers());
        view.resize(1400, 300);
        view.show();
        QEventLoop loop;
        QObject::connect(view.waveform(), &WaveformLoader::finished, &loop, &QEventLoop::quit);
        QObject::connect(view.waveform(), &WaveformLoader::failed, &loop, &QEventLoop::quit);
        view.loadAudio(audio, 73 * 60 * 1000);
        loop.exec();
        out << "1 hour: " << document.model()->rowCount() << " rows, " << view.layout().blocks().size()
            << " blocks, waveform " << (view.waveform()->state() == WaveformLoader::State::Ready ? "loaded" : "missing")
            << '\n';
        view.showAll();
        report("  whole episode in view", frameMs(view));
        view.showRange(1800000, 1830000);
        report("  30 s in view", frameMs(view));
    }
    {
        const QList<TranscriptEntry> once = episode.entries;
        qint64 offset = 0;
        while (episode.entries.size() < 100000) {
            offset += 4 * 3600;
            for (TranscriptEntry entry : once) {
                if (entry.seconds)
                    entry.setSeconds(*entry.seconds + offset);
                entry.source.clear();
                episode.entries << entry;
            }
        }
        episode.entries = episode.entries.mid(0, 100000);
        episode.assignIds();
        Document document;
        document.loadEpisode(episode, QString());
        TimelineView view;
        view.setModels(document.model(), document.speakers());
        view.resize(1400, 300);
        view.show();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        const int blocks = int(view.layout().blocks().size());
        out << "100,000 lines: " << blocks << " blocks; layout built in " << clock.elapsed() << " ms\n";
        view.showAll();
        report("  whole episode in view", frameMs(view));
        view.showRange(180000000, 180030000);
        report("  30 s in view", frameMs(view));
    }
    return 0;
}
