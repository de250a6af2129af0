// Audio part of the main window (player dock, transport actions, follow mode). Placeholder until it lands.
#include "mainwindow.h"

void MainWindow::setupAudio()
{
}

void MainWindow::audioDocumentChanged()
{
}
