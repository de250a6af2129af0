// Keys that never fight the text: no two mnemonics (Alt+letter) in one scope. A scope is the main window (its menu
// bar, every dock's labels and buttons, and Alt+key shortcuts of window actions), each menu and submenu, and each
// dialog. Alt+T once jumped from the table to the Episode dock's Title field instead of the Transcript menu.
#include "document.h"
#include "joinparagraphsdialog.h"
#include "mainwindow.h"
#include "mnemonicwalker.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QUndoStack>
#include <QtTest>

using namespace MnemonicWalker;

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noDuplicateMnemonicInAnyScope();
    void altTOpensTheTranscriptMenu();
    void mnemonicHelper();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
    QSettings().clear();
}

void TestMnemonics::mnemonicHelper()
{
    QCOMPARE(mnemonic(QStringLiteral("&Merge")), QChar(u'm'));
    QCOMPARE(mnemonic(QStringLiteral("Save && &Quit")), QChar(u'q'));
    QVERIFY(mnemonic(QStringLiteral("Save && Quit")).isNull());
    Scope scope(QStringLiteral("test"));
    scope.add(QStringLiteral("&File"), QStringLiteral("a"));
    scope.add(QStringLiteral("&Fix"), QStringLiteral("b"));
    QCOMPARE(scope.duplicates().size(), 1); // the walk below can fail
}

void TestMnemonics::noDuplicateMnemonicInAnyScope()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // An episode with speakers, so the speaker entries of the menus are visible too.
    QVERIFY(window.openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));

    // Every dialog the window makes: Find/Replace, Preferences, Keyboard Shortcuts, Join into Paragraphs.
    window.findChild<QAction *>(QStringLiteral("actionReplace"))->trigger();
    window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    window.findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    QList<TranscriptEntry> lines;
    for (int row = 0; row < window.document()->model()->rowCount(); ++row)
        lines << window.document()->model()->entry(row);
    new JoinParagraphsDialog(lines, &window);
    const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
    QVERIFY(dialogs.size() >= 4);

    const Result walked = walk(&window);
    QVERIFY(walked.mainKeys >= 6);
    QVERIFY(walked.scopes >= 15);
    QVERIFY2(walked.failures.isEmpty(), qPrintable(walked.failures.join(QLatin1Char('\n'))));
    window.document()->undoStack()->setClean();
}

void TestMnemonics::altTOpensTheTranscriptMenu()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));
    const QString title = window.document()->episode().title();
    QWidget *table = window.transcriptView();
    table->setFocus();
    QVERIFY(table->hasFocus());
    QMenu *transcript = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QLatin1String("&Transcript"))
            transcript = action->menu();
    }
    QVERIFY(transcript);
    QTest::keyClick(table, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(transcript->isVisible());
    QTest::keyClick(transcript, Qt::Key_Escape);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // The focus never went to a text field: typing now does not replace the episode's title.
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QCOMPARE(window.document()->episode().title(), title);
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
