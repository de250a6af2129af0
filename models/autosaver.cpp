#include "autosaver.h"

#include "autosavescheduler.h"
#include "document.h"
#include "episodefile.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSemaphore>
#include <QThread>
#include <QUndoStack>

Autosaver::Autosaver(Document *document, const QString &storeDirectory, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_store(storeDirectory),
      m_scheduler(new AutosaveScheduler(this)),
      m_thread(new QThread(this)),
      m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("autosave"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);

    connect(m_scheduler, &AutosaveScheduler::due, this, &Autosaver::writeNow);
    connect(document, &Document::loaded, this, &Autosaver::documentLoaded);
    connect(document, &Document::saved, this, &Autosaver::documentSaved);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        // Back at the saved state (saved, or every edit undone): the file holds everything, the copy is not needed.
        if (!modified)
            discard();
        else
            documentChanged();
    });
    documentLoaded();
}

Autosaver::~Autosaver()
{
    // Finish what is queued (a half-done write is harmless, QSaveFile, but a queued removal must happen).
    waitForIdle();
    m_thread->quit();
    m_thread->wait();
}

void Autosaver::switchTo(const QString &id)
{
    if (id == m_id)
        return;
    // The previous document was saved, or the user chose to discard its changes: its copy has served.
    if (!m_id.isEmpty()) {
        discard();
        // The old lock goes only after the removal, so no other editor ever sees that copy as orphaned meanwhile.
        QMetaObject::invokeMethod(
            m_worker, [lock = std::move(m_lock)] { Q_UNUSED(lock) }, Qt::QueuedConnection);
    }
    m_id = id;
    m_lock = std::shared_ptr<QLockFile>(m_store.claim(id).release());
    if (!m_lock) {
        // The same file is open in another running editor: keep a copy of our own beside its copy.
        m_id = id + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
        m_lock = std::shared_ptr<QLockFile>(m_store.claim(m_id).release());
    }
}

void Autosaver::documentLoaded()
{
    m_scheduler->cancel();
    const QString path = m_document->filePath();
    // An untitled document keeps its random id until Save As gives it a name (then it is clean and its copy goes).
    switchTo(path.isEmpty() ? RecoveryStore::newUntitledId() : RecoveryStore::idForPath(path));
    m_original = m_document->fileFingerprint(); // null when untitled
    if (m_document->isModified())
        m_scheduler->markChanged();
}

void Autosaver::documentSaved()
{
    m_scheduler->cancel();
    const QString path = m_document->filePath();
    m_original = m_document->fileFingerprint();
    switchTo(RecoveryStore::idForPath(path));
    discard();
}

void Autosaver::documentChanged()
{
    if (m_document && m_document->isModified())
        m_scheduler->markChanged();
}

void Autosaver::writeNow()
{
    m_scheduler->cancel();
    if (!m_document || !m_document->isModified())
        return;
    RecoveryCopy copy;
    copy.id = m_id;
    copy.originalPath = m_document->filePath();
    copy.displayName = m_document->displayName();
    copy.original = m_original;
    copy.createdAt = QDateTime::currentDateTimeUtc();
    copy.entryCount = int(m_document->episode().entries.size());
    // The only work on the UI thread: an implicitly shared copy of the episode. Serialising happens on the worker.
    Episode snapshot = m_document->episode();
    const RecoveryStore store = m_store;
    Autosaver *self = this; // alive while the worker runs: the destructor waits for the worker first
    QMetaObject::invokeMethod(
        m_worker,
        [store, copy, snapshot, self]() mutable {
            copy.bytes = EpisodeFile::serialize(snapshot);
            snapshot = Episode();
            QString error;
            const bool ok = store.write(copy, &error);
            const QString id = copy.id;
            // Back to the UI thread; if the Autosaver is gone by then, the posted call is dropped with it.
            QMetaObject::invokeMethod(
                self,
                [self, ok, id, error] {
                    if (ok)
                        emit self->copyWritten(id);
                    else
                        emit self->writeFailed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Autosaver::discard()
{
    m_scheduler->cancel();
    if (m_id.isEmpty())
        return;
    const RecoveryStore store = m_store;
    const QString id = m_id;
    QMetaObject::invokeMethod(
        m_worker, [store, id] { store.remove(id); }, Qt::QueuedConnection);
}

void Autosaver::adoptRestored(const QString &oldId)
{
    writeNow();
    if (oldId != m_id)
        removeCopy(oldId);
}

void Autosaver::removeCopy(const QString &id)
{
    const RecoveryStore store = m_store;
    QMetaObject::invokeMethod(
        m_worker, [store, id] { store.remove(id); }, Qt::QueuedConnection);
}

void Autosaver::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}
