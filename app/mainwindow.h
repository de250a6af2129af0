#pragma once

#include "preferences.h"
#include "shortcutscheme.h"

#include <QMainWindow>
#include <QStringList>

class Autosaver;
class ChecksPanel;
class Document;
class EpisodePanel;
class ExternalChangeWatcher;
class FindDialog;
class PlaybackController;
class QAction;
class QDockWidget;
class QMenu;
class QToolBar;
class QUndoView;
class SpeakersPanel;
class TimelineView;
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
    TimelineView *timelineView() const { return m_timeline; }
    /** The recently opened files, most recent first. */
    QStringList recentFiles() const { return m_recentFiles; }
    Autosaver *autosaver() const { return m_autosaver; }
    ExternalChangeWatcher *diskWatcher() const { return m_diskWatcher; }
    /** Offers the recovery copies left by editors that crashed, newest first (at start when no file is given). */
    void offerRecovery();
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
    void changeEvent(QEvent *event) override; ///< mainwindowpreferences.cpp: a new interface language
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupAudio(); ///< mainwindowaudio.cpp
    void audioDocumentChanged(); ///< mainwindowaudio.cpp: called after a document was opened
    void setupChecks(); ///< mainwindowchecks.cpp
    void checksDocumentChanged(); ///< mainwindowchecks.cpp: called after a document was opened
    void setupTimeline(); ///< mainwindowtimeline.cpp

    // mainwindowrecovery.cpp: autosave, crash recovery, changes on disk
    void setupRecovery();
    /** After `path` was loaded: offers its recovery copy if one was left by a crash (Restore replaces the content). */
    void offerRecoveryOf(const QString &path);
    /** Shows the dialog for the copy `id`; true when it was restored. `allowLater`: Esc keeps the copy. */
    bool offerCopy(const QString &id, bool allowLater);
    void diskFileChanged(bool removed);
    /** Before writing over the open file: asks when it changed on disk since load or last save. */
    bool confirmOverwriteIfChangedOnDisk();
    /** The other parts follow a document whose content was replaced (restore, reload). */
    void followReplacedDocument();
    void setupPreferences(); ///< mainwindowpreferences.cpp: Preferences, Keyboard Shortcuts, user shortcuts
    void showPreferences(); ///< mainwindowpreferences.cpp
    void showKeyboardShortcuts(); ///< mainwindowpreferences.cpp
    /** mainwindowpreferences.cpp: after a language change, the texts made from state and the shortcut tooltips. */
    void retranslateUi();
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
    TimelineView *m_timeline = nullptr;

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
    Autosaver *m_autosaver = nullptr;
    ExternalChangeWatcher *m_diskWatcher = nullptr;
    QString m_saveAsSuggestion; ///< for an untitled episode opened from captions: "<captions base name>.md"
    ShortcutScheme m_shortcuts;
    Preferences m_preferences;
    QString m_interfaceLanguage; ///< the `ui/language` whose catalogues are installed
    bool m_retranslatePending = false; ///< a language change was heard; retranslateUi() is queued
};
