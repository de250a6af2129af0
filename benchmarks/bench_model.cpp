// Times every editing operation of TranscriptModel on a 100,000-line episode (one line, and a selection of 100
// lines): do, undo and redo, median of several runs, plus the memory of the loaded document relative to the size
// of its file. Prints figures; asserts nothing.
#include "document.h"
#include "episodefile.h"
#include "findreplace.h"
#include "speakermodel.h"
#include "syntheticepisode.h"
#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

#include <malloc.h>

namespace {

constexpr int LineCount = 100000;
constexpr int HeaderEvery = 250;
constexpr int Runs = 7;

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/** Wall-clock and this thread's CPU time: on a shared, loaded machine the CPU time is the steadier figure. */
struct Clock
{
    void start()
    {
        wall.start();
        cpu = cpuNs();
    }
    static qint64 cpuNs()
    {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    double wallMs() const { return wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return (cpuNs() - cpu) / 1e6; }
    QElapsedTimer wall;
    qint64 cpu = 0;
};

struct Timing
{
    double doMs[2];
    double undoMs[2];
    double redoMs[2];
};

/** Runs `op` Runs times; each run times do, undo, redo, then undoes again so every run starts from the same state. */
Timing measure(QUndoStack *stack, const std::function<void()> &op)
{
    QList<double> d[2], u[2], r[2];
    Clock t;
    for (int i = 0; i < Runs; ++i) {
        const int index = stack->index();
        t.start();
        op();
        d[0].append(t.wallMs());
        d[1].append(t.cpuMs());
        if (stack->index() == index) {
            std::fprintf(stderr, "operation pushed nothing\n");
            return {};
        }
        t.start();
        stack->undo();
        u[0].append(t.wallMs());
        u[1].append(t.cpuMs());
        t.start();
        stack->redo();
        r[0].append(t.wallMs());
        r[1].append(t.cpuMs());
        stack->undo();
    }
    return { { median(d[0]), median(d[1]) }, { median(u[0]), median(u[1]) }, { median(r[0]), median(r[1]) } };
}

struct Row
{
    const char *name;
    Timing one;
    std::optional<Timing> hundred;
};
QList<Row> results;

void print(const char *name, const Timing &one, const Timing &hundred)
{
    results.append({ name, one, hundred });
}

void printOne(const char *name, const Timing &one)
{
    results.append({ name, one, std::nullopt });
}

void printTable(int clock)
{
    std::printf("\n%s, median of %d runs, ms   one line: do     undo     redo  | 100 lines: do     undo     redo\n",
        clock == 0 ? "wall clock" : "thread CPU time", Runs);
    for (const Row &row : results) {
        std::printf(
            "%-30s %8.3f %8.3f %8.3f", row.name, row.one.doMs[clock], row.one.undoMs[clock], row.one.redoMs[clock]);
        if (row.hundred)
            std::printf("   %8.3f %8.3f %8.3f", row.hundred->doMs[clock], row.hundred->undoMs[clock],
                row.hundred->redoMs[clock]);
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 baseRss = statusKb("VmRSS:");
    qint64 fileSize = 0;
    Document doc;
    {
        QElapsedTimer t;
        t.start();
        const QByteArray bytes = syntheticEpisodeFile(LineCount, HeaderEvery);
        fileSize = bytes.size();
        Episode episode;
        FileError error;
        if (!EpisodeFile::parse(bytes, QStringLiteral("bench.md"), &episode, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        const double built = t.nsecsElapsed() / 1e6;
        t.start();
        doc.loadEpisode(episode, QString());
        std::printf("episode: %d rows, file %.1f MB; build+serialize+parse %.0f ms, load into document %.0f ms\n",
            doc.model()->rowCount(), fileSize / 1048576.0, built, t.nsecsElapsed() / 1e6);
    }
    doc.undoStack()->setClean();
    // Give the heap freed by building and parsing back to the system, so VmRSS shows what the document holds.
    malloc_trim(0);
    const qint64 rss = statusKb("VmRSS:");
    const qint64 hwm = statusKb("VmHWM:");
    std::printf("memory: VmRSS %.1f MB (%.1f MB above the %.1f MB baseline = %.2fx the file), VmHWM %.1f MB\n",
        rss / 1024.0, (rss - baseRss) / 1024.0, baseRss / 1024.0, (rss - baseRss) * 1024.0 / fileSize, hwm / 1024.0);

    TranscriptModel *m = doc.model();
    QUndoStack *stack = doc.undoStack();
    m->setTypingBurstInterval(0); // every setText is its own step here
    const int mid = LineCount / 2 + 1; // a line (headers sit at multiples of 250)
    QList<int> spread; // 100 lines spread over the episode
    QList<int> block; // 100 consecutive lines without a header between them
    for (int i = 0; i < 100; ++i) {
        int r = 1 + i * (LineCount / 100) + 7;
        spread.append(r);
        block.append(mid + i);
    }
    QHash<EntryId, QString> texts100;
    QHash<EntryId, qint64> secs100;
    for (int r : spread) {
        texts100.insert(m->entry(r).id, QStringLiteral("bulk text"));
        secs100.insert(m->entry(r).id, *m->entry(r).seconds + 1);
    }
    QList<TranscriptEntry> ten;
    for (int i = 0; i < 10; ++i)
        ten.append(m->entry(block.at(i * 10)));
    for (TranscriptEntry &e : ten)
        e.id = 0;

    print("setText / setTexts", measure(stack, [&] { m->setText(mid, QStringLiteral("typed")); }),
        measure(stack, [&] { m->setTexts(texts100, {}, QStringLiteral("bulk")); }));
    print("setTimeText / retime", measure(stack, [&] { m->setTimeText(mid, QStringLiteral("1:02:03")); }),
        measure(stack, [&] { m->retime(secs100, QStringLiteral("retime")); }));
    print("setSpeaker", measure(stack, [&] { m->setSpeaker({ mid }, QStringLiteral("Zoe")); }),
        measure(stack, [&] { m->setSpeaker(spread, QStringLiteral("Zoe")); }));
    print("swapSpeakers",
        measure(stack, [&] { m->swapSpeakers({ mid }, QStringLiteral("Alexey"), QStringLiteral("Dashel")); }),
        measure(stack, [&] { m->swapSpeakers(spread, QStringLiteral("Alexey"), QStringLiteral("Dashel")); }));
    print("mergeLines (2 / 100)",
        measure(stack,
            [&] {
                m->mergeLines({ mid, mid + 1 });
            }),
        measure(stack, [&] { m->mergeLines(block); }));
    print("removeEntries (100 spread)", measure(stack, [&] { m->removeEntries({ mid }); }),
        measure(stack, [&] { m->removeEntries(spread); }));
    print("removeEntries (100 block)", measure(stack, [&] { m->removeEntries({ mid }); }),
        measure(stack, [&] { m->removeEntries(block); }));
    print("replaceRange (->10)", measure(stack, [&] { m->replaceRange(mid, 1, { ten.first() }, QStringLiteral("r")); }),
        measure(stack, [&] { m->replaceRange(mid, 100, ten, QStringLiteral("r")); }));
    printOne("splitLine", measure(stack, [&] { m->splitLine(mid, 40); }));
    printOne("insertLine", measure(stack, [&] { m->insertLine(mid, ten.first()); }));
    printOne("insertLine at top", measure(stack, [&] { m->insertLine(1, ten.first()); }));
    printOne("insertHeader", measure(stack, [&] { m->insertHeader(mid, QStringLiteral("New")); }));
    printOne("convertToHeader", measure(stack, [&] { m->convertToHeader(mid); }));
    printOne("moveHeader", measure(stack, [&] { m->moveHeader(LineCount / 2, LineCount / 2 + 120); }));
    printOne("renameSpeaker (33k)",
        measure(stack, [&] { m->renameSpeaker(QStringLiteral("Maria"), QStringLiteral("Mary")); }));
    printOne("mergeSpeaker (33k)",
        measure(stack, [&] { m->mergeSpeaker(QStringLiteral("Maria"), QStringLiteral("Alexey")); }));
    FindOptions find;
    find.pattern = QStringLiteral("(\\d+)\\)$");
    find.regex = true;
    printOne("replaceAll (93k)", measure(stack, [&] { FindReplace::replaceAll(m, find, QStringLiteral("\\1]")); }));

    // Lookups: rowOfId right after an insert at the top (the index is rebuilt lazily from the edit point), and
    // rowAtTime as playback calls it.
    printTable(0);
    printTable(1);
    QList<double> lookups, atTime;
    QElapsedTimer t;
    for (int i = 0; i < Runs; ++i) {
        m->insertLine(1, ten.first());
        const EntryId far = m->entry(m->rowCount() - 1).id;
        t.start();
        m->rowOfId(far);
        lookups.append(t.nsecsElapsed() / 1e6);
        stack->undo();
        t.start();
        for (int k = 0; k < 1000; ++k)
            m->rowAtTime(qint64(k) * 300000);
        atTime.append(t.nsecsElapsed() / 1e6 / 1000);
    }
    std::printf("\nrowOfId after top insert %.3f ms; rowAtTime %.4f ms\n", median(lookups), median(atTime));
    std::printf("memory after all runs: VmRSS %.1f MB, VmHWM %.1f MB\n", statusKb("VmRSS:") / 1024.0,
        statusKb("VmHWM:") / 1024.0);
    return 0;
}
