#pragma once

#include "episode.h"
#include "episodefile.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** One timed piece of a caption file: a raw `M:SS text` line, an SRT cue or a WebVTT cue. */
struct CaptionFragment
{
    qint64 startMs = 0;
    qint64 endMs = -1; ///< -1 when the format does not say (raw captions)
    QString text; ///< one line of plain text: tags stripped, entities decoded, cue lines joined by spaces
    int sourceLine = 0; ///< 1-based line of the fragment's timestamp in the file
    QString speaker; ///< from a WebVTT `<v Speaker>` tag; empty otherwise
};

/**
 * Reads auto-generated captions: raw `M:SS text` / `H:MM:SS text` lines, SubRip (.srt) and WebVTT (.vtt), told
 * apart by their content (not their extension). Handles a UTF-8 BOM, CRLF, multi-line cues and cue settings;
 * HTML-like tags are stripped and a VTT voice tag becomes the fragment's speaker. Anything else (binary data, a
 * file that is no caption file, a bad timestamp) is refused with a FileError naming the file and line.
 */
class CaptionImport
{
public:
    enum class Format { Raw, Srt, Vtt };

    /** Parses bytes; `fileName` is only used in error messages. Fragments come out in file order. */
    static bool parse(const QByteArray &bytes, const QString &fileName, QList<CaptionFragment> *out, FileError *error);
    /** Reads and parses a caption file. */
    static bool read(const QString &path, QList<CaptionFragment> *out, FileError *error);
    /** The format parse() would use for these bytes (Raw when unsure). */
    static Format detect(const QByteArray &bytes);

    /** One line entry per fragment: text, `sec` (and `time`) from the fragment start, speaker only when known. */
    static QList<TranscriptEntry> toEntries(const QList<CaptionFragment> &fragments);
    /** A new episode (plain YAML layout) with `title` and a `transcript` of toEntries(fragments). */
    static Episode toEpisode(const QList<CaptionFragment> &fragments, const QString &title = QString());
    /** "swe-to-ml.captions.txt" -> "Swe to ml": a readable title from a caption file name. */
    static QString titleFromFileName(const QString &path);
};
