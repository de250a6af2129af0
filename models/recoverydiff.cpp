#include "recoverydiff.h"

#include "episode.h"

#include <QHash>
#include <QSet>

namespace {
QString itemKey(const TranscriptEntry &entry)
{
    // Unit separators cannot occur in YAML text, so distinct values never produce the same key.
    const QChar sep(0x1f);
    return QString::number(int(entry.kind)) + sep + entry.text + sep + entry.speaker.value_or(QStringLiteral("\x1e"))
        + sep + (entry.seconds ? QString::number(*entry.seconds) : QStringLiteral("\x1e")) + sep
        + entry.time.value_or(QStringLiteral("\x1e"));
}
} // namespace

RecoveryDiff RecoveryDiff::compare(const Episode &original, const Episode &copy)
{
    QHash<QString, int> remaining;
    for (const TranscriptEntry &entry : original.entries)
        ++remaining[itemKey(entry)];
    int onlyInCopy = 0;
    for (const TranscriptEntry &entry : copy.entries) {
        auto it = remaining.find(itemKey(entry));
        if (it != remaining.end() && it.value() > 0)
            --it.value();
        else
            ++onlyInCopy;
    }
    int onlyInOriginal = 0;
    for (int count : std::as_const(remaining))
        onlyInOriginal += count;

    RecoveryDiff diff;
    diff.changed = qMin(onlyInCopy, onlyInOriginal);
    diff.added = onlyInCopy - diff.changed;
    diff.removed = onlyInOriginal - diff.changed;

    QSet<QString> keys;
    for (const MetadataField &field : original.fields)
        keys.insert(field.key);
    for (const MetadataField &field : copy.fields)
        keys.insert(field.key);
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("transcript"))
            continue;
        if (original.field(key) != copy.field(key))
            ++diff.metadataChanged;
    }
    return diff;
}
