// `check`: the Validator's findings for one or more episodes, as text, GitHub Actions annotations or JSON.
#include "clicommands.h"

#include "commandline.h"
#include "episodefile.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/** One reported problem, whatever produced it (the reader or the Validator). */
struct Report
{
    QString file;
    int line = 0;
    int column = 0;
    Finding::Severity severity = Finding::Severity::Error;
    QString check; ///< Finding::kindId, or "unreadable" for a file that cannot be read
    QString message;
};

/** Untranslated severity names for machine-readable output. */
const char *severityId(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return "error";
    case Finding::Severity::Warning:
        return "warning";
    case Finding::Severity::Info:
        break;
    }
    return "info";
}

// Escaping as GitHub's own toolkit does it (actions/toolkit, packages/core/src/command.ts): the message escapes
// %, CR and LF; property values also escape ':' and ',', which separate properties.
QString escapeData(QString text)
{
    return text.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('\r'), QLatin1String("%0D"))
        .replace(QLatin1Char('\n'), QLatin1String("%0A"));
}

QString escapeProperty(const QString &text)
{
    return escapeData(text)
        .replace(QLatin1Char(':'), QLatin1String("%3A"))
        .replace(QLatin1Char(','), QLatin1String("%2C"));
}

/** `::error file=F,line=N::message` (`::warning`, `::notice` for info); unknown line or column left out. */
QString githubAnnotation(const Report &r)
{
    const char *command = r.severity == Finding::Severity::Error ? "error"
        : r.severity == Finding::Severity::Warning               ? "warning"
                                                                 : "notice";
    QString properties = QLatin1String("file=") + escapeProperty(r.file);
    if (r.line > 0)
        properties += QLatin1String(",line=") + QString::number(r.line);
    if (r.column > 0)
        properties += QLatin1String(",col=") + QString::number(r.column);
    properties += QLatin1String(",title=") + escapeProperty(r.check);
    return QLatin1String("::") + QLatin1String(command) + QLatin1Char(' ') + properties + QLatin1String("::")
        + escapeData(r.message);
}

QJsonObject jsonObject(const Report &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), r.file);
    o.insert(QStringLiteral("line"), r.line);
    if (r.column > 0)
        o.insert(QStringLiteral("column"), r.column);
    o.insert(QStringLiteral("severity"), QLatin1String(severityId(r.severity)));
    o.insert(QStringLiteral("check"), r.check);
    o.insert(QStringLiteral("message"), r.message);
    return o;
}

} // namespace

namespace CliCommands {

int check(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Episodes to check."), QStringLiteral("FILE..."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("text (default): 'file:line: severity: message'; github: GitHub Actions workflow "
                       "annotations (::error, ::warning, ::notice); json: an array of objects with file, line, "
                       "severity, check and message."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(formatOption);
    const auto r = CommandLine::parse(parser, QStringLiteral("check"),
        QStringLiteral("Check episodes for times that go backwards, time/sec mismatches, speaker variants, empty "
                       "lines and more. Findings go to standard output, a count to standard error; the exit code is "
                       "1 when there is any error."),
        QStringLiteral("  transcript-editor check _podcast/*.md\n"
                       "  transcript-editor check --format github _podcast/*.md   (in a GitHub Actions step)\n"
                       "  transcript-editor check --format json episode.md > findings.json\n"),
        args, out, err);
    if (!r.proceed)
        return r.exitCode;
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("text") && format != QLatin1String("github") && format != QLatin1String("json"))
        return CommandLine::usageError(QStringLiteral("check"),
            QStringLiteral("Unknown --format '%1'; use text, github or json.").arg(parser.value(formatOption)), err);
    if (parser.positionalArguments().isEmpty())
        return CommandLine::usageError(QStringLiteral("check"), QStringLiteral("Needs at least one FILE."), err);

    QList<Report> reports;
    for (const QString &path : parser.positionalArguments()) {
        Episode episode;
        FileError error;
        if (!EpisodeFile::read(path, &episode, &error)) {
            reports.append({ error.file, error.line, error.column, Finding::Severity::Error,
                QStringLiteral("unreadable"), error.message });
            continue;
        }
        for (const Finding &f : Validator::check(episode))
            reports.append({ path, f.fileLine, 0, f.severity, QLatin1String(Finding::kindId(f.kind)), f.message });
    }

    int errors = 0, warnings = 0, infos = 0;
    QJsonArray array;
    for (const Report &report : reports) {
        switch (report.severity) {
        case Finding::Severity::Error:
            ++errors;
            break;
        case Finding::Severity::Warning:
            ++warnings;
            break;
        case Finding::Severity::Info:
            ++infos;
            break;
        }
        if (format == QLatin1String("json"))
            array.append(jsonObject(report));
        else if (format == QLatin1String("github"))
            out << githubAnnotation(report) << '\n';
        else
            out << located(
                report.file, report.line, report.column, Finding::severityName(report.severity), report.message)
                << '\n';
    }
    if (format == QLatin1String("json"))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    err << QStringLiteral("Errors: %1, warnings: %2, notes: %3").arg(errors).arg(warnings).arg(infos) << '\n';
    return errors > 0 ? 1 : 0;
}

} // namespace CliCommands
