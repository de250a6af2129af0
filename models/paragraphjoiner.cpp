#include "paragraphjoiner.h"

#include <QRegularExpression>

double ParagraphJoiner::estimatedDuration(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const int words = text.split(space, Qt::SkipEmptyParts).size();
    return words * 60.0 / 170.0;
}

namespace {

bool endsSentence(const QString &text)
{
    // Closing quotes and brackets may follow the full stop: `... he said."`.
    int i = text.size() - 1;
    while (i >= 0
        && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char(')') || text.at(i) == QChar(0x201D)
            || text.at(i) == QChar(0x2019) || text.at(i) == QLatin1Char('\'')))
        --i;
    if (i < 0)
        return false;
    const QChar c = text.at(i);
    return c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!') || c == QChar(0x2026);
}

} // namespace

QList<TranscriptEntry> ParagraphJoiner::join(const QList<TranscriptEntry> &lines, const Options &options)
{
    QList<TranscriptEntry> result;
    bool open = false; // whether result.last() is a paragraph that may still grow
    double lastEnd = 0; // estimated end (seconds) of the last line added to the open paragraph
    bool lastTimed = false;
    for (const TranscriptEntry &line : lines) {
        if (line.isHeader()) {
            result.append(line);
            open = false;
            continue;
        }
        const QString text = line.text.trimmed();
        if (open) {
            TranscriptEntry &paragraph = result.last();
            bool breakHere = paragraph.speaker != line.speaker;
            if (!breakHere && lastTimed && line.seconds && *line.seconds - lastEnd > options.maxPauseSeconds)
                breakHere = true;
            if (!breakHere && options.breakAtSentenceEnd && paragraph.text.size() >= options.minSentenceChars
                && endsSentence(paragraph.text))
                breakHere = true;
            if (!breakHere && paragraph.text.size() + 1 + text.size() > options.maxChars)
                breakHere = true;
            if (!breakHere) {
                if (!text.isEmpty()) {
                    if (!paragraph.text.isEmpty())
                        paragraph.text.append(QLatin1Char(' '));
                    paragraph.text.append(text);
                }
                paragraph.touch();
                if (line.seconds) {
                    lastEnd = *line.seconds + estimatedDuration(text);
                    lastTimed = true;
                }
                continue;
            }
        }
        TranscriptEntry paragraph = line;
        paragraph.text = text;
        if (paragraph.text != line.text)
            paragraph.touch();
        result.append(paragraph);
        open = true;
        lastTimed = line.seconds.has_value();
        lastEnd = lastTimed ? *line.seconds + estimatedDuration(text) : 0;
    }
    return result;
}
