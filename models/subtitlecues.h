#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Splits transcript paragraphs into readable subtitle cues, after the Netflix (English) and BBC subtitle
 * guidelines: at most two lines of at most 42 characters, a cue breaks at a sentence end first, then at a clause
 * boundary (, ; : and dashes), then between words; inside a cue the line break prefers punctuation and balanced
 * lines. A single word longer than a line (a URL) gets a cue of its own.
 *
 * Timing: the paragraph's span (its start to the next timed line) is shared out by characters, each cue lasts at
 * least MinDurationMs when the span allows it and at most MaxDurationMs; cues never overlap and never leave the
 * span.
 */
class SubtitleCues
{
public:
    static constexpr int MaxLineLength = 42;
    static constexpr int MaxLines = 2;
    /** Netflix's minimum is 5/6 s; a full second reads better for podcast speech. */
    static constexpr qint64 MinDurationMs = 1000;
    /** Netflix's maximum display time; longer only when the span holds a single short cue. */
    static constexpr qint64 MaxDurationMs = 7000;

    /** One cue of a paragraph: its lines and where it sits in time. */
    struct Cue
    {
        int segment = 0; ///< index of the text in the list given to timed()
        QStringList lines;
        qint64 startMs = 0;
        qint64 endMs = 0;

        QString text() const { return lines.join(QLatin1Char(' ')); }
    };

    /**
     * The text (white space simplified) as cues of at most MaxLines lines of at most MaxLineLength characters;
     * joining all lines with single spaces gives the simplified text back.
     */
    static QList<QStringList> split(const QString &text);

    /**
     * The cues of several texts spoken one after the other between `startMs` and `endMs` (several transcript lines
     * that share one start second). Start times never decrease; each cue ends at or before the next one's start.
     */
    static QList<Cue> timed(const QStringList &segments, qint64 startMs, qint64 endMs);

    /** The lines of `words` in one cue (one line, or two broken at the best place); empty when they do not fit. */
    static QStringList layout(const QStringList &words);
};
