// The longest stall autosave causes on the UI thread at 100,000 transcript lines: taking the snapshot (writeNow),
// the first edit after it (the episode's lists detach from the snapshot there), and the longest gap in the UI
// event loop while the worker serialises and writes the copy. Prints figures; asserts nothing.
#include "autosaver.h"
#include "autosavescheduler.h"
#include "document.h"
#include "episodefile.h"
#include "syntheticepisode.h"
#include "transcriptmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int LineCount = 100000;
constexpr int Runs = 9;

double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}
double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.md"));
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(syntheticEpisodeFile(LineCount, 250));
    }
    Document doc;
    FileError error;
    QElapsedTimer t;
    t.start();
    if (!doc.load(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::printf("loaded %lld entries (%lld bytes) in %.0f ms\n", qlonglong(doc.episode().entries.size()),
        qlonglong(QFileInfo(path).size()), t.nsecsElapsed() / 1e6);
    Autosaver saver(&doc, dir.filePath(QStringLiteral("recovery")));
    saver.scheduler()->setIdleMs(3600 * 1000); // this benchmark triggers the writes itself
    saver.scheduler()->setMaxMs(3600 * 1000);
    TranscriptModel *model = doc.model();

    QList<double> plainEdit, snapshot, editAfter, gap, write;
    for (int run = 0; run < Runs; ++run) {
        const int row = 1 + run * 1000;
        // An edit with no snapshot alive: the baseline cost of typing.
        t.restart();
        model->setText(row, QStringLiteral("baseline %1").arg(run));
        plainEdit << t.nsecsElapsed() / 1e6;

        // The snapshot, on the UI thread.
        t.restart();
        saver.writeNow();
        snapshot << t.nsecsElapsed() / 1e6;
        // The next edit while the worker still holds the snapshot: the lists detach here.
        t.restart();
        model->setText(row + 1, QStringLiteral("after %1").arg(run));
        editAfter << t.nsecsElapsed() / 1e6;

        // The UI event loop while the worker serialises and writes: the longest gap between 1 ms ticks.
        QElapsedTimer tick;
        tick.start();
        double longest = 0;
        QTimer timer;
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            longest = std::max(longest, tick.nsecsElapsed() / 1e6);
            tick.restart();
        });
        QEventLoop loop;
        QObject::connect(&saver, &Autosaver::copyWritten, &loop, &QEventLoop::quit);
        QElapsedTimer whole;
        whole.start();
        timer.start();
        loop.exec();
        timer.stop();
        write << whole.nsecsElapsed() / 1e6;
        gap << longest;
    }
    std::printf("autosave at %d lines, %d runs (ms, median / max):\n", LineCount, Runs);
    std::printf("  edit without a snapshot alive:        %7.2f / %7.2f\n", medianOf(plainEdit), maxOf(plainEdit));
    std::printf("  taking the snapshot (UI thread):      %7.2f / %7.2f\n", medianOf(snapshot), maxOf(snapshot));
    std::printf("  first edit after the snapshot:        %7.2f / %7.2f\n", medianOf(editAfter), maxOf(editAfter));
    std::printf("  longest UI event-loop gap during write: %5.2f / %7.2f\n", medianOf(gap), maxOf(gap));
    std::printf("  serialise + write on the worker:      %7.0f / %7.0f\n", medianOf(write), maxOf(write));
    const double stall = std::max({ maxOf(snapshot), maxOf(editAfter) - medianOf(plainEdit), maxOf(gap) });
    std::printf("longest UI-thread stall caused by autosave: %.1f ms\n", stall);
    saver.discard();
    saver.waitForIdle();
    return 0;
}
