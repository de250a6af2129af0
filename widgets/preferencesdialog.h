#pragma once

#include "preferences.h"
#include "shortcutscheme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

/**
 * Edit > Preferences: playback (skip length, rewind on pause, rate step, follow playback), autosave interval,
 * table font size, interface language, and every action's shortcut.
 *
 * The dialog edits copies; OK and Apply emit applied() with the new values, and the main window applies and
 * stores them. A shortcut already used by another action is refused on the spot: the conflict is named below
 * the list and the edit goes back to the action's keys.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences &preferences, const ShortcutScheme &shortcuts, QWidget *parent = nullptr);

    Preferences preferences() const;
    const ShortcutScheme &shortcuts() const { return m_shortcuts; }

    /** Selects the row of action `name` in the shortcut list (and fills the key editors). */
    void selectAction(const QString &name);
    /** The action whose keys the editors show; empty when none is selected. */
    QString selectedAction() const;
    /** The conflict (or other) message under the shortcut list; empty when there is none. */
    QString shortcutMessage() const;

signals:
    /** OK or Apply: the main window applies and stores preferences() and shortcuts(). */
    void applied();

protected:
    /** Notes which key editor is recording, and whether a key other than a modifier was pressed in it. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createGeneralPage();
    QWidget *createPlaybackPage();
    QWidget *createShortcutsPage();
    void setPreferences(const Preferences &preferences);
    void fillShortcutList();
    void updateItem(const QString &name);
    void showSelectedKeys();
    void commitKeys();
    /** A key editor finished recording: commits what it holds, or puts the keys back when only modifiers were
     * pressed (touching Ctrl and leaving must not take an action's key away). */
    void finishRecording(QKeySequenceEdit *edit);
    void resetSelected();
    void resetAll();
    void filterShortcuts(const QString &text);

    ShortcutScheme m_shortcuts;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_skip = nullptr;
    QSpinBox *m_rewind = nullptr;
    QDoubleSpinBox *m_rateStep = nullptr;
    QCheckBox *m_follow = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QKeySequenceEdit *m_primary = nullptr;
    QKeySequenceEdit *m_alternate = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_resetAll = nullptr;
    QLabel *m_message = nullptr;
    bool m_updatingEditors = false;
    /** The key editor a recording is going on in (from its first key press to editingFinished), else null. */
    QKeySequenceEdit *m_recording = nullptr;
    bool m_recordedKey = false; ///< the recording has seen a key other than Ctrl, Shift, Alt or Meta
};
