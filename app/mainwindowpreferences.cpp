// Preferences part of the main window: Edit > Preferences, Help > Keyboard Shortcuts, the user's own shortcuts
// (read at start, applied to every named action) and the shortcut shown in each action's tooltip.
#include "mainwindow.h"

#include "audioplayer.h"
#include "autosaver.h"
#include "autosavescheduler.h"
#include "playbackcontroller.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
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
    return action->text();
}
} // namespace

void MainWindow::setupPreferences()
{
    auto *preferences = new QAction(tr("Preferen&ces..."), this);
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

    auto *keys = new QAction(tr("&Keyboard Shortcuts"), this);
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
    applyPreferences(m_preferences, m_shortcuts);
}

void MainWindow::applyPreferences(const Preferences &preferences, const ShortcutScheme &shortcuts)
{
    m_preferences = preferences.clamped();
    m_shortcuts = shortcuts;

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
        const auto skipText = [this](const QString &name, const QString &text) {
            if (auto *action = findChild<QAction *>(name)) {
                action->setText(text);
                m_shortcuts.setText(name, text);
            }
        };
        skipText(QStringLiteral("actionSkipBack"), tr("&Back %n Second(s)", nullptr, m_preferences.skipSeconds));
        skipText(QStringLiteral("actionSkipForward"), tr("&Forward %n Second(s)", nullptr, m_preferences.skipSeconds));
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
