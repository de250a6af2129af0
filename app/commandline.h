#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

/**
 * Dispatches `transcript-editor COMMAND ...` to CliCommands; the GUI is started when no command is given.
 *
 * Every command owns a QCommandLineParser, so `transcript-editor COMMAND --help` prints that command's usage,
 * options and examples. Command-line output is English on purpose (scripts and CI logs parse it), so these strings
 * are not marked for translation.
 *
 * Registering a command: write `int CliCommands::foo(const QStringList &args, QTextStream &out, QTextStream &err)`
 * (args are the arguments after the command's name), declare it in clicommands.h and add one row
 * `{ "foo", "One-line summary.", &CliCommands::foo }` to the `commands` table in commandline.cpp. Inside, build a
 * QCommandLineParser and call CommandLine::parse(), which handles --help and parse errors the same way everywhere.
 */
namespace CommandLine {

/** Exit code of a usage error (unknown option, missing argument). */
constexpr int UsageError = 2;

/** Whether the arguments (without the program name) name a command or ask for help/version. */
bool isCommand(const QStringList &args);
/** Runs the command and returns the exit code. Needs a QCoreApplication. */
int run(const QStringList &args);

/** What a command's parse ended in: go on with the command, or stop with `exitCode`. */
struct ParseResult
{
    bool proceed = false;
    int exitCode = 0;
};

/**
 * Parses `args` (the arguments after `command`) with `parser`, to which it adds -h/--help. On --help it prints the
 * usage line "transcript-editor COMMAND ...", the parser's option list and `examples` to `out` (exit 0); on an error
 * it prints "transcript-editor COMMAND: <error>" and a hint to `err` (exit UsageError). `moreHelp` (sections of
 * its own) goes between the option list and the examples.
 */
ParseResult parse(QCommandLineParser &parser, const QString &command, const QString &description,
    const QString &examples, const QStringList &args, QTextStream &out, QTextStream &err,
    const QString &moreHelp = QString());

/** Prints a usage error in the same style as parse() does and returns UsageError. */
int usageError(const QString &command, const QString &message, QTextStream &err);

} // namespace CommandLine
