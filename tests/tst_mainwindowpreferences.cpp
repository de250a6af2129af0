// Edit > Preferences and Help > Keyboard Shortcuts in the real main window: a shortcut changed through the dialog
// is used at once (and stored), conflicts are refused, the rate step changes what Faster does, tooltips name the
// keys, and the shortcut list filters.
#include "audioplayer.h"
#include "autosaver.h"
#include "autosavescheduler.h"
#include "document.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWindow>
#include <QtTest>

class TestMainWindowPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void preferencesActionHasAStandardShortcut();
    void resetToDefaults();
    void changeShortcutInDialogThenUseIt();
    void conflictingShortcutIsRefused();
    void modifierAloneKeepsTheKey();
    void clearButtonRemovesTheKey();
    void rateStepChangesFaster();
    void playbackAndViewPreferencesApplyAtOnce();
    void tooltipsShowShortcuts();
    void keyboardShortcutsDialogFilters();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    /** Opens Edit > Preferences through its action and returns the dialog, on the Shortcuts page. */
    PreferencesDialog *openPreferences();
    /** Types `modifiers`+`key` into a key editor as a person does, through the window system: each modifier goes
     * down on its own and the event loop runs between presses (timers fire there, as between a person's key
     * presses), then the keys come up in reverse order and the edit finishes by itself. Key_unknown: modifiers
     * only. */
    void typeKey(QKeySequenceEdit *edit, Qt::KeyboardModifiers modifiers, Qt::Key key);
    void clickOk(PreferencesDialog *dialog);
    /** Merges the current row with the next through `key` pressed in the table; true when a merge happened. */
    bool mergeWithKey(const QKeySequence &key);

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowpreferences"));
}

void TestMainWindowPreferences::init()
{
    QSettings().clear(); // every test starts from the defaults
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));
    m_window->transcriptView()->setFocus();
}

void TestMainWindowPreferences::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    TranslationLoader::install(qApp, QLocale(QLocale::English)); // a test that chose a language leaves English
}

PreferencesDialog *TestMainWindowPreferences::openPreferences()
{
    // Through the key, as a user would (the standard key, or Ctrl+, where the platform has none).
    const QKeySequence key = action(QStringLiteral("actionPreferences"))->shortcut();
    if (key.isEmpty())
        return nullptr;
    QTest::keyClick(m_window->transcriptView(), key[0].key(), key[0].keyboardModifiers());
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
    return dialog;
}

void TestMainWindowPreferences::typeKey(QKeySequenceEdit *edit, Qt::KeyboardModifiers modifiers, Qt::Key key)
{
    // Keys go to the active window. Whether the platform activates a dialog when it opens is its choice (offscreen
    // does not always), so the test activates it as the user's click on it would.
    edit->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), edit->window());
    edit->setFocus();
    QVERIFY(edit->hasFocus());
    QWindow *window = edit->window()->windowHandle();
    QSignalSpy finished(edit, &QKeySequenceEdit::editingFinished);
    const std::pair<Qt::KeyboardModifier, Qt::Key> order[] = { { Qt::ControlModifier, Qt::Key_Control },
        { Qt::AltModifier, Qt::Key_Alt }, { Qt::ShiftModifier, Qt::Key_Shift } };
    Qt::KeyboardModifiers down;
    for (const auto &[modifier, modifierKey] : order) {
        if (modifiers & modifier) {
            QTest::simulateEvent(window, true, modifierKey, down, QString(), false);
            down |= modifier;
            QTest::qWait(20);
        }
    }
    if (key != Qt::Key_unknown) {
        QTest::simulateEvent(window, true, key, down, QString(), false);
        QTest::qWait(20);
        QTest::simulateEvent(window, false, key, down, QString(), false);
    }
    for (int i = int(std::size(order)) - 1; i >= 0; --i) {
        if (modifiers & order[i].first) {
            QTest::simulateEvent(window, false, order[i].second, down, QString(), false);
            down &= ~order[i].first;
            QTest::qWait(20);
        }
    }
    // The edit waits a moment for a second chord, then finishes by itself.
    QVERIFY(finished.wait(5000));
}

bool TestMainWindowPreferences::mergeWithKey(const QKeySequence &key)
{
    TranscriptView *view = m_window->transcriptView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, TranscriptModel::TextColumn)); // two lines of one speaker
    const int rows = m_window->document()->model()->rowCount();
    QTest::keyClick(view, key[0].key(), key[0].keyboardModifiers());
    return m_window->document()->model()->rowCount() == rows - 1;
}

void TestMainWindowPreferences::clickOk(PreferencesDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    // Window shortcuts work only in the active window. Which window the platform activates when a window-modal
    // dialog closes is the window system's choice (offscreen sometimes activates none), so the test activates the
    // main window as the user's click on it would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindowPreferences::preferencesActionHasAStandardShortcut()
{
    QAction *preferences = action(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcut().isEmpty());
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (standard.isEmpty())
        QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    else
        QCOMPARE(preferences->shortcuts(), standard);
    // It is in the Edit menu.
    bool inEdit = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&Edit"))
            inEdit = menu->menu()->actions().contains(preferences);
    }
    QVERIFY(inEdit);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->reject();
}

void TestMainWindowPreferences::resetToDefaults()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *primary = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("primaryKeyEdit"));
    auto *alternate = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("alternateKeyEdit"));
    dialog->selectAction(QStringLiteral("actionPlayPause"));
    QCOMPARE(alternate->keySequence(), QKeySequence(Qt::Key_F5));
    typeKey(alternate, Qt::NoModifier, Qt::Key_F9);
    dialog->selectAction(QStringLiteral("actionFind"));
    typeKey(primary, Qt::ControlModifier | Qt::AltModifier, Qt::Key_G);
    QCOMPARE(dialog->shortcuts().shortcuts(QStringLiteral("actionFind")),
        QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G) }));

    // Reset one: Find gets Ctrl+F back, Play/Pause keeps F9.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetButton")), Qt::LeftButton);
    QCOMPARE(primary->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(dialog->shortcuts().shortcuts(QStringLiteral("actionPlayPause")).value(1), QKeySequence(Qt::Key_F9));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(action(QStringLiteral("actionPlayPause"))->shortcuts().value(1), QKeySequence(Qt::Key_F9));
    QCOMPARE(action(QStringLiteral("actionFind"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));

    // Reset all.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetAllButton")), Qt::LeftButton);
    clickOk(dialog);
    QCOMPARE(action(QStringLiteral("actionPlayPause"))->shortcuts(),
        QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_Space), QKeySequence(Qt::Key_F5) }));
    QSettings settings;
    settings.beginGroup(QStringLiteral("shortcuts"));
    QVERIFY2(settings.childKeys().isEmpty(), qPrintable(settings.childKeys().join(QLatin1Char(' '))));
}

void TestMainWindowPreferences::changeShortcutInDialogThenUseIt()
{
    const QString name = QStringLiteral("actionMergeNext");
    const QKeySequence chosen(Qt::CTRL | Qt::ALT | Qt::Key_J);
    QVERIFY(m_window->shortcutScheme().conflict(chosen, name).isEmpty());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->selectAction(name);
    auto *primary = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("primaryKeyEdit"));
    QCOMPARE(primary->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_M));
    typeKey(primary, Qt::ControlModifier | Qt::AltModifier, Qt::Key_J);
    QCOMPARE(primary->keySequence(), chosen);
    QCOMPARE(dialog->shortcuts().shortcuts(name), QList<QKeySequence>({ chosen }));
    QVERIFY2(dialog->shortcutMessage().isEmpty(), qPrintable(dialog->shortcutMessage()));
    // Nothing changes in the window before OK.
    QCOMPARE(action(name)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    clickOk(dialog);

    QCOMPARE(action(name)->shortcuts(), QList<QKeySequence>({ chosen }));
    QCOMPARE(QSettings().value(QStringLiteral("shortcuts/") + name).toString(), QStringLiteral("Ctrl+Alt+J"));
    QVERIFY(action(name)->toolTip().contains(chosen.toString(QKeySequence::NativeText)));
    // The new key merges; the old one no longer does.
    const int undo = m_window->document()->undoStack()->count();
    QVERIFY(!mergeWithKey(QKeySequence(Qt::CTRL | Qt::Key_M)));
    QCOMPARE(m_window->document()->undoStack()->count(), undo);
    QVERIFY(mergeWithKey(chosen));
    QCOMPARE(m_window->document()->undoStack()->count(), undo + 1);

    // A new window (the next start) reads the stored key.
    m_window->document()->undoStack()->setClean();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(action(name)->shortcuts(), QList<QKeySequence>({ chosen }));
}

void TestMainWindowPreferences::conflictingShortcutIsRefused()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    const QString name = QStringLiteral("actionMergeNext");
    dialog->selectAction(name);
    auto *primary = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("primaryKeyEdit"));
    // Ctrl+F is Find's: refused on the spot, the message names Find, the edit shows Merge's own key again.
    typeKey(primary, Qt::ControlModifier, Qt::Key_F);
    QVERIFY2(dialog->shortcutMessage().contains(QLatin1String("Find")), qPrintable(dialog->shortcutMessage()));
    QCOMPARE(primary->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QCOMPARE(dialog->shortcuts().shortcuts(name), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_M) }));
    QCOMPARE(dialog->shortcuts().shortcuts(QStringLiteral("actionFind")),
        QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_F) }));
    // The same key twice on one action is refused too.
    auto *alternate = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("alternateKeyEdit"));
    typeKey(alternate, Qt::ControlModifier, Qt::Key_M);
    QVERIFY2(dialog->shortcutMessage().contains(QLatin1String("twice")), qPrintable(dialog->shortcutMessage()));
    QCOMPARE(dialog->shortcuts().shortcuts(name), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_M) }));
    clickOk(dialog);

    QCOMPARE(action(name)->shortcuts(), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_M) }));
    QCOMPARE(action(QStringLiteral("actionFind"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(mergeWithKey(QKeySequence(Qt::CTRL | Qt::Key_M)));
    QSettings settings;
    settings.beginGroup(QStringLiteral("shortcuts"));
    QVERIFY2(settings.childKeys().isEmpty(), qPrintable(settings.childKeys().join(QLatin1Char(' '))));
}

void TestMainWindowPreferences::modifierAloneKeepsTheKey()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    const QString name = QStringLiteral("actionMergeNext");
    dialog->selectAction(name);
    auto *primary = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("primaryKeyEdit"));
    // Ctrl pressed and let go: the edit empties itself while recording, but no key was chosen.
    typeKey(primary, Qt::ControlModifier, Qt::Key_unknown);
    QCOMPARE(primary->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QCOMPARE(dialog->shortcuts().shortcuts(name), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_M) }));
    clickOk(dialog);
    QCOMPARE(action(name)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
}

void TestMainWindowPreferences::clearButtonRemovesTheKey()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    const QString name = QStringLiteral("actionPlayPause");
    dialog->selectAction(name);
    auto *alternate = dialog->findChild<QKeySequenceEdit *>(QStringLiteral("alternateKeyEdit"));
    QCOMPARE(alternate->keySequence(), QKeySequence(Qt::Key_F5));
    auto *clear = alternate->findChild<QToolButton *>();
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(alternate->keySequence().isEmpty());
    QCOMPARE(dialog->shortcuts().shortcuts(name), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_Space) }));
    clickOk(dialog);
    QCOMPARE(action(name)->shortcuts(), QList<QKeySequence>({ QKeySequence(Qt::CTRL | Qt::Key_Space) }));
    QCOMPARE(QSettings().value(QStringLiteral("shortcuts/") + name).toString(), QStringLiteral("Ctrl+Space"));
}

void TestMainWindowPreferences::rateStepChangesFaster()
{
    AudioPlayer *player = m_window->playback()->player();
    player->setRate(1.0);
    TranscriptView *view = m_window->transcriptView();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier); // Faster with the default step
    QCOMPARE(player->rate(), 1.1);
    player->setRate(1.0);

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *step = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateStepSpin"));
    QVERIFY(step);
    step->setFocus();
    step->selectAll();
    QTest::keyClicks(step, QLocale().toString(0.25, 'f', 2));
    QCOMPARE(step->value(), 0.25);
    clickOk(dialog);
    QCOMPARE(QSettings().value(QStringLiteral("audio/rateStep")).toDouble(), 0.25);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(player->rate(), 1.25);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(player->rate(), 1.5);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(player->rate(), 0.75);
    player->setRate(1.0);
}

void TestMainWindowPreferences::playbackAndViewPreferencesApplyAtOnce()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("skipSpin"))->setValue(12);
    dialog->findChild<QSpinBox *>(QStringLiteral("rewindSpin"))->setValue(2000);
    dialog->findChild<QSpinBox *>(QStringLiteral("autosaveSpin"))->setValue(90);
    dialog->findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"))->setValue(17);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    // No note about a restart: the language applies at once.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("languageNote")));
    dialog->findChild<QCheckBox *>(QStringLiteral("followCheck"))->setChecked(false);
    clickOk(dialog);

    AudioPlayer *player = m_window->playback()->player();
    QCOMPARE(player->skipStep(), qint64(12000));
    QCOMPARE(player->rewindOnPause(), qint64(2000));
    QVERIFY(!m_window->playback()->followPlayback());
    QVERIFY(!action(QStringLiteral("actionFollowPlayback"))->isChecked());
    QVERIFY(action(QStringLiteral("actionSkipBack"))->text().contains(QLatin1String("12")));
    QCOMPARE(m_window->transcriptView()->font().pointSize(), 17);
    QCOMPARE(m_window->autosaver()->scheduler()->maxMs(), 90 * 1000);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 90);
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    QCOMPARE(settings.value(QStringLiteral("audio/skipSeconds")).toInt(), 12);
    QCOMPARE(settings.value(QStringLiteral("view/tableFontPointSize")).toInt(), 17);
    // The Rewind on Pause menu shows the new value.
    auto *rewind = m_window->findChild<QMenu *>(QStringLiteral("rewindMenu"));
    QVERIFY(rewind);
    int checked = 0;
    for (QAction *choice : rewind->actions()) {
        if (choice->isChecked()) {
            QCOMPARE(choice->data().toInt(), 2000);
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
    // Rows are measured with the bigger font.
    TranscriptView *view = m_window->transcriptView();
    view->updateAllRowHeights();
    QVERIFY(view->rowHeight(0) >= QFontMetrics(view->font()).height());
}

void TestMainWindowPreferences::tooltipsShowShortcuts()
{
    int checked = 0;
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (!m_window->shortcutScheme().contains(candidate->objectName()) || candidate->shortcut().isEmpty())
            continue;
        QVERIFY2(candidate->toolTip().contains(candidate->shortcut().toString(QKeySequence::NativeText)),
            qPrintable(candidate->objectName() + QStringLiteral(": ") + candidate->toolTip()));
        ++checked;
    }
    QVERIFY(checked >= 30);
    QCOMPARE(action(QStringLiteral("actionMergeNext"))->toolTip(),
        QStringLiteral("Merge with Next Line (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
    // The toolbar button shows that tooltip.
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action(QStringLiteral("actionMergeNext"))));
    QVERIFY(button);
    QCOMPARE(button->toolTip(), action(QStringLiteral("actionMergeNext"))->toolTip());
}

void TestMainWindowPreferences::keyboardShortcutsDialogFilters()
{
    QAction *help = action(QStringLiteral("actionKeyboardShortcuts"));
    QVERIFY(help);
    help->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QStringList all = dialog->visibleActions();
    // Every action of the scheme is listed.
    QCOMPARE(all, m_window->shortcutScheme().names());
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("merge"));
    QStringList shown = dialog->visibleActions();
    QVERIFY(shown.contains(QStringLiteral("actionMergeNext")));
    QVERIFY(shown.contains(QStringLiteral("actionMergeSelection")));
    QVERIFY(!shown.contains(QStringLiteral("actionOpen")));
    // By key.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("F6"));
    shown = dialog->visibleActions();
    QCOMPARE(shown, QStringList({ QStringLiteral("actionSkipBack") }));
    filter->clear();
    QCOMPARE(dialog->visibleActions().size(), all.size());

    // A changed shortcut shows up in the open list.
    ShortcutScheme scheme = m_window->shortcutScheme();
    QVERIFY(scheme.setShortcuts(QStringLiteral("actionAttachAudio"), { QKeySequence(Qt::Key_F11) }));
    m_window->applyPreferences(m_window->preferences(), scheme);
    QTest::keyClicks(filter, QStringLiteral("F11"));
    QCOMPARE(dialog->visibleActions(), QStringList({ QStringLiteral("actionAttachAudio") }));
    dialog->close();
}

QTEST_MAIN(TestMainWindowPreferences)
#include "tst_mainwindowpreferences.moc"
