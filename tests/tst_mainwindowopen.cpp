// Opening captions (SRT, WebVTT, raw M:SS lines) by every route: the command line's path (MainWindow::openFile),
// File > Open through the file dialog, Open Recent and a drop. They open as an untitled episode, and Save As
// suggests the captions' base name with ".md". A file that is neither episode nor captions gets a clear message.
#include "captionimport.h"
#include "document.h"
#include "episodefile.h"
#include "mainwindow.h"
#include "modalhandlers.h"
#include "testsupport.h"
#include "transcriptmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

namespace {

using ModalHandlers::whenModal;

/** Accepts a QFileDialog with `path` typed into its file name box, as a user would. */
void chooseFile(QWidget *modal, const QString &path, QString *shownPath = nullptr, QStringList *filters = nullptr)
{
    auto *dialog = qobject_cast<QFileDialog *>(modal);
    QVERIFY(dialog);
    if (shownPath)
        *shownPath = dialog->selectedFiles().value(0);
    if (filters)
        *filters = dialog->nameFilters();
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // the Open/Save button's slot
}

} // namespace

class TestMainWindowOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandLineOpensCaptions_data();
    void commandLineOpensCaptions();
    void saveAsSuggestsEpisodeName();
    void openDialogListsEpisodesAndCaptions();
    void dropOpensCaptions();
    void openRecentReopensCaptions();
    void neitherEpisodeNorCaptionsIsRefused();
    void brokenCaptionsNameFileAndLine();

private:
    QString copyToDir(const QString &dataName, const QString &asName = QString());
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    void checkOpenedCaptions(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowopen"));
    QSettings().clear();
}

void TestMainWindowOpen::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowOpen::cleanup()
{
    ModalHandlers::cancelPending();
    m_window.reset();
    m_dir.reset();
}

QString TestMainWindowOpen::copyToDir(const QString &dataName, const QString &asName)
{
    const QString target = m_dir->filePath(asName.isEmpty() ? dataName : asName);
    if (!QFile::copy(TestSupport::dataFile(dataName), target))
        return QString();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestMainWindowOpen::checkOpenedCaptions(const QString &path)
{
    QList<CaptionFragment> fragments;
    FileError error;
    QVERIFY2(CaptionImport::read(path, &fragments, &error), qPrintable(error.toString()));
    QVERIFY(!fragments.isEmpty());
    Document *document = m_window->document();
    // An untitled episode: no path, so Save never overwrites the captions.
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->isModified());
    QCOMPARE(document->episode().title(), CaptionImport::titleFromFileName(path));
    TranscriptModel *model = document->model();
    QCOMPARE(model->rowCount(), int(fragments.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).text, fragments.at(row).text);
        QCOMPARE(model->entry(row).seconds.value_or(-1), fragments.at(row).startMs / 1000);
    }
    QCOMPARE(m_window->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindowOpen::commandLineOpensCaptions_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("srt") << "interview.srt";
    QTest::newRow("vtt") << "interview.vtt";
    QTest::newRow("raw M:SS") << "swe-to-ml.captions.txt";
}

void TestMainWindowOpen::commandLineOpensCaptions()
{
    QFETCH(QString, name);
    const QString path = copyToDir(name);
    QVERIFY(!path.isEmpty());
    // main.cpp hands its argument to openFile(): this is the command line's route.
    QVERIFY(m_window->openFile(path));
    checkOpenedCaptions(path);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindowOpen::saveAsSuggestsEpisodeName()
{
    const QString path = copyToDir(QStringLiteral("interview.srt"));
    QVERIFY(m_window->openFile(path));
    QString suggested;
    const QString target = m_dir->filePath(QStringLiteral("interview.md"));
    whenModal([&](QWidget *modal) { chooseFile(modal, target, &suggested); });
    QVERIFY(m_window->saveAs());
    QCOMPARE(suggested, target);
    // Saved as an episode that reads back with the same lines; the captions file is untouched.
    QCOMPARE(m_window->document()->filePath(), target);
    QVERIFY(!m_window->document()->isModified());
    Document reread;
    FileError error;
    QVERIFY2(reread.load(target, &error), qPrintable(error.toString()));
    QCOMPARE(reread.model()->rowCount(), m_window->document()->model()->rowCount());
    QCOMPARE(reread.model()->entry(2).text, QStringLiteral("Thanks for having me & my team."));
    QCOMPARE(TestSupport::readAll(path), TestSupport::readAll(TestSupport::dataFile(QStringLiteral("interview.srt"))));

    // An episode opened afterwards suggests its own path again, not the captions' name.
    const QString episode = copyToDir(QStringLiteral("semiconductors-to-ml.md"));
    QVERIFY(m_window->openFile(episode));
    whenModal([&](QWidget *modal) { chooseFile(modal, m_dir->filePath(QStringLiteral("copy.md")), &suggested); });
    QVERIFY(m_window->saveAs());
    QCOMPARE(suggested, episode);
}

void TestMainWindowOpen::openDialogListsEpisodesAndCaptions()
{
    const QString path = copyToDir(QStringLiteral("interview.vtt"));
    QStringList filters;
    whenModal([&](QWidget *modal) { chooseFile(modal, path, nullptr, &filters); });
    QAction *open = action(QStringLiteral("actionOpen"));
    QVERIFY(open);
    open->trigger();
    checkOpenedCaptions(path);
    QVERIFY2(filters.size() >= 3, qPrintable(filters.join(QLatin1Char('|'))));
    // The first filter shows both kinds; each kind has its own; every pattern the detection knows is listed.
    for (const char *pattern : { "*.md", "*.yaml", "*.yml", "*.srt", "*.vtt", "*.txt" })
        QVERIFY2(filters.first().contains(QLatin1String(pattern)), qPrintable(filters.first()));
    QVERIFY(filters.filter(QStringLiteral("Captions (*.srt *.vtt *.txt)")).size() == 1);
    QVERIFY(filters.filter(QStringLiteral("Episodes (*.md *.yaml *.yml)")).size() == 1);
}

void TestMainWindowOpen::dropOpensCaptions()
{
    const QString path = copyToDir(QStringLiteral("interview.srt"), QStringLiteral("dropped.srt"));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    checkOpenedCaptions(path);

    // Raw captions with a .txt name are recognised by their content.
    const QString raw = copyToDir(QStringLiteral("testing-phones-to-nlp.captions.txt"));
    m_window->document()->undoStack()->setClean();
    QMimeData rawMime;
    rawMime.setUrls({ QUrl::fromLocalFile(raw) });
    QDragEnterEvent rawEnter(pos, Qt::CopyAction, &rawMime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &rawEnter);
    QVERIFY(rawEnter.isAccepted());
    whenModal([](QWidget *modal) { // the dropped SRT is an untitled episode: discard it
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    QDropEvent rawDrop(QPointF(pos), Qt::CopyAction, &rawMime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &rawDrop);
    checkOpenedCaptions(raw);
}

void TestMainWindowOpen::openRecentReopensCaptions()
{
    const QString captions = copyToDir(QStringLiteral("interview.srt"));
    QVERIFY(m_window->openFile(captions));
    // An untitled episode is unsaved work: opening another file asks first (Discard here).
    const QString episode = copyToDir(QStringLiteral("semiconductors-to-ml.md"));
    QString asked;
    whenModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(m_window->openFile(episode));
    QVERIFY2(asked.contains(QLatin1String("unsaved changes")), qPrintable(asked));
    QCOMPARE(m_window->recentFiles(),
        QStringList({ QFileInfo(episode).absoluteFilePath(), QFileInfo(captions).absoluteFilePath() }));

    // File > Open Recent: the captions are the second entry, named by their file name.
    QMenu *fileMenu = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&File"))
            fileMenu = menu->menu();
    }
    QVERIFY(fileMenu);
    QMenu *recent = nullptr;
    for (QAction *entry : fileMenu->actions()) {
        if (entry->menu() && entry->text() == QLatin1String("Open &Recent"))
            recent = entry->menu();
    }
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    QAction *second = recent->actions().value(1);
    QVERIFY(second);
    QCOMPARE(second->text(), QStringLiteral("&2 interview.srt"));
    second->trigger();
    checkOpenedCaptions(captions);
    QCOMPARE(m_window->recentFiles().value(1), QFileInfo(episode).absoluteFilePath());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindowOpen::neitherEpisodeNorCaptionsIsRefused()
{
    const QString episode = copyToDir(QStringLiteral("semiconductors-to-ml.md"));
    QVERIFY(m_window->openFile(episode));
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dear diary,\nthe editor opened everything today.\n");
    file.close();

    QString shown;
    whenModal([&shown](QWidget *box) {
        auto *messageBox = qobject_cast<QMessageBox *>(box);
        QVERIFY(messageBox);
        shown = messageBox->text();
        messageBox->accept();
    });
    QVERIFY(!m_window->openFile(notes));
    QVERIFY2(shown.contains(QLatin1String("notes.txt")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("neither an episode")), qPrintable(shown));
    QCOMPARE(m_window->document()->filePath(), episode);

    // Such a file is not even accepted by a drag.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(notes) });
    QDragEnterEvent enter(m_window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestMainWindowOpen::brokenCaptionsNameFileAndLine()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.srt"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:0x,000 --> 00:00:03,000\nbad time\n");
    file.close();
    QString shown;
    whenModal([&shown](QWidget *box) {
        auto *messageBox = qobject_cast<QMessageBox *>(box);
        QVERIFY(messageBox);
        shown = messageBox->text();
        messageBox->accept();
    });
    QVERIFY(!m_window->openFile(broken));
    QVERIFY2(shown.contains(QLatin1String("broken.srt:")), qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1String("mapping")));
}

QTEST_MAIN(TestMainWindowOpen)
#include "tst_mainwindowopen.moc"
