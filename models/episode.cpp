#include "episode.h"

#include "timecode.h"

#include <algorithm>
#include <cmath>

void TranscriptEntry::setSeconds(std::optional<qint64> sec)
{
    seconds = sec;
    if (sec)
        time = Timecode::format(*sec);
    else
        time.reset();
    touch();
}

QVariantMap TranscriptEntry::toVariant() const
{
    QVariantMap map = extra;
    if (isHeader()) {
        map.insert(QStringLiteral("header"), text);
        return map;
    }
    map.insert(QStringLiteral("line"), text);
    if (seconds)
        map.insert(QStringLiteral("sec"), *seconds);
    if (time)
        map.insert(QStringLiteral("time"), *time);
    if (speaker)
        map.insert(QStringLiteral("who"), *speaker);
    return map;
}

bool TranscriptEntry::sameValues(const TranscriptEntry &other) const
{
    return kind == other.kind && text == other.text && speaker == other.speaker && seconds == other.seconds
        && time == other.time && extra == other.extra;
}

int Episode::fieldIndex(const QString &key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant Episode::field(const QString &key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? QVariant() : fields.at(i).value;
}

void Episode::setField(const QString &key, const QVariant &value)
{
    const int i = fieldIndex(key);
    if (i >= 0) {
        fields[i].value = value;
        fields[i].source.clear();
        return;
    }
    MetadataField f;
    f.key = key;
    f.value = value;
    // A new key goes before the transcript, where people expect metadata to be.
    const int t = fieldIndex(QStringLiteral("transcript"));
    fields.insert(t < 0 ? fields.size() : t, f);
}

void Episode::ensureTranscript()
{
    if (hasTranscript())
        return;
    MetadataField f;
    f.key = QStringLiteral("transcript");
    f.value = QVariantList();
    fields.append(f);
}

QString Episode::title() const
{
    return field(QStringLiteral("title")).toString();
}

int Episode::rowOf(EntryId id) const
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == id)
            return i;
    }
    return -1;
}

void Episode::assignIds()
{
    for (TranscriptEntry &e : entries) {
        if (e.id == 0)
            e.id = newEntryId();
    }
}

namespace {

/** Equality of read values, where a NaN equals a NaN (".nan" read twice is the same value). */
bool sameVariant(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    switch (a.metaType().id()) {
    case QMetaType::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    case QMetaType::QVariantList: {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        return x.size() == y.size() && std::equal(x.cbegin(), x.cend(), y.cbegin(), sameVariant);
    }
    case QMetaType::QVariantMap: {
        const QVariantMap x = a.toMap();
        const QVariantMap y = b.toMap();
        return x.keys() == y.keys() && std::equal(x.cbegin(), x.cend(), y.cbegin(), sameVariant);
    }
    default:
        return a == b;
    }
}

} // namespace

QString Episode::differenceFrom(const Episode &other) const
{
    if (layout != other.layout)
        return QStringLiteral("layout");
    if (opening != other.opening)
        return QStringLiteral("opening");
    if (closing != other.closing)
        return QStringLiteral("closing");
    if (fields.size() != other.fields.size())
        return QStringLiteral("%1 fields against %2").arg(fields.size()).arg(other.fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const MetadataField &a = fields.at(i);
        const MetadataField &b = other.fields.at(i);
        if (a.key != b.key || !sameVariant(a.value, b.value) || a.source != b.source || a.trailer != b.trailer
            || a.listInSource != b.listInSource)
            return QStringLiteral("field %1 (%2)").arg(i).arg(a.key);
    }
    if (entries.size() != other.entries.size())
        return QStringLiteral("%1 entries against %2").arg(entries.size()).arg(other.entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const TranscriptEntry &a = entries.at(i);
        const TranscriptEntry &b = other.entries.at(i);
        const bool sameValues = a.kind == b.kind && a.text == b.text && a.speaker == b.speaker && a.seconds == b.seconds
            && a.time == b.time && sameVariant(a.extra, b.extra);
        if (!sameValues || a.source != b.source || a.trailer != b.trailer || a.sourceLine != b.sourceLine)
            return QStringLiteral("entry %1 (line %2)").arg(i).arg(a.sourceLine);
    }
    return QString();
}
