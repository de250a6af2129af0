#include "timelinelayout.h"

#include "transcriptmodel.h"

#include <algorithm>

namespace {
/** Length of the last block when the audio's duration is not known. */
constexpr qint64 LastBlockWithoutAudioMs = 10000;
} // namespace

void TimelineLayout::rebuild(const TranscriptModel &model, const QStringList &speakerOrder, qint64 durationMs)
{
    m_blocks.clear();
    m_markers.clear();
    m_lanes = speakerOrder;
    m_untimed = 0;
    const int rows = model.rowCount();
    m_blockOfRow.assign(std::size_t(rows), -1);
    bool noSpeakerLane = false;
    std::vector<int> pendingHeaders;

    for (int row = 0; row < rows; ++row) {
        const TranscriptEntry &entry = model.entry(row);
        if (entry.isHeader()) {
            pendingHeaders.push_back(row);
            continue;
        }
        if (!entry.seconds) {
            ++m_untimed;
            continue;
        }
        const qint64 start = *entry.seconds * 1000;
        if (!m_blocks.empty())
            m_blocks.back().endMs = start;
        for (int header : pendingHeaders)
            m_markers.push_back(Marker { header, start });
        pendingHeaders.clear();
        const QString speaker = entry.speaker.value_or(QString());
        if (speaker.isEmpty())
            noSpeakerLane = true;
        else if (!m_lanes.contains(speaker))
            m_lanes << speaker;
        m_blocks.push_back(Block { row, start, start, 0 });
    }
    if (!m_blocks.empty()) {
        Block &last = m_blocks.back();
        last.endMs = durationMs > last.startMs ? durationMs : last.startMs + LastBlockWithoutAudioMs;
    }
    m_endMs = std::max(durationMs, m_blocks.empty() ? qint64(0) : m_blocks.back().endMs);
    for (int header : pendingHeaders)
        m_markers.push_back(Marker { header, m_endMs });
    if (noSpeakerLane)
        m_lanes << QString();
    for (Block &block : m_blocks)
        block.lane = m_lanes.indexOf(model.entry(block.row).speaker.value_or(QString()));

    // Sorted by start (stable, so equal starts keep row order); times that go backwards get a zero-length block.
    std::stable_sort(
        m_blocks.begin(), m_blocks.end(), [](const Block &a, const Block &b) { return a.startMs < b.startMs; });
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) { return a.ms < b.ms; });
    m_longestMs = 0;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        Block &block = m_blocks[i];
        block.endMs = std::max(block.endMs, block.startMs);
        m_longestMs = std::max(m_longestMs, block.endMs - block.startMs);
        m_blockOfRow[std::size_t(block.row)] = int(i);
    }
}

int TimelineLayout::blockOfRow(int row) const
{
    return row >= 0 && row < int(m_blockOfRow.size()) ? m_blockOfRow[std::size_t(row)] : -1;
}

std::pair<int, int> TimelineLayout::visibleRange(qint64 fromMs, qint64 toMs) const
{
    const auto byStart = [](const Block &block, qint64 ms) { return block.startMs < ms; };
    const auto first = std::lower_bound(m_blocks.begin(), m_blocks.end(), fromMs - m_longestMs, byStart);
    const auto last = std::lower_bound(first, m_blocks.end(), toMs, byStart);
    return { int(first - m_blocks.begin()), int(last - m_blocks.begin()) };
}

std::pair<int, int> TimelineLayout::visibleMarkers(qint64 fromMs, qint64 toMs) const
{
    const auto byMs = [](const Marker &marker, qint64 ms) { return marker.ms < ms; };
    const auto first = std::lower_bound(m_markers.begin(), m_markers.end(), fromMs, byMs);
    const auto last = std::lower_bound(first, m_markers.end(), toMs, byMs);
    return { int(first - m_markers.begin()), int(last - m_markers.begin()) };
}
