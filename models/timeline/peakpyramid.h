#pragma once

#include <QtGlobal>

#include <vector>

/** One min/max pair of 16-bit samples. */
struct PeakPair
{
    qint16 min = 0;
    qint16 max = 0;
};

/**
 * Min/max peaks of a mono 16-bit signal at several resolutions. Level 0 holds one pair per `baseSamplesPerPeak`
 * samples; each level above combines `LevelFactor` pairs of the one below, up to a level of a few thousand pairs, so
 * any zoom paints from the coarsest level that is still at least as fine as one screen column.
 *
 * Samples are appended as they are decoded (the levels above are kept up to date incrementally, the last pair of
 * each level possibly partial), so a view can paint while a decode runs. Not thread-safe by itself: a concurrent
 * reader and writer must share a lock.
 */
class PeakPyramid
{
public:
    static constexpr int LevelFactor = 4;
    static constexpr int DefaultBaseSamplesPerPeak = 64;

    explicit PeakPyramid(int sampleRate = 0, int baseSamplesPerPeak = DefaultBaseSamplesPerPeak);
    /** A pyramid rebuilt from its level 0 (e.g. read from the cache). */
    static PeakPyramid fromBase(int sampleRate, int baseSamplesPerPeak, qint64 sampleCount, std::vector<PeakPair> base);

    int sampleRate() const { return m_sampleRate; }
    int baseSamplesPerPeak() const { return m_baseSpp; }
    qint64 sampleCount() const { return m_sampleCount; }
    qint64 durationMs() const { return m_sampleRate > 0 ? m_sampleCount * 1000 / m_sampleRate : 0; }
    bool isEmpty() const { return m_sampleCount == 0; }

    /** Appends samples after the ones already there. */
    void append(const qint16 *samples, qsizetype count);
    /** Appends silence up to (not including) sample `sampleIndex`, when the signal has a gap before it. */
    void padTo(qint64 sampleIndex);

    int levelCount() const { return int(m_levels.size()); }
    const std::vector<PeakPair> &level(int index) const { return m_levels.at(std::size_t(index)); }
    qint64 samplesPerPeak(int level) const;

    /** Min/max over the samples [first, first + count), widened to whole pairs of the level columns() picks. */
    PeakPair range(qint64 first, qint64 count) const;
    /**
     * Fills `out[0..columns)` with the min/max of consecutive spans of `samplesPerColumn` samples starting at
     * `firstSample` (which may be negative or beyond the end: those columns are 0/0). Reads the coarsest level whose
     * pairs are no wider than a column, so the cost is about `columns` times a small constant at every zoom.
     */
    void columns(double firstSample, double samplesPerColumn, int columns, PeakPair *out) const;

private:
    void propagate(std::size_t fromLevel0);

    int m_sampleRate;
    int m_baseSpp;
    qint64 m_sampleCount = 0;
    int m_partialCount = 0; ///< samples already folded into the last (partial) level-0 pair
    std::vector<std::vector<PeakPair>> m_levels;
};
