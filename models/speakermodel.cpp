#include "speakermodel.h"

#include "transcriptmodel.h"

#include <QSet>

#include <algorithm>

SpeakerModel::SpeakerModel(TranscriptModel *transcript, QObject *parent)
    : QAbstractListModel(parent), m_transcript(transcript)
{
    connect(transcript, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(transcript, &TranscriptModel::speakerCountsChanged, this, &SpeakerModel::applyDelta);
    connect(transcript, &TranscriptModel::speakerRenamed, this, &SpeakerModel::onRenamed);
    rebuild();
}

QList<QColor> SpeakerModel::palette()
{
    // Ten colours that stay apart from each other on light and dark backgrounds (Tableau 10).
    static const QList<QColor> colors = {
        QColor(0x4e, 0x79, 0xa7),
        QColor(0xf2, 0x8e, 0x2b),
        QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2),
        QColor(0x59, 0xa1, 0x4f),
        QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1),
        QColor(0xff, 0x9d, 0xa7),
        QColor(0x9c, 0x75, 0x5f),
        QColor(0xba, 0xb0, 0xac),
    };
    return colors;
}

void SpeakerModel::rebuild()
{
    m_speakers.clear();
    m_rememberedSlot.clear();
    QHash<QString, int> rowOfName;
    for (const TranscriptEntry &e : m_transcript->episode().entries) {
        if (!e.isLine() || !e.speaker || e.speaker->isEmpty())
            continue;
        auto it = rowOfName.constFind(*e.speaker);
        if (it == rowOfName.constEnd()) {
            it = rowOfName.insert(*e.speaker, int(m_speakers.size()));
            m_speakers.append({ *e.speaker, int(m_speakers.size()), 0 });
            m_rememberedSlot.insert(*e.speaker, m_speakers.last().slot);
        }
        ++m_speakers[*it].lines;
    }
}

int SpeakerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_speakers.size());
}

QVariant SpeakerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Speaker &s = m_speakers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return s.name;
    case Qt::DecorationRole:
    case ColorRole:
        return palette().at(s.slot % palette().size());
    case NumberRole:
        return s.slot < 9 ? s.slot + 1 : 0;
    case LineCountRole:
        return s.lines;
    case Qt::ToolTipRole:
        return tr("%1: %n line(s)", nullptr, s.lines).arg(s.name);
    }
    return {};
}

QHash<int, QByteArray> SpeakerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(NumberRole, "number");
    names.insert(LineCountRole, "lineCount");
    return names;
}

QStringList SpeakerModel::names() const
{
    QStringList out;
    for (const Speaker &s : m_speakers)
        out.append(s.name);
    return out;
}

int SpeakerModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_speakers.size(); ++i) {
        if (m_speakers.at(i).name == name)
            return i;
    }
    return -1;
}

QColor SpeakerModel::colorOf(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QColor() : palette().at(m_speakers.at(row).slot % palette().size());
}

int SpeakerModel::numberOf(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 || m_speakers.at(row).slot >= 9 ? 0 : m_speakers.at(row).slot + 1;
}

QString SpeakerModel::speakerForNumber(int n) const
{
    if (n < 1 || n > 9)
        return QString();
    for (const Speaker &s : m_speakers) {
        if (s.slot == n - 1)
            return s.name;
    }
    return QString();
}

int SpeakerModel::lineCount(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? 0 : m_speakers.at(row).lines;
}

int SpeakerModel::freeSlotFor(const QString &name) const
{
    QSet<int> used;
    for (const Speaker &s : m_speakers)
        used.insert(s.slot);
    const auto remembered = m_rememberedSlot.constFind(name);
    if (remembered != m_rememberedSlot.constEnd() && !used.contains(*remembered))
        return *remembered;
    // Prefer a slot nobody absent remembers, so that undo can give an absent speaker its old slot back.
    QSet<int> reserved = used;
    for (auto it = m_rememberedSlot.cbegin(); it != m_rememberedSlot.cend(); ++it)
        reserved.insert(it.value());
    int slot = 0;
    while (reserved.contains(slot))
        ++slot;
    if (slot < 9)
        return slot;
    slot = 0;
    while (used.contains(slot))
        ++slot;
    return slot;
}

void SpeakerModel::onRenamed(const QString &from, const QString &to)
{
    const int row = rowOf(from);
    if (row >= 0 && rowOf(to) < 0)
        m_rememberedSlot.insert(to, m_speakers.at(row).slot);
}

void SpeakerModel::applyDelta(const QHash<QString, int> &delta)
{
    // Departures first, so that a slot freed by the same edit (a rename) can be taken by the newcomer;
    // names in sorted order so that two newcomers of one edit get their slots deterministically.
    QStringList keys = delta.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &name : keys) {
        const int d = delta.value(name);
        const int row = rowOf(name);
        if (d >= 0 || row < 0)
            continue;
        m_speakers[row].lines += d;
        if (m_speakers.at(row).lines > 0) {
            emit dataChanged(index(row), index(row));
            continue;
        }
        beginRemoveRows(QModelIndex(), row, row);
        m_rememberedSlot.insert(name, m_speakers.at(row).slot);
        m_speakers.removeAt(row);
        endRemoveRows();
    }
    for (const QString &name : keys) {
        const int d = delta.value(name);
        if (d <= 0)
            continue;
        const int row = rowOf(name);
        if (row >= 0) {
            m_speakers[row].lines += d;
            emit dataChanged(index(row), index(row));
            continue;
        }
        const int slot = freeSlotFor(name);
        int at = 0;
        while (at < m_speakers.size() && m_speakers.at(at).slot < slot)
            ++at;
        beginInsertRows(QModelIndex(), at, at);
        m_speakers.insert(at, { name, slot, d });
        m_rememberedSlot.insert(name, slot);
        endInsertRows();
    }
}
