// `save` and `export`: the command-line face of EpisodeFile, using exactly the editor's read and write paths.
#include "clicommands.h"

#include "commandline.h"
#include "episodefile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

bool readEpisode(const QString &path, Episode *episode, QTextStream &err)
{
    FileError error;
    if (EpisodeFile::read(path, episode, &error))
        return true;
    err << error.toString() << '\n';
    return false;
}

QCommandLineOption outputOption(const QString &what)
{
    return QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") }, what, QStringLiteral("OUT"));
}

} // namespace

namespace CliCommands {

int save(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EPISODE"), QStringLiteral("The episode to read (.md or .yaml)."));
    const QCommandLineOption output = outputOption(QStringLiteral("Where to write it (may be EPISODE itself)."));
    parser.addOption(output);
    const auto r = CommandLine::parse(parser, QStringLiteral("save"),
        QStringLiteral("Read an episode and write it back through the editor's own code: an unchanged file comes out "
                       "byte for byte the same."),
        QStringLiteral("  transcript-editor save episode.md -o /tmp/episode.md\n"), args, out, err);
    if (!r.proceed)
        return r.exitCode;
    if (parser.positionalArguments().size() != 1 || parser.value(output).isEmpty())
        return CommandLine::usageError(QStringLiteral("save"), QStringLiteral("Needs one EPISODE and -o OUT."), err);

    Episode episode;
    if (!readEpisode(parser.positionalArguments().first(), &episode, err))
        return 1;
    FileError error;
    if (!EpisodeFile::write(parser.value(output), episode, &error)) {
        err << error.toString() << '\n';
        return 1;
    }
    return 0;
}

int exportFile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EPISODE"), QStringLiteral("The episode to read (.md or .yaml)."));
    const QCommandLineOption output = outputOption(QStringLiteral("The file to write."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("yaml (canonical YAML), srt, vtt, txt, md or chapters. Default: from the extension of OUT "
                       "(.srt, .vtt, .txt), else yaml."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption cuesOption(QStringLiteral("cues"),
        QStringLiteral("For srt and vtt: 'readable' (default) splits long paragraphs into cues of at most two lines "
                       "of about 42 characters; 'paragraph' writes one cue per transcript line."),
        QStringLiteral("MODE"), QStringLiteral("readable"));
    parser.addOptions({ output, formatOption, cuesOption });
    const auto r = CommandLine::parse(parser, QStringLiteral("export"),
        QStringLiteral("Write the episode as canonical YAML or in another format."),
        QStringLiteral("  transcript-editor export episode.md -o episode.yaml\n"
                       "  transcript-editor export episode.md -o episode.srt\n"
                       "  transcript-editor export episode.md -o episode.vtt --cues paragraph\n"
                       "  transcript-editor export episode.md -o chapters.txt --format chapters\n"),
        args, out, err);
    if (!r.proceed)
        return r.exitCode;
    if (parser.positionalArguments().size() != 1 || parser.value(output).isEmpty())
        return CommandLine::usageError(QStringLiteral("export"), QStringLiteral("Needs one EPISODE and -o OUT."), err);
    const QString input = parser.positionalArguments().first();
    const QString outputPath = parser.value(output);

    const QString cues = parser.value(cuesOption).toLower();
    if (cues != QLatin1String("readable") && cues != QLatin1String("paragraph"))
        return CommandLine::usageError(QStringLiteral("export"),
            QStringLiteral("Unknown --cues '%1'; use readable or paragraph.").arg(parser.value(cuesOption)), err);

    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(outputPath).suffix().toLower();
        if (suffix == QLatin1String("srt") || suffix == QLatin1String("vtt") || suffix == QLatin1String("txt"))
            format = suffix;
        else
            format = QStringLiteral("yaml");
    }
    if (format != QLatin1String("yaml") && format != QLatin1String("yml"))
        return exportOther(format, input, outputPath, err, cues == QLatin1String("paragraph"));

    Episode episode;
    if (!readEpisode(input, &episode, err))
        return 1;
    FileError error;
    if (!EpisodeFile::exportCanonical(outputPath, episode, &error)) {
        err << error.toString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace CliCommands
