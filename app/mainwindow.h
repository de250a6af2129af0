#pragma once

#include <QMainWindow>

class Document;
class TranscriptView;
class PlaybackController;
class ChecksPanel;

/**
 * The editor window: menus, actions, docks and wiring only. Editing logic lives in models/ (Document,
 * TranscriptModel and their undo commands); views live in widgets/.
 *
 * The audio part is set up in mainwindowaudio.cpp (setupAudio) and the captions/checks part in
 * mainwindowchecks.cpp (setupChecks), so those features stay in files of their own.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens an episode; on failure shows a dialog with file and line and returns false. */
    bool openFile(const QString &path);

    Document *document() const { return m_document; }
    TranscriptView *transcriptView() const { return m_view; }
    PlaybackController *playback() const { return m_playback; }

private:
    void setupAudio();             ///< mainwindowaudio.cpp
    void audioDocumentChanged();   ///< mainwindowaudio.cpp: called after a document was opened
    void setupChecks();            ///< mainwindowchecks.cpp
    void checksDocumentChanged();  ///< mainwindowchecks.cpp: called after a document was opened

    Document *m_document = nullptr;
    TranscriptView *m_view = nullptr;
    PlaybackController *m_playback = nullptr;
    ChecksPanel *m_checks = nullptr;
};
