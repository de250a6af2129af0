// Keys that never fight the text: inside the real cell editor of the main window, the standard text keys keep
// their text meaning (cursor, selection, text after the key), even when a window action has been given one of them.
#include "document.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QtTest>

namespace {
const QString Text = QStringLiteral("alpha beta gamma");
}

class TestTextKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyKeepsTextMeaning_data();
    void keyKeepsTextMeaning();
    void textKeyGivenToAnActionStillEditsText();
    void transportKeysStillWorkWhileTyping();

private:
    QPlainTextEdit *openEditor(int cursorPosition);

    std::unique_ptr<MainWindow> m_window;
    int m_row = -1;
};

void TestTextKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_textkeys"));
}

void TestTextKeys::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));
    TranscriptModel *model = m_window->document()->model();
    for (int row = 0; row < model->rowCount() && m_row < 0; ++row) {
        if (model->entry(row).isLine())
            m_row = row;
    }
    QVERIFY(m_row >= 0);
    QVERIFY(model->setText(m_row, Text));
    m_window->document()->undoStack()->clear();
}

void TestTextKeys::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_row = -1;
}

QPlainTextEdit *TestTextKeys::openEditor(int cursorPosition)
{
    TranscriptView *view = m_window->transcriptView();
    view->setFocus();
    const QModelIndex index = view->model()->index(m_row, TranscriptModel::TextColumn);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    if (!editor)
        return nullptr;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(cursorPosition);
    editor->setTextCursor(cursor);
    m_window->statusBar()->clearMessage();
    return editor;
}

void TestTextKeys::keyKeepsTextMeaning_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("text");

    const int ctrl = Qt::ControlModifier;
    const int shift = Qt::ShiftModifier;
    const int none = Qt::NoModifier;
    // "alpha beta gamma": words start at 0, 6 and 11; the text is 16 characters long.
    QTest::newRow("Ctrl+Right") << 0 << int(Qt::Key_Right) << ctrl << 6 << 6 << Text;
    QTest::newRow("Ctrl+Right mid-word") << 7 << int(Qt::Key_Right) << ctrl << 11 << 11 << Text;
    QTest::newRow("Ctrl+Left") << 13 << int(Qt::Key_Left) << ctrl << 11 << 11 << Text;
    QTest::newRow("Ctrl+Left at word start") << 11 << int(Qt::Key_Left) << ctrl << 6 << 6 << Text;
    QTest::newRow("Ctrl+Shift+Right") << 6 << int(Qt::Key_Right) << (ctrl | shift) << 6 << 11 << Text;
    QTest::newRow("Ctrl+Shift+Left") << 16 << int(Qt::Key_Left) << (ctrl | shift) << 16 << 11 << Text;
    QTest::newRow("Home") << 9 << int(Qt::Key_Home) << none << 0 << 0 << Text;
    QTest::newRow("End") << 3 << int(Qt::Key_End) << none << 16 << 16 << Text;
    QTest::newRow("Shift+Home") << 9 << int(Qt::Key_Home) << shift << 9 << 0 << Text;
    QTest::newRow("Shift+End") << 3 << int(Qt::Key_End) << shift << 3 << 16 << Text;
    QTest::newRow("Shift+Left") << 5 << int(Qt::Key_Left) << shift << 5 << 4 << Text;
    QTest::newRow("Shift+Right") << 5 << int(Qt::Key_Right) << shift << 5 << 6 << Text;
    QTest::newRow("Ctrl+Backspace") << 16 << int(Qt::Key_Backspace) << ctrl << 11 << 11
                                    << QStringLiteral("alpha beta ");
    QTest::newRow("Ctrl+Delete") << 6 << int(Qt::Key_Delete) << ctrl << 6 << 6 << QStringLiteral("alpha gamma");
    QTest::newRow("Ctrl+Home") << 9 << int(Qt::Key_Home) << ctrl << 0 << 0 << Text;
    QTest::newRow("Ctrl+End") << 3 << int(Qt::Key_End) << ctrl << 16 << 16 << Text;
}

void TestTextKeys::keyKeepsTextMeaning()
{
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, anchor);
    QFETCH(int, position);
    QFETCH(QString, text);

    QPlainTextEdit *editor = openEditor(start);
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), Text);
    const int rows = m_window->document()->model()->rowCount();
    QTest::keyClick(editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));

    QCOMPARE(QApplication::focusWidget(), editor);
    QVERIFY(m_window->transcriptView()->isEditingText());
    QCOMPARE(editor->toPlainText(), text);
    QCOMPARE(editor->textCursor().anchor(), anchor);
    QCOMPARE(editor->textCursor().position(), position);
    // No window action fired: no row was added or removed, and no transport key said "no audio".
    QCOMPARE(m_window->document()->model()->rowCount(), rows);
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(), qPrintable(m_window->statusBar()->currentMessage()));
}

void TestTextKeys::textKeyGivenToAnActionStillEditsText()
{
    // A user gives Back the key Ctrl+Left (taking it from the table-only skip): in the table it skips, in the
    // text editor it still moves by word.
    ShortcutScheme scheme = m_window->shortcutScheme();
    QVERIFY(scheme.setShortcuts(QStringLiteral("actionSkipBackTable"), {}));
    QVERIFY(scheme.setShortcuts(QStringLiteral("actionSkipBack"), { QKeySequence(Qt::CTRL | Qt::Key_Left) }));
    m_window->applyPreferences(m_window->preferences(), scheme);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionSkipBack"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_Left));

    QPlainTextEdit *editor = openEditor(13);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(editor->textCursor().position(), 11);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());

    // With the table focused the same key is the action's (no audio here, so it says why it did nothing).
    m_window->transcriptView()->commitEditor();
    m_window->transcriptView()->setFocus();
    QTest::keyClick(m_window->transcriptView(), Qt::Key_Left, Qt::ControlModifier);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("No audio")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestTextKeys::transportKeysStillWorkWhileTyping()
{
    // The transport keys chosen to work while typing are keys text editing does not use: the action fires (here
    // it reports that there is no audio) and the text and cursor stay as they were.
    for (const QKeyCombination combination : { QKeyCombination(Qt::Key_F5), QKeyCombination(Qt::Key_F6),
             QKeyCombination(Qt::Key_F7), QKeyCombination(Qt::ControlModifier, Qt::Key_Space) }) {
        QPlainTextEdit *editor = openEditor(7);
        QVERIFY(editor);
        QTest::keyClick(editor, combination.key(), combination.keyboardModifiers());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("No audio")),
            qPrintable(QKeySequence(combination).toString()));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->toPlainText(), Text);
        QCOMPARE(editor->textCursor().position(), 7);
        m_window->transcriptView()->commitEditor();
    }
}

QTEST_MAIN(TestTextKeys)
#include "tst_textkeys.moc"
