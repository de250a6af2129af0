#include "document.h"

#include "episodefile.h"
#include "episodelayout.h"
#include "setmetadatacommand.h"
#include "speakermodel.h"
#include "transcriptmodel.h"

#include <QFileInfo>
#include <QUndoStack>

Document::Document(QObject *parent)
    : QObject(parent),
      m_undoStack(new QUndoStack(this)),
      m_model(new TranscriptModel(&m_episode, m_undoStack, this)),
      m_speakers(new SpeakerModel(m_model, this))
{
    m_model->setSpeakerModel(m_speakers);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { setUnsaved(m_unsaved); });
}

Document::~Document()
{
    // The stack's commands point at the model: delete them while the model still exists.
    m_undoStack->clear();
}

bool Document::load(const QString &path, FileError *error)
{
    Episode episode;
    QByteArray bytes;
    if (!EpisodeFile::read(path, &episode, error, &bytes))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    replaceContent(std::move(episode), absolute, false, FileFingerprint::ofBytes(absolute, bytes));
    return true;
}

void Document::loadEpisode(Episode episode, const QString &path)
{
    // Content from elsewhere (a recovery copy, captions) under a file's name: the baseline is that file as it is.
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    replaceContent(
        std::move(episode), absolute, true, absolute.isEmpty() ? FileFingerprint() : FileFingerprint::of(absolute));
}

void Document::replaceContent(Episode copy, const QString &path, bool unsaved, const FileFingerprint &fingerprint)
{
    // `copy` is the caller's episode moved in (a file just read) or a copy of it: no second copy of the entries.
    m_undoStack->clear();
    // Entries may come with ids from elsewhere: make sure fresh ids never collide with them.
    EntryId maxId = 0;
    for (const TranscriptEntry &e : copy.entries)
        maxId = qMax(maxId, e.id);
    while (copy.newEntryId() <= maxId) { }
    copy.assignIds();
    m_model->resetEpisode(std::move(copy));
    m_fingerprint = fingerprint;
    setFilePath(path);
    setUnsaved(unsaved);
    emit loaded();
}

bool Document::save(FileError *error)
{
    if (m_filePath.isEmpty()) {
        if (error) {
            *error = FileError();
            error->message = tr("The document has no file name yet; use Save As.");
        }
        return false;
    }
    return saveAs(m_filePath, error);
}

bool Document::saveAs(const QString &path, FileError *error)
{
    // The name decides the layout (an imported transcript saved as .md gets its front matter); on a copy, so a
    // failed write leaves the document as it was.
    Episode adapted = m_episode;
    QString why;
    if (!EpisodeLayout::adaptToPath(&adapted, path, &why)) {
        if (error) {
            *error = FileError();
            error->file = path;
            error->message = why;
        }
        return false;
    }
    QByteArray written;
    if (!EpisodeFile::write(path, adapted, error, &written))
        return false;
    m_episode.layout = adapted.layout;
    m_episode.opening = adapted.opening;
    m_episode.closing = adapted.closing;
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_fingerprint = FileFingerprint::ofBytes(m_filePath, written);
    m_undoStack->setClean();
    setUnsaved(false);
    emit saved(m_filePath);
    return true;
}

bool Document::exportCanonical(const QString &path, FileError *error) const
{
    return EpisodeFile::exportCanonical(path, m_episode, error);
}

QString Document::displayName() const
{
    const QString title = m_episode.title().trimmed();
    if (!title.isEmpty())
        return title;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

bool Document::isModified() const
{
    return m_unsaved || !m_undoStack->isClean();
}

void Document::setMetadata(const QString &key, const QVariant &value)
{
    if (key.isEmpty() || key == QLatin1String("transcript"))
        return;
    const int i = m_episode.fieldIndex(key);
    if (i >= 0 && m_episode.fields.at(i).value == value)
        return;
    m_undoStack->push(new SetMetadataCommand(this, key, value));
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Document::setUnsaved(bool unsaved)
{
    m_unsaved = unsaved;
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}
