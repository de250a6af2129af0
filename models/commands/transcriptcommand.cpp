#include "transcriptcommand.h"

#include "transcriptmodel.h"

#include <algorithm>

TranscriptCommand::TranscriptCommand(TranscriptModel *model, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model)
{
}

void TranscriptCommand::redo()
{
    if (!m_renameFrom.isEmpty())
        m_model->applyRename(m_renameFrom, m_renameTo);
    if (!m_removed.isEmpty())
        m_model->applyRemove(idsOf(m_removed));
    insertRuns(m_inserted);
    if (!m_after.isEmpty())
        m_model->applyValues(m_after);
}

void TranscriptCommand::undo()
{
    if (!m_renameFrom.isEmpty())
        m_model->applyRename(m_renameTo, m_renameFrom);
    if (!m_before.isEmpty())
        m_model->applyValues(m_before);
    if (!m_inserted.isEmpty())
        m_model->applyRemove(idsOf(m_inserted));
    insertRuns(m_removed);
}

bool TranscriptCommand::isEmpty() const
{
    return m_after.isEmpty() && m_removed.isEmpty() && m_inserted.isEmpty();
}

void TranscriptCommand::moveEntry(EntryId id, EntryId after)
{
    m_model->applyMove(id, after);
}

void TranscriptCommand::restoreBefore()
{
    m_model->applyValues(m_before);
}

void TranscriptCommand::addChange(const TranscriptEntry &before, const TranscriptEntry &after)
{
    if (before.sameValues(after) && before.source == after.source)
        return;
    m_before.append(before);
    m_after.append(after);
}

QList<TranscriptCommand::Run> TranscriptCommand::runsOf(const TranscriptModel *model, const QList<int> &rows)
{
    QList<Run> runs;
    int previous = -2;
    for (int row : rows) {
        if (row != previous + 1) {
            Run run;
            run.after = row > 0 ? model->entry(row - 1).id : 0;
            runs.append(run);
        }
        runs.last().entries.append(model->entry(row));
        previous = row;
    }
    return runs;
}

void TranscriptCommand::insertRuns(const QList<Run> &runs)
{
    // Insert from the bottom up: an insertion never shifts the rows of anchors above it, so every anchor lookup
    // hits the part of the model's id index that is still valid.
    QList<QPair<int, int>> order; // (anchor row, run index)
    order.reserve(runs.size());
    for (int i = 0; i < runs.size(); ++i)
        order.append({ runs.at(i).after ? m_model->rowOfId(runs.at(i).after) : -1, i });
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &o : order)
        m_model->applyInsert(runs.at(o.second).after, runs.at(o.second).entries);
}

QList<EntryId> TranscriptCommand::idsOf(const QList<Run> &runs)
{
    QList<EntryId> ids;
    for (const Run &run : runs) {
        for (const TranscriptEntry &e : run.entries)
            ids.append(e.id);
    }
    return ids;
}
