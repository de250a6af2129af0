#pragma once

#include "filefingerprint.h"

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

/**
 * Notices when the open file is changed on disk by someone else (another editor, `git pull`, a sync tool).
 *
 * Watches the file and its directory with QFileSystemWatcher: editors and git replace a file by writing a new one
 * and renaming it over the old, after which a watch on the file alone goes silent. Events are gathered for a short
 * moment (a rename-replace sends several), then the file's content is compared with the baseline, the content at
 * load or last save (given to setPath): only a real difference is reported, so the editor's own saves never are.
 */
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    /**
     * Watches `path` (empty: nothing) with `baseline` as the content the editor knows: the document's fingerprint of
     * the bytes it read or wrote, so the file is not read again.
     */
    void setPath(const QString &path, const FileFingerprint &baseline);
    QString path() const { return m_path; }
    /** The content the editor knows (after loading or saving `path`). */
    FileFingerprint baseline() const { return m_baseline; }
    /** Whether the file on disk differs from the baseline now (checked on the spot, not from events). */
    bool changedOnDisk() const;
    /** How long events are gathered before comparing (default 200 ms). */
    void setSettleMs(int ms) { m_settle.setInterval(ms); }

signals:
    /** The file's content differs from the baseline (`removed`: the file is gone). Emitted once per difference. */
    void changed(bool removed);

private:
    void check();
    void rewatch();

    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
    QString m_path;
    FileFingerprint m_baseline;
    FileFingerprint m_reported; ///< the last content reported, so one change is reported once
};
