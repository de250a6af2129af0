// `save` and `export`: the command-line face of EpisodeFile, using exactly the editor's read and write paths.
#include "clicommands.h"

#include "episodefile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct FileArgs
{
    QString input;
    QString output;
    QString format;
};

/** Parses "EPISODE -o OUT [--format F]"; on a usage error prints it and returns false. */
bool parseArgs(const QStringList &args, bool allowFormat, const QString &command, FileArgs *result, QTextStream &err)
{
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](const QString &name, QString *target) {
            if (i + 1 >= args.size()) {
                err << tr("%1: %2 needs a value.").arg(command, name) << '\n';
                return false;
            }
            *target = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (!value(arg, &result->output))
                return false;
        } else if (arg.startsWith(QLatin1String("--output="))) {
            result->output = arg.mid(9);
        } else if (allowFormat && arg == QLatin1String("--format")) {
            if (!value(arg, &result->format))
                return false;
        } else if (allowFormat && arg.startsWith(QLatin1String("--format="))) {
            result->format = arg.mid(9);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            err << tr("%1: unknown option \"%2\".").arg(command, arg) << '\n';
            return false;
        } else {
            positional << arg;
        }
    }
    if (positional.size() != 1 || result->output.isEmpty()) {
        err << tr("Usage: transcript-editor %1 EPISODE -o OUT%2")
                   .arg(command, allowFormat ? QStringLiteral(" [--format yaml|srt|vtt|txt|md|chapters]") : QString())
            << '\n';
        return false;
    }
    result->input = positional.first();
    return true;
}

bool readEpisode(const QString &path, Episode *episode, QTextStream &err)
{
    FileError error;
    if (EpisodeFile::read(path, episode, &error))
        return true;
    err << error.toString() << '\n';
    return false;
}

} // namespace

namespace CliCommands {

int save(const QStringList &args, QTextStream &, QTextStream &err)
{
    FileArgs a;
    if (!parseArgs(args, false, QStringLiteral("save"), &a, err))
        return 2;
    Episode episode;
    if (!readEpisode(a.input, &episode, err))
        return 1;
    FileError error;
    if (!EpisodeFile::write(a.output, episode, &error)) {
        err << error.toString() << '\n';
        return 1;
    }
    return 0;
}

int exportFile(const QStringList &args, QTextStream &, QTextStream &err)
{
    FileArgs a;
    if (!parseArgs(args, true, QStringLiteral("export"), &a, err))
        return 2;
    QString format = a.format.toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(a.output).suffix().toLower();
        if (suffix == QLatin1String("srt") || suffix == QLatin1String("vtt") || suffix == QLatin1String("txt"))
            format = suffix;
        else
            format = QStringLiteral("yaml");
    }
    static const QStringList others = { QStringLiteral("srt"), QStringLiteral("vtt"), QStringLiteral("txt"),
        QStringLiteral("md"), QStringLiteral("chapters") };
    if (others.contains(format))
        return exportOther(format, a.input, a.output, err);
    if (format != QLatin1String("yaml") && format != QLatin1String("yml")) {
        err << tr("export: unknown format \"%1\"; use yaml, srt, vtt, txt, md or chapters.").arg(a.format) << '\n';
        return 2;
    }
    Episode episode;
    if (!readEpisode(a.input, &episode, err))
        return 1;
    FileError error;
    if (!EpisodeFile::exportCanonical(a.output, episode, &error)) {
        err << error.toString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace CliCommands
