#include "transcriptmodel.h"

#include "speakermodel.h"
#include "timecode.h"
#include "transcriptcommand.h"

#include "commands/convertentrycommand.h"
#include "commands/insertentriescommand.h"
#include "commands/mergelinescommand.h"
#include "commands/mergespeakercommand.h"
#include "commands/moveheadercommand.h"
#include "commands/removeentriescommand.h"
#include "commands/renamespeakercommand.h"
#include "commands/replacerangecommand.h"
#include "commands/retimecommand.h"
#include "commands/setspeakercommand.h"
#include "commands/settextcommand.h"
#include "commands/settextscommand.h"
#include "commands/settimecommand.h"
#include "commands/splitlinecommand.h"
#include "commands/swapspeakerscommand.h"

#include <QColor>
#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace {

void count(QHash<QString, int> *delta, const TranscriptEntry &e, int sign)
{
    if (e.isLine() && e.speaker && !e.speaker->isEmpty())
        (*delta)[*e.speaker] += sign;
}

} // namespace

TranscriptModel::TranscriptModel(Episode *episode, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_episode(episode), m_undoStack(undoStack)
{
}

TranscriptModel::~TranscriptModel() = default;

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_episode->entries.size()) + m_pendingDelta;
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TimeColumn:
            if (e.isHeader())
                return QString();
            if (e.time)
                return *e.time;
            return e.seconds ? Timecode::format(*e.seconds) : QString();
        case SpeakerColumn:
            return e.isLine() && e.speaker ? *e.speaker : QString();
        case TextColumn:
            return e.text;
        }
        return {};
    case EntryIdRole:
        return QVariant::fromValue(e.id);
    case KindRole:
        return int(e.kind);
    case SecondsRole:
        return e.isLine() && e.seconds ? QVariant::fromValue(*e.seconds) : QVariant();
    case SpeakerRole:
        return e.isLine() && e.speaker ? QVariant(*e.speaker) : QVariant();
    case IsHeaderRole:
        return e.isHeader();
    case TextRole:
        return e.text;
    case SpeakerColorRole:
        if (m_speakers && e.isLine() && e.speaker) {
            const QColor c = m_speakers->colorOf(*e.speaker);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case SpeakerNumberRole:
        return m_speakers && e.isLine() && e.speaker ? m_speakers->numberOf(*e.speaker) : 0;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void TranscriptModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (entry(index.row()).isLine() || index.column() == TextColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TranscriptModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    switch (index.column()) {
    case TextColumn:
        return setText(row, value.toString());
    case TimeColumn:
        return setTimeText(row, value.toString());
    case SpeakerColumn:
        return entry(row).isLine() && setSpeaker({ row }, value.toString().trimmed());
    }
    return false;
}

void TranscriptModel::resetEpisode(Episode episode)
{
    beginResetModel();
    *m_episode = std::move(episode);
    m_rowIndex.clear();
    m_shiftBase += int(m_shifts.size());
    m_shifts.clear();
    m_indexBuilt = false;
    m_timesValid = false;
    m_pending.clear();
    m_pendingDelta = 0;
    endResetModel();
}

namespace {
// After this many structural edits the log is folded into a fresh index (one O(n) pass) so lookups stay short.
constexpr size_t MaxShifts = 256;
} // namespace

void TranscriptModel::rebuildIndex() const
{
    const int rows = rowCount();
    m_shiftBase += int(m_shifts.size());
    m_shifts.clear();
    m_rowIndex.clear();
    m_rowIndex.reserve(rows);
    for (int r = 0; r < rows; ++r)
        m_rowIndex.insert(entry(r).id, { r, m_shiftBase });
    m_indexBuilt = true;
}

int TranscriptModel::rowOfId(EntryId id) const
{
    if (id == 0)
        return -1;
    if (!m_indexBuilt)
        rebuildIndex();
    auto it = m_rowIndex.find(id);
    if (it == m_rowIndex.end())
        return -1;
    const int now = m_shiftBase + int(m_shifts.size());
    int row = it->row;
    for (size_t i = size_t(it->epoch - m_shiftBase); i < m_shifts.size(); ++i) {
        if (row >= m_shifts[i].at)
            row += m_shifts[i].delta;
    }
    if (row >= 0 && row < rowCount() && entry(row).id == id) {
        *it = { row, now };
        return row;
    }
    // The log and the list disagree, which the apply functions never allow: recover with a full index.
    qWarning("TranscriptModel: id index out of step; rebuilding");
    rebuildIndex();
    it = m_rowIndex.find(id);
    return it == m_rowIndex.end() ? -1 : it->row;
}

void TranscriptModel::recordShift(int at, int delta)
{
    if (!m_indexBuilt)
        return;
    if (m_shifts.size() >= MaxShifts) {
        m_indexBuilt = false; // folded lazily at the next lookup
        m_rowIndex.clear();
        m_shiftBase += int(m_shifts.size());
        m_shifts.clear();
        return;
    }
    m_shifts.push_back({ at, delta });
}

void TranscriptModel::recordRow(EntryId id, int row)
{
    if (m_indexBuilt)
        m_rowIndex.insert(id, { row, m_shiftBase + int(m_shifts.size()) });
}

// ---- time lookups ----

void TranscriptModel::ensureTimes() const
{
    if (m_timesValid)
        return;
    m_timedRows.clear();
    m_timesMonotonic = true;
    qint64 last = -1;
    for (int r = 0, rows = rowCount(); r < rows; ++r) {
        const TranscriptEntry &e = entry(r);
        if (!e.isLine() || !e.seconds)
            continue;
        if (*e.seconds < last)
            m_timesMonotonic = false;
        last = *e.seconds;
        m_timedRows.push_back(r);
    }
    m_timesValid = true;
}

int TranscriptModel::rowAtTime(qint64 ms) const
{
    ensureTimes();
    if (m_timesMonotonic) {
        // First timed row starting after ms; the one before it is being heard.
        auto it = std::upper_bound(m_timedRows.begin(), m_timedRows.end(), ms,
            [&](qint64 t, int row) { return t < *entry(row).seconds * 1000; });
        return it == m_timedRows.begin() ? -1 : *(it - 1);
    }
    // Times go back somewhere: the last line (in file order) that has started by ms.
    for (auto it = m_timedRows.rbegin(); it != m_timedRows.rend(); ++it) {
        if (*entry(*it).seconds * 1000 <= ms)
            return *it;
    }
    return -1;
}

int TranscriptModel::nextTimedRow(int row) const
{
    if (!m_timesValid) {
        // Right after an edit a short scan beats rebuilding the whole time index: the next timed line is
        // almost always the next row or the one after a header.
        for (int r = std::max(row + 1, 0), rows = rowCount(), checked = 0; r < rows && checked < 64; ++r, ++checked) {
            if (entry(r).isLine() && entry(r).seconds)
                return r;
        }
    }
    ensureTimes();
    auto it = std::upper_bound(m_timedRows.begin(), m_timedRows.end(), row);
    return it == m_timedRows.end() ? -1 : *it;
}

std::optional<qint64> TranscriptModel::lineEndSeconds(int row) const
{
    const int next = nextTimedRow(row);
    if (next < 0)
        return std::nullopt;
    return entry(next).seconds;
}

// ---- pending multi-run edits ----

void TranscriptModel::pushPending(int pos, int delta, const QList<TranscriptEntry> *inserted)
{
    m_pendingDelta += delta;
    m_pending.push_back({ pos, delta, m_pendingDelta, inserted });
}

const TranscriptEntry &TranscriptModel::pendingEntry(int row) const
{
    const QList<TranscriptEntry> &entries = m_episode->entries;
    // Row at which an edit's rows start now: its list position moved by the edits signalled after it (above it).
    const auto start = [this](const PendingEdit &e) { return e.pos + m_pendingDelta - e.sum; };
    // Starts decrease along m_pending; the first edit starting at or above `row` is the nearest one.
    const auto it = std::partition_point(
        m_pending.cbegin(), m_pending.cend(), [&](const PendingEdit &e) { return start(e) > row; });
    if (it == m_pending.cend())
        return entries.at(row);
    const int offset = row - start(*it);
    if (it->delta < 0)
        return entries.at(it->pos - it->delta + offset);
    if (offset < it->delta)
        return it->inserted->at(offset);
    return entries.at(it->pos + offset - it->delta);
}

// ---- apply functions (commands only) ----

void TranscriptModel::applyValues(const QList<TranscriptEntry> &values)
{
    QHash<QString, int> delta;
    QList<int> rows;
    rows.reserve(values.size());
    QList<TranscriptEntry> &entries = m_episode->entries;
    for (const TranscriptEntry &v : values) {
        const int row = rowOfId(v.id);
        if (row < 0)
            continue;
        TranscriptEntry &e = entries[row];
        if (e.kind != v.kind || e.seconds != v.seconds)
            m_timesValid = false;
        count(&delta, e, -1);
        count(&delta, v, +1);
        e = v;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    // One dataChanged per contiguous run of rows keeps bulk edits cheap for views.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
    emitCountDelta(delta);
}

void TranscriptModel::applyInsert(EntryId after, const QList<TranscriptEntry> &inserted)
{
    if (inserted.isEmpty())
        return;
    const int row = after ? rowOfId(after) + 1 : 0;
    if (row < 0 || (after && row == 0))
        return;
    QHash<QString, int> delta;
    beginInsertRows(QModelIndex(), row, row + int(inserted.size()) - 1);
    QList<TranscriptEntry> &entries = m_episode->entries;
    entries.insert(row, inserted.size(), TranscriptEntry());
    recordShift(row, int(inserted.size()));
    for (int i = 0; i < inserted.size(); ++i) {
        entries[row + i] = inserted.at(i);
        recordRow(inserted.at(i).id, row + i);
        count(&delta, inserted.at(i), +1);
    }
    m_timesValid = false;
    endInsertRows();
    emitCountDelta(delta);
}

void TranscriptModel::applyInsertRuns(const QList<TranscriptCommand::Run> &runs)
{
    struct Item
    {
        int pos; // list position the run goes before
        int run;
    };
    std::vector<Item> items;
    items.reserve(size_t(runs.size()));
    bool anchorsFound = true;
    for (int i = 0; i < runs.size(); ++i) {
        if (runs.at(i).entries.isEmpty())
            continue;
        const int anchor = runs.at(i).after ? rowOfId(runs.at(i).after) : -1;
        if (runs.at(i).after && anchor < 0)
            anchorsFound = false;
        items.push_back({ anchor + 1, i });
    }
    if (!anchorsFound || items.size() < 2) {
        // One run (or anchors that only appear once other runs are in): insert one run at a time, bottom-up, so
        // an insertion never shifts the anchors still to be looked up.
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.pos > b.pos; });
        for (const Item &item : items)
            applyInsert(runs.at(item.run).after, runs.at(item.run).entries);
        return;
    }
    // Bottom-up: rows above the run being signalled are still where the list has them. A run sharing its anchor
    // with one signalled before goes above it, as a second applyInsert after the same anchor would put it.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.pos > b.pos; });
    QHash<QString, int> delta;
    QList<TranscriptEntry> &entries = m_episode->entries;
    for (size_t k = 0; k < items.size(); ++k) {
        const QList<TranscriptEntry> &inserted = runs.at(items[k].run).entries;
        const int row = items[k].pos;
        const int n = int(inserted.size());
        beginInsertRows(QModelIndex(), row, row + n - 1);
        if (k + 1 < items.size()) {
            pushPending(row, n, &inserted);
        } else {
            // The last run: build the final list in one pass from the bottom (every run is now known), after
            // which the list itself matches the rows signalled.
            m_pending.clear();
            m_pendingDelta = 0;
            qsizetype src = entries.size();
            qsizetype total = 0;
            for (const Item &item : items)
                total += runs.at(item.run).entries.size();
            entries.resize(src + total);
            TranscriptEntry *d = entries.data();
            qsizetype dst = entries.size();
            for (const Item &item : items) {
                const QList<TranscriptEntry> &run = runs.at(item.run).entries;
                dst = std::move_backward(d + item.pos, d + src, d + dst) - d;
                src = item.pos;
                dst -= run.size();
                std::copy(run.cbegin(), run.cend(), d + dst);
            }
        }
        recordShift(row, n);
        for (int i = 0; i < n; ++i) {
            recordRow(inserted.at(i).id, row + i);
            count(&delta, inserted.at(i), +1);
        }
        m_timesValid = false;
        endInsertRows();
    }
    emitCountDelta(delta);
}

void TranscriptModel::applyRemove(const QList<EntryId> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (EntryId id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Maximal runs of consecutive rows, top to bottom.
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && runs.back().second + 1 == row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    QHash<QString, int> delta;
    QList<TranscriptEntry> &entries = m_episode->entries;
    // From the bottom up, so the rows computed above stay right. Erasing each run would move the whole tail once
    // per run; instead the runs before the last (topmost) one are only recorded as pending, and the last one
    // compacts the list in a single pass.
    for (size_t k = runs.size(); k-- > 0;) {
        const int first = runs[k].first;
        const int last = runs[k].second;
        const int n = last - first + 1;
        beginRemoveRows(QModelIndex(), first, last);
        for (int r = first; r <= last; ++r) {
            count(&delta, entries.at(r), -1);
            m_rowIndex.remove(entries.at(r).id);
        }
        if (k > 0) {
            pushPending(first, -n, nullptr);
        } else if (runs.size() == 1) {
            entries.remove(first, n);
        } else {
            m_pending.clear();
            m_pendingDelta = 0;
            TranscriptEntry *d = entries.data();
            TranscriptEntry *out = d + first;
            for (size_t i = 0; i < runs.size(); ++i) {
                const int keepEnd = i + 1 < runs.size() ? runs[i + 1].first : int(entries.size());
                out = std::move(d + runs[i].second + 1, d + keepEnd, out);
            }
            entries.resize(out - d);
        }
        recordShift(last + 1, -n);
        m_timesValid = false;
        endRemoveRows();
    }
    emitCountDelta(delta);
}

void TranscriptModel::applyMove(EntryId id, EntryId after)
{
    const int from = rowOfId(id);
    const int to = after ? rowOfId(after) + 1 : 0;
    if (from < 0 || (after && to == 0) || to == from || to == from + 1)
        return;
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to))
        return;
    const int dest = to > from ? to - 1 : to;
    m_episode->entries.move(from, dest);
    // As a removal at `from` followed by an insertion at `dest`.
    recordShift(from + 1, -1);
    recordShift(dest, 1);
    recordRow(id, dest);
    m_timesValid = false;
    endMoveRows();
}

void TranscriptModel::applyRename(const QString &from, const QString &to)
{
    emit speakerRenamed(from, to);
}

void TranscriptModel::emitCountDelta(const QHash<QString, int> &delta)
{
    QHash<QString, int> changed;
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        if (it.value() != 0)
            changed.insert(it.key(), it.value());
    }
    if (!changed.isEmpty())
        emit speakerCountsChanged(changed);
}

// ---- intent API ----

bool TranscriptModel::pushCommand(TranscriptCommand *command)
{
    if (command->isEmpty()) {
        delete command;
        return false;
    }
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return true;
}

QList<int> TranscriptModel::validRows(const QList<int> &rows) const
{
    QList<int> out;
    out.reserve(rows.size());
    for (int r : rows) {
        if (r >= 0 && r < rowCount())
            out.append(r);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool TranscriptModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= rowCount() || entry(row).text == text)
        return false;
    return pushCommand(new SetTextCommand(this, entry(row), text, m_typingBurstMs));
}

bool TranscriptModel::setTimeText(int row, const QString &typed)
{
    if (row < 0 || row >= rowCount() || !entry(row).isLine())
        return false;
    if (typed.trimmed().isEmpty())
        return setSeconds(row, std::nullopt);
    const std::optional<qint64> sec = Timecode::parse(typed);
    if (!sec)
        return false;
    return setSeconds(row, sec);
}

bool TranscriptModel::setSeconds(int row, std::optional<qint64> sec)
{
    if (row < 0 || row >= rowCount() || !entry(row).isLine() || (sec && *sec < 0))
        return false;
    return pushCommand(new SetTimeCommand(this, entry(row), sec));
}

bool TranscriptModel::setSpeaker(const QList<int> &rows, const QString &name)
{
    return pushCommand(new SetSpeakerCommand(this, validRows(rows), name));
}

bool TranscriptModel::renameSpeaker(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.trimmed().isEmpty() || from == to)
        return false;
    return pushCommand(new RenameSpeakerCommand(this, from, to.trimmed()));
}

bool TranscriptModel::mergeSpeaker(const QString &from, const QString &into)
{
    if (from.isEmpty() || into.trimmed().isEmpty() || from == into)
        return false;
    return pushCommand(new MergeSpeakerCommand(this, from, into.trimmed()));
}

bool TranscriptModel::swapSpeakers(const QList<int> &rows, const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return false;
    return pushCommand(new SwapSpeakersCommand(this, validRows(rows), a, b));
}

TranscriptModel::MergeCheck TranscriptModel::checkMerge(const QList<int> &rows) const
{
    const QList<int> valid = validRows(rows);
    if (valid.size() < 2)
        return MergeCheck::TooFewRows;
    if (valid.last() - valid.first() + 1 != valid.size())
        return MergeCheck::NotConsecutive;
    for (int r : valid) {
        if (entry(r).isHeader())
            return MergeCheck::HeaderBetween;
    }
    for (int r : valid) {
        if (entry(r).speaker != entry(valid.first()).speaker)
            return MergeCheck::SpeakersDiffer;
    }
    return MergeCheck::Ok;
}

bool TranscriptModel::mergeLines(const QList<int> &rows)
{
    const MergeCheck check = checkMerge(rows);
    if (check != MergeCheck::Ok && check != MergeCheck::SpeakersDiffer)
        return false;
    return pushCommand(new MergeLinesCommand(this, validRows(rows)));
}

int TranscriptModel::splitLine(int row, int position, std::optional<qint64> atSeconds)
{
    if (row < 0 || row >= rowCount() || !entry(row).isLine())
        return -1;
    const QString &text = entry(row).text;
    if (position <= 0 || position >= text.size())
        return -1;
    if (text.left(position).trimmed().isEmpty() || text.mid(position).trimmed().isEmpty())
        return -1;
    const EntryId newId = m_episode->newEntryId();
    return pushCommand(new SplitLineCommand(this, row, position, atSeconds, newId)) ? row + 1 : -1;
}

int TranscriptModel::insertLine(int row, const TranscriptEntry &entry)
{
    if (row < 0 || row > rowCount())
        return -1;
    TranscriptEntry e = entry;
    e.id = m_episode->newEntryId();
    e.touch();
    e.trailer.clear();
    e.sourceLine = 0;
    return pushCommand(new InsertEntriesCommand(this, row, { e })) ? row : -1;
}

int TranscriptModel::insertHeader(int row, const QString &title)
{
    TranscriptEntry e;
    e.kind = TranscriptEntry::Kind::Header;
    e.text = title;
    return insertLine(row, e);
}

bool TranscriptModel::removeEntries(const QList<int> &rows)
{
    return pushCommand(new RemoveEntriesCommand(this, validRows(rows)));
}

bool TranscriptModel::convertToHeader(int row)
{
    if (row < 0 || row >= rowCount() || !entry(row).isLine())
        return false;
    return pushCommand(new ConvertEntryCommand(this, entry(row)));
}

bool TranscriptModel::convertToLine(int row)
{
    if (row < 0 || row >= rowCount() || !entry(row).isHeader())
        return false;
    return pushCommand(new ConvertEntryCommand(this, entry(row)));
}

bool TranscriptModel::moveHeader(int row, int toRow)
{
    if (row < 0 || row >= rowCount() || !entry(row).isHeader() || toRow < 0 || toRow > rowCount() || toRow == row
        || toRow == row + 1)
        return false;
    return pushCommand(new MoveHeaderCommand(this, row, toRow));
}

bool TranscriptModel::replaceRange(
    int first, int count, const QList<TranscriptEntry> &replacement, const QString &undoText)
{
    if (first < 0 || count < 0 || first + count > rowCount() || (count == 0 && replacement.isEmpty()))
        return false;
    QList<TranscriptEntry> entries = replacement;
    QHash<EntryId, int> replaced;
    for (int r = first; r < first + count; ++r)
        replaced.insert(entry(r).id, r);
    for (TranscriptEntry &e : entries) {
        // An entry keeps its id (and its original text) only when it stands for one of the replaced entries
        // unchanged; anything else is new, or edited, and is written canonically.
        const auto it = e.id ? replaced.constFind(e.id) : replaced.constEnd();
        if (it == replaced.constEnd()) {
            e.id = m_episode->newEntryId();
            e.touch();
            e.sourceLine = 0;
        } else {
            const TranscriptEntry &old = entry(it.value());
            if (!old.sameValues(e) || old.source != e.source)
                e.touch();
            replaced.erase(it);
        }
    }
    return pushCommand(new ReplaceRangeCommand(this, first, count, entries, undoText));
}

bool TranscriptModel::retime(const QHash<EntryId, qint64> &seconds, const QString &undoText)
{
    return pushCommand(new RetimeCommand(this, seconds, undoText));
}

bool TranscriptModel::setTexts(
    const QHash<EntryId, QString> &texts, const QHash<EntryId, QString> &speakers, const QString &undoText)
{
    return pushCommand(new SetTextsCommand(this, texts, speakers, undoText));
}
