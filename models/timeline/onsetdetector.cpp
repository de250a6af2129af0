#include "onsetdetector.h"

#include "peakpyramid.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>

std::vector<OnsetDetector::Onset> OnsetDetector::detect(const PeakPyramid &peaks, const Params &params)
{
    std::vector<Onset> onsets;
    if (peaks.isEmpty() || peaks.sampleRate() <= 0)
        return onsets;
    const double samplesPerFrame = peaks.sampleRate() * params.frameMs / 1000.0;
    const int frames = int(double(peaks.sampleCount()) / samplesPerFrame);
    if (frames < 2)
        return onsets;
    std::vector<PeakPair> pairs(static_cast<std::size_t>(frames));
    peaks.columns(0, samplesPerFrame, frames, pairs.data());
    std::vector<int> envelope(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i)
        envelope[std::size_t(i)] = std::max(std::abs(int(pairs[std::size_t(i)].min)), int(pairs[std::size_t(i)].max));

    std::vector<int> sorted = envelope;
    const auto percentile = [&sorted](double p) {
        const std::size_t k = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())));
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(k), sorted.end());
        return sorted[k];
    };
    const int floor = percentile(0.10);
    const int loud = percentile(0.95);
    if (loud <= floor)
        return onsets;
    const double low = floor + params.lowFraction * (loud - floor);
    const double high = floor + params.highFraction * (loud - floor);
    const int minSilenceFrames = std::max(1, params.minSilenceMs / params.frameMs);
    const int confirmFrames = std::max(1, 150 / params.frameMs);

    int silentRun = 0;
    bool started = false; // before the first sound, the start of the file counts as silence
    for (int i = 0; i < frames; ++i) {
        if (envelope[std::size_t(i)] < low) {
            ++silentRun;
            continue;
        }
        if (silentRun >= minSilenceFrames || (!started && i > 0 && silentRun == i)) {
            bool confirmed = false;
            for (int k = i; k < std::min(frames, i + confirmFrames) && !confirmed; ++k)
                confirmed = envelope[std::size_t(k)] >= high;
            if (confirmed)
                onsets.push_back(Onset { qint64(i) * params.frameMs, qint64(silentRun) * params.frameMs });
        }
        started = true;
        silentRun = 0;
    }
    return onsets;
}

std::optional<qint64> OnsetDetector::snap(
    const std::vector<Onset> &onsets, qint64 ms, qint64 windowMs, qint64 lowMs, qint64 highMs)
{
    const qint64 from = std::max(ms - windowMs, lowMs);
    const qint64 to = std::min(ms + windowMs, highMs);
    auto it = std::lower_bound(
        onsets.begin(), onsets.end(), from, [](const Onset &onset, qint64 value) { return onset.ms < value; });
    std::optional<qint64> best;
    qint64 bestSilence = -1;
    qint64 bestDistance = 0;
    for (; it != onsets.end() && it->ms <= to; ++it) {
        const qint64 distance = std::abs(it->ms - ms);
        if (it->silenceBeforeMs > bestSilence || (it->silenceBeforeMs == bestSilence && distance < bestDistance)) {
            best = it->ms;
            bestSilence = it->silenceBeforeMs;
            bestDistance = distance;
        }
    }
    return best;
}

qint64 OnsetDetector::edgeSeconds(const std::vector<Onset> &onsets, qint64 dropMs, std::optional<qint64> previousSec,
    std::optional<qint64> nextSec, bool toSpeech)
{
    constexpr qint64 EarlyToleranceMs = 50;
    constexpr qint64 Far = std::numeric_limits<qint64>::max() / 4;
    qint64 sec = (std::max<qint64>(dropMs, 0) + 500) / 1000;
    if (toSpeech) {
        const qint64 from = previousSec ? (*previousSec + 1) * 1000 - EarlyToleranceMs : 0;
        const qint64 to = nextSec ? *nextSec * 1000 - EarlyToleranceMs - 1 : Far;
        if (std::optional<qint64> onset = snap(onsets, dropMs, SnapWindowMs, from, to))
            sec = (*onset + EarlyToleranceMs) / 1000;
    }
    const qint64 low = previousSec.value_or(0);
    const qint64 high = std::max(low, nextSec.value_or(Far));
    return std::clamp(sec, low, high);
}
