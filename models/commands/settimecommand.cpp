#include "settimecommand.h"

#include <QCoreApplication>

SetTimeCommand::SetTimeCommand(TranscriptModel *model, const TranscriptEntry &entry, std::optional<qint64> seconds)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Change time"))
{
    TranscriptEntry after = entry;
    after.setSeconds(seconds);
    if (!entry.sameValues(after))
        addChange(entry, after);
}
