#include "commandline.h"

#include "clicommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace {

const char *const program = "transcript-editor";

/** One row per command; `transcript-editor --help` lists them in this order. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const Command commands[] = {
    { "save", "Read an episode and write it back through the editor's own code.", &CliCommands::save },
    { "export", "Write the episode as canonical YAML or as subtitles (SRT, WebVTT), text, Markdown or chapters.",
        &CliCommands::exportFile },
    { "import-captions", "Turn raw captions (M:SS text), SRT or WebVTT into a new episode.",
        &CliCommands::importCaptions },
    { "align", "Re-time every line from where its words start in the captions.", &CliCommands::align },
    { "check", "Report problems in episodes (text, GitHub annotations or JSON); exit 1 when there are errors.",
        &CliCommands::check },
    { "waveform", "Write an audio file's peaks in BBC audiowaveform's format (version 2) for peaks.js.",
        &CliCommands::waveform },
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString versionText()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + '\n';
}

/** Help text always ends with exactly one newline, whatever QCommandLineParser or the examples end with. */
QString withFinalNewline(QString text)
{
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text + QLatin1Char('\n');
}

/**
 * QCommandLineParser starts its usage line with the program path as typed (argv[0]); the command's usage reads
 * "transcript-editor COMMAND [options] ..." wherever the binary lives.
 */
QString helpText(
    const QCommandLineParser &parser, const QString &command, const QString &examples, const QString &moreHelp)
{
    QString text = parser.helpText();
    const int firstBreak = text.indexOf(QLatin1Char('\n'));
    QString usageLine = text.left(firstBreak);
    const QString argv0 = QCoreApplication::arguments().value(0);
    const QString prefix = QStringLiteral("Usage: ");
    QString name = QLatin1String(program);
    if (!command.isEmpty())
        name += QLatin1Char(' ') + command;
    if (usageLine.startsWith(prefix + argv0))
        usageLine = prefix + name + usageLine.mid(prefix.size() + argv0.size());
    text = usageLine + text.mid(firstBreak);
    if (!moreHelp.isEmpty())
        text = withFinalNewline(text) + QLatin1Char('\n') + moreHelp;
    if (!examples.isEmpty())
        text = withFinalNewline(text) + QLatin1String("\nExamples:\n") + examples;
    return withFinalNewline(text);
}

QString commandList()
{
    int width = 0;
    for (const Command &c : commands)
        width = std::max(width, int(qstrlen(c.name)));
    QString text = QStringLiteral("Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -width).arg(QLatin1String(c.summary));
    text += QStringLiteral("\nRun 'transcript-editor COMMAND --help' for a command's options and examples.\n");
    return text;
}

/** `transcript-editor --help`, `--version`, `help [COMMAND]`. */
int runTopLevel(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) == QLatin1String("help")) {
        // "help export" is "export --help".
        if (args.size() > 1) {
            if (const Command *c = findCommand(args.at(1)))
                return c->run({ QStringLiteral("--help") }, out, err);
            return CommandLine::usageError(QString(), QStringLiteral("Unknown command '%1'.").arg(args.at(1)), err);
        }
        return runTopLevel({ QStringLiteral("--help") }, out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Transcript Editor: edit podcast transcripts (episode files with "
                                                    "YAML front matter) in a window or from the command line."));
    parser.addPositionalArgument(QStringLiteral("EPISODE"), QStringLiteral("Open the editor on this file."),
        QStringLiteral("[EPISODE | COMMAND [ARGS...]]"));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version."));
    parser.addOption(version);
    const QString examples = QStringLiteral("  transcript-editor episode.md\n"
                                            "  transcript-editor check _podcast/*.md\n"
                                            "  transcript-editor export episode.md -o episode.srt\n");
    const CommandLine::ParseResult r
        = CommandLine::parse(parser, QString(), QString(), examples, args, out, err, commandList());
    if (!r.proceed)
        return r.exitCode;
    if (parser.isSet(version)) {
        out << versionText();
        return 0;
    }
    // Only reached with a stray argument after --help/--version handling ("transcript-editor -v foo").
    return CommandLine::usageError(QString(), QStringLiteral("Unknown command '%1'.").arg(args.value(0)), err);
}

} // namespace

namespace CommandLine {

bool isCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    // Other options go to QApplication (-platform, -style ...) as they always did.
    static const QStringList topLevel = { QStringLiteral("help"), QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("-v"), QStringLiteral("--version") };
    return topLevel.contains(first) || findCommand(first);
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const Command *c = findCommand(args.value(0)))
        return c->run(args.mid(1), out, err);
    return runTopLevel(args, out, err);
}

ParseResult parse(QCommandLineParser &parser, const QString &command, const QString &description,
    const QString &examples, const QStringList &args, QTextStream &out, QTextStream &err, const QString &moreHelp)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!description.isEmpty())
        parser.setApplicationDescription(description);
    // "-o x" and "-ox" both work; long options need two dashes (so "-format" is an error, not "-f -o -r ...").
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const bool ok = parser.parse(QStringList { QString::fromLatin1(program) } + args);
    // --help wins over any other mistake on the line, as in most tools.
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h")) || (ok && parser.isSet(help))) {
        out << helpText(parser, command, examples, moreHelp);
        return { false, 0 };
    }
    if (!ok)
        return { false, usageError(command, parser.errorText(), err) };
    return { true, 0 };
}

int usageError(const QString &command, const QString &message, QTextStream &err)
{
    const QString name
        = command.isEmpty() ? QString::fromLatin1(program) : QLatin1String(program) + QLatin1Char(' ') + command;
    err << name << ": " << message << '\n' << "Try '" << name << " --help' for more information.\n";
    return UsageError;
}

} // namespace CommandLine
