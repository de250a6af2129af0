#pragma once

#include "episode.h"

#include <QList>

/**
 * Merges consecutive short lines (typically imported caption fragments) into paragraphs.
 *
 * A paragraph ends at a header, a speaker change, a pause longer than Options::maxPauseSeconds (the gap between a
 * line's estimated end and the next line's start), after a sentence end (. ? !) once the paragraph is long enough,
 * and before it would pass Options::maxChars. Each paragraph keeps the id, speaker and second of its first line.
 * Deterministic: a preview is join() and counting the result.
 */
class ParagraphJoiner
{
public:
    struct Options
    {
        int maxPauseSeconds = 2;
        int maxChars = 600;
        bool breakAtSentenceEnd = true;
        /** Sentence ends only break a paragraph once it has this many characters. */
        int minSentenceChars = 200;
    };

    static QList<TranscriptEntry> join(const QList<TranscriptEntry> &lines, const Options &options);
    static QList<TranscriptEntry> join(const QList<TranscriptEntry> &lines) { return join(lines, Options()); }

    /** Seconds a line of text takes to speak, estimated from its words (about 170 words a minute). */
    static double estimatedDuration(const QString &text);
};
