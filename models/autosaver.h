#pragma once

#include "filefingerprint.h"
#include "recoverystore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AutosaveScheduler;
class Document;
class QLockFile;
class QThread;

/**
 * Keeps a recovery copy of a Document in a RecoveryStore while it has unsaved changes, so that nothing typed is
 * lost to a crash, a kill or a power cut.
 *
 * Shape: a whole snapshot (EpisodeFile::serialize, i.e. exactly the bytes Save would write) rather than a journal of
 * the undo stack. Restoring is then reading a file with the normal reader, and restore-then-save gives the same
 * bytes a save would have given by construction; a journal would need every undo command to be serialisable and
 * replayable on a file that may have changed meanwhile. The cost of a whole snapshot is serialising it (about
 * 0.1 s at 100,000 lines), which runs on a worker thread: the UI thread only takes a copy of the Episode, which is
 * implicitly shared (O(1)); see bench_autosave for the stall it causes.
 *
 * Timing comes from AutosaveScheduler (3 s after the last change, at least every `autosave/intervalSeconds`).
 * Saving, undoing back to the saved state, closing cleanly or discarding removes the copy; a crash leaves it. Writes
 * and removals run in order on one worker thread, so a removal can never be overtaken by an older write.
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(Document *document, const QString &storeDirectory = QString(), QObject *parent = nullptr);
    ~Autosaver() override;

    AutosaveScheduler *scheduler() const { return m_scheduler; }
    const RecoveryStore &store() const { return m_store; }
    /** The id under which the current document's copy is kept. */
    QString currentId() const { return m_id; }
    /** What the original file looked like when it was loaded or last saved (for the copy's metadata). */
    FileFingerprint originalFingerprint() const { return m_original; }

public slots:
    /** Takes a snapshot now and writes it (off the UI thread); does nothing when the document is unmodified. */
    void writeNow();
    /** After restoring the copy `oldId` into the document: writes the document's own copy, then removes `oldId`
     * (unless it is the same), so the recovered edits are never without a copy. */
    void adoptRestored(const QString &oldId);
    /** Removes the current document's copy (after a save, on a clean close, or when the user discards). */
    void discard();
    /** Removes the copy `id` (a copy the user discarded in the recovery dialog). */
    void removeCopy(const QString &id);
    /** Waits until every queued write and removal has finished (tests, benchmarks, clean shutdown). */
    void waitForIdle();

signals:
    /** A copy was written (on the UI thread, after the worker finished). */
    void copyWritten(const QString &id);
    /** Writing failed (disk full, no permission): the message says where. */
    void writeFailed(const QString &message);

private:
    void documentLoaded();
    void documentSaved();
    void documentChanged();
    void switchTo(const QString &id);

    QPointer<Document> m_document;
    RecoveryStore m_store;
    AutosaveScheduler *m_scheduler;
    QThread *m_thread;
    QObject *m_worker; ///< lives in m_thread; queued functors run there in order
    QString m_id;
    std::shared_ptr<QLockFile> m_lock;
    FileFingerprint m_original;
};
