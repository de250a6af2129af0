#include "setmetadatacommand.h"

#include "commandids.h"
#include "document.h"

#include <QCoreApplication>

namespace {
constexpr int MergeIntervalMs = 2000;
}

SetMetadataCommand::SetMetadataCommand(Document *document, const QString &key, const QVariant &value)
    : QUndoCommand(QCoreApplication::translate("TranscriptCommand", "Change %1").arg(key)),
      m_document(document),
      m_key(key),
      m_value(value)
{
    const Episode &episode = document->episode();
    m_oldIndex = episode.fieldIndex(key);
    if (m_oldIndex >= 0)
        m_old = episode.fields.at(m_oldIndex);
    m_lastEdit.start();
}

void SetMetadataCommand::redo()
{
    m_document->m_episode.setField(m_key, m_value);
    emit m_document->metadataChanged(m_key);
}

void SetMetadataCommand::restoreOld()
{
    Episode &episode = m_document->m_episode;
    const int i = episode.fieldIndex(m_key);
    if (m_old) {
        if (i >= 0)
            episode.fields[i] = *m_old;
        else
            episode.fields.insert(qBound(0, m_oldIndex, int(episode.fields.size())), *m_old);
    } else if (i >= 0) {
        episode.fields.removeAt(i);
    }
}

void SetMetadataCommand::undo()
{
    restoreOld();
    emit m_document->metadataChanged(m_key);
}

int SetMetadataCommand::id() const
{
    return CommandIds::SetMetadata;
}

bool SetMetadataCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMetadataCommand *>(other);
    if (next->m_key != m_key || m_lastEdit.elapsed() > MergeIntervalMs)
        return false;
    m_value = next->m_value;
    m_lastEdit.start();
    if (m_old && m_old->value == m_value) {
        // Back where it began: restore the original text too, as the stack drops the command without undoing it.
        restoreOld();
        setObsolete(true);
    }
    return true;
}
