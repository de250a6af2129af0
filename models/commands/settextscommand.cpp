#include "settextscommand.h"

#include "transcriptmodel.h"

#include <QSet>

SetTextsCommand::SetTextsCommand(TranscriptModel *model, const QHash<EntryId, QString> &texts,
    const QHash<EntryId, QString> &speakers, const QString &text)
    : TranscriptCommand(model, text)
{
    QSet<EntryId> ids;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        ids.insert(it.key());
    for (auto it = speakers.cbegin(); it != speakers.cend(); ++it)
        ids.insert(it.key());
    for (EntryId id : ids) {
        const int row = model->rowOfId(id);
        if (row < 0)
            continue;
        const TranscriptEntry &e = model->entry(row);
        TranscriptEntry after = e;
        const auto t = texts.constFind(id);
        if (t != texts.constEnd())
            after.text = t.value();
        const auto s = speakers.constFind(id);
        if (s != speakers.constEnd() && e.isLine())
            after.speaker = s.value().isEmpty() ? std::nullopt : std::optional<QString>(s.value());
        if (after.sameValues(e))
            continue;
        after.touch();
        addChange(e, after);
    }
}
