#pragma once

#include "episode.h"

#include <QByteArray>
#include <QString>

/**
 * The episode in formats other than its own: subtitles (SRT, WebVTT), plain text, Markdown and a YouTube chapter
 * list. All output is UTF-8 with "\n" line ends.
 *
 * Subtitles: each timed line spans from its start to where the next later timed line starts (the last one a few
 * seconds after its start, longer for long text); lines sharing a start second share a span, untimed lines join the
 * span before them. With Cues::Readable (the default) a span is split into cues of at most two lines of 42
 * characters, timed by characters (SubtitleCues); with Cues::Paragraph the span is one cue holding whole lines.
 * Headers become NOTE blocks in WebVTT and are left out of SRT.
 */
class TranscriptExport
{
public:
    enum class Format { Srt, Vtt, PlainText, Markdown, YoutubeChapters };
    /** How subtitles are cut into cues: readable two-line cues, or one cue per transcript line. */
    enum class Cues { Readable, Paragraph };

    /** SubRip; `speakerPrefix` writes "Name: " before each line that has a speaker (before its first cue). */
    static QByteArray srt(const Episode &episode, bool speakerPrefix = true, Cues cues = Cues::Readable);
    /** WebVTT with `<v Name>` voice tags. */
    static QByteArray vtt(const Episode &episode, Cues cues = Cues::Readable);
    /** Title, then headers as lines and "Speaker: text" paragraphs separated by blank lines. */
    static QByteArray plainText(const Episode &episode);
    /** "# Title", "## Header", "**Speaker** [M:SS]: text". */
    static QByteArray markdown(const Episode &episode);
    /** "0:00 Title" per header (at the first timed line after it); the first chapter is always 0:00. */
    static QByteArray youtubeChapters(const Episode &episode);

    /** The bytes of one format. */
    static QByteArray exportAs(const Episode &episode, Format format, Cues cues = Cues::Readable);
    /** "srt", "vtt", "txt", "md", "chapters" (case-insensitive; "text", "markdown", "webvtt" too). */
    static bool formatFromName(const QString &name, Format *format);

    /** Seconds of the last cue: at least a few, more when its text is long. */
    static qint64 lastCueSeconds(const QString &text);
};
