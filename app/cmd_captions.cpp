// The captions commands: import-captions, align, check, and the non-YAML formats of export.
#include "clicommands.h"

#include "aligner.h"
#include "captionimport.h"
#include "episodefile.h"
#include "episodelayout.h"
#include "paragraphjoiner.h"
#include "transcriptexport.h"
#include "validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliCommands", text);
}

/** "file:line:column: error: message", leaving out what is unknown. */
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

void printError(QTextStream &err, const FileError &error)
{
    err << located(error.file, error.line, error.column, Finding::severityName(Finding::Severity::Error), error.message)
        << '\n';
}

/** Splits arguments into positionals, a value per option that takes one, and flags; false on anything unknown. */
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool parse(
        const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, QTextStream &err)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (valueOptions.contains(a)) {
                if (i + 1 >= args.size()) {
                    err << tr("Option %1 needs a value.").arg(a) << '\n';
                    return false;
                }
                values.insert(a, args.at(++i));
            } else if (flagOptions.contains(a)) {
                flags.insert(a);
            } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
                err << tr("Unknown option %1.").arg(a) << '\n';
                return false;
            } else {
                positional << a;
            }
        }
        return true;
    }

    QString value(const QString &a, const QString &b) const { return values.value(a, values.value(b)); }
};

} // namespace

namespace CliCommands {

int importCaptions(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args, { QStringLiteral("-o"), QStringLiteral("--output") }, { QStringLiteral("--join") }, err))
        return 2;
    const QString output = a.value(QStringLiteral("-o"), QStringLiteral("--output"));
    if (a.positional.size() != 1 || output.isEmpty()) {
        err << tr("Usage: transcript-editor import-captions CAPTIONS -o EPISODE.yaml [--join]") << '\n';
        return 2;
    }
    const QString input = a.positional.first();
    QList<CaptionFragment> fragments;
    FileError error;
    if (!CaptionImport::read(input, &fragments, &error)) {
        printError(err, error);
        return 1;
    }
    Episode episode = CaptionImport::toEpisode(fragments, CaptionImport::titleFromFileName(input));
    if (a.flags.contains(QStringLiteral("--join"))) {
        episode.entries = ParagraphJoiner::join(episode.entries);
        episode.assignIds();
    }
    // A Markdown target gets the site's front matter layout; anything else is a plain YAML mapping.
    EpisodeLayout::adaptToPath(&episode, output);
    if (!EpisodeFile::write(output, episode, &error)) {
        printError(err, error);
        return 1;
    }
    out << tr("Captions read: %1 (from %2); lines written: %3 (to %4)")
               .arg(fragments.size())
               .arg(input)
               .arg(episode.entries.size())
               .arg(output)
        << '\n';
    return 0;
}

int align(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args, { QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--captions") }, {}, err))
        return 2;
    const QString output = a.value(QStringLiteral("-o"), QStringLiteral("--output"));
    const QString captions = a.values.value(QStringLiteral("--captions"));
    if (a.positional.size() != 1 || output.isEmpty() || captions.isEmpty()) {
        err << tr("Usage: transcript-editor align EPISODE --captions CAPTIONS -o OUT") << '\n';
        return 2;
    }
    const QString input = a.positional.first();
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
    out << tr("Moved: %1, unchanged: %2, unplaced: %3")
               .arg(result.moved)
               .arg(result.unchanged)
               .arg(result.unplaced.size())
        << '\n';
    if (result.clamped > 0)
        out << tr("Unplaced lines moved so that times never go backwards: %1").arg(result.clamped) << '\n';
    for (const EntryId id : result.unplaced) {
        const int row = episode.rowOf(id);
        const TranscriptEntry &e = episode.entries.at(row);
        QString excerpt = e.text.simplified();
        if (excerpt.size() > 60)
            excerpt = excerpt.left(60) + QChar(0x2026);
        out << located(input, e.sourceLine, 0, tr("unplaced"), excerpt) << '\n';
    }
    out << tr("Written to %1").arg(output) << '\n';
    return 0;
}

int check(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        err << tr("Usage: transcript-editor check FILE...") << '\n';
        return 2;
    }
    bool anyError = false;
    int errors = 0, warnings = 0, infos = 0;
    for (const QString &path : args) {
        Episode episode;
        FileError error;
        if (!EpisodeFile::read(path, &episode, &error)) {
            printError(out, error);
            anyError = true;
            ++errors;
            continue;
        }
        for (const Finding &f : Validator::check(episode)) {
            out << located(path, f.fileLine, 0, Finding::severityName(f.severity), f.message) << '\n';
            switch (f.severity) {
            case Finding::Severity::Error:
                anyError = true;
                ++errors;
                break;
            case Finding::Severity::Warning:
                ++warnings;
                break;
            case Finding::Severity::Info:
                ++infos;
                break;
            }
        }
    }
    err << tr("Errors: %1, warnings: %2, notes: %3").arg(errors).arg(warnings).arg(infos) << '\n';
    return anyError ? 1 : 0;
}

int exportOther(const QString &format, const QString &input, const QString &output, QTextStream &err)
{
    TranscriptExport::Format f;
    if (!TranscriptExport::formatFromName(format, &f)) {
        err << tr("Unknown export format \"%1\" (yaml, srt, vtt, txt, md or chapters).").arg(format) << '\n';
        return 2;
    }
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(input, &episode, &error)) {
        printError(err, error);
        return 1;
    }
    if (!EpisodeFile::writeBytes(output, TranscriptExport::exportAs(episode, f), &error)) {
        printError(err, error);
        return 1;
    }
    return 0;
}

} // namespace CliCommands
