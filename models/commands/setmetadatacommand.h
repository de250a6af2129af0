#pragma once

#include "episode.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <optional>

class Document;

/**
 * Sets one top-level metadata value. Undo puts back the whole old field (its original text included) or removes a
 * key that did not exist. Edits of the same key within two seconds merge into one undo step (typing in a field).
 */
class SetMetadataCommand : public QUndoCommand
{
public:
    SetMetadataCommand(Document *document, const QString &key, const QVariant &value);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void restoreOld();

    Document *m_document;
    QString m_key;
    QVariant m_value;
    std::optional<MetadataField> m_old;
    int m_oldIndex = -1;
    QElapsedTimer m_lastEdit;
};
