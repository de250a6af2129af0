// Owned by the captions work: import-captions, align, check, non-YAML exports. Placeholder until implemented.
#include "clicommands.h"

namespace CliCommands {

int importCaptions(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "import-captions: not implemented yet\n";
    return 3;
}

int align(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "align: not implemented yet\n";
    return 3;
}

int check(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "check: not implemented yet\n";
    return 3;
}

int exportOther(const QString &, const QString &, const QString &, QTextStream &err)
{
    err << "export: format not implemented yet\n";
    return 3;
}

} // namespace CliCommands
