#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class TranscriptModel;

/**
 * Where the rows of a transcript go on the timeline: one lane per speaker (in the speaker list's order, then a lane
 * for lines without a speaker when there are any), one block per timed line from its `sec` to the next timed line's
 * `sec` (the last one to the end of the audio), and a marker per header at the start of the first timed line after
 * it. Lines without a time have no block; they are counted.
 *
 * Blocks are kept sorted by start so that painting and hit testing touch only the blocks in view (a binary search
 * widened by the longest block, since times that go backwards make some blocks overlap others).
 */
class TimelineLayout
{
public:
    struct Block
    {
        int row;
        qint64 startMs;
        qint64 endMs;
        int lane;
    };
    struct Marker
    {
        int row;
        qint64 ms;
    };

    /** Rebuilds from the model; `speakerOrder` gives the lanes' order; `durationMs` (0 = unknown) ends the last block.
     */
    void rebuild(const TranscriptModel &model, const QStringList &speakerOrder, qint64 durationMs);

    const std::vector<Block> &blocks() const { return m_blocks; }
    const std::vector<Marker> &markers() const { return m_markers; }
    /** Lane names; "" is the lane of lines without a speaker. */
    const QStringList &lanes() const { return m_lanes; }
    int laneOf(const QString &speaker) const { return m_lanes.indexOf(speaker); }
    /** Index into blocks() of the row's block, or -1 (header, untimed line, unknown row). */
    int blockOfRow(int row) const;
    int untimedLines() const { return m_untimed; }
    /** The end of the last block (the timeline's length). */
    qint64 endMs() const { return m_endMs; }
    /** Indices [first, last) of blocks() that may overlap [fromMs, toMs). */
    std::pair<int, int> visibleRange(qint64 fromMs, qint64 toMs) const;
    /** Markers overlapping [fromMs, toMs) as indices [first, last) into markers() (sorted by time). */
    std::pair<int, int> visibleMarkers(qint64 fromMs, qint64 toMs) const;

private:
    std::vector<Block> m_blocks;
    std::vector<Marker> m_markers;
    std::vector<int> m_blockOfRow;
    QStringList m_lanes;
    int m_untimed = 0;
    qint64 m_endMs = 0;
    qint64 m_longestMs = 0;
};
