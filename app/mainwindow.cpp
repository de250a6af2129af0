// Placeholder until the editor window work lands.
#include "mainwindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setupAudio();
    setupChecks();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &)
{
    audioDocumentChanged();
    checksDocumentChanged();
    return false;
}
