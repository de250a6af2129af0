#pragma once

#include "episode.h"
#include "filefingerprint.h"

#include <QObject>
#include <QString>
#include <QVariant>

class QUndoStack;
class SpeakerModel;
class TranscriptModel;
struct FileError;

/**
 * One open episode: the Episode data, its TranscriptModel and SpeakerModel, the undo stack and the clean state.
 *
 * Long-lived: the main window owns one and opening a file replaces its content (the only time the models reset),
 * clears the undo stack and marks it clean. isModified() is true when the undo stack is not at its clean index, or
 * after loadEpisode() of something that was never saved (an import).
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /** Reads the file; on failure nothing changes and *error says why. */
    bool load(const QString &path, FileError *error);
    /** Replaces the content by `episode` (e.g. imported captions); `path` may be empty (untitled). Counts as modified.
     */
    void loadEpisode(Episode episode, const QString &path);
    /** Writes to filePath() and marks clean; fails when there is no path. */
    bool save(FileError *error);
    /** Writes to `path`, which becomes the file path, and marks clean. */
    bool saveAs(const QString &path, FileError *error);
    /** Writes the whole episode as canonical YAML to `path` (does not change path or clean state). */
    bool exportCanonical(const QString &path, FileError *error) const;

    QString filePath() const { return m_filePath; }
    /**
     * The file as this document last read or wrote it, hashed from those very bytes (so a change made on disk
     * between reading and hashing cannot slip into the baseline); null when there is no file path. The autosaver
     * and the disk watcher take it instead of reading the file again.
     */
    const FileFingerprint &fileFingerprint() const { return m_fingerprint; }
    /** The title, else the file name, else "Untitled". */
    QString displayName() const;
    bool isModified() const;

    const Episode &episode() const { return m_episode; }
    TranscriptModel *model() const { return m_model; }
    SpeakerModel *speakers() const { return m_speakers; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Sets a top-level metadata value as one undo step (SetMetadataCommand). "transcript" is refused. */
    void setMetadata(const QString &key, const QVariant &value);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void loaded();
    /** The document was written to `path` (Save or Save As). */
    void saved(const QString &path);
    void metadataChanged(const QString &key);

private:
    friend class SetMetadataCommand;

    void replaceContent(Episode copy, const QString &path, bool unsaved, const FileFingerprint &fingerprint);
    void setFilePath(const QString &path);
    void setUnsaved(bool unsaved);

    Episode m_episode;
    QUndoStack *m_undoStack;
    TranscriptModel *m_model;
    SpeakerModel *m_speakers;
    QString m_filePath;
    FileFingerprint m_fingerprint;
    bool m_unsaved = false;
    bool m_lastModified = false;
};
