// Aligner figures: accuracy against a known truth (synthetic cleaning of each caption file, several seeds),
// agreement with the fixtures' own hand-set times, and time taken. Prints figures; asserts nothing.
#include "../tests/captioncleaning.h"
#include "aligner.h"
#include "captionimport.h"
#include "episodefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QString sharedDir()
{
    const QByteArray env = qgetenv("TE_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(TE_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QList<CaptionFragment> captions(const QString &name)
{
    QList<CaptionFragment> out;
    FileError error;
    if (!CaptionImport::read(
            sharedDir() + QStringLiteral("/fixtures/captions/%1.captions.txt").arg(name), &out, &error))
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return out;
}

int wordCount(const QList<CaptionFragment> &fragments)
{
    int n = 0;
    for (const CaptionFragment &f : fragments)
        n += int(Aligner::words(f.text).size());
    return n;
}

int wordCount(const QList<TranscriptEntry> &lines)
{
    int n = 0;
    for (const TranscriptEntry &e : lines)
        n += int(Aligner::words(e.text).size());
    return n;
}

/** Median wall time of a few runs, in milliseconds. */
double timeAlign(const QList<TranscriptEntry> &lines, const QList<CaptionFragment> &fragments)
{
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const Aligner::Result r = Aligner::align(lines, fragments);
        ms.push_back(t.nsecsElapsed() / 1e6);
        Q_UNUSED(r);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList names = { QStringLiteral("semiconductors-to-ml"), QStringLiteral("swe-to-ml"),
        QStringLiteral("testing-phones-to-nlp") };
    const QList<quint32> seeds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

    std::printf("Synthetic truth: paragraphs of 1-15 fragments, fillers and repeats dropped, contractions expanded,\n"
                "~5%% of words changed/dropped/added, case and punctuation fixed; seeds 1-%d.\n\n",
        int(seeds.size()));
    std::printf("%-24s %7s %7s %10s %10s %9s %9s\n", "captions", "cwords", "lwords", "paragraphs", "exact", "within2s",
        "ms(med)");
    int allParagraphs = 0, allExact = 0, allNear = 0;
    for (const QString &name : names) {
        const QList<CaptionFragment> fragments = captions(name);
        if (fragments.isEmpty())
            return 1;
        int paragraphs = 0, exact = 0, near = 0, lineWords = 0;
        double ms = 0;
        double worstExact = 1.0;
        for (const quint32 seed : seeds) {
            const CaptionCleaning::Case c = CaptionCleaning::make(fragments, seed);
            const Aligner::Result r = Aligner::align(c.lines, fragments);
            int e = 0;
            for (const TranscriptEntry &line : c.lines) {
                const qint64 got = r.seconds.value(line.id, -1), truth = c.truth.value(line.id);
                e += got == truth ? 1 : 0;
                near += got >= 0 && qAbs(got - truth) <= 2 ? 1 : 0;
            }
            worstExact = std::min(worstExact, double(e) / c.lines.size());
            exact += e;
            paragraphs += int(c.lines.size());
            lineWords += wordCount(c.lines);
            ms += timeAlign(c.lines, fragments);
        }
        std::printf("%-24s %7d %7d %10d %9.2f%% %8.2f%% %9.1f   (worst seed %.2f%% exact)\n", qPrintable(name),
            wordCount(fragments), lineWords / int(seeds.size()), paragraphs, 100.0 * exact / paragraphs,
            100.0 * near / paragraphs, ms / seeds.size(), 100.0 * worstExact);
        allParagraphs += paragraphs;
        allExact += exact;
        allNear += near;
    }
    std::printf("%-24s %7s %7s %10d %9.2f%% %8.2f%%\n\n", "all", "", "", allParagraphs,
        100.0 * allExact / allParagraphs, 100.0 * allNear / allParagraphs);

    // Three recordings back to back (about three hours): the time must grow about linearly.
    QList<CaptionFragment> long3;
    qint64 offset = 0;
    for (const QString &name : names) {
        const QList<CaptionFragment> f = captions(name);
        for (CaptionFragment c : f) {
            c.startMs += offset;
            long3.append(c);
        }
        offset = long3.last().startMs + 5000;
    }
    const CaptionCleaning::Case big = CaptionCleaning::make(long3, 1);
    std::printf("Three recordings back to back: %d caption words, %d line words, %.1f ms (median of 5)\n\n",
        wordCount(long3), wordCount(big.lines), timeAlign(big.lines, long3));

    std::printf("Agreement with the fixtures' own (hand-set) times:\n");
    for (const QString &name : { QStringLiteral("semiconductors-to-ml"), QStringLiteral("testing-phones-to-nlp") }) {
        Episode episode;
        FileError error;
        if (!EpisodeFile::read(sharedDir() + QStringLiteral("/fixtures/episodes/%1.md").arg(name), &episode, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        const QList<CaptionFragment> fragments = captions(name);
        const Aligner::Result r = Aligner::align(episode.entries, fragments);
        int lines = 0, agree = 0, near = 0, repeatedBefore = 0, repeatedAfter = 0;
        std::optional<qint64> before, after;
        for (const TranscriptEntry &e : episode.entries) {
            if (!e.isLine() || !e.seconds)
                continue;
            const qint64 got = r.seconds.value(e.id, *e.seconds);
            ++lines;
            agree += got == *e.seconds ? 1 : 0;
            near += qAbs(got - *e.seconds) <= 2 ? 1 : 0;
            repeatedBefore += before == e.seconds ? 1 : 0;
            repeatedAfter += after == got ? 1 : 0;
            before = e.seconds;
            after = got;
        }
        std::printf("  %-22s %d lines: %d same second (%.1f%%), %d within 2 s (%.1f%%), %d unplaced; "
                    "repeated seconds %d -> %d; %.1f ms\n",
            qPrintable(name), lines, agree, 100.0 * agree / lines, near, 100.0 * near / lines, int(r.unplaced.size()),
            repeatedBefore, repeatedAfter, timeAlign(episode.entries, fragments));
    }
    return 0;
}
