#pragma once

#include "captionimport.h"
#include "episode.h"

#include <QHash>
#include <QList>
#include <QStringList>

/**
 * "Re-time from captions": finds where each cleaned line's words start in the raw caption word stream and gives the
 * line the second of that caption fragment.
 *
 * Both texts become normalised words (lower case, no punctuation, contractions expanded, a few spoken forms
 * unified). The two word sequences are aligned monotonically: words unique to a stretch of both sequences and
 * confirmed by a neighbour are anchors (longest increasing subsequence, patience style), recursively inside the
 * gaps between anchors; gaps small enough are aligned by edit distance (insertions, deletions, substitutions).
 * Nothing is ever quadratic over the whole recording. A line starts at the caption word of its first aligned word,
 * moved back over words of the line that the alignment skipped, and over whole filler fragments ("Um,") just
 * before it. Lines with too few matching words are not placed and keep their time, clamped so that times never go
 * backwards.
 */
class Aligner
{
public:
    struct Result
    {
        /** New `sec` for every line whose start changes (placed lines that moved, clamped unplaced lines). */
        QHash<EntryId, qint64> seconds;
        QList<EntryId> unplaced; ///< lines whose words were not found, in order
        int moved = 0; ///< placed lines whose second changed (or that had none)
        int unchanged = 0; ///< placed lines that already had the found second
        int clamped = 0; ///< unplaced lines moved only so that times never go backwards
    };

    static Result align(const QList<TranscriptEntry> &entries, const QList<CaptionFragment> &captions);

    /** The normalised words alignment compares: "It's OK, don't!" -> it is okay do not. */
    static QStringList words(const QString &text);
};
