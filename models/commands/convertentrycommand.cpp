#include "convertentrycommand.h"

#include <QCoreApplication>

ConvertEntryCommand::ConvertEntryCommand(TranscriptModel *model, const TranscriptEntry &entry)
    : TranscriptCommand(model,
        entry.isLine() ? QCoreApplication::translate("TranscriptCommand", "Turn line into header")
                       : QCoreApplication::translate("TranscriptCommand", "Turn header into line"))
{
    TranscriptEntry after;
    after.id = entry.id;
    after.kind = entry.isLine() ? TranscriptEntry::Kind::Header : TranscriptEntry::Kind::Line;
    after.text = entry.text;
    after.trailer = entry.trailer;
    after.sourceLine = entry.sourceLine;
    after.touch();
    addChange(entry, after);
}
