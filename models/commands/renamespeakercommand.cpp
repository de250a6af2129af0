#include "renamespeakercommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

RenameSpeakerCommand::RenameSpeakerCommand(TranscriptModel *model, const QString &from, const QString &to)
    : TranscriptCommand(
        model, QCoreApplication::translate("TranscriptCommand", "Rename speaker %1 to %2").arg(from, to))
{
    const QList<TranscriptEntry> &entries = model->episode().entries;
    for (const TranscriptEntry &e : entries) {
        if (!e.isLine() || e.speaker != from)
            continue;
        TranscriptEntry after = e;
        after.speaker = to;
        after.touch();
        addChange(e, after);
    }
    if (!m_after.isEmpty()) {
        m_renameFrom = from;
        m_renameTo = to;
    }
}
