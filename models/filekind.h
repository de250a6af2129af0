#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Tells what an opened file is: an episode (YAML front matter or a YAML mapping) or captions (raw `M:SS text`
 * lines, SRT, WebVTT), so that File > Open, Open Recent, a drop and the command line all open either one.
 *
 * The content decides; the extension only breaks a tie when the start of the file says nothing clear (an empty
 * file, or one that is broken), so that the reader's own message about the error is shown.
 */
class FileKind
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)

public:
    enum Kind { Unknown, Episode, Captions };

    /** The kind of a file starting with `head` (the first few KB are enough) and named `path`. */
    static Kind detect(const QByteArray &head, const QString &path);
    /** Reads the start of the file at `path` and detects its kind; Unknown when it cannot be read. */
    static Kind detectFile(const QString &path);
    /** The message for a file that is neither an episode nor captions. */
    static QString unknownMessage();
    /** File dialog filters: episodes and captions together first, then each, then all files. */
    static QString openFilter();
    /** The path Save As suggests for captions opened from `captionPath`: same folder, base name, `.md`. */
    static QString episodePathFor(const QString &captionPath);
};
