// Prints how long reading and writing episode files takes, with peak memory (VmHWM) and sizes:
// the largest corpus file, the whole corpus once, and synthetic episodes of 100,000 file lines and of 100,000
// transcript lines (last, so the peak memory figures of the others are not inflated by them).
// Then, each in a fresh child process so that peak memory is its own: our load (EpisodeParser, as EpisodeFile::parse
// runs it: a large transcript in parts on several threads), the same in one pass, and libyaml's bare event parse of
// the same bytes (yaml_parser_parse, nothing kept), for the largest corpus file, the whole corpus and a 100,000-line
// episode; and the cost of the yaml-cpp save check (SaveCheck) on saves.
// Usage: bench_episodefile [CORPUS_DIR]   (default: <shared>/corpus)
#include "episodefile.h"
#include "episodeparser.h"
#include "savecheck.h"
#include "timecode.h"

#include <QProcess>

#include <yaml.h>

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

/** An episode of `items` transcript items taken from the corpus files as they are written, in turn. */
QByteArray corpusItemsEpisode(const QFileInfoList &files, int items)
{
    QByteArray out = "---\nepisode: 1\ntitle: The corpus's items\ntranscript:\n";
    int count = 0;
    while (count < items) {
        for (const QFileInfo &file : files) {
            Episode episode;
            FileError error;
            if (!EpisodeFile::read(file.filePath(), &episode, &error))
                continue;
            for (const TranscriptEntry &e : std::as_const(episode.entries)) {
                if (count == items || e.source.isEmpty() || !e.source.startsWith("- "))
                    continue;
                out += e.source.view();
                if (!out.endsWith('\n'))
                    out += '\n';
                ++count;
            }
        }
    }
    return out + "---\n\nLinks:\n\n* [a link](https://example.org)\n";
}

qint64 statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** libyaml's event parse of the bytes with nothing kept: the floor any reader on libyaml can reach. */
bool bareParse(const QByteArray &bytes)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    bool ok = true;
    while (true) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ok = false;
            break;
        }
        const bool end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (end)
            break;
    }
    yaml_parser_delete(&parser);
    return ok;
}

/** The front matter of a file (what libyaml is given in the bare parse). */
QByteArray frontMatter(const QByteArray &bytes)
{
    if (!bytes.startsWith("---\n"))
        return bytes;
    const int end = bytes.indexOf("\n---\n", 3);
    return end < 0 ? bytes : bytes.mid(4, end - 3);
}

/**
 * Child process: loads the files (ours, ours in one pass, or bare), prints "ms peakKbAboveBaseline bytes parts".
 * Our load ends when the episode is in memory: freeing it afterwards is not timed.
 */
int child(const QString &mode, const QStringList &paths)
{
    const qint64 baseline = statusKb("VmRSS:");
    QElapsedTimer timer;
    qint64 ns = 0;
    qint64 bytesTotal = 0;
    int parts = 1;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = f.readAll();
        bytesTotal += bytes.size();
        if (mode.startsWith(QLatin1String("ours"))) {
            EpisodeParser::Parallel parallel;
            if (mode == QLatin1String("ours-1pass"))
                parallel.maxParts = 1;
            Episode episode;
            FileError error;
            timer.start();
            EpisodeParser parser(bytes, path, parallel);
            if (!parser.parse(&episode, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            ns += timer.nsecsElapsed();
            parts = std::max(parts, parser.partsRead());
        } else {
            timer.start();
            bareParse(frontMatter(bytes));
            ns += timer.nsecsElapsed();
        }
    }
    std::printf("%f %lld %lld %d\n", ns / 1e6, static_cast<long long>(statusKb("VmHWM:") - baseline),
        static_cast<long long>(bytesTotal), parts);
    return 0;
}

void compare(const QString &label, const QStringList &paths)
{
    double ms[3] = { 0, 0, 0 };
    qint64 kb[3] = { 0, 0, 0 };
    int parts = 1;
    qint64 bytes = 0;
    const char *modes[3] = { "ours", "ours-1pass", "bare" };
    for (int m = 0; m < 3; ++m) {
        ms[m] = 1e18;
        for (int run = 0; run < 5; ++run) { // best of 5: the machine is shared
            QProcess p;
            p.start(QCoreApplication::applicationFilePath(),
                QStringList { QStringLiteral("--child"), QString::fromLatin1(modes[m]) } + paths);
            p.waitForFinished(-1);
            const QList<QByteArray> f = p.readAllStandardOutput().simplified().split(' ');
            ms[m] = qMin(ms[m], f.value(0).toDouble());
            kb[m] = f.value(1).toLongLong();
            bytes = f.value(2).toLongLong();
            if (m == 0)
                parts = f.value(3).toInt();
        }
    }
    std::printf("%-44s %10lld bytes  ours %8.1f ms in %d part(s), peak +%7.1f MB (%.2fx size); in one pass %8.1f ms, "
                "peak +%7.1f MB (%.2fx)   libyaml events %7.1f ms, peak +%6.1f MB   ours/libyaml %.2fx\n",
        qPrintable(label), static_cast<long long>(bytes), ms[0], parts, kb[0] / 1024.0,
        kb[0] * 1024.0 / qMax<qint64>(1, bytes), ms[1], kb[1] / 1024.0, kb[1] * 1024.0 / qMax<qint64>(1, bytes), ms[2],
        kb[2] / 1024.0, ms[0] / qMax(0.001, ms[2]));
    std::fflush(stdout);
}

void saveCheckCost(const QString &label, const QString &path)
{
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(path, &episode, &error))
        return;
    const QByteArray bytes = EpisodeFile::serialize(episode);
    double best = 1e18;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        QString problem;
        if (!SaveCheck::verify(SaveCheck::yamlPart(bytes, episode), SaveCheck::meantData(episode), &problem))
            std::printf("save check refused: %s\n", qPrintable(problem));
        best = qMin(best, t.nsecsElapsed() / 1e6);
    }
    std::printf("%-44s %10lld bytes  yaml-cpp save check %8.1f ms\n", qPrintable(label),
        static_cast<long long>(bytes.size()), best);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLatin1(argv[2]), app.arguments().mid(3));
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

    std::printf("\nLoad against libyaml's bare event parse (each in a fresh process; peak = VmHWM above the "
                "process's RSS before reading):\n");
    const QString synthetic = tmp.path() + QStringLiteral("/synthetic-100k.md");
    {
        QFile f(synthetic);
        if (!f.open(QIODevice::WriteOnly) || f.write(syntheticEpisode(100000)) < 0)
            return 1;
    }
    if (!files.isEmpty()) {
        compare(QStringLiteral("largest: ") + files.first().fileName(), { files.first().filePath() });
        QStringList all;
        for (const QFileInfo &file : std::as_const(files))
            all << file.filePath();
        compare(QStringLiteral("whole corpus (%1 files)").arg(files.size()), all);
    }
    compare(QStringLiteral("synthetic: 100,000 transcript lines"), { synthetic });
    if (!files.isEmpty()) {
        // The synthetic lines are half as long as real ones (168 bytes an item against the corpus's 333): the same
        // count made of the corpus's own items, as they are written, is the realistic case.
        const QString real = tmp.path() + QStringLiteral("/corpus-100k.md");
        QFile f(real);
        if (!f.open(QIODevice::WriteOnly) || f.write(corpusItemsEpisode(files, 100000)) < 0)
            return 1;
        f.close();
        compare(QStringLiteral("100,000 transcript lines from the corpus"), { real });
    }
    std::printf("\nThe yaml-cpp check before a save replaces the file (saves only, never while typing):\n");
    if (!files.isEmpty())
        saveCheckCost(QStringLiteral("largest: ") + files.first().fileName(), files.first().filePath());
    const QString lines100k = tmp.path() + QStringLiteral("/synthetic-19k.md");
    {
        QFile f(lines100k);
        if (!f.open(QIODevice::WriteOnly) || f.write(syntheticEpisode(19000)) < 0)
            return 1;
    }
    saveCheckCost(QStringLiteral("synthetic: 100,000 file lines"), lines100k);
    saveCheckCost(QStringLiteral("synthetic: 100,000 transcript lines"), synthetic);
    return 0;
}
