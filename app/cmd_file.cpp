// Owned by the file-engine work: `save` and `export`. Placeholder until implemented.
#include "clicommands.h"

namespace CliCommands {

int save(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "save: not implemented yet\n";
    return 3;
}

int exportFile(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "export: not implemented yet\n";
    return 3;
}

} // namespace CliCommands
