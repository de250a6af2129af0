#include "filekind.h"

#include "captionimport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace {
/** The first line that is not blank and not a YAML comment. */
QString firstMeaningfulLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            return line;
    }
    return QString();
}
} // namespace

FileKind::Kind FileKind::detect(const QByteArray &head, const QString &path)
{
    QString text = QString::fromUtf8(head.left(8192));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    if (text.startsWith(QLatin1String("WEBVTT")) || CaptionImport::detect(head) == CaptionImport::Format::Srt)
        return Captions;
    const QString first = firstMeaningfulLine(text);
    // A raw caption line: "0:14 text" or "1:02:03 text" (a plain YAML scalar, never a mapping: no ": ").
    static const QRegularExpression rawCaption(QStringLiteral("^\\s*\\d{1,2}(:\\d{2}){1,2}(\\s|$)"));
    if (rawCaption.match(first).hasMatch())
        return Captions;
    // Front matter, or a YAML mapping's first key ("title: ...", "transcript:", "'key': ...").
    static const QRegularExpression mappingKey(QStringLiteral("^(---\\s*$|[A-Za-z_\"'][^:\\n]*:(\\s|$))"));
    if (mappingKey.match(first).hasMatch())
        return Episode;

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("srt") || suffix == QLatin1String("vtt"))
        return Captions;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Episode;
    return Unknown;
}

FileKind::Kind FileKind::detectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unknown;
    return detect(file.read(8192), path);
}

QString FileKind::unknownMessage()
{
    return tr("This is neither an episode (YAML front matter or a YAML file with a transcript) nor captions "
              "(M:SS lines, SRT or WebVTT).");
}

QString FileKind::openFilter()
{
    return tr("Episodes and captions (*.md *.yaml *.yml *.srt *.vtt *.txt);;Episodes (*.md *.yaml *.yml);;"
              "Captions (*.srt *.vtt *.txt);;All files (*)");
}

QString FileKind::episodePathFor(const QString &captionPath)
{
    const QFileInfo info(captionPath);
    QString base = info.completeBaseName();
    // "episode.captions.txt" is the corpus's naming for raw captions: the episode is "episode.md".
    if (base.endsWith(QLatin1String(".captions")))
        base.chop(int(qstrlen(".captions")));
    return info.absolutePath() + QLatin1Char('/') + base + QStringLiteral(".md");
}
