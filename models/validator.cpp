#include "validator.h"

#include "timecode.h"
#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validator", text);
}

/** Letters and digits only, lower case: "Theo:" and "theo" are the same name. */
QString nameKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/** Line counts per speaker, and the order of first appearance. */
struct SpeakerCounts
{
    QHash<QString, int> count;
    QStringList order;
    int total = 0;

    explicit SpeakerCounts(const Episode &episode)
    {
        for (const TranscriptEntry &e : episode.entries) {
            if (!e.isLine() || !e.speaker)
                continue;
            if (!count.contains(*e.speaker))
                order << *e.speaker;
            ++count[*e.speaker];
            ++total;
        }
    }
};

Finding make(const TranscriptEntry &e, Finding::Severity severity, Finding::Kind kind, const QString &message,
    bool fixable = false, const QString &suggestion = QString())
{
    Finding f;
    f.severity = severity;
    f.kind = kind;
    f.entry = e.id;
    f.fileLine = e.sourceLine;
    f.message = message;
    f.fixable = fixable;
    f.suggestion = suggestion;
    return f;
}

} // namespace

QStringList Validator::mainSpeakers(const Episode &episode)
{
    const SpeakerCounts counts(episode);
    // A main speaker holds at least a tenth of the spoken lines (and three lines): host and guests, not slips.
    const int threshold = std::max(3, (counts.total + 9) / 10);
    QStringList main;
    for (const QString &name : counts.order) {
        if (counts.count.value(name) >= threshold)
            main << name;
    }
    std::stable_sort(main.begin(), main.end(),
        [&](const QString &a, const QString &b) { return counts.count.value(a) > counts.count.value(b); });
    return main;
}

QList<Finding> Validator::check(const Episode &episode)
{
    using S = Finding::Severity;
    using K = Finding::Kind;
    QList<Finding> findings;

    const SpeakerCounts counts(episode);
    const QStringList main = mainSpeakers(episode);
    // Per rare speaker: the main speaker it is a variant of (empty when it is simply unknown), and whether the
    // variant differs only in case and punctuation (then replacing it is certainly right).
    QHash<QString, QString> variantOf;
    QHash<QString, bool> sameKey;
    QSet<QString> unknown;
    for (const QString &name : counts.order) {
        if (main.contains(name))
            continue;
        const QString key = nameKey(name);
        for (const QString &m : main) {
            const QString mk = nameKey(m);
            const bool same = key == mk;
            const bool close = !key.isEmpty() && mk.size() >= 3
                && (same || (key.startsWith(mk) && key.size() <= 2 * mk.size())
                    || (mk.startsWith(key) && key.size() >= 3) || (mk.size() >= 4 && editDistance(key, mk) <= 1));
            if (close) {
                variantOf.insert(name, m);
                sameKey.insert(name, same);
                break;
            }
        }
        // Few lines while others dominate: a slip, pasted text, or a guest worth double-checking.
        if (!variantOf.contains(name) && counts.total >= 20 && counts.count.value(name) * 20 < counts.total)
            unknown.insert(name);
    }

    std::optional<qint64> previous;
    for (int i = 0; i < episode.entries.size(); ++i) {
        const TranscriptEntry &e = episode.entries.at(i);
        const QString trimmed = e.text.trimmed();
        if (trimmed.isEmpty()) {
            findings << make(e, S::Warning, K::EmptyLine,
                e.isHeader() ? tr("The header has no title.") : tr("The line has no text."), true);
        } else if (trimmed.size() != e.text.size()) {
            findings << make(e, S::Info, K::TrailingSpace, tr("The text starts or ends with white space."), true);
        }
        if (e.isHeader()) {
            const bool last = i + 1 == episode.entries.size();
            if (last || episode.entries.at(i + 1).isHeader())
                findings << make(e, S::Warning, K::EmptySection,
                    last ? tr("The header \"%1\" is the last entry: no line follows it.").arg(trimmed)
                         : tr("The header \"%1\" is followed directly by another header.").arg(trimmed));
            continue;
        }

        if (e.seconds && e.time) {
            const std::optional<qint64> parsed = Timecode::parse(*e.time);
            const QString expected = Timecode::format(*e.seconds);
            if (!parsed)
                findings << make(e, S::Error, K::TimeMismatch,
                    tr("The time \"%1\" is not a valid time; sec %2 is %3.").arg(*e.time).arg(*e.seconds).arg(expected),
                    true, expected);
            else if (*parsed != *e.seconds)
                findings << make(e, S::Error, K::TimeMismatch,
                    tr("The time %1 does not match sec %2 (%3).").arg(*e.time).arg(*e.seconds).arg(expected), true,
                    expected);
        } else if (e.time) {
            const std::optional<qint64> parsed = Timecode::parse(*e.time);
            findings << make(e, S::Warning, K::MissingTime, tr("The line has a time (%1) but no sec.").arg(*e.time),
                parsed.has_value(), parsed ? QString::number(*parsed) : QString());
        } else if (e.seconds) {
            findings << make(e, S::Warning, K::MissingTime, tr("The line has sec %1 but no time.").arg(*e.seconds),
                true, Timecode::format(*e.seconds));
        }

        if (e.seconds) {
            if (previous && *e.seconds < *previous)
                findings << make(e, S::Error, K::Backwards,
                    tr("The time goes backwards: %1 comes after %2.")
                        .arg(Timecode::format(*e.seconds), Timecode::format(*previous)));
            else if (previous && *e.seconds == *previous)
                findings << make(e, S::Warning, K::RepeatedTime,
                    tr("Same time as the previous line (%1).").arg(Timecode::format(*e.seconds)));
            previous = e.seconds;
        }

        if (!e.speaker) {
            if (counts.total > 0)
                findings << make(e, S::Warning, K::MissingSpeaker, tr("The line has no speaker."));
        } else if (variantOf.contains(*e.speaker)) {
            const QString m = variantOf.value(*e.speaker);
            findings << make(e, S::Warning, K::SpeakerVariant,
                tr("The speaker \"%1\" looks like a variant of \"%2\".").arg(*e.speaker, m), sameKey.value(*e.speaker),
                m);
        } else if (unknown.contains(*e.speaker)) {
            const QString shown = e.speaker->size() > 40 ? e.speaker->left(40) + QChar(0x2026) : *e.speaker;
            findings << make(e, S::Warning, K::UnknownSpeaker,
                tr("The speaker \"%1\" has only %2 of %3 lines; the main speakers are %4.")
                    .arg(shown)
                    .arg(counts.count.value(*e.speaker))
                    .arg(counts.total)
                    .arg(main.join(QLatin1String(", "))));
        }

        if (e.text.size() > LongParagraphChars)
            findings << make(e, S::Info, K::LongParagraph,
                tr("The paragraph is very long (%1 characters); consider splitting it.").arg(e.text.size()));
    }
    return findings;
}

bool Validator::fix(TranscriptModel *model, const Finding &finding)
{
    if (!model || !finding.fixable)
        return false;
    const int row = model->rowOfId(finding.entry);
    if (row < 0)
        return false;
    const TranscriptEntry &e = model->entry(row);
    switch (finding.kind) {
    case Finding::Kind::TimeMismatch:
        if (!e.seconds || !e.time || Timecode::parse(*e.time) == e.seconds)
            return false;
        return model->setSeconds(row, e.seconds);
    case Finding::Kind::MissingTime:
        if (e.seconds && !e.time)
            return model->setSeconds(row, e.seconds);
        if (!e.seconds && e.time && Timecode::parse(*e.time))
            return model->setSeconds(row, Timecode::parse(*e.time));
        return false;
    case Finding::Kind::TrailingSpace:
        if (e.text.trimmed() == e.text || e.text.trimmed().isEmpty())
            return false;
        return model->setText(row, e.text.trimmed());
    case Finding::Kind::EmptyLine:
        if (!e.text.trimmed().isEmpty())
            return false;
        return model->removeEntries({ row });
    case Finding::Kind::SpeakerVariant:
        if (!e.speaker || finding.suggestion.isEmpty() || nameKey(*e.speaker) != nameKey(finding.suggestion))
            return false;
        return model->setSpeaker({ row }, finding.suggestion);
    default:
        break;
    }
    return false;
}
