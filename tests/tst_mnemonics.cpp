// Keys that never fight the text: no two mnemonics (Alt+letter) in one scope. A scope is the main window (its menu
// bar, every dock's labels and buttons, and Alt+key shortcuts of window actions), each menu and submenu, and each
// dialog. Alt+T once jumped from the table to the Episode dock's Title field instead of the Transcript menu.
#include "document.h"
#include "joinparagraphsdialog.h"
#include "mainwindow.h"
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

namespace {

/** The mnemonic character of a text ("&Merge" -> 'm'; "&&" is a literal ampersand), or a null QChar. */
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

/** One scope's mnemonics: character -> where it is used. */
class Scope
{
public:
    explicit Scope(QString name) : m_name(std::move(name)) { }
    void add(const QString &text, const QString &where)
    {
        const QChar key = mnemonic(text);
        if (!key.isNull())
            m_uses[key] << QStringLiteral("%1 (\"%2\")").arg(where, text);
    }
    void addKey(QChar key, const QString &where) { m_uses[key.toLower()] << where; }
    QStringList duplicates() const
    {
        QStringList result;
        for (auto it = m_uses.cbegin(); it != m_uses.cend(); ++it) {
            if (it.value().size() > 1)
                result << QStringLiteral("%1: Alt+%2 for %3").arg(m_name, it.key().toUpper(), it.value().join(", "));
        }
        return result;
    }
    int size() const { return int(m_uses.size()); }

private:
    QString m_name;
    QMap<QChar, QStringList> m_uses;
};

/** Labels with a buddy, buttons, group boxes and tabs whose window is `window` (menus are windows of their own). */
void addWidgets(QWidget *window, Scope *scope)
{
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window)
            continue;
        const QString where = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
            + (widget->objectName().isEmpty() ? QStringLiteral("?") : widget->objectName());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                scope->add(label->text(), where);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            scope->add(button->text(), where);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            scope->add(group->title(), where);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                scope->add(tabs->tabText(i), where + QStringLiteral(" tab"));
        }
    }
}

void addMenu(QMenu *menu, QStringList *failures, int *scopes)
{
    Scope scope(QStringLiteral("menu \"%1\"").arg(menu->title()));
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        scope.add(action->text(), action->objectName().isEmpty() ? QStringLiteral("action") : action->objectName());
        if (action->menu())
            addMenu(action->menu(), failures, scopes);
    }
    *failures << scope.duplicates();
    ++*scopes;
}

} // namespace

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

    QStringList failures;
    int scopes = 0;

    Scope main(QStringLiteral("main window"));
    for (QAction *action : window.menuBar()->actions())
        main.add(action->text(), QStringLiteral("menu bar"));
    addWidgets(&window, &main);
    // Alt+key shortcuts of the window's actions live in the same scope as the mnemonics.
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier)
                main.addKey(QChar(key[0].key()), action->objectName());
        }
    }
    failures << main.duplicates();
    ++scopes;
    QVERIFY(main.size() >= 6);

    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            addMenu(action->menu(), &failures, &scopes);
    }
    for (QDialog *dialog : dialogs) {
        Scope scope(QStringLiteral("dialog \"%1\"").arg(dialog->windowTitle()));
        addWidgets(dialog, &scope);
        failures << scope.duplicates();
        ++scopes;
    }
    QVERIFY(scopes >= 15);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
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
