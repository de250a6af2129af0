#pragma once
// The synthetic episode the benchmarks measure: `lineCount` transcript items, a header every `headerEvery` items,
// three speakers, realistic paragraph text and rising whole-second times, as the file bytes a save would write.

#include "episode.h"
#include "episodefile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

inline QByteArray syntheticEpisodeFile(int lineCount, int headerEvery)
{
    static const QStringList speakers { QStringLiteral("Alexey"), QStringLiteral("Dashel"), QStringLiteral("Maria") };
    static const QString words = QStringLiteral("So when I started working with data I did not really know what a "
                                                "pipeline was, and we had to learn it the hard way, "
                                                "one broken dashboard at a time.");
    Episode episode;
    episode.opening = "---\n";
    MetadataField title;
    title.key = QStringLiteral("title");
    title.value = QStringLiteral("Benchmark episode");
    episode.fields.append(title);
    episode.ensureTranscript();
    episode.closing = "---\nBody\n";
    qint64 sec = 0;
    for (int i = 0; episode.entries.size() < lineCount; ++i) {
        TranscriptEntry e;
        if (i % headerEvery == 0) {
            e.kind = TranscriptEntry::Kind::Header;
            e.text = QStringLiteral("Section %1").arg(i / headerEvery);
        } else {
            e.text = QStringLiteral("%1 (%2)").arg(words).arg(i);
            e.speaker = speakers.at(i % 3);
            e.setSeconds(sec);
            sec += 3 + i % 5;
        }
        episode.entries.append(e);
    }
    return EpisodeFile::serialize(episode);
}
