// The captions commands: import-captions, align, and the non-YAML formats of export.
#include "clicommands.h"

#include "aligner.h"
#include "captionimport.h"
#include "commandline.h"
#include "episodefile.h"
#include "episodelayout.h"
#include "paragraphjoiner.h"
#include "transcriptexport.h"
#include "validator.h"

#include <QCommandLineParser>

namespace {

void printError(QTextStream &err, const FileError &error)
{
    err << CliCommands::located(
        error.file, error.line, error.column, Finding::severityName(Finding::Severity::Error), error.message)
        << '\n';
}

} // namespace

namespace CliCommands {

QString located(const QString &file, int line, int column, const QString &severity, const QString &message)
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + severity + QLatin1String(": ") + message;
}

int importCaptions(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CAPTIONS"),
        QStringLiteral("Raw captions (one 'M:SS text' per line, as copied from YouTube), SRT or WebVTT."));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The episode to write: .md gets front matter, anything else plain YAML."),
        QStringLiteral("EPISODE"));
    const QCommandLineOption joinOption(
        QStringLiteral("join"), QStringLiteral("Join caption fragments into paragraphs at sentence ends."));
    parser.addOptions({ outputOption, joinOption });
    const auto r = CommandLine::parse(parser, QStringLiteral("import-captions"),
        QStringLiteral("Turn captions into a new episode, one line per caption (or per paragraph with --join)."),
        QStringLiteral("  transcript-editor import-captions captions.txt -o episode.yaml\n"
                       "  transcript-editor import-captions talk.srt -o talk.md --join\n"),
        args, out, err);
    if (!r.proceed)
        return r.exitCode;
    const QString output = parser.value(outputOption);
    if (parser.positionalArguments().size() != 1 || output.isEmpty())
        return CommandLine::usageError(
            QStringLiteral("import-captions"), QStringLiteral("Needs one CAPTIONS file and -o EPISODE."), err);
    const QString input = parser.positionalArguments().first();
    QList<CaptionFragment> fragments;
    FileError error;
    if (!CaptionImport::read(input, &fragments, &error)) {
        printError(err, error);
        return 1;
    }
    Episode episode = CaptionImport::toEpisode(fragments, CaptionImport::titleFromFileName(input));
    if (parser.isSet(joinOption)) {
        episode.entries = ParagraphJoiner::join(episode.entries);
        episode.assignIds();
    }
    // A Markdown target gets the site's front matter layout; anything else is a plain YAML mapping.
    EpisodeLayout::adaptToPath(&episode, output);
    if (!EpisodeFile::write(output, episode, &error)) {
        printError(err, error);
        return 1;
    }
    out << QStringLiteral("Captions read: %1 (from %2); lines written: %3 (to %4)")
               .arg(fragments.size())
               .arg(input)
               .arg(episode.entries.size())
               .arg(output)
        << '\n';
    return 0;
}

int align(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EPISODE"), QStringLiteral("The episode whose lines get new times."));
    const QCommandLineOption captionsOption(QStringLiteral("captions"),
        QStringLiteral("Timed captions of the same audio (M:SS text, SRT or WebVTT)."), QStringLiteral("CAPTIONS"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Where to write the re-timed episode (may be EPISODE itself)."), QStringLiteral("OUT"));
    parser.addOptions({ captionsOption, outputOption });
    const auto r = CommandLine::parse(parser, QStringLiteral("align"),
        QStringLiteral("Re-time every line of an episode from where its words start in the captions; lines that "
                       "cannot be placed are listed."),
        QStringLiteral("  transcript-editor align episode.md --captions captions.txt -o episode.md\n"), args, out, err);
    if (!r.proceed)
        return r.exitCode;
    const QString output = parser.value(outputOption);
    const QString captions = parser.value(captionsOption);
    if (parser.positionalArguments().size() != 1 || output.isEmpty() || captions.isEmpty())
        return CommandLine::usageError(
            QStringLiteral("align"), QStringLiteral("Needs one EPISODE, --captions CAPTIONS and -o OUT."), err);
    const QString input = parser.positionalArguments().first();
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(input, &episode, &error)) {
        printError(err, error);
        return 1;
    }
    QList<CaptionFragment> fragments;
    if (!CaptionImport::read(captions, &fragments, &error)) {
        printError(err, error);
        return 1;
    }
    const Aligner::Result result = Aligner::align(episode.entries, fragments);
    for (TranscriptEntry &e : episode.entries) {
        const auto it = result.seconds.constFind(e.id);
        if (it != result.seconds.constEnd())
            e.setSeconds(*it);
    }
    if (!EpisodeFile::write(output, episode, &error)) {
        printError(err, error);
        return 1;
    }
    out << QStringLiteral("Moved: %1, unchanged: %2, unplaced: %3")
               .arg(result.moved)
               .arg(result.unchanged)
               .arg(result.unplaced.size())
        << '\n';
    if (result.clamped > 0)
        out << QStringLiteral("Unplaced lines moved so that times never go backwards: %1").arg(result.clamped) << '\n';
    for (const EntryId id : result.unplaced) {
        const int row = episode.rowOf(id);
        const TranscriptEntry &e = episode.entries.at(row);
        QString excerpt = e.text.simplified();
        if (excerpt.size() > 60)
            excerpt = excerpt.left(60) + QChar(0x2026);
        out << located(input, e.sourceLine, 0, QStringLiteral("unplaced"), excerpt) << '\n';
    }
    out << QStringLiteral("Written to %1").arg(output) << '\n';
    return 0;
}

int exportOther(
    const QString &format, const QString &input, const QString &output, QTextStream &err, bool paragraphCues)
{
    TranscriptExport::Format f;
    if (!TranscriptExport::formatFromName(format, &f)) {
        err << QStringLiteral("Unknown export format \"%1\" (yaml, srt, vtt, txt, md or chapters).").arg(format)
            << '\n';
        return 2;
    }
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(input, &episode, &error)) {
        printError(err, error);
        return 1;
    }
    if (!EpisodeFile::writeBytes(output,
            TranscriptExport::exportAs(
                episode, f, paragraphCues ? TranscriptExport::Cues::Paragraph : TranscriptExport::Cues::Readable),
            &error)) {
        printError(err, error);
        return 1;
    }
    return 0;
}

} // namespace CliCommands
