#pragma once

// What the fuzzers run on each input, shared with tests/tst_fuzzregressions.cpp, which replays every input that
// ever failed (tests/data/fuzz-regressions/) through exactly the same calls in the normal test suite.
#include "captionimport.h"
#include "episodefile.h"

#include <QByteArray>

namespace FuzzTargets {

/** The episode reader (EpisodeFile::parse), and both writers on whatever it accepts. True when it was accepted. */
inline bool episode(const QByteArray &bytes)
{
    Episode episode;
    FileError error;
    if (!EpisodeFile::parse(bytes, QStringLiteral("fuzz.md"), &episode, &error)) {
        (void)error.toString();
        return false;
    }
    // What the reader accepts must also be writable: the editor saves it back and exports it.
    (void)EpisodeFile::serialize(episode);
    (void)EpisodeFile::serializeCanonical(episode);
    return true;
}

/** The caption importer (raw M:SS, SRT, WebVTT) and the episode it builds, written as Save would write it. */
inline bool captions(const QByteArray &bytes)
{
    QList<CaptionFragment> fragments;
    FileError error;
    if (!CaptionImport::parse(bytes, QStringLiteral("fuzz.vtt"), &fragments, &error)) {
        (void)error.toString();
        return false;
    }
    const Episode episode = CaptionImport::toEpisode(fragments, QStringLiteral("Fuzz"));
    (void)EpisodeFile::serialize(episode);
    return true;
}

} // namespace FuzzTargets
