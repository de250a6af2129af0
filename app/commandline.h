#pragma once

#include <QStringList>

/** Dispatches `transcript-editor COMMAND ...` to CliCommands; the GUI is started when no command is given. */
namespace CommandLine {

/** Whether the arguments (without the program name) name a command or ask for help/version. */
bool isCommand(const QStringList &args);
/** Runs the command and returns the exit code. Needs a QCoreApplication. */
int run(const QStringList &args);

} // namespace CommandLine
