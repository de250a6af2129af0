#pragma once

#include "transcriptcommand.h"

#include <QHash>
/** Sets texts and/or speakers of many entries at once (replace all); an empty speaker removes `who`. */
class SetTextsCommand : public TranscriptCommand
{
public:
    SetTextsCommand(TranscriptModel *model, const QHash<EntryId, QString> &texts,
        const QHash<EntryId, QString> &speakers, const QString &text);
};
