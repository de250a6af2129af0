// Drives the real MainWindow with keyboard and mouse (offscreen) and checks the model and the saved file.
#include "document.h"
#include "mainwindow.h"
#include "modalhandlers.h"
#include "speakermodel.h"
#include "speakerspanel.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <functional>

namespace {

using ModalHandlers::whenModal;

void clickButton(QWidget *box, QMessageBox::StandardButton which)
{
    auto *messageBox = qobject_cast<QMessageBox *>(box);
    QVERIFY(messageBox);
    QTest::mouseClick(messageBox->button(which), Qt::LeftButton);
}

using TestSupport::readAll;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editUndoRedoSave();
    void closeWithUnsavedChangesAsks();
    void openAnotherFileAsks();
    void brokenFileShowsFileAndLine();
    void dropOpensFile();
    void docksRestoredFromSettings();

private:
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QPlainTextEdit *textEditor() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Whatever an earlier (perhaps failed) run left behind must not shape this run's window.
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("semiconductors-to-ml.md"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_original = readAll(m_path);
    QVERIFY(!m_original.isEmpty());

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    m_window->transcriptView()->setFocus();
}

void TestMainWindow::cleanup()
{
    // A failed test may leave a handler waiting for a dialog that never came; it must not answer the next test's.
    ModalHandlers::cancelPending();
    m_window.reset(); // destroying (not closing) the window asks nothing
}

void TestMainWindow::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    TranscriptView *view = m_window->transcriptView();
    const QModelIndex index = view->model()->index(row, TranscriptModel::TextColumn);
    // Clicking the one selected row again would start the delayed "selected clicked" editor.
    if (modifiers == Qt::NoModifier && view->selectedRows() == QList<int> { row } && view->currentIndex().row() == row)
        return;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

QPlainTextEdit *TestMainWindow::textEditor() const
{
    return qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
}

void TestMainWindow::editUndoRedoSave()
{
    Document *document = m_window->document();
    TranscriptModel *model = document->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TranscriptView *view = m_window->transcriptView();
    QUndoStack *stack = document->undoStack();
    const int rows = model->rowCount();
    QVERIFY(model->entry(0).isHeader());
    const QString text1 = model->entry(1).text;
    const QString text2 = model->entry(2).text;
    QCOMPARE(model->entry(1).speaker, QStringLiteral("Alexey"));
    QCOMPARE(model->entry(2).speaker, QStringLiteral("Alexey"));

    // 1. Merge two lines selected with the mouse, by shortcut.
    clickRow(1);
    clickRow(2, Qt::ShiftModifier);
    QCOMPARE(view->selectedRows(), QList<int>({ 1, 2 }));
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), rows - 1);
    QCOMPARE(model->entry(1).text, text1 + QLatin1Char(' ') + text2);
    QCOMPARE(model->entry(1).seconds, std::optional<qint64>(0));
    QCOMPARE(stack->count(), 1);

    // 2. Split a line at the text cursor: open the editor, place the cursor, press the split shortcut.
    const QString thankYou = model->entry(3).text;
    QVERIFY(thankYou.startsWith(QLatin1String("Thank you.")));
    const int cut = int(thankYou.indexOf(QLatin1String(" We can")));
    QVERIFY(cut > 0);
    clickRow(3);
    QTest::keyClick(view, Qt::Key_F2);
    QPlainTextEdit *editor = textEditor();
    QVERIFY(editor);
    QVERIFY(view->isEditingText());
    QCOMPARE(view->editingRow(), 3);
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < cut; ++i)
        QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(view->editorCursorPosition(), cut);
    QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!view->isEditingText());
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->entry(3).text, thankYou.left(cut));
    QCOMPARE(model->entry(4).text, QStringLiteral("We can start if you are ready."));
    QCOMPARE(model->entry(4).speaker, QStringLiteral("Alexey"));
    QVERIFY(model->entry(4).seconds && *model->entry(4).seconds >= 62 && *model->entry(4).seconds <= 75);
    QCOMPARE(stack->count(), 2);

    // 3. Reassign a speaker with Alt+number while the text editor is open; the editor stays open with its text.
    SpeakerModel *speakers = document->speakers();
    QCOMPARE(speakers->speakerForNumber(2), QStringLiteral("Dashel"));
    clickRow(4);
    QTest::keyClick(view, Qt::Key_F2);
    editor = textEditor();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(model->entry(4).speaker, QStringLiteral("Dashel"));
    QVERIFY(view->isEditingText());
    QCOMPARE(editor->toPlainText(), QStringLiteral("We can start if you are ready."));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!view->isEditingText());
    QCOMPARE(stack->count(), 3);

    // 4. Rename a speaker through the speakers panel (button, then the name dialog).
    SpeakersPanel *panel = m_window->speakersPanel();
    const int dashelLines = speakers->lineCount(QStringLiteral("Dashel"));
    QVERIFY(dashelLines > 1);
    QListView *list = panel->listView();
    const QModelIndex dashel = speakers->index(speakers->rowOf(QStringLiteral("Dashel")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(dashel).center());
    QCOMPARE(panel->currentSpeaker(), QStringLiteral("Dashel"));
    QToolButton *renameButton = nullptr;
    for (QToolButton *button : panel->findChildren<QToolButton *>()) {
        if (button->text().startsWith(QLatin1String("Rename")))
            renameButton = button;
    }
    QVERIFY(renameButton);
    bool dialogSeen = false;
    whenModal([&dialogSeen](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        dialogSeen = true;
        QCOMPARE(dialog->textValue(), QStringLiteral("Dashel"));
        dialog->setTextValue(QStringLiteral("Dashel Ruiz"));
        dialog->accept();
    });
    QTest::mouseClick(renameButton, Qt::LeftButton);
    QVERIFY(dialogSeen);
    QCOMPARE(speakers->lineCount(QStringLiteral("Dashel Ruiz")), dashelLines);
    QCOMPARE(speakers->rowOf(QStringLiteral("Dashel")), -1);
    QCOMPARE(model->entry(4).speaker, QStringLiteral("Dashel Ruiz"));
    QCOMPARE(speakers->numberOf(QStringLiteral("Dashel Ruiz")), 2);
    QCOMPARE(stack->count(), 4);
    m_window->activateWindow(); // back from the dialog: window shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // 5. Add a header above row 6: the title editor opens at once.
    view->setFocus();
    clickRow(6);
    const QString row6 = model->entry(6).text;
    QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(model->entry(6).isHeader());
    QCOMPARE(model->entry(7).text, row6);
    editor = textEditor();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Introducing Dashel"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(model->entry(6).text, QStringLiteral("Introducing Dashel"));
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(document->isModified());
    QVERIFY(m_window->isWindowModified());
    const int steps = stack->count();
    QVERIFY(steps >= 5);

    // 6. Undo all of it by shortcut: saving gives the original bytes.
    view->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stack->canUndo());
    QVERIFY(!document->isModified());
    QCOMPARE(model->rowCount(), rows);
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readAll(m_path), m_original);

    // 7. Redo all of it, save, and compare with the expected file (checked by hand, see tests/data).
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!stack->canRedo());
    QCOMPARE(model->entry(6).text, QStringLiteral("Introducing Dashel"));
    QCOMPARE(model->entry(4).speaker, QStringLiteral("Dashel Ruiz"));
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!document->isModified());
    const QByteArray saved = readAll(m_path);
    const QByteArray expected = readAll(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.edited.md")));
    if (saved != expected) {
        QFile out(QDir::temp().filePath(QStringLiteral("tst_mainwindow-saved.md")));
        if (out.open(QIODevice::WriteOnly))
            out.write(saved);
        qWarning() << "saved file differs from the expected one; written to" << out.fileName();
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(saved, expected);
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    TranscriptModel *model = m_window->document()->model();
    TranscriptView *view = m_window->transcriptView();
    clickRow(5);
    QCOMPARE(model->entry(5).speaker, QStringLiteral("Dashel"));
    QTest::keyClick(view, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(model->entry(5).speaker, QStringLiteral("Alexey"));
    QVERIFY(m_window->document()->isModified());

    // Cancel: the window stays, with its edits.
    bool asked = false;
    whenModal([&asked](QWidget *box) {
        asked = true;
        clickButton(box, QMessageBox::Cancel);
    });
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(model->entry(5).speaker, QStringLiteral("Alexey"));
    QCOMPARE(readAll(m_path), m_original);

    // Save: the window closes and the file holds the edit.
    asked = false;
    whenModal([&asked](QWidget *box) {
        asked = true;
        clickButton(box, QMessageBox::Save);
    });
    QVERIFY(m_window->close());
    QVERIFY(asked);
    const QByteArray saved = readAll(m_path);
    QVERIFY(saved != m_original);
    QVERIFY(saved.contains("  time: '1:15'\n  who: Alexey\n"));
}

void TestMainWindow::openAnotherFileAsks()
{
    TranscriptView *view = m_window->transcriptView();
    clickRow(1);
    QTest::keyClick(view, Qt::Key_2, Qt::AltModifier);
    QVERIFY(m_window->document()->isModified());
    const QString other = m_dir->filePath(QStringLiteral("copy.md"));
    QVERIFY(QFile::copy(m_path, other));

    whenModal([](QWidget *box) { clickButton(box, QMessageBox::Cancel); });
    QVERIFY(!m_window->openFile(other));
    QCOMPARE(m_window->document()->filePath(), m_path);
    QVERIFY(m_window->document()->isModified());

    whenModal([](QWidget *box) { clickButton(box, QMessageBox::Discard); });
    QVERIFY(m_window->openFile(other));
    QCOMPARE(QFileInfo(m_window->document()->filePath()), QFileInfo(other));
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(readAll(m_path), m_original);
    QCOMPARE(m_window->recentFiles().first(), QFileInfo(other).absoluteFilePath());
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("From Semiconductors to Machine Learning")));
}

void TestMainWindow::brokenFileShowsFileAndLine()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.md"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: ok\ntranscript:\n- line: [unclosed\n  sec: 1\n---\n");
    file.close();
    QString shown;
    whenModal([&shown](QWidget *box) {
        auto *messageBox = qobject_cast<QMessageBox *>(box);
        QVERIFY(messageBox);
        shown = messageBox->text();
        messageBox->accept();
    });
    QVERIFY(!m_window->openFile(broken));
    QVERIFY2(shown.contains(QLatin1String("broken.md:")), qPrintable(shown));
    // The document that was open stays open and untouched.
    QCOMPARE(m_window->document()->filePath(), m_path);
    QVERIFY(!m_window->document()->isModified());
}

void TestMainWindow::dropOpensFile()
{
    const QString other = m_dir->filePath(QStringLiteral("dropped.md"));
    QVERIFY(QFile::copy(m_path, other));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(other) });
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(QFileInfo(m_window->document()->filePath()), QFileInfo(other));

    // Files that are not episodes are refused at the door.
    QMimeData text;
    text.setUrls({ QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt"))) });
    QDragEnterEvent refused(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::docksRestoredFromSettings()
{
    // Every dock, including those the audio and checks parts add, comes back as the user left it.
    for (const char *name : { "checksDock", "playerDock" }) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY2(dock, name);
        QVERIFY2(!dock->isHidden(), name);
        dock->hide();
    }
    QSettings settings;
    const auto forget = qScopeGuard([&settings] { settings.remove(QStringLiteral("window/state")); });
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());

    MainWindow second;
    for (const char *name : { "checksDock", "playerDock" }) {
        auto *dock = second.findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY2(dock, name);
        QVERIFY2(dock->isHidden(), name);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
