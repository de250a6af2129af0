#include "aligner.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

// Gaps with at most this many cells (caption words x line words) are aligned by full edit distance.
constexpr qint64 DpCellLimit = 4'000'000;

void appendWord(QStringList *out, QString word)
{
    while (word.startsWith(QLatin1Char('\'')))
        word.remove(0, 1);
    while (word.endsWith(QLatin1Char('\'')))
        word.chop(1);
    if (word.isEmpty())
        return;
    // Contractions are expanded on both sides, so "it's" in the captions meets "it is" in the cleaned line.
    // Possessives become "x is" on both sides alike, which is harmless.
    static const QHash<QString, QStringList> special = {
        { QStringLiteral("can't"), { QStringLiteral("can"), QStringLiteral("not") } },
        { QStringLiteral("cannot"), { QStringLiteral("can"), QStringLiteral("not") } },
        { QStringLiteral("won't"), { QStringLiteral("will"), QStringLiteral("not") } },
        { QStringLiteral("shan't"), { QStringLiteral("shall"), QStringLiteral("not") } },
        { QStringLiteral("let's"), { QStringLiteral("let"), QStringLiteral("us") } },
        { QStringLiteral("gonna"), { QStringLiteral("going"), QStringLiteral("to") } },
        { QStringLiteral("wanna"), { QStringLiteral("want"), QStringLiteral("to") } },
        { QStringLiteral("gotta"), { QStringLiteral("got"), QStringLiteral("to") } },
        { QStringLiteral("ok"), { QStringLiteral("okay") } },
        { QStringLiteral("alright"), { QStringLiteral("all"), QStringLiteral("right") } },
    };
    const auto it = special.constFind(word);
    if (it != special.constEnd()) {
        *out << *it;
        return;
    }
    static const std::pair<const char *, const char *> suffixes[] = {
        { "n't", "not" },
        { "'re", "are" },
        { "'ve", "have" },
        { "'ll", "will" },
        { "'d", "would" },
        { "'m", "am" },
        { "'s", "is" },
    };
    for (const auto &[suffix, expansion] : suffixes) {
        const QLatin1String s(suffix);
        if (word.size() > s.size() && word.endsWith(s)) {
            QString base = word.left(word.size() - s.size());
            base.remove(QLatin1Char('\''));
            *out << base << QLatin1String(expansion);
            return;
        }
    }
    word.remove(QLatin1Char('\''));
    if (!word.isEmpty())
        *out << word;
}

bool isFiller(const QString &word)
{
    static const QSet<QString> fillers
        = { QStringLiteral("um"), QStringLiteral("uh"), QStringLiteral("er"), QStringLiteral("erm"),
              QStringLiteral("hmm"), QStringLiteral("mm"), QStringLiteral("ah"), QStringLiteral("uhm") };
    return fillers.contains(word);
}

/** The word alignment: two id sequences and, per line word, the identical caption word it was matched to. */
class WordAligner
{
public:
    WordAligner(const std::vector<int> &a, const std::vector<int> &b) : m_a(a), m_b(b), m_exact(b.size(), -1) { }

    void run() { alignRange(0, int(m_a.size()), 0, int(m_b.size())); }
    /** Caption word index of an identical caption word, or -1. */
    const std::vector<int> &exact() const { return m_exact; }

private:
    void match(int i, int j) { m_exact[j] = i; }

    void alignRange(int a0, int a1, int b0, int b1)
    {
        while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0])
            match(a0++, b0++);
        while (a0 < a1 && b0 < b1 && m_a[a1 - 1] == m_b[b1 - 1])
            match(--a1, --b1);
        if (a0 >= a1 || b0 >= b1)
            return;
        if (qint64(a1 - a0) * qint64(b1 - b0) <= DpCellLimit) {
            editDistance(a0, a1, b0, b1);
            return;
        }
        const std::vector<std::pair<int, int>> anchors = uniqueAnchors(a0, a1, b0, b1);
        // No word is unique to both stretches: they are not the same text; leave them unaligned.
        int ia = a0, ib = b0;
        for (const auto &[i, j] : anchors) {
            alignRange(ia, i, ib, j);
            match(i, j);
            ia = i + 1;
            ib = j + 1;
        }
        if (!anchors.empty())
            alignRange(ia, a1, ib, b1);
    }

    /** Words occurring once in each stretch, kept where they form the longest increasing run (patience diff). */
    std::vector<std::pair<int, int>> uniqueAnchors(int a0, int a1, int b0, int b1) const
    {
        QHash<int, std::pair<int, int>> inA, inB; // word -> (count, position)
        for (int i = a0; i < a1; ++i) {
            auto &c = inA[m_a[i]];
            ++c.first;
            c.second = i;
        }
        for (int j = b0; j < b1; ++j) {
            auto &c = inB[m_b[j]];
            ++c.first;
            c.second = j;
        }
        std::vector<std::pair<int, int>> candidates;
        for (int i = a0; i < a1; ++i) {
            const auto ca = inA.value(m_a[i]);
            if (ca.first != 1)
                continue;
            const auto cb = inB.value(m_a[i], { 0, -1 });
            if (cb.first == 1)
                candidates.emplace_back(i, cb.second);
        }
        std::vector<std::pair<int, int>> lis = longestIncreasing(candidates);
        // A unique word whose neighbours differ on both sides may be a coincidence; prefer confirmed anchors.
        std::vector<std::pair<int, int>> confirmed;
        for (const auto &[i, j] : lis) {
            const bool before = i > a0 && j > b0 && m_a[i - 1] == m_b[j - 1];
            const bool after = i + 1 < a1 && j + 1 < b1 && m_a[i + 1] == m_b[j + 1];
            if (before || after)
                confirmed.emplace_back(i, j);
        }
        return confirmed.empty() ? lis : confirmed;
    }

    /** Candidates sorted by caption position; returns the longest subsequence increasing in line position. */
    static std::vector<std::pair<int, int>> longestIncreasing(const std::vector<std::pair<int, int>> &c)
    {
        std::vector<int> tails; // index into c of the smallest tail of each run length
        std::vector<int> previous(c.size(), -1);
        for (int k = 0; k < int(c.size()); ++k) {
            const auto pos = std::lower_bound(
                tails.begin(), tails.end(), c[k].second, [&](int t, int value) { return c[t].second < value; });
            if (pos != tails.begin())
                previous[k] = *(pos - 1);
            if (pos == tails.end())
                tails.push_back(k);
            else
                *pos = k;
        }
        std::vector<std::pair<int, int>> run;
        for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = previous[k])
            run.push_back(c[k]);
        std::reverse(run.begin(), run.end());
        return run;
    }

    /** Levenshtein alignment of a small gap (substitutions let changed words keep their neighbours in place). */
    void editDistance(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0, m = b1 - b0;
        enum : std::uint8_t { Diagonal, Up, Left };
        std::vector<std::uint8_t> from(size_t(n + 1) * size_t(m + 1));
        std::vector<int> prev(m + 1), cur(m + 1);
        for (int j = 0; j <= m; ++j) {
            prev[j] = j;
            from[j] = Left;
        }
        for (int i = 1; i <= n; ++i) {
            cur[0] = i;
            from[size_t(i) * (m + 1)] = Up;
            const int ai = m_a[a0 + i - 1];
            for (int j = 1; j <= m; ++j) {
                int best = prev[j - 1] + (ai == m_b[b0 + j - 1] ? 0 : 1);
                std::uint8_t dir = Diagonal;
                if (prev[j] + 1 < best) {
                    best = prev[j] + 1;
                    dir = Up;
                }
                if (cur[j - 1] + 1 < best) {
                    best = cur[j - 1] + 1;
                    dir = Left;
                }
                cur[j] = best;
                from[size_t(i) * (m + 1) + j] = dir;
            }
            std::swap(prev, cur);
        }
        int i = n, j = m;
        while (i > 0 && j > 0) {
            const std::uint8_t dir = from[size_t(i) * (m + 1) + j];
            if (dir == Diagonal) {
                const int ia = a0 + i - 1, jb = b0 + j - 1;
                if (m_a[ia] == m_b[jb])
                    match(ia, jb);
                --i;
                --j;
            } else if (dir == Up) {
                --i;
            } else {
                --j;
            }
        }
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<int> m_exact;
};

} // namespace

QStringList Aligner::words(const QString &text)
{
    QStringList out;
    QString word;
    for (QChar c : text) {
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            c = QLatin1Char('\'');
        if (c.isLetterOrNumber() || c == QLatin1Char('\'')) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            appendWord(&out, word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        appendWord(&out, word);
    return out;
}

Aligner::Result Aligner::align(const QList<TranscriptEntry> &entries, const QList<CaptionFragment> &captions)
{
    QHash<QString, int> dictionary;
    auto idOf = [&dictionary](const QString &w) {
        const auto it = dictionary.constFind(w);
        if (it != dictionary.constEnd())
            return *it;
        const int id = int(dictionary.size());
        dictionary.insert(w, id);
        return id;
    };

    // Caption words, each with its fragment (whose start second is the word's time).
    std::vector<int> a, aFragment;
    std::vector<bool> aFiller;
    for (int f = 0; f < captions.size(); ++f) {
        for (const QString &w : words(captions.at(f).text)) {
            a.push_back(idOf(w));
            aFragment.push_back(f);
            aFiller.push_back(isFiller(w));
        }
    }
    // Line words, each remembering its entry; lineStart/lineEnd bound every entry's words.
    std::vector<int> b;
    std::vector<int> lineStart(entries.size(), 0), lineEnd(entries.size(), 0);
    for (int e = 0; e < entries.size(); ++e) {
        lineStart[e] = int(b.size());
        if (entries.at(e).isLine()) {
            for (const QString &w : words(entries.at(e).text))
                b.push_back(idOf(w));
        }
        lineEnd[e] = int(b.size());
    }

    WordAligner aligner(a, b);
    aligner.run();
    const std::vector<int> &exact = aligner.exact();

    // Place each line: its start is a caption word index after everything earlier lines used.
    std::vector<qint64> placed(entries.size(), -1);
    int used = -1; // last caption word matched exactly by an earlier line
    int trailing = 0; // words of the previous line after its last exact match
    for (int e = 0; e < entries.size(); ++e) {
        if (!entries.at(e).isLine())
            continue;
        const int js = lineStart[e], je = lineEnd[e];
        int exactCount = 0, firstExact = -1, lastExact = -1;
        for (int j = js; j < je; ++j) {
            if (exact[j] >= 0) {
                ++exactCount;
                if (firstExact < 0)
                    firstExact = j;
                lastExact = j;
            }
        }
        // Short lines need one matching word, longer ones a fair share: substitutions alone prove nothing.
        const int words = je - js;
        const int needed = words <= 3 ? 1 : std::max(2, (words * 3 + 9) / 10);
        if (words == 0 || exactCount < needed) {
            if (lastExact >= 0) {
                used = std::max(used, exact[lastExact]);
                trailing = je - lastExact - 1;
            } else {
                trailing += words;
            }
            continue;
        }
        // The caption words between the previous line's last exact word and this line's first one hold the
        // previous line's tail and this line's head. The line starts at the fragment start (or the word right
        // after the previous line) that splits them best by number; fillers do not count, they were cleaned away.
        // On a tie the later start wins, as a person timing a line skips an "Um," before it.
        const int ie = exact[firstExact];
        const int head = firstExact - js;
        int gapWords = 0;
        for (int p = used + 1; p < ie; ++p)
            gapWords += aFiller[p] ? 0 : 1;
        int s = ie, bestCost = INT_MAX, count = 0;
        for (int p = ie; p > used; --p) {
            if (p < ie && !aFiller[p])
                ++count;
            const bool candidate = p == used + 1 || p == 0 || aFragment[p - 1] != aFragment[p];
            const int cost = std::abs(count - head) + std::abs(gapWords - count - trailing);
            if (candidate && cost < bestCost) {
                bestCost = cost;
                s = p;
            }
        }
        placed[e] = captions.at(aFragment[s]).startMs / 1000;
        used = exact[lastExact];
        trailing = je - lastExact - 1;
    }

    // The second of the next placed line after each entry, for clamping unplaced lines in one pass.
    std::vector<qint64> nextPlaced(entries.size() + 1, -1);
    for (int e = int(entries.size()) - 1; e >= 0; --e)
        nextPlaced[e] = placed[e] >= 0 ? placed[e] : nextPlaced[e + 1];

    Result result;
    // Unplaced lines keep their second unless it would run backwards against a neighbour.
    qint64 previous = -1;
    for (int e = 0; e < entries.size(); ++e) {
        const TranscriptEntry &entry = entries.at(e);
        if (!entry.isLine())
            continue;
        if (placed[e] >= 0) {
            if (entry.seconds == placed[e]) {
                ++result.unchanged;
            } else {
                ++result.moved;
                result.seconds.insert(entry.id, placed[e]);
            }
            previous = placed[e];
            continue;
        }
        result.unplaced.append(entry.id);
        if (!entry.seconds)
            continue;
        const qint64 next = nextPlaced[e + 1];
        qint64 sec = std::max(*entry.seconds, previous);
        if (next >= 0)
            sec = std::min(sec, next);
        if (sec != *entry.seconds) {
            ++result.clamped;
            result.seconds.insert(entry.id, sec);
        }
        previous = sec;
    }
    return result;
}
