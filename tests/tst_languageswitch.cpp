// A new interface language applies at once: the real main window, with an episode loaded and some undo history, is
// switched through Edit > Preferences (its shortcut, the language combo, OK) from English to German, to Spanish and
// back, and after each switch its menus, actions (also those whose text has an argument), docks, panels, open
// dialogs and the table's columns are in the new language, while the document, its undo history, the current row
// and the selection are untouched, and no two mnemonics of one scope collide (the walker of tst_mnemonics).
#include "document.h"
#include "episodepanel.h"
#include "finddialog.h"
#include "mainwindow.h"
#include "mnemonicwalker.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

#include <memory>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchesAtOnce();
    void mnemonicsAfterSwitch_data();
    void mnemonicsAfterSwitch();

private:
    /** Edit > Preferences through its shortcut, `comboText` chosen in the language combo, OK clicked. */
    void chooseLanguage(const QString &comboText);
    /** Everything of the document and the editing state a language change must leave alone. */
    QStringList editingState() const;
    QString text(const QString &actionName) const;

    std::unique_ptr<MainWindow> m_window;
};

namespace {

/** What the window shows in one language. */
struct Expected
{
    QString combo; // the language combo's entry
    QStringList menus; // the menu bar's titles, in order
    QString mergeNext; // a fixed action text
    QString heardSpeaker2; // "Speaker %1" with its argument
    QString skipBack; // "&Back %n Second(s)" with the skip length (5)
    QString undoPrefix; // the Undo action's text before the command's own text
    QString speakersDock;
    QString timelineDock;
    QString titleLabel; // the Episode panel's label of the title field
    QString fixButton; // the Checks panel's button
    QString speakerColumn; // the table's header
    QString findTitle; // the open Find and Replace dialog's title
    QString shortcutsTitle; // the open Keyboard Shortcuts window's title
    QString undoEmpty; // the Undo History's first entry
};

QList<Expected> languages()
{
    const Expected english { QStringLiteral("English"),
        { "&File", "&Edit", "&View", "&Transcript", "&Playback", "&Help" }, QStringLiteral("&Merge with Next Line"),
        QStringLiteral("Speaker 2"), QStringLiteral("&Back 5 Second(s)"), QStringLiteral("&Undo"),
        QStringLiteral("Speakers"), QStringLiteral("Timeline"), QStringLiteral("T&itle:"), QStringLiteral("Fi&x"),
        QStringLiteral("Speaker"), QStringLiteral("Find and Replace"), QStringLiteral("Keyboard Shortcuts"),
        QStringLiteral("<opened file>") };
    const Expected german { QStringLiteral("Deutsch"),
        { "&Datei", "&Bearbeiten", "&Ansicht", "&Transkript", "&Wiedergabe", "&Hilfe" },
        QStringLiteral("Mit nächster Zeile &zusammenführen"), QStringLiteral("Sprecher 2"),
        QStringLiteral("5 Sekunden &zurück"), QStringLiteral("&Rückgängig"), QStringLiteral("Sprecher"),
        QStringLiteral("Zeitleiste"), QStringLiteral("T&itel:"), QStringLiteral("Behebe&n"), QStringLiteral("Sprecher"),
        QStringLiteral("Suchen und Ersetzen"), QStringLiteral("Tastenkürzel"), QStringLiteral("<geöffnete Datei>") };
    const Expected spanish { QStringLiteral("Español"),
        { "&Archivo", "&Editar", "&Ver", "&Transcripción", "&Reproducción", "Ay&uda" },
        QStringLiteral("&Unir con la línea siguiente"), QStringLiteral("Hablante 2"),
        QStringLiteral("&Retroceder 5 segundos"), QStringLiteral("&Deshacer"), QStringLiteral("Hablantes"),
        QStringLiteral("Línea de tiempo"), QStringLiteral("Títu&lo:"), QStringLiteral("Correg&ir"),
        QStringLiteral("Hablante"), QStringLiteral("Buscar y reemplazar"), QStringLiteral("Atajos de teclado"),
        QStringLiteral("<archivo abierto>") };
    return { english, german, spanish };
}

Expected expectedFor(const QString &combo)
{
    for (const Expected &expected : languages()) {
        if (expected.combo == combo)
            return expected;
    }
    return {};
}

} // namespace

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
}

void TestLanguageSwitch::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    TranslationLoader::installConfigured(qApp); // as main() does: English, whatever the machine's language
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));

    // Some undo history, made as a user does: a header inserted and a row deleted through their shortcuts.
    TranscriptView *view = m_window->transcriptView();
    view->setFocus();
    view->selectRow(3);
    QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier);
    view->commitEditor();
    view->selectRow(6);
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    view->selectRow(5);
}

void TestLanguageSwitch::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    TranslationLoader::install(qApp, QLocale(QLocale::English));
}

QString TestLanguageSwitch::text(const QString &actionName) const
{
    QAction *action = m_window->findChild<QAction *>(actionName);
    return action ? action->text() : QStringLiteral("<no action %1>").arg(actionName);
}

QStringList TestLanguageSwitch::editingState() const
{
    QStringList state;
    const TranscriptModel *model = m_window->document()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            state << model->index(row, column).data(Qt::EditRole).toString();
    }
    const QUndoStack *stack = m_window->document()->undoStack();
    state << QString::number(stack->count()) << QString::number(stack->index()) << stack->undoText()
          << QString::number(m_window->document()->isModified()) << m_window->document()->filePath();
    state << QString::number(m_window->transcriptView()->currentIndex().row());
    for (int row : m_window->transcriptView()->selectedRows())
        state << QStringLiteral("selected %1").arg(row);
    // The dock layout: which docks show, and where.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        state << QStringLiteral("%1 %2 %3")
                     .arg(dock->objectName())
                     .arg(dock->isVisible())
                     .arg(int(m_window->dockWidgetArea(dock)));
    }
    return state;
}

void TestLanguageSwitch::chooseLanguage(const QString &comboText)
{
    QAction *preferences = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    const QKeySequence key = preferences->shortcut();
    QVERIFY(!key.isEmpty());
    QTest::keyClick(m_window->transcriptView(), key[0].key(), key[0].keyboardModifiers());
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    // The languages are named in their own language, whatever the interface language is.
    const int index = combo->findText(comboText);
    QVERIFY2(index >= 0, qPrintable(comboText));
    combo->setCurrentIndex(index);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    // The closed dialog deletes itself later; the next Preferences must be a new one (as after an event loop turn).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!m_window->findChild<PreferencesDialog *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLanguageSwitch::switchesAtOnce()
{
    // Open windows follow too: Find and Replace, Keyboard Shortcuts.
    m_window->findChild<QAction *>(QStringLiteral("actionReplace"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    auto *find = m_window->findChild<FindDialog *>();
    auto *shortcuts = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(find && find->isVisible() && shortcuts && shortcuts->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->transcriptView()->setFocus();

    const QStringList before = editingState();
    const QString undoCommand = m_window->document()->undoStack()->undoText();
    QVERIFY(!undoCommand.isEmpty());
    auto *header = m_window->transcriptView()->horizontalHeader();
    QSignalSpy headerChanged(m_window->document()->model(), &QAbstractItemModel::headerDataChanged);

    for (const QString &combo : { QStringLiteral("Deutsch"), QStringLiteral("Español"), QStringLiteral("English") }) {
        const Expected expected = expectedFor(combo);
        const int headerSignals = int(headerChanged.count());
        chooseLanguage(combo);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
            combo == QLatin1String("English")
                ? QStringLiteral("en")
                : (combo == QLatin1String("Deutsch") ? QStringLiteral("de") : QStringLiteral("es")));

        QStringList menus;
        for (QAction *action : m_window->menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, expected.menus);
        QCOMPARE(text(QStringLiteral("actionMergeNext")), expected.mergeNext);
        QCOMPARE(text(QStringLiteral("actionHeardSpeaker2")), expected.heardSpeaker2);
        QCOMPARE(text(QStringLiteral("actionSkipBack")), expected.skipBack);
        // Undo names the command in the language it was made in, after the new prefix.
        QCOMPARE(text(QStringLiteral("actionUndo")), expected.undoPrefix + QLatin1Char(' ') + undoCommand);
        // A speaker action is named after the episode's speaker, with its number as the mnemonic.
        QCOMPARE(text(QStringLiteral("actionSpeaker1")), QStringLiteral("&1 Alexey"));
        // The tooltip names the action in the new language (without the mnemonic's mark) and its keys, which Qt's
        // catalogue names too ("Strg+M").
        const QString toolTip = m_window->findChild<QAction *>(QStringLiteral("actionMergeNext"))->toolTip();
        const QString keys = QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText);
        QCOMPARE(toolTip, QStringLiteral("%1 (%2)").arg(QString(expected.mergeNext).remove(QLatin1Char('&')), keys));
        QCOMPARE(
            m_window->findChild<QDockWidget *>(QStringLiteral("speakersDock"))->windowTitle(), expected.speakersDock);
        QCOMPARE(
            m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->windowTitle(), expected.timelineDock);
        // The dock's View menu entry follows its title.
        QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->toggleViewAction()->text(),
            expected.timelineDock);
        QStringList labels;
        for (QLabel *label : m_window->episodePanel()->findChildren<QLabel *>()) {
            if (label->buddy())
                labels << label->text();
        }
        QVERIFY2(labels.contains(expected.titleLabel), qPrintable(labels.join(QLatin1String(" | "))));
        const auto fix = m_window->findChild<QWidget *>(QStringLiteral("checksPanel"))->findChildren<QPushButton *>();
        QVERIFY(!fix.isEmpty());
        QCOMPARE(fix.first()->text(), expected.fixButton);
        // The table's columns: the model answers in the new language and tells the views so.
        QCOMPARE(header->model()->headerData(TranscriptModel::SpeakerColumn, Qt::Horizontal).toString(),
            expected.speakerColumn);
        QVERIFY(headerChanged.count() > headerSignals);
        QCOMPARE(find->windowTitle(), expected.findTitle);
        QCOMPARE(shortcuts->windowTitle(), expected.shortcutsTitle);
        QCOMPARE(m_window->findChild<QUndoView *>()->emptyLabel(), expected.undoEmpty);

        // Nothing of the document or the editing changed.
        QCOMPARE(editingState(), before);
    }
}

void TestLanguageSwitch::mnemonicsAfterSwitch_data()
{
    QTest::addColumn<QStringList>("switches"); // the languages chosen one after the other
    QTest::newRow("to German") << QStringList { QStringLiteral("Deutsch") };
    QTest::newRow("to Spanish") << QStringList { QStringLiteral("Español") };
    QTest::newRow("German, Spanish, English")
        << QStringList { QStringLiteral("Deutsch"), QStringLiteral("Español"), QStringLiteral("English") };
}

void TestLanguageSwitch::mnemonicsAfterSwitch()
{
    QFETCH(QStringList, switches);
    // Dialogs opened before the switch are retranslated in place; the Preferences dialog is opened after it.
    m_window->findChild<QAction *>(QStringLiteral("actionReplace"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    for (const QString &combo : switches) {
        chooseLanguage(combo);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_window->menuBar()->actions().value(0)->text(), expectedFor(switches.last()).menus.value(0));
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();

    const MnemonicWalker::Result walked = MnemonicWalker::walk(m_window.get());
    QVERIFY(walked.mainKeys >= 6);
    QVERIFY(walked.scopes >= 15);
    QVERIFY2(walked.failures.isEmpty(), qPrintable(walked.failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
