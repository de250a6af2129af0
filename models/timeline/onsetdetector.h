#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

class PeakPyramid;

/**
 * Finds speech onsets (silence followed by sound) in waveform peaks, for snapping a line's start to where its words
 * begin.
 *
 * The envelope is the peak amplitude per 10 ms frame. The noise floor and the speech level are the 10th and 95th
 * percentiles of the frames; a frame is "sound" when it is above a low threshold between the two, and a run of sound
 * counts as an onset when at least `minSilenceMs` of silence comes before it and it reaches a higher threshold within
 * 150 ms (so clicks and breaths do not count). Each onset remembers how long the silence before it was: pauses
 * between paragraphs and turns are longer than pauses between words, which is what snapping prefers.
 */
class OnsetDetector
{
public:
    struct Onset
    {
        qint64 ms = 0;
        qint64 silenceBeforeMs = 0;
    };
    struct Params
    {
        int frameMs = 10;
        int minSilenceMs = 120;
        double lowFraction = 0.04; ///< of (speech level - noise floor) above the floor
        double highFraction = 0.15;
    };

    static std::vector<Onset> detect(const PeakPyramid &peaks, const Params &params);
    static std::vector<Onset> detect(const PeakPyramid &peaks) { return detect(peaks, Params()); }

    /**
     * The onset an edge dropped at `ms` snaps to: among the onsets within `windowMs` of it and inside
     * [lowMs, highMs], the one after the longest silence (a paragraph starts after a pause; words inside it follow
     * short ones), ties going to the nearest. nullopt when there is none.
     */
    static std::optional<qint64> snap(
        const std::vector<Onset> &onsets, qint64 ms, qint64 windowMs, qint64 lowMs, qint64 highMs);

    /** How far from the drop point snapping looks for an onset. */
    static constexpr qint64 SnapWindowMs = 2000;

    /**
     * The whole second a line's start gets when its edge is dropped at `dropMs`, between `previousSec` and `nextSec`
     * (its neighbours' starts, when it has them), which it cannot pass. With `toSpeech`, the edge snaps to the onset
     * snap() chooses among those that belong to no neighbour (a neighbour owns the onsets in the second it starts
     * in), and the line gets the second that onset falls in (rounded down, like setting a time from the playhead, so
     * playing the line starts just before its words; an onset found up to 50 ms early still counts for its second).
     * Without an onset nearby, or without `toSpeech`, the drop point is rounded to the nearest second.
     */
    static qint64 edgeSeconds(const std::vector<Onset> &onsets, qint64 dropMs, std::optional<qint64> previousSec,
        std::optional<qint64> nextSec, bool toSpeech);
};
