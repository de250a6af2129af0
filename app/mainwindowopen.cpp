// Opening captions from File > Open, Open Recent, a drop or the command line: they become a new untitled episode,
// as Transcript > Import Captions makes one, and Save As suggests the captions' base name with ".md".
#include "mainwindow.h"

#include "captionimport.h"
#include "document.h"
#include "filekind.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

bool MainWindow::openCaptions(const QString &path)
{
    QList<CaptionFragment> fragments;
    FileError error;
    if (!CaptionImport::read(path, &fragments, &error)) {
        if (error.file.isEmpty())
            error.file = path;
        QMessageBox::critical(
            this, tr("Cannot Open File"), tr("The captions could not be opened.\n\n%1").arg(error.toString()));
        return false;
    }
    if (fragments.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Open File"),
            tr("The file could not be opened.\n\n%1: there are no captions in it.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_document->loadEpisode(CaptionImport::toEpisode(fragments, CaptionImport::titleFromFileName(path)), QString());
    m_saveAsSuggestion = FileKind::episodePathFor(path);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateActions();
    updateSpeakerActions();
    if (m_document->model()->rowCount() > 0)
        m_view->selectRow(0);
    showStatus(tr("Opened the captions %1 as a new episode: %n line(s). Save As writes it as an episode file.", nullptr,
        m_document->model()->rowCount())
                   .arg(QFileInfo(path).fileName()));
    audioDocumentChanged();
    checksDocumentChanged();
    return true;
}
