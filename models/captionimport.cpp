#include "captionimport.h"

#include "timecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaptionImport", text);
}

void fail(FileError *error, const QString &file, int line, const QString &message)
{
    if (!error)
        return;
    error->file = file;
    error->line = line;
    error->column = 0;
    error->message = message;
}

/** Line of the first byte that never occurs in text (NUL and most C0 controls), or 0 for text. */
int binaryLine(const QByteArray &bytes)
{
    int line = 1;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n')
            ++line;
        else if (u < 0x20 && u != '\t' && u != '\r' && u != '\f' && u != 0x1b)
            return line;
    }
    return 0;
}

QString decode(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    // Old SRT files are often Windows-1252; Latin-1 keeps every letter readable instead of refusing the file.
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/** Parses "H:MM:SS.mmm", "MM:SS.mmm", "M:SS" (comma or dot before the milliseconds). -1 when malformed. */
qint64 parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+):)?(\\d+):(\\d{1,2})(?:[.,](\\d{1,3}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    bool hoursOk = true;
    bool minutesOk = true;
    const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong(&hoursOk);
    const qint64 minutes = m.captured(2).toLongLong(&minutesOk);
    const qint64 seconds = m.captured(3).toLongLong();
    if (seconds >= 60 || (!m.captured(1).isEmpty() && minutes >= 60))
        return -1;
    // A million hours is no recording: refuse it instead of overflowing the milliseconds (found by fuzz_captions).
    constexpr qint64 MaxHours = 1000000;
    if (!hoursOk || !minutesOk || hours > MaxHours || minutes > MaxHours * 60)
        return -1;
    QString fraction = m.captured(4);
    while (!fraction.isEmpty() && fraction.size() < 3)
        fraction.append(QLatin1Char('0'));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + (fraction.isEmpty() ? 0 : fraction.toLongLong());
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QRegularExpressionMatch m;
    int from = 0;
    while ((m = numeric.match(text, from)).hasMatch()) {
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        const QString replacement = ok && code > 0 && code < 0x110000
            ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)
            : QString();
        text.replace(m.capturedStart(), m.capturedLength(), replacement);
        from = m.capturedStart() + replacement.size();
    }
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lrm;"), QString());
    text.replace(QLatin1String("&rlm;"), QString());
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

/** Cue payload to plain text: the voice goes to `speaker`, tags and ASS overrides go, entities are decoded. */
QString cleanText(const QString &payload, QString *speaker)
{
    static const QRegularExpression voice(QStringLiteral("<v(?:\\.[^\\s>]*)?\\s+([^>]*)>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression ass(QStringLiteral("\\{\\\\[^}]*\\}"));
    const QRegularExpressionMatch v = voice.match(payload);
    if (v.hasMatch() && speaker && speaker->isEmpty())
        *speaker = decodeEntities(v.captured(1)).simplified();
    QString text = payload;
    text.remove(tag);
    text.remove(ass);
    return decodeEntities(text).simplified();
}

struct Parser
{
    QString fileName;
    QStringList lines;
    QList<CaptionFragment> *out;
    FileError *error;

    bool raw();
    bool cues(bool vtt);
};

bool Parser::raw()
{
    // "M:SS text": a clock at the start of the line, then white space and the text.
    static const QRegularExpression lineRe(QStringLiteral("^\\s*(\\d+(?::\\d+)+(?:[.,]\\d+)?)(?:\\s+(.*))?$"));
    bool seenAny = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = lineRe.match(line);
        if (!m.hasMatch()) {
            fail(error, fileName, i + 1,
                seenAny ? tr("Expected a time at the start of the line (M:SS text).")
                        : tr("This is not a caption file: expected lines like \"1:23 text\", an SRT cue or WEBVTT."));
            return false;
        }
        seenAny = true;
        const qint64 ms = parseClock(m.captured(1));
        if (ms < 0) {
            fail(error, fileName, i + 1, tr("Bad timestamp \"%1\".").arg(m.captured(1)));
            return false;
        }
        CaptionFragment f;
        f.startMs = ms;
        f.sourceLine = i + 1;
        f.text = cleanText(m.captured(2), &f.speaker);
        if (!f.text.isEmpty())
            out->append(f);
    }
    return true;
}

bool Parser::cues(bool vtt)
{
    static const QRegularExpression timing(QStringLiteral("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?$"));
    int i = 0;
    if (vtt) {
        // The header block: "WEBVTT" and optional header lines up to the first blank line.
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
            ++i;
    }
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const int blockStart = i;
        const QString first = lines.at(i).trimmed();
        if (vtt && !first.contains(QLatin1String("-->"))
            && (first.startsWith(QLatin1String("NOTE")) || first == QLatin1String("STYLE")
                || first == QLatin1String("REGION"))) {
            while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
                ++i;
            continue;
        }
        if (!first.contains(QLatin1String("-->"))) {
            // A cue number (SRT) or cue identifier (VTT) comes before the timing line.
            ++i;
            if (i >= lines.size() || !lines.at(i).contains(QLatin1String("-->"))) {
                fail(error, fileName, blockStart + 1,
                    vtt ? tr("Expected a cue timing line (00:00.000 --> 00:01.000).")
                        : tr("Expected a subtitle number followed by a time range (00:00:00,000 --> 00:00:01,000)."));
                return false;
            }
        }
        const int timingLine = i;
        const QRegularExpressionMatch m = timing.match(lines.at(i));
        const qint64 start = m.hasMatch() ? parseClock(m.captured(1)) : -1;
        const qint64 end = m.hasMatch() ? parseClock(m.captured(2)) : -1;
        if (start < 0 || end < 0) {
            fail(error, fileName, timingLine + 1, tr("Bad cue timing \"%1\".").arg(lines.at(i).trimmed()));
            return false;
        }
        ++i;
        QStringList payload;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty() && !lines.at(i).contains(QLatin1String("-->"))) {
            payload << lines.at(i);
            ++i;
        }
        // A timing line right after the payload means the blank line was forgotten; its number is then the last
        // payload line, which belongs to the next cue.
        if (i < lines.size() && lines.at(i).contains(QLatin1String("-->")) && !payload.isEmpty()) {
            static const QRegularExpression number(QStringLiteral("^\\s*\\d+\\s*$"));
            if (number.match(payload.last()).hasMatch()) {
                payload.removeLast();
                --i;
            }
        }
        CaptionFragment f;
        f.startMs = start;
        f.endMs = end;
        f.sourceLine = timingLine + 1;
        f.text = cleanText(payload.join(QLatin1Char(' ')), &f.speaker);
        if (!f.text.isEmpty())
            out->append(f);
    }
    return true;
}

} // namespace

CaptionImport::Format CaptionImport::detect(const QByteArray &bytes)
{
    const QString text = decode(bytes.left(4096));
    if (text.startsWith(QLatin1String("WEBVTT")))
        return Format::Vtt;
    static const QRegularExpression srtTiming(
        QStringLiteral("^\\s*\\d+:\\d{2}:\\d{2}[,.]\\d{1,3}\\s+-->"), QRegularExpression::MultilineOption);
    return srtTiming.match(text).hasMatch() ? Format::Srt : Format::Raw;
}

bool CaptionImport::parse(
    const QByteArray &bytes, const QString &fileName, QList<CaptionFragment> *out, FileError *error)
{
    out->clear();
    if (const int line = binaryLine(bytes)) {
        fail(error, fileName, line, tr("This is a binary file, not captions."));
        return false;
    }
    Parser parser { fileName, decode(bytes).split(QLatin1Char('\n')), out, error };
    bool ok = false;
    switch (detect(bytes)) {
    case Format::Vtt:
        ok = parser.cues(true);
        break;
    case Format::Srt:
        ok = parser.cues(false);
        break;
    case Format::Raw:
        ok = parser.raw();
        break;
    }
    if (ok && out->isEmpty()) {
        fail(error, fileName, 1, tr("The file holds no captions."));
        ok = false;
    }
    if (!ok)
        out->clear();
    return ok;
}

bool CaptionImport::read(const QString &path, QList<CaptionFragment> *out, FileError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, path, 0, tr("Cannot open the file: %1").arg(file.errorString()));
        return false;
    }
    return parse(file.readAll(), path, out, error);
}

QList<TranscriptEntry> CaptionImport::toEntries(const QList<CaptionFragment> &fragments)
{
    QList<TranscriptEntry> entries;
    entries.reserve(fragments.size());
    for (const CaptionFragment &f : fragments) {
        TranscriptEntry e;
        e.kind = TranscriptEntry::Kind::Line;
        e.text = f.text;
        e.setSeconds(f.startMs / 1000);
        if (!f.speaker.isEmpty())
            e.speaker = f.speaker;
        entries.append(e);
    }
    return entries;
}

Episode CaptionImport::toEpisode(const QList<CaptionFragment> &fragments, const QString &title)
{
    Episode episode;
    episode.layout = Episode::Layout::PlainYaml;
    if (!title.isEmpty())
        episode.setField(QStringLiteral("title"), title);
    episode.ensureTranscript();
    episode.entries = toEntries(fragments);
    episode.assignIds();
    return episode;
}

QString CaptionImport::titleFromFileName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    // Strip every extension-like suffix people give caption files: ".captions.txt", ".en.vtt", ".srt".
    static const QRegularExpression suffix(
        QStringLiteral("(\\.(captions|subtitles|txt|srt|vtt|[a-z]{2}(-[A-Za-z]{2})?))+$"));
    name.remove(suffix);
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
