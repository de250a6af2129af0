#pragma once

#include "recoverycopy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

/**
 * The directory of recovery copies (by default `<AppDataLocation>/recovery`), one file per open document:
 * `<id>.recovery`, written atomically (QSaveFile), so a copy is always whole: a crash during a write leaves the
 * previous copy. The file holds a header line, one line of JSON metadata and then the document's bytes, so the
 * metadata and the content can never disagree.
 *
 * A running editor holds `<id>.lock` (QLockFile) for the document it has open; a copy whose lock can be taken
 * belongs to nobody alive (its editor crashed or was killed) and is offered for recovery.
 *
 * Thread-safe in the sense that each call only touches the files it names; the Autosaver calls write() and remove()
 * from its worker thread.
 */
class RecoveryStore
{
public:
    /** `directory` empty: `<QStandardPaths::AppDataLocation>/recovery`. */
    explicit RecoveryStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    /** The id of the copy of the file at `path`: stable for the absolute path, readable in a file listing. */
    static QString idForPath(const QString &path);
    /** A fresh id for an untitled document. */
    static QString newUntitledId();

    QString copyPath(const QString &id) const;
    bool write(const RecoveryCopy &copy, QString *error = nullptr) const;
    std::optional<RecoveryCopy> read(const QString &id) const;
    bool exists(const QString &id) const;
    void remove(const QString &id) const;
    /** The ids of all copies, newest first. */
    QStringList ids() const;

    /** Marks `id` as owned by this process while the returned lock lives; null when another live process owns it. */
    std::unique_ptr<QLockFile> claim(const QString &id) const;
    /** Whether no live process owns `id` (its editor is gone). */
    bool isOrphan(const QString &id) const;
    /** Orphaned copies, newest first. */
    QStringList orphanIds() const;

    /** Serialised form of a copy (header, metadata line, bytes) and back; exposed for tests. */
    static QByteArray encode(const RecoveryCopy &copy);
    static std::optional<RecoveryCopy> decode(const QByteArray &data);

private:
    QString m_directory;
};
