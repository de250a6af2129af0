#include "mainwindow.h"

#include "actionicon.h"
#include "autosaver.h"
#include "document.h"
#include "episodefile.h"
#include "episodepanel.h"
#include "externalchangewatcher.h"
#include "filekind.h"
#include "finddialog.h"
#include "playbackcontroller.h"
#include "retranslator.h"
#include "speakermodel.h"
#include "speakerspanel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace {
constexpr int MaxRecentFiles = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_view(new TranscriptView(this))
{
    Q_INIT_RESOURCE(resources);
    setWindowIcon(QIcon(QStringLiteral(":/icons/transcript-editor.svg")));
    setAcceptDrops(true);
    m_view->setModels(m_document->model(), m_document->speakers());
    setCentralWidget(m_view);

    m_fileMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&File"); });
    m_editMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&Edit"); });
    m_viewMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&View"); });
    m_transcriptMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&Transcript"); });
    m_toolBar = Retranslator::bind(addToolBar(QString()), "windowTitle", [] { return tr("Main Toolbar"); });
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    createFileActions();
    createEditActions();
    createDocks();

    m_helpMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&Help"); });
    QAction *about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Transcript Editor"),
            tr("<p><b>Transcript Editor</b> %1</p><p>Edit podcast episode transcripts: speakers, "
               "timestamps, sections and audio, saved back to the episode file untouched where you "
               "did not edit.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    Retranslator::bind(about, "text", [] { return tr("&About Transcript Editor"); });

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::loaded, this, &MainWindow::updateTitle);
    connect(m_document, &Document::metadataChanged, this, [this](const QString &key) {
        if (key == QLatin1String("title"))
            updateTitle();
    });
    connect(m_view, &TranscriptView::statusMessage, this, &MainWindow::showStatus);
    // Whatever replaces the document forgets the captions' name; openCaptions() sets it again after loading.
    connect(m_document, &Document::loaded, this, [this] { m_saveAsSuggestion.clear(); });
    statusBar()->showMessage(
        tr("Open an episode (.md or .yaml) or captions (.srt, .vtt, .txt) with Ctrl+O or drop it here."));

    updateTitle();

    setupAudio();
    setupChecks();
    setupTimeline();
    setupRecovery();
    setupPreferences();
    // Menus are in their final order only now: the audio part adds Playback, the checks part fills Transcript.
    menuBar()->addMenu(m_helpMenu);
    // Only now do all docks exist, so restoreState() can put the Player and Checks docks back where they were.
    readSettings();

    // TE_SCREENSHOT=<file.png>: render the window once it has settled, save it and quit (docs/screenshot.png).
    const QString screenshot = qEnvironmentVariable("TE_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(3000, this, [this, screenshot] {
            if (!grab().save(screenshot))
                qWarning("Could not write the screenshot %s", qPrintable(screenshot));
            QApplication::exit(0);
        });
    }
}

MainWindow::~MainWindow()
{
    // Ownership and destruction order, decided here while this is still a whole MainWindow (Qt would otherwise
    // delete the children after this destructor, the Document first, and the Document clearing its undo stack would
    // call updateActions on a window that is no longer a MainWindow). Nothing that happens during teardown may reach
    // this window's slots; then everything that shows, plays or edits the document goes, and the document last.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document->speakers(), nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    // Not a crash: a recovery copy is kept only when the process dies without running this.
    m_autosaver->discard();
    delete m_autosaver;
    delete m_diskWatcher;
    delete m_playback;
    delete m_findDialog;
    delete findChild<QObject *>(QStringLiteral("transcriptTools"), Qt::FindDirectChildrenOnly);
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    delete m_document;
}

void MainWindow::createFileActions()
{
    QAction *openAction = m_fileMenu->addAction(actionIcon(QStringLiteral("open")), QString(), this, &MainWindow::open);
    Retranslator::bind(openAction, "text", [] { return tr("&Open..."); });
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = Retranslator::bind(m_fileMenu->addMenu(QString()), "title", [] { return tr("Open &Recent"); });
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(actionIcon(QStringLiteral("save")), QString(), this, &MainWindow::save);
    Retranslator::bind(m_saveAction, "text", [] { return tr("&Save"); });
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAs);
    Retranslator::bind(saveAsAction, "text", [] { return tr("Save &As..."); });
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCleanedYaml);
    exportAction->setObjectName(QStringLiteral("actionExportCleanedYaml"));
    Retranslator::bind(exportAction, "text", [] { return tr("&Export Cleaned YAML..."); });
    m_fileMenu->addSeparator();
    QAction *quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    Retranslator::bind(quitAction, "text", [] { return tr("&Quit"); });
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    m_toolBar->addAction(openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
}

void MainWindow::createDocks()
{
    m_speakersPanel = new SpeakersPanel(this);
    m_speakersPanel->setModels(m_document->model(), m_document->speakers(), m_view->selectionModel());
    auto *speakersDock = Retranslator::bind(new QDockWidget(this), "windowTitle", [] { return tr("Speakers"); });
    speakersDock->setObjectName(QStringLiteral("speakersDock"));
    speakersDock->setWidget(m_speakersPanel);
    addDockWidget(Qt::RightDockWidgetArea, speakersDock);
    connect(m_speakersPanel, &SpeakersPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_speakersPanel, &SpeakersPanel::linesSelected, this, [this](int first) {
        if (first >= 0)
            m_view->scrollTo(m_document->model()->index(first, TranscriptModel::TextColumn));
        m_view->setFocus();
    });

    m_episodePanel = new EpisodePanel(this);
    m_episodePanel->setDocument(m_document);
    auto *episodeDock = Retranslator::bind(new QDockWidget(this), "windowTitle", [] { return tr("Episode"); });
    episodeDock->setObjectName(QStringLiteral("episodeDock"));
    episodeDock->setWidget(m_episodePanel);
    addDockWidget(Qt::RightDockWidgetArea, episodeDock);

    m_undoView = new QUndoView(m_document->undoStack(), this);
    Retranslator::bind(m_undoView, [view = m_undoView] { view->setEmptyLabel(tr("<opened file>")); });
    auto *undoDock = Retranslator::bind(new QDockWidget(this), "windowTitle", [] { return tr("Undo History"); });
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    tabifyDockWidget(episodeDock, undoDock);
    episodeDock->raise();

    m_viewMenu->addAction(speakersDock->toggleViewAction());
    m_viewMenu->addAction(episodeDock->toggleViewAction());
    m_viewMenu->addAction(undoDock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    // Captions open as a new untitled episode; a file that is neither gets a message instead of a parse error.
    switch (FileKind::detectFile(path)) {
    case FileKind::Captions:
        return openCaptions(path);
    case FileKind::Unknown: {
        const QString why = QFileInfo(path).isReadable() ? FileKind::unknownMessage() : tr("The file cannot be read.");
        QMessageBox::critical(this, tr("Cannot Open File"),
            tr("The file could not be opened.\n\n%1: %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    case FileKind::Episode:
        break;
    }
    FileError error;
    if (!m_document->load(path, &error)) {
        if (error.file.isEmpty())
            error.file = path;
        QMessageBox::critical(
            this, tr("Cannot Open File"), tr("The file could not be opened.\n\n%1").arg(error.toString()));
        return false;
    }
    offerRecoveryOf(path);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    updateActions();
    updateSpeakerActions();
    if (m_document->model()->rowCount() > 0)
        m_view->selectRow(0);
    showStatus(tr("Opened %1: %n entries.", nullptr, m_document->model()->rowCount()).arg(QFileInfo(path).fileName()));
    audioDocumentChanged();
    checksDocumentChanged();
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty()
        ? (m_recentFiles.isEmpty() ? QString() : QFileInfo(m_recentFiles.first()).absolutePath())
        : QFileInfo(m_document->filePath()).absolutePath();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Episode or Captions"), dir, FileKind::openFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    m_view->commitEditor();
    m_episodePanel->commitEdits();
    if (!confirmOverwriteIfChangedOnDisk())
        return false;
    FileError error;
    if (!m_document->save(&error)) {
        QMessageBox::critical(
            this, tr("Cannot Save File"), tr("The file could not be saved.\n\n%1").arg(error.toString()));
        return false;
    }
    showStatus(tr("Saved %1.").arg(QFileInfo(m_document->filePath()).fileName()));
    return true;
}

bool MainWindow::saveAs()
{
    m_view->commitEditor();
    m_episodePanel->commitEdits();
    const QString suggestion = m_document->filePath().isEmpty() ? m_saveAsSuggestion : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Episode As"), suggestion, tr("Episode files (*.md *.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).absoluteFilePath() == m_document->filePath() && !confirmOverwriteIfChangedOnDisk())
        return false;
    FileError error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(
            this, tr("Cannot Save File"), tr("The file could not be saved.\n\n%1").arg(error.toString()));
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    showStatus(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::exportCleanedYaml()
{
    m_view->commitEditor();
    QString suggestion = m_document->filePath();
    if (!suggestion.isEmpty())
        suggestion = QFileInfo(suggestion).absolutePath() + QLatin1Char('/') + QFileInfo(suggestion).completeBaseName()
            + QStringLiteral(".yaml");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Cleaned YAML"), suggestion, tr("YAML files (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    FileError error;
    if (!m_document->exportCanonical(path, &error)) {
        QMessageBox::critical(
            this, tr("Cannot Export"), tr("The file could not be written.\n\n%1").arg(error.toString()));
        return;
    }
    showStatus(tr("Exported %1.").arg(QFileInfo(path).fileName()));
}

bool MainWindow::maybeSave()
{
    m_view->commitEditor();
    m_episodePanel->commitEdits();
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Do you want to save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosaver->discard(); // a clean close: saved, unmodified, or the user chose to discard the changes
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && FileKind::detectFile(urls.first().toLocalFile()) != FileKind::Unknown)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            m_recentFiles.clear();
            QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
            updateRecentMenu();
        });
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    m_recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
    updateRecentMenu();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QList<QVariant> widths = settings.value(QStringLiteral("view/columnWidths")).toList();
    for (int column = 0; column < widths.size() && column < TranscriptModel::TextColumn; ++column) {
        if (widths.at(column).toInt() > 0)
            m_view->setColumnWidth(column, widths.at(column).toInt());
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QList<QVariant> widths;
    for (int column = 0; column < TranscriptModel::TextColumn; ++column)
        widths << m_view->columnWidth(column);
    settings.setValue(QStringLiteral("view/columnWidths"), widths);
    settings.setValue(QStringLiteral("recentFiles"), m_recentFiles);
}
