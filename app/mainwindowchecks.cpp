// Captions/checks part of the main window: the Checks dock and the Transcript menu (import captions, join into
// paragraphs, re-time from captions, exports). The work itself is done by ChecksPanel and TranscriptTools.
#include "mainwindow.h"

#include "checkspanel.h"
#include "document.h"
#include "retranslator.h"
#include "transcriptmodel.h"
#include "transcripttools.h"
#include "transcriptview.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

void MainWindow::setupChecks()
{
    m_checks = new ChecksPanel(this);
    m_checks->setObjectName(QStringLiteral("checksPanel"));
    auto *dock = new QDockWidget(m_checks->title(), this);
    dock->setObjectName(QStringLiteral("checksDock"));
    dock->setWidget(m_checks);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The counts live in the dock title, so they are visible even when the dock is tabbed away.
    connect(m_checks, &ChecksPanel::titleChanged, dock, &QDockWidget::setWindowTitle);
    connect(m_checks, &ChecksPanel::statusMessage, this, &MainWindow::showStatus);

    auto *tools = new TranscriptTools(this, m_document, m_view);
    tools->setMaybeSave([this] { return maybeSave(); });
    // An import replaces the document like opening a file does: the other parts follow it the same way.
    connect(tools, &TranscriptTools::documentReplaced, this, [this] {
        updateTitle();
        updateActions();
        updateSpeakerActions();
        if (m_document->model()->rowCount() > 0)
            m_view->selectRow(0);
        audioDocumentChanged();
        checksDocumentChanged();
    });
    connect(tools, &TranscriptTools::statusMessage, this, &MainWindow::showStatus);

    if (!m_transcriptMenu)
        m_transcriptMenu = Retranslator::bind(menuBar()->addMenu(QString()), "title", [] { return tr("&Transcript"); });
    tools->populateMenu(m_transcriptMenu);
    QAction *toggle = dock->toggleViewAction();
    Retranslator::bind(toggle, "text", [] { return tr("&Checks"); });
    if (m_viewMenu) {
        m_viewMenu->addAction(toggle);
    } else {
        m_transcriptMenu->addSeparator();
        m_transcriptMenu->addAction(toggle);
    }

    if (m_document)
        m_checks->setDocument(m_document, m_view);
}

void MainWindow::checksDocumentChanged()
{
    // Document is long-lived, so this only re-checks, unless setupChecks ran before the document existed.
    m_checks->setDocument(m_document, m_view);
    if (auto *tools = findChild<TranscriptTools *>(QString(), Qt::FindDirectChildrenOnly))
        tools->setDocument(m_document, m_view);
}
