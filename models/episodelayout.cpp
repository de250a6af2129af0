#include "episodelayout.h"

#include "episode.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
/** A front matter delimiter line ("---" with optional trailing spaces) and what follows it. */
bool startsWithDelimiter(const QByteArray &text, qsizetype *lineEnd)
{
    if (!text.startsWith("---"))
        return false;
    qsizetype end = text.indexOf('\n');
    if (end < 0)
        end = text.size();
    if (!text.mid(3, end - 3).trimmed().isEmpty())
        return false;
    *lineEnd = end < text.size() ? end + 1 : end;
    return true;
}
} // namespace

bool EpisodeLayout::adaptToPath(Episode *episode, const QString &path, QString *why)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    qsizetype lineEnd = 0;
    if (suffix == QLatin1String("md")) {
        if (episode->layout == Episode::Layout::FrontMatter)
            return true;
        // A plain mapping may already open with a "---" document marker; it then serves as the opening delimiter.
        if (!startsWithDelimiter(episode->opening, &lineEnd))
            episode->opening.prepend("---\n");
        // What followed the mapping (comments, blank lines) stays after the closing delimiter, as the body.
        episode->closing.prepend("---\n");
        episode->layout = Episode::Layout::FrontMatter;
        return true;
    }
    if (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml"))
        return true;
    if (episode->layout == Episode::Layout::PlainYaml)
        return true;
    qsizetype closingEnd = 0;
    const bool bodyless = episode->closing.isEmpty()
        || (startsWithDelimiter(episode->closing, &closingEnd) && episode->closing.mid(closingEnd).trimmed().isEmpty());
    if (!bodyless) {
        if (why)
            *why = QCoreApplication::translate("EpisodeLayout",
                "The episode has a markdown body after its front matter, which a YAML file cannot hold; save it as .md "
                "or use Export Cleaned YAML.");
        return false;
    }
    // Blank lines after the opening delimiter stay; only the delimiters go.
    if (startsWithDelimiter(episode->opening, &lineEnd))
        episode->opening.remove(0, lineEnd);
    episode->closing.clear();
    episode->layout = Episode::Layout::PlainYaml;
    return true;
}
