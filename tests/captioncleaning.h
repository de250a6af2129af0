#pragma once

// Synthetic "cleaning" of raw captions with a known truth, shared by tst_aligner and bench_aligner: consecutive
// fragments become paragraphs of random size, and each paragraph's text is cleaned the way an editor cleans
// captions. Each paragraph remembers its true start (its first fragment's second).

#include "captionimport.h"
#include "episode.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace CaptionCleaning {

struct Case
{
    QList<TranscriptEntry> lines; ///< cleaned paragraphs without times, ids 1..n
    QHash<EntryId, qint64> truth; ///< each paragraph's first fragment second
};

inline QString bare(const QString &word)
{
    QString w;
    for (const QChar c : word.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('\''))
            w.append(c);
    }
    return w;
}

inline QStringList expandContraction(const QString &word)
{
    static const QHash<QString, QStringList> table = {
        { QStringLiteral("it's"), { QStringLiteral("it"), QStringLiteral("is") } },
        { QStringLiteral("don't"), { QStringLiteral("do"), QStringLiteral("not") } },
        { QStringLiteral("i'm"), { QStringLiteral("I"), QStringLiteral("am") } },
        { QStringLiteral("that's"), { QStringLiteral("that"), QStringLiteral("is") } },
        { QStringLiteral("can't"), { QStringLiteral("cannot") } },
        { QStringLiteral("you're"), { QStringLiteral("you"), QStringLiteral("are") } },
        { QStringLiteral("we're"), { QStringLiteral("we"), QStringLiteral("are") } },
        { QStringLiteral("they're"), { QStringLiteral("they"), QStringLiteral("are") } },
        { QStringLiteral("i've"), { QStringLiteral("I"), QStringLiteral("have") } },
        { QStringLiteral("we've"), { QStringLiteral("we"), QStringLiteral("have") } },
        { QStringLiteral("won't"), { QStringLiteral("will"), QStringLiteral("not") } },
        { QStringLiteral("isn't"), { QStringLiteral("is"), QStringLiteral("not") } },
        { QStringLiteral("doesn't"), { QStringLiteral("does"), QStringLiteral("not") } },
        { QStringLiteral("didn't"), { QStringLiteral("did"), QStringLiteral("not") } },
        { QStringLiteral("there's"), { QStringLiteral("there"), QStringLiteral("is") } },
        { QStringLiteral("what's"), { QStringLiteral("what"), QStringLiteral("is") } },
        { QStringLiteral("gonna"), { QStringLiteral("going"), QStringLiteral("to") } },
    };
    QString trail;
    QString core = word;
    while (!core.isEmpty() && !core.back().isLetterOrNumber()) {
        trail.prepend(core.back());
        core.chop(1);
    }
    const auto it = table.constFind(core.toLower());
    if (it == table.constEnd())
        return { word };
    QStringList out = *it;
    out.last() += trail;
    return out;
}

/** Cleans one paragraph's raw words; may return an empty string when only fillers were said. */
inline QString cleanText(const QStringList &rawWords, QRandomGenerator &rng)
{
    static const QStringList fillers
        = { QStringLiteral("um"), QStringLiteral("uh"), QStringLiteral("erm"), QStringLiteral("hmm") };
    static const QStringList replacements = { QStringLiteral("really"), QStringLiteral("project"),
        QStringLiteral("basically"), QStringLiteral("team"), QStringLiteral("model"), QStringLiteral("actually") };
    QStringList out;
    QString previous;
    for (const QString &raw : rawWords) {
        const QString b = bare(raw);
        if (b.isEmpty() || fillers.contains(b))
            continue;
        if (b == previous)
            continue; // a repeated word: "love who love" stays, "the the" goes
        previous = b;
        for (QString w : expandContraction(raw)) {
            const int dice = rng.bounded(100);
            if (dice < 3) {
                w = replacements.at(rng.bounded(replacements.size())); // a changed word
            } else if (dice < 4) {
                continue; // a dropped word
            } else if (dice < 5) {
                out << replacements.at(rng.bounded(replacements.size())); // an added word
            }
            if (w == QLatin1String("i"))
                w = QStringLiteral("I");
            out << w;
        }
    }
    if (out.isEmpty())
        return QString();
    QString text = out.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char('!')))
        text.append(QLatin1Char('.'));
    return text;
}

/** Paragraphs of 1..maxFragments fragments, cleaned; deterministic for a seed. */
inline Case make(const QList<CaptionFragment> &fragments, quint32 seed, int maxFragments = 15)
{
    QRandomGenerator rng(seed);
    Case c;
    EntryId id = 1;
    int i = 0;
    while (i < fragments.size()) {
        const int size = 1 + rng.bounded(maxFragments);
        QStringList raw;
        for (int k = i; k < qMin(i + size, int(fragments.size())); ++k)
            raw << fragments.at(k).text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString text = cleanText(raw, rng);
        if (!text.isEmpty()) {
            TranscriptEntry e;
            e.id = id++;
            e.text = text;
            c.truth.insert(e.id, fragments.at(i).startMs / 1000);
            c.lines.append(e);
        }
        i += size;
    }
    return c;
}

} // namespace CaptionCleaning
