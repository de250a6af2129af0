#include "externalchangewatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void ExternalChangeWatcher::setPath(const QString &path, const FileFingerprint &baseline)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_settle.stop();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_baseline = m_path.isEmpty() ? FileFingerprint() : baseline;
    m_reported = m_baseline;
    rewatch();
}

void ExternalChangeWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    // After a rename-replace the watch is on the old inode (gone): watch the new file under the same name.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

bool ExternalChangeWatcher::changedOnDisk() const
{
    return !m_path.isEmpty() && !FileFingerprint::of(m_path).sameContent(m_baseline);
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    // After a rename-replace the watch may still sit on the old, unlinked inode: always watch the name afresh.
    if (m_watcher->files().contains(m_path))
        m_watcher->removePath(m_path);
    rewatch();
    const FileFingerprint now = FileFingerprint::of(m_path);
    if (now.sameContent(m_baseline)) {
        m_reported = m_baseline;
        return;
    }
    if (now.sameContent(m_reported))
        return;
    m_reported = now;
    emit changed(!now.exists);
}
