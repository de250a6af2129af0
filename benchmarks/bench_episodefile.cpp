// Prints how long reading and writing episode files takes, with peak memory (VmHWM) and sizes:
// the largest corpus file, the whole corpus once, and synthetic episodes of 100,000 file lines and of 100,000
// transcript lines (last, so the peak memory figures of the others are not inflated by them).
// Usage: bench_episodefile [CORPUS_DIR]   (default: <shared>/corpus)
#include "episodefile.h"
#include "timecode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("?");
}

/** Processor time of this process in ms: unlike wall time, not inflated when other processes share the cores. */
double cpuMs()
{
    return std::clock() * 1000.0 / CLOCKS_PER_SEC;
}

void report(
    const QString &what, qint64 bytes, int entries, double loadMs, double loadCpuMs, double saveMs, double canonicalMs)
{
    std::printf(
        "%-40s %10lld bytes %8d entries  load %8.1f ms (cpu %8.1f ms)  save %7.1f ms  export %8.1f ms  peak RSS %s\n",
        qPrintable(what), static_cast<long long>(bytes), entries, loadMs, loadCpuMs, saveMs, canonicalMs,
        qPrintable(peakRss()));
    std::fflush(stdout);
}

/** Reads, writes and exports one file, best of `runs`. Returns false (and says why) when reading fails. */
bool measureFile(const QString &label, const QString &path, const QString &outDir, int runs)
{
    double load = 1e18, loadCpu = 1e18, save = 1e18, canonical = 1e18;
    int entries = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        Episode episode;
        FileError error;
        if (!EpisodeFile::read(path, &episode, &error)) {
            std::printf("%s: %s\n", qPrintable(label), qPrintable(error.toString()));
            return false;
        }
        load = qMin(load, timer.nsecsElapsed() / 1e6);
        loadCpu = qMin(loadCpu, cpuMs() - cpuStart);
        entries = episode.entries.size();
        timer.restart();
        if (!EpisodeFile::write(outDir + QStringLiteral("/out.md"), episode, &error))
            std::printf("%s\n", qPrintable(error.toString()));
        save = qMin(save, timer.nsecsElapsed() / 1e6);
        timer.restart();
        EpisodeFile::exportCanonical(outDir + QStringLiteral("/out.yaml"), episode, &error);
        canonical = qMin(canonical, timer.nsecsElapsed() / 1e6);
    }
    report(label, QFileInfo(path).size(), entries, load, loadCpu, save, canonical);
    return true;
}

QByteArray syntheticEpisode(int lines)
{
    // Shaped like the corpus: a header every 20 lines, two speakers, text long enough to fold over two lines.
    QByteArray out = "---\nepisode: 1\nguests:\n- someone\nseason: 1\ntitle: A synthetic episode\ntranscript:\n";
    out.reserve(lines * 230);
    for (int i = 0; i < lines; ++i) {
        if (i % 20 == 0)
            out += "- header: Section " + QByteArray::number(i / 20 + 1) + "\n";
        out += "- line: This is line " + QByteArray::number(i)
            + " of a synthetic transcript, long enough that PyYAML folds\n    it onto a second line, as in the "
              "corpus.\n"
            + "  sec: " + QByteArray::number(i * 7) + "\n  time: '" + Timecode::format(i * 7).toLatin1() + "'\n"
            + "  who: " + (i % 2 ? "Alexey" : "Guest") + "\n";
    }
    out += "---\n\nLinks:\n\n* [a link](https://example.org)\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TE_SHARED_DIR "/corpus");
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;

    QFileInfoList files
        = QDir(corpus).entryInfoList({ QStringLiteral("*.md"), QStringLiteral("*.yaml") }, QDir::Files, QDir::Size);
    if (!files.isEmpty())
        measureFile(QStringLiteral("largest: ") + files.first().fileName(), files.first().filePath(), tmp.path(), 10);
    else
        std::printf("corpus not found at %s\n", qPrintable(corpus));

    if (!files.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        int entries = 0;
        double loadMs = 0, saveMs = 0;
        for (const QFileInfo &file : std::as_const(files)) {
            QElapsedTimer t;
            t.start();
            Episode episode;
            FileError error;
            if (!EpisodeFile::read(file.filePath(), &episode, &error)) {
                std::printf("%s\n", qPrintable(error.toString()));
                continue;
            }
            loadMs += t.nsecsElapsed() / 1e6;
            t.restart();
            EpisodeFile::write(tmp.path() + QStringLiteral("/corpus-out.md"), episode, &error);
            saveMs += t.nsecsElapsed() / 1e6;
            bytes += file.size();
            entries += episode.entries.size();
        }
        std::printf("%-40s %10lld bytes %8d entries  load %8.1f ms  save %7.1f ms  (%d files)  peak RSS %s\n",
            "whole corpus, read + write once", static_cast<long long>(bytes), entries, loadMs, saveMs,
            int(files.size()), qPrintable(peakRss()));
    }
    // Two synthetic sizes: 100,000 lines of the file, and 100,000 transcript lines (about 18 MB).
    for (int items : { 19000, 100000 }) {
        const QString synthetic = tmp.path() + QStringLiteral("/synthetic.md");
        const QByteArray bytes = syntheticEpisode(items);
        QFile f(synthetic);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0)
            return 1;
        f.close();
        measureFile(QStringLiteral("synthetic: %1 file lines").arg(bytes.count('\n')), synthetic, tmp.path(), 1);
    }
    return 0;
}
