#pragma once

#include <QStringList>
#include <QTextStream>

/**
 * Command-line commands. Each takes the arguments after its name and returns the process exit code; errors go to
 * `err` as "file:line:column: message". They use exactly the code paths the editor uses.
 */
namespace CliCommands {

int save(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_file.cpp
int exportFile(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_file.cpp
int importCaptions(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_captions.cpp
int align(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_captions.cpp
int check(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_captions.cpp
int waveform(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_waveform.cpp
/** Non-YAML exports (srt, vtt, txt, md, chapters) for `export`; cmd_captions.cpp. */
int exportOther(const QString &format, const QString &input, const QString &output, QTextStream &err);

} // namespace CliCommands
