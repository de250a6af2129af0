#include "peakpyramid.h"

#include <algorithm>
#include <cmath>

namespace {
inline void widen(PeakPair &into, const PeakPair &other)
{
    into.min = std::min(into.min, other.min);
    into.max = std::max(into.max, other.max);
}
} // namespace

PeakPyramid::PeakPyramid(int sampleRate, int baseSamplesPerPeak)
    : m_sampleRate(sampleRate), m_baseSpp(std::max(1, baseSamplesPerPeak)), m_levels(1)
{
}

PeakPyramid PeakPyramid::fromBase(
    int sampleRate, int baseSamplesPerPeak, qint64 sampleCount, std::vector<PeakPair> base)
{
    PeakPyramid pyramid(sampleRate, baseSamplesPerPeak);
    pyramid.m_sampleCount = sampleCount;
    pyramid.m_partialCount = int(sampleCount % pyramid.m_baseSpp);
    pyramid.m_levels[0] = std::move(base);
    pyramid.propagate(0);
    return pyramid;
}

qint64 PeakPyramid::samplesPerPeak(int level) const
{
    qint64 spp = m_baseSpp;
    for (int i = 0; i < level; ++i)
        spp *= LevelFactor;
    return spp;
}

void PeakPyramid::append(const qint16 *samples, qsizetype count)
{
    if (count <= 0)
        return;
    std::vector<PeakPair> &base = m_levels[0];
    const std::size_t firstChanged = m_partialCount > 0 ? base.size() - 1 : base.size();
    qsizetype i = 0;
    while (i < count) {
        if (m_partialCount == 0)
            base.push_back(PeakPair { samples[i], samples[i] });
        PeakPair &pair = base.back();
        const qsizetype take = std::min<qsizetype>(count - i, m_baseSpp - m_partialCount);
        qint16 lo = pair.min;
        qint16 hi = pair.max;
        for (qsizetype k = 0; k < take; ++k) {
            const qint16 s = samples[i + k];
            lo = s < lo ? s : lo;
            hi = s > hi ? s : hi;
        }
        pair.min = lo;
        pair.max = hi;
        i += take;
        m_partialCount = int((m_partialCount + take) % m_baseSpp);
    }
    m_sampleCount += count;
    propagate(firstChanged);
}

void PeakPyramid::padTo(qint64 sampleIndex)
{
    static const qint16 zeros[4096] = {};
    while (m_sampleCount < sampleIndex)
        append(zeros, qsizetype(std::min<qint64>(sampleIndex - m_sampleCount, 4096)));
}

void PeakPyramid::propagate(std::size_t fromIndex)
{
    // Recompute the pairs of each upper level that cover changed pairs below; the last one may be partial and is
    // recomputed again when more samples arrive.
    std::size_t changed = fromIndex;
    for (std::size_t level = 0;; ++level) {
        const std::vector<PeakPair> &below = m_levels[level];
        if (below.size() <= 1 || (below.size() <= 2048 && level + 1 >= m_levels.size()))
            break;
        if (level + 1 >= m_levels.size()) {
            m_levels.emplace_back();
            changed = 0;
        }
        std::vector<PeakPair> &above = m_levels[level + 1];
        const std::vector<PeakPair> &src = m_levels[level];
        const std::size_t first = changed / LevelFactor;
        const std::size_t size = (src.size() + LevelFactor - 1) / LevelFactor;
        above.resize(size);
        for (std::size_t j = first; j < size; ++j) {
            const std::size_t a = j * LevelFactor;
            const std::size_t b = std::min(src.size(), a + LevelFactor);
            PeakPair pair = src[a];
            for (std::size_t k = a + 1; k < b; ++k)
                widen(pair, src[k]);
            above[j] = pair;
        }
        changed = first;
    }
}

PeakPair PeakPyramid::range(qint64 first, qint64 count) const
{
    PeakPair out;
    columns(double(first), double(count), 1, &out);
    return out;
}

void PeakPyramid::columns(double firstSample, double samplesPerColumn, int columns, PeakPair *out) const
{
    if (columns <= 0)
        return;
    // The coarsest level whose pairs are no wider than a column.
    int level = 0;
    while (level + 1 < levelCount() && samplesPerPeak(level + 1) <= samplesPerColumn)
        ++level;
    const std::vector<PeakPair> &pairs = m_levels[std::size_t(level)];
    const double spp = double(samplesPerPeak(level));
    const qint64 size = qint64(pairs.size());
    for (int c = 0; c < columns; ++c) {
        const double s0 = firstSample + c * samplesPerColumn;
        const double s1 = s0 + samplesPerColumn;
        qint64 i0 = qint64(std::floor(s0 / spp));
        qint64 i1 = std::max(i0 + 1, qint64(std::ceil(s1 / spp)));
        i0 = std::max<qint64>(i0, 0);
        i1 = std::min(i1, size);
        if (i0 >= i1 || s1 <= 0 || s0 >= double(m_sampleCount)) {
            out[c] = PeakPair();
            continue;
        }
        PeakPair pair = pairs[std::size_t(i0)];
        for (qint64 i = i0 + 1; i < i1; ++i)
            widen(pair, pairs[std::size_t(i)]);
        out[c] = pair;
    }
}
