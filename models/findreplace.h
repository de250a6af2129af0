#pragma once

#include <QList>
#include <QPair>
#include <QString>

class TranscriptModel;

/** What to look for. Plain patterns match literally; regex patterns use QRegularExpression (Perl) syntax. */
struct FindOptions
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = false;
    bool inText = true; ///< line texts and header titles
    bool inSpeakers = false; ///< speaker names
};

/** One match: row, column (TranscriptModel::SpeakerColumn or TextColumn), character position and length. */
struct FindMatch
{
    int row = -1;
    int column = -1;
    int position = 0;
    int length = 0;
};

/**
 * Find and replace over a TranscriptModel. Matches are ordered by row, then speaker before text (the order of the
 * columns), then position. Replacing goes through TranscriptModel::setTexts, so "replace all" is one undo step.
 * Regex replacements expand \0..\9 and $0..$9 (and ${name}) to captured groups; "\\" and "$$" give a literal
 * backslash or dollar. Plain replacements are literal.
 */
class FindReplace
{
public:
    /** An empty string when the options can be searched with, else why not (e.g. the regex error). */
    static QString validate(const FindOptions &options);

    /** (position, length) of every match in one string. Empty matches are skipped. */
    static QList<QPair<int, int>> matches(const QString &text, const FindOptions &options);
    /** Every match in the model, in order. */
    static QList<FindMatch> matches(const TranscriptModel *model, const FindOptions &options);

    /**
     * The next match from a cursor, wrapping around the end (or the start, backwards); -1 when there is none.
     * The cursor is row `fromRow` and, when `position` is non-null and *position >= 0, that character position in
     * the column `*column` (TextColumn when `column` is null or negative): forwards finds matches starting at or
     * after it (pass the end of the previous match to go on), backwards matches starting before it. Without a
     * position, forwards starts at the beginning of `fromRow` and backwards at its end. On success the row is
     * returned and *position, *length, *column (when non-null) describe the match.
     */
    static int findNext(const TranscriptModel *model, const FindOptions &options, int fromRow, bool backwards,
        int *position, int *length, int *column = nullptr);

    /** `text` with every match replaced; *count (if non-null) gets the number of replacements. */
    static QString replaceIn(
        const QString &text, const FindOptions &options, const QString &replacement, int *count = nullptr);

    /** Replaces every match in one undo step; returns the number of replacements (0 pushes nothing). */
    static int replaceAll(TranscriptModel *model, const FindOptions &options, const QString &replacement);
};
