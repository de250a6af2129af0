#include "commandline.h"

#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

// Synopses and summaries are translated at print time (QT_TRANSLATE_NOOP marks them for lupdate).
const Command commands[] = {
    { "save", QT_TRANSLATE_NOOP("CommandLine", "save EPISODE -o OUT"),
        QT_TRANSLATE_NOOP("CommandLine", "Read an episode and write it back through the editor's own code."),
        &CliCommands::save },
    { "export", QT_TRANSLATE_NOOP("CommandLine", "export EPISODE -o OUT [--format yaml|srt|vtt|txt|md|chapters]"),
        QT_TRANSLATE_NOOP("CommandLine",
            "Write the episode as canonical YAML (default) or another format, chosen by --format or the extension of "
            "OUT."),
        &CliCommands::exportFile },
    { "import-captions", QT_TRANSLATE_NOOP("CommandLine", "import-captions CAPTIONS -o EPISODE.yaml [--join]"),
        QT_TRANSLATE_NOOP("CommandLine", "Turn raw captions (M:SS text), SRT or WebVTT into a new episode."),
        &CliCommands::importCaptions },
    { "align", QT_TRANSLATE_NOOP("CommandLine", "align EPISODE --captions CAPTIONS -o OUT"),
        QT_TRANSLATE_NOOP("CommandLine", "Re-time every line from where its words start in the captions."),
        &CliCommands::align },
    { "check", QT_TRANSLATE_NOOP("CommandLine", "check FILE..."),
        QT_TRANSLATE_NOOP("CommandLine", "Print file:line: message for each finding; exit 1 when there are errors."),
        &CliCommands::check },
    { "waveform",
        QT_TRANSLATE_NOOP(
            "CommandLine", "waveform AUDIO -o OUT.json|OUT.dat [--pixels-per-second N | --samples-per-pixel N]"),
        QT_TRANSLATE_NOOP("CommandLine", "Write the audio's peaks in BBC audiowaveform's format (version 2)."),
        &CliCommands::waveform },
};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: transcript-editor [EPISODE]            open the editor (optionally on a file)") << '\n'
        << tr("       transcript-editor COMMAND [ARGS...]") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &c : commands)
        out << "  " << tr(c.synopsis) << "\n      " << tr(c.summary) << '\n';
    out << '\n'
        << tr("Options:") << '\n'
        << "  -h, --help      " << tr("Show this help.") << '\n'
        << "  -v, --version   " << tr("Show the version.") << '\n';
}

} // namespace

namespace CommandLine {

bool isCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("-v")
        || first == QLatin1String("--version") || first == QLatin1String("help"))
        return true;
    for (const Command &c : commands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return false;
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = args.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printHelp(out);
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const Command &c : commands) {
        if (first == QLatin1String(c.name))
            return c.run(args.mid(1), out, err);
    }
    err << tr("Unknown command \"%1\". Try --help.").arg(first) << '\n';
    return 2;
}

} // namespace CommandLine
