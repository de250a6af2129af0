#pragma once

#include "preferences.h"
#include "shortcutscheme.h"

#include <QMainWindow>
#include <QStringList>

class ChecksPanel;
class Document;
class EpisodePanel;
class FindDialog;
class PlaybackController;
class QAction;
class QDockWidget;
class QMenu;
class QToolBar;
class QUndoView;
class SpeakersPanel;
class TranscriptView;

/**
 * The editor window: menus, actions, docks and wiring only. Editing logic lives in models/ (Document,
 * TranscriptModel and their undo commands); views live in widgets/.
 *
 * The audio part is set up in mainwindowaudio.cpp (setupAudio) and the captions/checks part in
 * mainwindowchecks.cpp (setupChecks), so those features stay in files of their own. The editing actions are
 * created and handled in mainwindowactions.cpp.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens an episode (asking first about unsaved changes); on failure shows a dialog with file and line and returns
     * false. */
    bool openFile(const QString &path);

    Document *document() const { return m_document; }
    TranscriptView *transcriptView() const { return m_view; }
    PlaybackController *playback() const { return m_playback; }
    SpeakersPanel *speakersPanel() const { return m_speakersPanel; }
    EpisodePanel *episodePanel() const { return m_episodePanel; }
    /** The recently opened files, most recent first. */
    QStringList recentFiles() const { return m_recentFiles; }
    /** The shortcuts of every named action, as applied (mainwindowpreferences.cpp). */
    const ShortcutScheme &shortcutScheme() const { return m_shortcuts; }
    /** The preferences in effect. */
    const Preferences &preferences() const { return m_preferences; }
    /** Applies and stores new preferences and shortcuts, as the Preferences dialog's OK and Apply do. */
    void applyPreferences(const Preferences &preferences, const ShortcutScheme &shortcuts);

public slots:
    bool save();
    bool saveAs();
    void exportCleanedYaml();
    void open();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupAudio(); ///< mainwindowaudio.cpp
    void audioDocumentChanged(); ///< mainwindowaudio.cpp: called after a document was opened
    void setupChecks(); ///< mainwindowchecks.cpp
    void checksDocumentChanged(); ///< mainwindowchecks.cpp: called after a document was opened
    void setupPreferences(); ///< mainwindowpreferences.cpp: Preferences, Keyboard Shortcuts, user shortcuts
    void showPreferences(); ///< mainwindowpreferences.cpp
    void showKeyboardShortcuts(); ///< mainwindowpreferences.cpp
    /** mainwindowopen.cpp: opens captions as a new untitled episode; false with a message when unreadable. */
    bool openCaptions(const QString &path);

    // mainwindow.cpp
    void createDocks();
    void createFileActions();
    /** Asks Save/Discard/Cancel when there are unsaved changes; true when it is fine to go on. */
    bool maybeSave();
    void updateTitle();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void readSettings();
    void writeSettings() const;
    void showStatus(const QString &message);

    // mainwindowactions.cpp
    void createEditActions();
    void updateActions();
    void updateSpeakerActions();
    void showContextMenu(const QPoint &pos);
    /** Rows an action works on: the row being edited, else the selection, else the current row. */
    QList<int> targetRows() const;
    void mergeWithNext();
    void mergeSelection();
    void mergeRows(const QList<int> &rows);
    void splitAtCursor();
    void setSpeakerNumber(int number);
    void insertHeaderAbove();
    void insertLineBelow();
    void toggleHeader();
    void deleteRows();
    void showFind(bool replace);

    Document *m_document = nullptr;
    TranscriptView *m_view = nullptr;
    PlaybackController *m_playback = nullptr;
    ChecksPanel *m_checks = nullptr;
    SpeakersPanel *m_speakersPanel = nullptr;
    EpisodePanel *m_episodePanel = nullptr;
    QUndoView *m_undoView = nullptr;
    FindDialog *m_findDialog = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_speakerMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_transcriptMenu = nullptr;
    QMenu *m_playbackMenu = nullptr; ///< created by setupAudio()
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_mergeNextAction = nullptr;
    QAction *m_mergeSelectionAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_insertHeaderAction = nullptr;
    QAction *m_insertLineAction = nullptr;
    QAction *m_toggleHeaderAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QList<QAction *> m_speakerActions; ///< Alt+1..Alt+9
    QAction *m_clearSpeakerAction = nullptr;

    QStringList m_recentFiles;
    QString m_saveAsSuggestion; ///< for an untitled episode opened from captions: "<captions base name>.md"
    ShortcutScheme m_shortcuts;
    Preferences m_preferences;
};
