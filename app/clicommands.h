#pragma once

#include <QStringList>
#include <QTextStream>

/**
 * Command-line commands. Each takes the arguments after its name and returns the process exit code (0 done, 1 the
 * input is bad, 2 usage error); errors go to `err` as "file:line:column: message". They use exactly the code paths
 * the editor uses. Registered in the table in commandline.cpp.
 */
namespace CliCommands {

int save(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_file.cpp
int exportFile(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_file.cpp
int importCaptions(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_captions.cpp
int align(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_captions.cpp
int check(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_check.cpp
/**
 * Non-YAML exports (srt, vtt, txt, md, chapters) for `export`; `paragraphCues` writes one subtitle cue per line
 * instead of readable cues. cmd_captions.cpp.
 */
int exportOther(
    const QString &format, const QString &input, const QString &output, QTextStream &err, bool paragraphCues = false);
/** "file:line:column: severity: message", leaving out what is unknown (line or column 0). cmd_captions.cpp. */
QString located(const QString &file, int line, int column, const QString &severity, const QString &message);
int waveform(const QStringList &args, QTextStream &out, QTextStream &err); // cmd_waveform.cpp

} // namespace CliCommands
