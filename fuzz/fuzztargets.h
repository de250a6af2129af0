#pragma once

// What the fuzzers run on each input, shared with tests/tst_fuzzregressions.cpp, which replays every input that
// ever failed (tests/data/fuzz-regressions/) through exactly the same calls in the normal test suite.
#include "captionimport.h"
#include "episodefile.h"
#include "episodeparser.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace FuzzTargets {

/**
 * The episode reader (EpisodeFile::parse), and both writers on whatever it accepts. True when it was accepted.
 * The input is also read in parts on threads, as a large transcript is, with parts forced small: the result must be
 * exactly the one-pass result (the same episode, or the same error), else the fuzzer stops on it.
 */
inline bool episode(const QByteArray &bytes)
{
    Episode episode;
    FileError error;
    EpisodeParser::Parallel onePass;
    onePass.maxParts = 1;
    const bool accepted = EpisodeParser(bytes, QStringLiteral("fuzz.md"), onePass).parse(&episode, &error);
    EpisodeParser::Parallel small;
    small.maxParts = 3;
    small.minPartBytes = 1;
    Episode inParts;
    FileError partsError;
    if (EpisodeParser(bytes, QStringLiteral("fuzz.md"), small).parse(&inParts, &partsError) != accepted
        || (accepted ? !inParts.differenceFrom(episode).isEmpty() : partsError.toString() != error.toString())) {
        std::fprintf(stderr, "read in parts differs from one pass: %s\n",
            qPrintable(accepted ? inParts.differenceFrom(episode) : partsError.toString() + " / " + error.toString()));
        std::abort();
    }
    if (!accepted) {
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
