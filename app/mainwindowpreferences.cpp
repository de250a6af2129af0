// Preferences part of the main window: Edit > Preferences, Help > Keyboard Shortcuts, the user's own shortcuts
// (read at start, applied to every named action), the shortcut shown in each action's tooltip, and the interface
// language, which applies at once (changeEvent, retranslateUi).
#include "mainwindow.h"

#include "audioplayer.h"
#include "autosaver.h"
#include "autosavescheduler.h"
#include "playbackcontroller.h"
#include "preferencesdialog.h"
#include "retranslator.h"
#include "shortcutsdialog.h"
#include "transcriptview.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>

namespace {
/** Menu texts that change at run time (speaker names), replaced by a fixed description for the shortcut list. */
QString describe(const QAction *action)
{
    const QString name = action->objectName();
    static const QRegularExpression numbered(QStringLiteral("^action(Heard)?Speaker(\\d)$"));
    const QRegularExpressionMatch match = numbered.match(name);
    if (match.hasMatch()) {
        return match.capturedView(1).isEmpty()
            ? MainWindow::tr("Set Speaker %1").arg(match.captured(2))
            : MainWindow::tr("Give the Line Being Heard Speaker %1").arg(match.captured(2));
    }
    // Their text names the command they would undo; the list names the action.
    if (name == QLatin1String("actionUndo"))
        return MainWindow::tr("&Undo");
    if (name == QLatin1String("actionRedo"))
        return MainWindow::tr("&Redo");
    return action->text();
}

/** Back / Forward name their jump, in the menu and in the shortcut list. */
void setSkipTexts(MainWindow *window, ShortcutScheme *shortcuts, int seconds)
{
    const auto skipText = [window, shortcuts](const QString &name, const QString &text) {
        if (auto *action = window->findChild<QAction *>(name)) {
            action->setText(text);
            shortcuts->setText(name, text);
        }
    };
    skipText(QStringLiteral("actionSkipBack"), MainWindow::tr("&Back %n Second(s)", nullptr, seconds));
    skipText(QStringLiteral("actionSkipForward"), MainWindow::tr("&Forward %n Second(s)", nullptr, seconds));
}
} // namespace

void MainWindow::setupPreferences()
{
    auto *preferences = Retranslator::bind(new QAction(this), "text", [] { return tr("Preferen&ces..."); });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    // QKeySequence::Preferences is empty on some desktops (e.g. plain X11 and GNOME): Ctrl+, as elsewhere then.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_editMenu->addSeparator();
    m_editMenu->addAction(preferences);

    auto *keys = Retranslator::bind(new QAction(this), "text", [] { return tr("&Keyboard Shortcuts"); });
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    m_helpMenu->insertAction(m_helpMenu->actions().value(0), keys);

    // Every named action of the window (its own, the audio part's, the Transcript menu's), with the keys the code
    // gave it as the defaults. Unnamed ones (recent files, rewind choices, dock toggles) have no stable identity.
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QString name = action->objectName();
        if (!name.isEmpty() && !action->text().isEmpty() && !action->menu() && !action->isSeparator())
            m_shortcuts.addAction(name, describe(action), action->shortcuts());
    }
    QSettings settings;
    m_shortcuts.load(settings);
    m_preferences = Preferences::load(settings);
    // main() installed the catalogues for this language before the window was built.
    m_interfaceLanguage = m_preferences.language;
    applyPreferences(m_preferences, m_shortcuts);
}

void MainWindow::applyPreferences(const Preferences &preferences, const ShortcutScheme &shortcuts)
{
    m_preferences = preferences.clamped();
    m_shortcuts = shortcuts;

    if (m_preferences.language != m_interfaceLanguage) {
        m_interfaceLanguage = m_preferences.language;
        TranslationLoader::install(qApp, m_preferences.interfaceLocale());
        // The windows get QEvent::LanguageChange as posted events: deliver them now, so that the window is in the new
        // language when OK returns, and the shortcut texts below are made from the new texts.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        if (m_retranslatePending)
            retranslateUi();
    }

    if (m_autosaver) // the next copy is due within the new interval
        m_autosaver->scheduler()->setMaxMs(m_preferences.autosaveIntervalSeconds * 1000);
    if (m_playback) {
        AudioPlayer *player = m_playback->player();
        player->setSkipStep(m_preferences.skipSeconds * 1000);
        player->setRewindOnPause(m_preferences.rewindOnPauseMs);
        player->setRateStep(m_preferences.rateStep);
        if (auto *rewind = findChild<QMenu *>(QStringLiteral("rewindMenu"))) {
            for (QAction *choice : rewind->actions())
                choice->setChecked(choice->data().toInt() == m_preferences.rewindOnPauseMs);
        }
        if (auto *follow = findChild<QAction *>(QStringLiteral("actionFollowPlayback")))
            follow->setChecked(m_preferences.followPlayback); // toggled() sets the controller and audio/follow
        setSkipTexts(this, &m_shortcuts, m_preferences.skipSeconds);
    }

    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (!m_shortcuts.contains(name))
            continue;
        action->setShortcuts(m_shortcuts.shortcuts(name));
        // The tooltip (toolbar buttons, menus with tooltips) always names the keys in effect.
        action->setToolTip(m_shortcuts.toolTip(name));
    }

    // An empty QFont inherits the application's font: "system default" follows the desktop's size.
    QFont font;
    if (m_preferences.tableFontPointSize > 0) {
        font = QApplication::font();
        font.setPointSize(m_preferences.tableFontPointSize);
    }
    m_view->setFont(font);

    QSettings settings;
    m_preferences.save(settings);
    m_shortcuts.save(settings);
    if (auto *dialog = findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly))
        dialog->setScheme(m_shortcuts);
}

void MainWindow::showPreferences()
{
    m_view->commitEditor();
    auto *dialog = findChild<PreferencesDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        // The Playback menu changes follow and rewind-on-pause too: start from what is in effect now.
        m_preferences = Preferences::load(QSettings());
        dialog = new PreferencesDialog(m_preferences, m_shortcuts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::applied, this,
            [this, dialog] { applyPreferences(dialog->preferences(), dialog->shortcuts()); });
    }
    // open(): window-modal without a nested event loop, so nothing waits on it (and tests can drive it).
    dialog->open();
    dialog->raise();
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(m_shortcuts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        dialog->setScheme(m_shortcuts);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // This window hears of a new language before its children (menus, actions, docks) have retranslated their texts:
    // the texts made from them are redone once those have, after the pending events.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_retranslatePending)
                    retranslateUi();
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::retranslateUi()
{
    m_retranslatePending = false;
    // The fixed texts follow by themselves (Retranslator); these are made from the document and the preferences.
    // Undo texts already on the stack stay in the language they were made in (commands keep their text).
    updateTitle();
    updateRecentMenu();
    updateSpeakerActions();
    setSkipTexts(this, &m_shortcuts, m_preferences.skipSeconds);

    // The shortcut list's descriptions, and the tooltips that name each action with its keys.
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (!m_shortcuts.contains(name))
            continue;
        m_shortcuts.setText(name, describe(action));
        action->setToolTip(m_shortcuts.toolTip(name));
    }
    if (auto *dialog = findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly))
        dialog->setScheme(m_shortcuts);
}
