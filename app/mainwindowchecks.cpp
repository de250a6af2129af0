// Captions/checks part of the main window (checks panel, import, align, exports). Placeholder until it lands.
#include "mainwindow.h"

void MainWindow::setupChecks()
{
}

void MainWindow::checksDocumentChanged()
{
}
