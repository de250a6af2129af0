#include "transcriptexport.h"

#include "subtitlecues.h"
#include "timecode.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList lines; ///< one per transcript line (SRT: with speaker prefix)
    QStringList speakers; ///< speaker of each line (empty when none)
    QStringList texts; ///< text of each line
};

QString clock(qint64 ms, QChar separator)
{
    const qint64 h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60, f = ms % 1000;
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(f, 3, 10, QLatin1Char('0'));
}

/** Text on one line: subtitles and list formats cannot hold the odd line break inside a paragraph. */
QString oneLine(const QString &text)
{
    return text.simplified();
}

QList<Cue> cues(const Episode &episode)
{
    QList<Cue> result;
    QStringList pendingSpeakers, pendingTexts; // untimed lines before the first timed one
    for (const TranscriptEntry &e : episode.entries) {
        if (!e.isLine() || oneLine(e.text).isEmpty())
            continue;
        const QString speaker = e.speaker.value_or(QString());
        if (!e.seconds) {
            if (result.isEmpty()) {
                pendingSpeakers << speaker;
                pendingTexts << oneLine(e.text);
            } else {
                result.last().speakers << speaker;
                result.last().texts << oneLine(e.text);
            }
            continue;
        }
        const qint64 start = *e.seconds * 1000;
        if (result.isEmpty() || result.last().startMs != start) {
            Cue cue;
            cue.startMs = start;
            result.append(cue);
        }
        if (!pendingTexts.isEmpty()) {
            result.last().speakers << pendingSpeakers;
            result.last().texts << pendingTexts;
            pendingSpeakers.clear();
            pendingTexts.clear();
        }
        result.last().speakers << speaker;
        result.last().texts << oneLine(e.text);
    }
    // A cue ends where the next later cue starts; times that go backwards never make a cue end before it starts.
    for (int i = 0; i < result.size(); ++i) {
        Cue &cue = result[i];
        qint64 end = -1;
        for (int k = i + 1; k < result.size() && end < 0; ++k) {
            if (result.at(k).startMs > cue.startMs)
                end = result.at(k).startMs;
        }
        cue.endMs
            = end > 0 ? end : cue.startMs + 1000 * TranscriptExport::lastCueSeconds(cue.texts.join(QLatin1Char(' ')));
    }
    return result;
}

/** One cue as written: its time and its text lines with the speaker of each (for prefixes and voice tags). */
struct OutCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList lines;
    QStringList speakers; ///< per line: the speaker to name before it, empty for none
};

/**
 * The cues to write. Paragraph: one per span, a line per transcript line. Readable: each span split by
 * SubtitleCues; `prefixSpeakers` puts "Name: " into the text before it is split (so it counts towards the line
 * length), otherwise the speaker is kept for a voice tag.
 */
QList<OutCue> outCues(const Episode &episode, TranscriptExport::Cues mode, bool prefixSpeakers)
{
    QList<OutCue> result;
    for (const Cue &span : cues(episode)) {
        if (mode == TranscriptExport::Cues::Paragraph) {
            OutCue out;
            out.startMs = span.startMs;
            out.endMs = span.endMs;
            for (int i = 0; i < span.texts.size(); ++i) {
                const QString &speaker = span.speakers.at(i);
                if (prefixSpeakers && !speaker.isEmpty())
                    out.lines << speaker + QLatin1String(": ") + span.texts.at(i);
                else
                    out.lines << span.texts.at(i);
                out.speakers << (prefixSpeakers ? QString() : speaker);
            }
            result.append(out);
            continue;
        }
        QStringList segments;
        for (int i = 0; i < span.texts.size(); ++i) {
            const QString &speaker = span.speakers.at(i);
            segments << (prefixSpeakers && !speaker.isEmpty() ? speaker + QLatin1String(": ") + span.texts.at(i)
                                                              : span.texts.at(i));
        }
        for (const SubtitleCues::Cue &c : SubtitleCues::timed(segments, span.startMs, span.endMs)) {
            OutCue out;
            out.startMs = c.startMs;
            out.endMs = c.endMs;
            out.lines = c.lines;
            // The voice tag opens the cue and holds to its end.
            out.speakers << (prefixSpeakers ? QString() : span.speakers.at(c.segment));
            while (out.speakers.size() < out.lines.size())
                out.speakers << QString();
            result.append(out);
        }
    }
    return result;
}

QString escapeVtt(QString text)
{
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return text;
}

QString titleOf(const Episode &episode)
{
    return oneLine(episode.title());
}

} // namespace

qint64 TranscriptExport::lastCueSeconds(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const qint64 words = text.split(space, Qt::SkipEmptyParts).size();
    return std::max<qint64>(5, words * 60 / 170);
}

QByteArray TranscriptExport::srt(const Episode &episode, bool speakerPrefix, Cues mode)
{
    QString out;
    int number = 0;
    for (const OutCue &cue : outCues(episode, mode, speakerPrefix)) {
        out += QString::number(++number) + QLatin1Char('\n');
        out += clock(cue.startMs, QLatin1Char(',')) + QLatin1String(" --> ") + clock(cue.endMs, QLatin1Char(','))
            + QLatin1Char('\n');
        for (const QString &line : cue.lines)
            out += line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray TranscriptExport::vtt(const Episode &episode, Cues mode)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    const QString title = titleOf(episode);
    if (!title.isEmpty())
        out += QLatin1String("NOTE ") + QString(title).replace(QLatin1String("-->"), QLatin1String("->"))
            + QLatin1String("\n\n");
    for (const OutCue &cue : outCues(episode, mode, false)) {
        out += clock(cue.startMs, QLatin1Char('.')) + QLatin1String(" --> ") + clock(cue.endMs, QLatin1Char('.'))
            + QLatin1Char('\n');
        for (int i = 0; i < cue.lines.size(); ++i) {
            if (!cue.speakers.at(i).isEmpty())
                out += QLatin1String("<v ") + escapeVtt(cue.speakers.at(i)) + QLatin1Char('>');
            out += escapeVtt(cue.lines.at(i)) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray TranscriptExport::plainText(const Episode &episode)
{
    QStringList blocks;
    const QString title = titleOf(episode);
    if (!title.isEmpty())
        blocks << title;
    for (const TranscriptEntry &e : episode.entries) {
        const QString text = e.text.trimmed();
        if (e.isHeader())
            blocks << text;
        else if (e.speaker && !e.speaker->isEmpty())
            blocks << *e.speaker + QLatin1String(": ") + text;
        else
            blocks << text;
    }
    return (blocks.join(QLatin1String("\n\n")) + QLatin1Char('\n')).toUtf8();
}

QByteArray TranscriptExport::markdown(const Episode &episode)
{
    QStringList blocks;
    const QString title = titleOf(episode);
    if (!title.isEmpty())
        blocks << QLatin1String("# ") + title;
    for (const TranscriptEntry &e : episode.entries) {
        const QString text = e.text.trimmed();
        if (e.isHeader()) {
            blocks << QLatin1String("## ") + oneLine(text);
            continue;
        }
        QString block;
        if (e.speaker && !e.speaker->isEmpty())
            block += QLatin1String("**") + *e.speaker + QLatin1String("**");
        if (e.seconds)
            block += (block.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('[')
                + Timecode::format(*e.seconds) + QLatin1Char(']');
        if (!block.isEmpty())
            block += QLatin1String(": ");
        blocks << block + text;
    }
    return (blocks.join(QLatin1String("\n\n")) + QLatin1Char('\n')).toUtf8();
}

QByteArray TranscriptExport::youtubeChapters(const Episode &episode)
{
    QString out;
    qint64 last = -1;
    const QList<TranscriptEntry> &entries = episode.entries;
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isHeader())
            continue;
        // The first timed line of the section; a header without one is no chapter.
        std::optional<qint64> at;
        for (int k = i + 1; k < entries.size() && !at && !entries.at(k).isHeader(); ++k)
            at = entries.at(k).seconds;
        if (!at)
            continue;
        // YouTube wants the list to start at 0:00 and to go forward.
        const qint64 sec = last < 0 ? 0 : *at;
        if (sec <= last)
            continue;
        out += Timecode::format(sec) + QLatin1Char(' ') + oneLine(entries.at(i).text) + QLatin1Char('\n');
        last = sec;
    }
    return out.toUtf8();
}

QByteArray TranscriptExport::exportAs(const Episode &episode, Format format, Cues cues)
{
    switch (format) {
    case Format::Srt:
        return srt(episode, true, cues);
    case Format::Vtt:
        return vtt(episode, cues);
    case Format::PlainText:
        return plainText(episode);
    case Format::Markdown:
        return markdown(episode);
    case Format::YoutubeChapters:
        break;
    }
    return youtubeChapters(episode);
}

bool TranscriptExport::formatFromName(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("srt"))
        *format = Format::Srt;
    else if (n == QLatin1String("vtt") || n == QLatin1String("webvtt"))
        *format = Format::Vtt;
    else if (n == QLatin1String("txt") || n == QLatin1String("text"))
        *format = Format::PlainText;
    else if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("chapters"))
        *format = Format::YoutubeChapters;
    else
        return false;
    return true;
}
