// Never losing work: the Autosaver keeps a recovery copy of the open document, the recovery dialog offers copies
// left by a crash (at start, and when their file is opened), and the ExternalChangeWatcher notices when the open
// file is changed on disk (reload when unmodified, ask when modified, ask before saving over such a change).
#include "mainwindow.h"

#include "autosaver.h"
#include "document.h"
#include "externalchangewatcher.h"
#include "recoverydialog.h"
#include "recoveryoffer.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

void MainWindow::setupRecovery()
{
    m_autosaver = new Autosaver(m_document, QString(), this);
    m_autosaver->setObjectName(QStringLiteral("autosaver"));
    connect(m_autosaver, &Autosaver::writeFailed, this,
        [this](const QString &message) { showStatus(tr("The recovery copy could not be written: %1").arg(message)); });

    m_diskWatcher = new ExternalChangeWatcher(this);
    m_diskWatcher->setObjectName(QStringLiteral("diskWatcher"));
    // The baseline is the document's fingerprint of the bytes it read or wrote: no second read of the file.
    const auto follow = [this] { m_diskWatcher->setPath(m_document->filePath(), m_document->fileFingerprint()); };
    connect(m_document, &Document::loaded, m_diskWatcher, follow);
    connect(m_document, &Document::saved, m_diskWatcher, follow);
    connect(m_diskWatcher, &ExternalChangeWatcher::changed, this, &MainWindow::diskFileChanged);
}

void MainWindow::offerRecovery()
{
    const RecoveryStore &store = m_autosaver->store();
    for (const QString &id : store.orphanIds()) {
        if (id == m_autosaver->currentId())
            continue;
        if (offerCopy(id, true))
            return; // one document per window: the other copies wait for the next start or for their file
    }
}

void MainWindow::offerRecoveryOf(const QString &path)
{
    // The autosaver has just claimed this file's id: a copy under it was left by an editor that is gone.
    const QString id = m_autosaver->currentId();
    if (id == RecoveryStore::idForPath(path) && m_autosaver->store().exists(id))
        offerCopy(id, false);
}

bool MainWindow::offerCopy(const QString &id, bool allowLater)
{
    const std::optional<RecoveryCopy> copy = m_autosaver->store().read(id);
    if (!copy) {
        // Not a whole copy (a foreign or damaged file): nothing to offer, nothing to keep.
        m_autosaver->removeCopy(id);
        return false;
    }
    const RecoveryOffer offer = RecoveryOffer::make(*copy);
    RecoveryDialog dialog(offer, allowLater, this);
    dialog.exec();
    switch (dialog.choice()) {
    case RecoveryDialog::Restore:
        break;
    case RecoveryDialog::Discard:
        m_autosaver->removeCopy(id);
        showStatus(tr("The recovered changes were discarded."));
        return false;
    default:
        return false;
    }
    // The recovered content opens as modified, under the original path, so Save writes it there.
    m_document->loadEpisode(offer.episode, copy->originalPath);
    m_autosaver->adoptRestored(id);
    followReplacedDocument();
    showStatus(tr("Restored the unsaved changes from %1. Save to keep them.")
                   .arg(QLocale().toString(copy->createdAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void MainWindow::followReplacedDocument()
{
    updateTitle();
    updateActions();
    updateSpeakerActions();
    if (m_document->model()->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    audioDocumentChanged();
    checksDocumentChanged();
}

void MainWindow::diskFileChanged(bool removed)
{
    const QString path = m_document->filePath();
    const QString name = QFileInfo(path).fileName();
    if (path.isEmpty())
        return;
    if (removed) {
        showStatus(tr("%1 was deleted or moved on disk. Save writes it again.").arg(name));
        return;
    }
    // Text typed in an open cell counts as an edit too: a silent reload would drop it.
    if (m_document->isModified() || m_view->isEditingText()) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
            tr("“%1” has been changed on disk by another program, and you have unsaved edits.").arg(name),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("changedOnDiskBox"));
        box.setInformativeText(tr("Reload the file and drop your edits, or keep your edits (saving will ask before "
                                  "replacing the other program's version)?"));
        QPushButton *reload = box.addButton(tr("&Reload and Drop My Edits"), QMessageBox::DestructiveRole);
        reload->setObjectName(QStringLiteral("reloadButton"));
        QPushButton *keep = box.addButton(tr("&Keep My Edits"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != reload) {
            showStatus(tr("Kept your edits; %1 on disk differs from them.").arg(name));
            return;
        }
    }
    // Keep the user's place: the current row and column and the scroll position, as far as the new content allows.
    const QModelIndex current = m_view->currentIndex();
    const int row = current.row();
    const int column = current.isValid() ? current.column() : int(TranscriptModel::TextColumn);
    // The scroll position as the row at the top of the view: pixel offsets change when rows are measured anew.
    const int topRow = m_view->indexAt(QPoint(1, 1)).row();
    FileError error;
    if (!m_document->load(path, &error)) {
        if (error.file.isEmpty())
            error.file = path;
        showStatus(tr("%1 changed on disk but cannot be read: %2").arg(name, error.toString()));
        return;
    }
    const int rows = m_document->model()->rowCount();
    if (rows > 0 && row >= 0)
        m_view->setCurrentIndex(m_document->model()->index(qMin(row, rows - 1), column));
    followReplacedDocument();
    if (rows > 0 && topRow >= 0)
        m_view->scrollTo(m_document->model()->index(qMin(topRow, rows - 1), column), QAbstractItemView::PositionAtTop);
    showStatus(tr("%1 was changed on disk and has been reloaded.").arg(name));
}

bool MainWindow::confirmOverwriteIfChangedOnDisk()
{
    if (m_document->filePath().isEmpty() || !m_diskWatcher->changedOnDisk())
        return true;
    const QString name = QFileInfo(m_document->filePath()).fileName();
    const bool exists = QFileInfo::exists(m_document->filePath());
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
        exists ? tr("“%1” has been changed on disk since you opened or last saved it.").arg(name)
               : tr("“%1” has been deleted or moved on disk since you opened or last saved it.").arg(name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("overwriteChangedBox"));
    box.setInformativeText(exists ? tr("Saving replaces the version on disk with yours. Save anyway?")
                                  : tr("Saving writes your version there again. Save anyway?"));
    QPushButton *overwrite = box.addButton(tr("&Save Anyway"), QMessageBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}
