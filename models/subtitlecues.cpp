#include "subtitlecues.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

int joinedLength(const QStringList &words, int from, int to) // [from, to)
{
    int length = 0;
    for (int i = from; i < to; ++i)
        length += words.at(i).size() + (i > from ? 1 : 0);
    return length;
}

bool endsSentence(const QString &word)
{
    QString w = word;
    // Closing quotes and brackets after the stop still end the sentence: `"Right."`, `(yes!)`.
    while (!w.isEmpty() && QStringLiteral("\"')]\u201d\u2019").contains(w.back()))
        w.chop(1);
    return w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char('?')) || w.endsWith(QLatin1Char('!'))
        || w.endsWith(QChar(0x2026));
}

bool endsClause(const QString &word)
{
    return word.endsWith(QLatin1Char(',')) || word.endsWith(QLatin1Char(';')) || word.endsWith(QLatin1Char(':'))
        || word == QLatin1String("-") || word == QLatin1String("--") || word == QString(QChar(0x2014))
        || word == QString(QChar(0x2013));
}

/** Words that should not end a line: a line break reads best before them, not after. */
bool isWeakEnd(const QString &word)
{
    static const QStringList weak = { QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"),
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("of"), QStringLiteral("to"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("I"), QStringLiteral("my"), QStringLiteral("your") };
    return weak.contains(word, Qt::CaseInsensitive);
}

} // namespace

QStringList SubtitleCues::layout(const QStringList &words)
{
    if (words.isEmpty())
        return {};
    const int total = joinedLength(words, 0, words.size());
    if (total <= MaxLineLength)
        return { words.join(QLatin1Char(' ')) };
    // Two lines: of every break that fits, the one after punctuation, then the most balanced (a slightly longer
    // bottom line is preferred, the BBC's "pyramid"), never after an article or a conjunction when avoidable.
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (int cut = 1; cut < words.size(); ++cut) {
        const int top = joinedLength(words, 0, cut);
        const int bottom = total - top - 1;
        if (top > MaxLineLength || bottom > MaxLineLength)
            continue;
        const QString &last = words.at(cut - 1);
        double score = std::abs(top - bottom) + (top > bottom ? 2 : 0);
        if (endsSentence(last))
            score -= 30;
        else if (endsClause(last))
            score -= 20;
        else if (isWeakEnd(last))
            score += 15;
        if (score < bestScore) {
            bestScore = score;
            best = cut;
        }
    }
    if (best < 0)
        return {};
    return { QStringList(words.mid(0, best)).join(QLatin1Char(' ')),
        QStringList(words.mid(best)).join(QLatin1Char(' ')) };
}

QList<QStringList> SubtitleCues::split(const QString &text)
{
    // simplified(): the same white space (Unicode spaces included) that the joined cues are compared against.
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<QStringList> result;
    int start = 0;
    while (start < words.size()) {
        // The longest run of words from `start` that fits in one cue.
        int end = start;
        while (end < words.size() && !layout(words.mid(start, end + 1 - start)).isEmpty())
            ++end;
        if (end == start) { // a single word longer than a line
            result.append({ words.at(start) });
            ++start;
            continue;
        }
        if (end < words.size()) {
            // The cue is full before the paragraph ends: cut it at the last sentence end, else at the last clause
            // boundary, as long as that leaves a cue worth reading; else as late as possible.
            const int capacity = MaxLineLength * MaxLines;
            int cut = -1;
            for (int i = end; i > start && cut < 0; --i) {
                if (endsSentence(words.at(i - 1)) && joinedLength(words, start, i) >= capacity / 5)
                    cut = i;
            }
            for (int i = end; i > start && cut < 0; --i) {
                if (endsClause(words.at(i - 1)) && joinedLength(words, start, i) >= capacity / 3)
                    cut = i;
            }
            // No boundary to cut at: when the rest of the sentence fits in one more cue, cut where the two cues
            // come out balanced, so the sentence ends with a cue instead of spilling a few words into the next.
            if (cut < 0) {
                int sentenceEnd = end;
                while (sentenceEnd < words.size() && !endsSentence(words.at(sentenceEnd - 1)))
                    ++sentenceEnd;
                int best = -1, bestDifference = std::numeric_limits<int>::max();
                for (int i = end; i > start; --i) {
                    if (layout(words.mid(i, sentenceEnd - i)).isEmpty())
                        break; // from here on the rest no longer fits in one cue
                    int difference = std::abs(joinedLength(words, start, i) - joinedLength(words, i, sentenceEnd));
                    if (isWeakEnd(words.at(i - 1)))
                        difference += 10;
                    if (difference < bestDifference) {
                        bestDifference = difference;
                        best = i;
                    }
                }
                cut = best;
            }
            if (cut > start)
                end = cut;
        }
        result.append(layout(words.mid(start, end - start)));
        start = end;
    }
    return result;
}

QList<SubtitleCues::Cue> SubtitleCues::timed(const QStringList &segments, qint64 startMs, qint64 endMs)
{
    QList<Cue> cues;
    for (int s = 0; s < segments.size(); ++s) {
        for (const QStringList &lines : split(segments.at(s))) {
            Cue cue;
            cue.segment = s;
            cue.lines = lines;
            cues.append(cue);
        }
    }
    const int n = int(cues.size());
    if (n == 0)
        return cues;
    const qint64 span = std::max<qint64>(endMs - startMs, 0);

    // Shares by characters; cues below the minimum get the minimum and the rest is shared out again among the
    // others (a few rounds settle it). When the span cannot give everyone the minimum, all get equal time.
    QList<double> weight(n), share(n, 0.0);
    for (int i = 0; i < n; ++i)
        weight[i] = std::max<qsizetype>(cues.at(i).text().size(), 1);
    if (span < n * MinDurationMs) {
        std::fill(share.begin(), share.end(), double(span) / n);
    } else {
        QList<bool> fixed(n, false);
        for (bool changed = true; changed;) {
            changed = false;
            double rest = double(span), restWeight = 0;
            for (int i = 0; i < n; ++i) {
                if (fixed.at(i))
                    rest -= MinDurationMs;
                else
                    restWeight += weight.at(i);
            }
            for (int i = 0; i < n; ++i) {
                if (fixed.at(i)) {
                    share[i] = MinDurationMs;
                    continue;
                }
                share[i] = rest * weight.at(i) / restWeight;
                if (share.at(i) < MinDurationMs) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
    }
    double at = double(startMs);
    for (int i = 0; i < n; ++i) {
        Cue &cue = cues[i];
        cue.startMs = qint64(std::llround(at));
        at += share.at(i);
        const qint64 slotEnd = i + 1 == n ? endMs : qint64(std::llround(at));
        // A short cue in a long silence leaves the screen after MaxDurationMs instead of staying to the next line.
        cue.endMs = std::max(cue.startMs, std::min(slotEnd, cue.startMs + MaxDurationMs));
    }
    return cues;
}
