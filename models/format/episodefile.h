#pragma once

#include "episode.h"

#include <QByteArray>
#include <QString>

#include <functional>

/** Where and why reading or writing failed; line and column are 1-based, 0 when unknown. */
struct FileError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message; ///< a sentence a person understands (translated)
    /** Refused by one of the editor's deliberate limits (sizes, alias budget, 64-bit numbers, nesting, unsupported
     *  tags, keys that are not text inside a value), although PyYAML may read the input: the only cases where the
     *  editor and the site's tooling disagree. */
    bool limit = false;

    /** "file:line:column: message" (omitting what is unknown). */
    QString toString() const;
};

/**
 * Reading and writing episode files. The one code path used by the editor, the command line and the tests.
 *
 * Reading keeps the exact text of every item and of everything outside the transcript list; writing puts untouched
 * pieces back byte for byte and writes edited or new pieces in the canonical PyYAML style (YamlWriter). Writing goes
 * through QSaveFile, so a failed write never damages the original. Nothing is written when reading failed.
 */
class EpisodeFile
{
public:
    /** Parses bytes; `fileName` is only used in error messages. */
    static bool parse(const QByteArray &bytes, const QString &fileName, Episode *episode, FileError *error);
    /** Reads and parses a file (front matter `.md`, or a plain YAML mapping); `bytesRead` gets what was read. */
    static bool read(const QString &path, Episode *episode, FileError *error, QByteArray *bytesRead = nullptr);

    /** The file's bytes: untouched pieces as they were, edited ones canonical. */
    static QByteArray serialize(const Episode &episode);
    /** The whole episode as one plain YAML mapping in canonical style ("export cleaned YAML"). */
    static QByteArray serializeCanonical(const Episode &episode);

    /**
     * Atomically writes serialize(episode) to path. Before the new file replaces the old one, its bytes are read
     * back with yaml-cpp and must give the episode's data (SaveCheck); if not, nothing is replaced. `bytesWritten`
     * gets what was written.
     */
    static bool write(
        const QString &path, const Episode &episode, FileError *error, QByteArray *bytesWritten = nullptr);
    /** Atomically writes serializeCanonical(episode) to path, checked as write() is. */
    static bool exportCanonical(const QString &path, const Episode &episode, FileError *error);
    /**
     * Atomically writes arbitrary bytes (shared by every writer in the project). `check`, when given, runs after
     * the bytes are written and before the file is replaced; returning false (with a message) keeps the original.
     */
    static bool writeBytes(const QString &path, const QByteArray &bytes, FileError *error,
        const std::function<bool(QString *)> &check = {});

    /** Tests only: changes the bytes write() and exportCanonical() produce, to prove the save check refuses them. */
    static void setWriteFaultForTesting(std::function<void(QByteArray *)> fault);
};
