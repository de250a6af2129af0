#include "episode.h"

#include "timecode.h"

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
