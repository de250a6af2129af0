// The Transcript menu of the real MainWindow: import captions, join into paragraphs (one undo step), re-time from
// captions, export SRT; the Checks dock; and the German catalogue embedded by the build.
#include "captionimport.h"
#include "checkspanel.h"
#include "document.h"
#include "episodefile.h"
#include "joinparagraphsdialog.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "transcriptexport.h"
#include "transcriptmodel.h"
#include "transcripttools.h"
#include "transcriptview.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <memory>

class TestMainWindowChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void transcriptMenuHasEntries();
    void checksDockShowsCounts();
    void importCaptionsAsNewDocument();
    void importErrorNamesFileAndLine();
    void importAsksToSaveFirst();
    void importIntoEpisodeWithoutLines();
    void importIntoEpisodeWithoutTranscriptKey();
    void joinIntoParagraphsIsOneUndoStep();
    void joinDialogPreviewAndAccept();
    void joinSelectedRowsOnly();
    void retimeFromCaptions();
    void exportSrt();
    void exportFormats_data();
    void exportFormats();
    void germanCatalogue();
    void germanMenus(); // last: installs translators on the application

private:
    QString captionsFile() const { return TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.captions.txt")); }
    QString episodeFile() const { return TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")); }
    QAction *action(const QString &objectName) const;
    int lineCount() const;

    std::unique_ptr<MainWindow> m_window;
    TranscriptTools *m_tools = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindowChecks::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tools = m_window->findChild<TranscriptTools *>();
    QVERIFY(m_tools);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->document()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindowChecks::cleanup()
{
    m_tester.reset();
    // Destroyed without close(): a modified document is thrown away without asking.
    m_window.reset();
    m_tools = nullptr;
}

QAction *TestMainWindowChecks::action(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

int TestMainWindowChecks::lineCount() const
{
    int n = 0;
    for (const TranscriptEntry &entry : m_window->document()->episode().entries)
        n += entry.isLine() ? 1 : 0;
    return n;
}

void TestMainWindowChecks::transcriptMenuHasEntries()
{
    QMenu *transcript = nullptr;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->findChild<QMenu *>(QStringLiteral("exportMenu")))
            transcript = menuAction->menu();
    }
    QVERIFY(transcript);
    for (const char *name : { "importCaptionsAction", "joinParagraphsAction", "retimeAction" }) {
        QAction *a = action(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY(transcript->actions().contains(a));
    }
    auto *exportMenu = transcript->findChild<QMenu *>(QStringLiteral("exportMenu"));
    // The five formats, then SRT and WebVTT once more with one cue per paragraph.
    QStringList names;
    for (QAction *a : exportMenu->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names.size(), 7);
    for (const QString &name : { QStringLiteral("export%1Action"), QStringLiteral("export%1ParagraphAction") }) {
        QVERIFY2(names.contains(name.arg(int(TranscriptExport::Format::Srt))), qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(name.arg(int(TranscriptExport::Format::Vtt))), qPrintable(names.join(u' ')));
    }
}

void TestMainWindowChecks::checksDockShowsCounts()
{
    QVERIFY(m_window->openFile(TestSupport::dataFile(QStringLiteral("checks-problems.md"))));
    auto *panel = m_window->findChild<ChecksPanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->findings().isEmpty());
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("checksDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), panel->title());
    QVERIFY(dock->windowTitle() != QStringLiteral("Checks"));

    // A click on a finding selects its row in the window's one selection model.
    const Finding finding = panel->findings().first();
    QVERIFY(panel->showFinding(0));
    const int row = m_window->document()->model()->rowOfId(finding.entry);
    QCOMPARE(m_window->transcriptView()->selectedRows(), QList<int> { row });
}

void TestMainWindowChecks::importCaptionsAsNewDocument()
{
    QList<CaptionFragment> fragments;
    FileError error;
    QVERIFY2(CaptionImport::read(captionsFile(), &fragments, &error), qPrintable(error.toString()));
    QVERIFY(fragments.size() > 100);

    m_tools->setNextFilePath(captionsFile());
    action(QStringLiteral("importCaptionsAction"))->trigger();

    Document *document = m_window->document();
    QCOMPARE(document->model()->rowCount(), int(fragments.size()));
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->isModified());
    QCOMPARE(document->model()->entry(0).text, fragments.first().text);
    QCOMPARE(document->model()->entry(0).seconds.value_or(-1), fragments.first().startMs / 1000);

    // A cancelled file dialog changes nothing.
    m_tools->setNextFilePath(QString());
    action(QStringLiteral("importCaptionsAction"))->trigger();
    QCOMPARE(document->model()->rowCount(), int(fragments.size()));
}

void TestMainWindowChecks::importErrorNamesFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.srt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:xx,000 --> 00:00:04,000\nWorld\n");
    file.close();

    const int rows = m_window->document()->model()->rowCount();
    QVERIFY(!m_tools->importCaptions(bad));
    QCOMPARE(m_window->document()->model()->rowCount(), rows);
    QVERIFY2(m_tools->lastMessage().contains(QStringLiteral("bad.srt")), qPrintable(m_tools->lastMessage()));
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY(box);
    box->close();
}

void TestMainWindowChecks::importAsksToSaveFirst()
{
    QVERIFY(m_window->openFile(episodeFile()));
    Document *document = m_window->document();
    QVERIFY(document->model()->setText(1, QStringLiteral("An unsaved edit.")));
    const int rows = document->model()->rowCount();

    // The unsaved-changes question is modal: answer it from a timer, first Cancel, then Discard.
    auto answer = [this](QMessageBox::StandardButton button, bool *asked) {
        QTimer::singleShot(0, this, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            box->button(button)->click();
        });
    };
    bool asked = false;
    answer(QMessageBox::Cancel, &asked);
    QVERIFY(!m_tools->importCaptions(captionsFile()));
    QVERIFY(asked);
    QCOMPARE(document->filePath(), episodeFile());
    QCOMPARE(document->model()->rowCount(), rows);

    asked = false;
    answer(QMessageBox::Discard, &asked);
    QVERIFY(m_tools->importCaptions(captionsFile()));
    QVERIFY(asked);
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->model()->rowCount() > rows);
}

void TestMainWindowChecks::importIntoEpisodeWithoutLines()
{
    const QString path = TestSupport::dataFile(QStringLiteral("captions-pending.md"));
    QVERIFY(m_window->openFile(path));
    Document *document = m_window->document();
    QCOMPARE(document->model()->rowCount(), 1);

    QVERIFY(m_tools->importCaptions(captionsFile()));
    // Into the open episode, after its header, as one undo step; the file stays the same.
    QCOMPARE(document->filePath(), path);
    QVERIFY(document->model()->rowCount() > 100);
    QVERIFY(document->model()->entry(0).isHeader());
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->model()->rowCount(), 1);
    QVERIFY(!document->isModified());
}

void TestMainWindowChecks::importIntoEpisodeWithoutTranscriptKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("captions-no-transcript.md")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(path));
    Document *document = m_window->document();
    QCOMPARE(document->model()->rowCount(), 0);

    QVERIFY(m_tools->importCaptions(captionsFile()));
    QCOMPARE(document->filePath(), path);
    QVERIFY(document->isModified());
    const int rows = document->model()->rowCount();
    QVERIFY(rows > 100);
    // Saved, the episode keeps its metadata and gains the transcript.
    FileError error;
    QVERIFY2(document->save(&error), qPrintable(error.toString()));
    Episode reread;
    QVERIFY2(EpisodeFile::read(path, &reread, &error), qPrintable(error.toString()));
    QCOMPARE(reread.entries.size(), rows);
    QCOMPARE(reread.title(), QStringLiteral("No transcript yet"));
    QCOMPARE(reread.field(QStringLiteral("season")).toInt(), 1);
}

void TestMainWindowChecks::joinIntoParagraphsIsOneUndoStep()
{
    QVERIFY(m_tools->importCaptions(captionsFile()));
    Document *document = m_window->document();
    const int fragments = document->model()->rowCount();
    const QString allText = [&] {
        QStringList words;
        for (const TranscriptEntry &entry : document->episode().entries)
            words << entry.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words.join(QLatin1Char(' '));
    }();
    const int steps = document->undoStack()->count();

    QVERIFY(m_tools->joinIntoParagraphs(ParagraphJoiner::Options()));
    const int paragraphs = document->model()->rowCount();
    QVERIFY2(paragraphs < fragments / 3, qPrintable(QStringLiteral("%1 -> %2").arg(fragments).arg(paragraphs)));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    // No word is lost or reordered.
    QStringList joinedWords;
    for (const TranscriptEntry &entry : document->episode().entries)
        joinedWords << entry.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(joinedWords.join(QLatin1Char(' ')), allText);

    document->undoStack()->undo();
    QCOMPARE(document->model()->rowCount(), fragments);
    document->undoStack()->redo();
    QCOMPARE(document->model()->rowCount(), paragraphs);
}

void TestMainWindowChecks::joinDialogPreviewAndAccept()
{
    QVERIFY(m_tools->importCaptions(captionsFile()));
    Document *document = m_window->document();
    const int fragments = document->model()->rowCount();

    // The dialog is modal: inspect and accept it from a timer once it is shown.
    int previewParagraphs = -1;
    QString preview;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<JoinParagraphsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ParagraphJoiner::Options options = dialog->options();
        options.maxChars = 300;
        dialog->setOptions(options);
        previewParagraphs = dialog->previewParagraphs();
        preview = dialog->previewText();
        dialog->accept();
    });
    action(QStringLiteral("joinParagraphsAction"))->trigger();

    QVERIFY2(previewParagraphs > 0, "the join dialog was not shown");
    QVERIFY2(preview.contains(QString::number(fragments)) && preview.contains(QString::number(previewParagraphs)),
        qPrintable(preview));
    QCOMPARE(lineCount(), previewParagraphs);
    for (const TranscriptEntry &entry : document->episode().entries)
        QVERIFY(entry.text.size() <= 300 || !entry.text.contains(QLatin1Char(' ')));
}

void TestMainWindowChecks::joinSelectedRowsOnly()
{
    QVERIFY(m_tools->importCaptions(captionsFile()));
    Document *document = m_window->document();
    const int fragments = document->model()->rowCount();
    const TranscriptEntry untouched = document->model()->entry(20);
    // Rows 0..9 selected: only they are joined.
    m_window->transcriptView()->selectRow(0);
    QItemSelectionModel *selection = m_window->transcriptView()->selectionModel();
    selection->select(QItemSelection(document->model()->index(0, 0), document->model()->index(9, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_tools->joinRange(), qMakePair(0, 10));

    QVERIFY(m_tools->joinIntoParagraphs(ParagraphJoiner::Options()));
    const int joined = document->model()->rowCount() - (fragments - 10);
    QVERIFY(joined >= 1 && joined < 10);
    QCOMPARE(document->model()->entry(20 - 10 + joined).id, untouched.id);
    QCOMPARE(document->model()->entry(20 - 10 + joined).text, untouched.text);
}

void TestMainWindowChecks::retimeFromCaptions()
{
    QVERIFY(m_window->openFile(episodeFile()));
    Document *document = m_window->document();
    TranscriptModel *model = document->model();
    QList<CaptionFragment> captions;
    FileError error;
    QVERIFY2(CaptionImport::read(captionsFile(), &captions, &error), qPrintable(error.toString()));
    // Where the aligner places the lines of the untouched file: the oracle for the lines spoiled below.
    const Aligner::Result reference = Aligner::align(document->episode().entries, captions);

    // Spoil the times of a few placed lines by ten minutes; re-timing must bring them back.
    QHash<int, qint64> expected;
    for (int row = 6; row < model->rowCount() && expected.size() < 3; row += 10) {
        const TranscriptEntry &entry = model->entry(row);
        if (!entry.isLine() || !entry.seconds || reference.unplaced.contains(entry.id))
            continue;
        const qint64 placed = reference.seconds.value(entry.id, *entry.seconds);
        QVERIFY2(qAbs(placed - *entry.seconds) <= 30, "the reference alignment moved a line implausibly far");
        expected.insert(row, placed);
        QVERIFY(model->setSeconds(row, *entry.seconds + 600));
    }
    QCOMPARE(expected.size(), 3);
    const int steps = document->undoStack()->count();

    Aligner::Result result;
    QVERIFY(m_tools->retimeFromCaptions(captionsFile(), &result));
    QVERIFY(result.moved >= 3);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(model->entry(it.key()).seconds.value_or(-1), it.value());

    // One undo step restores every spoiled time.
    document->undoStack()->undo();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY(model->entry(it.key()).seconds.value_or(-1) >= 600);

    // Through the menu: the summary names what moved.
    m_tools->setNextFilePath(captionsFile());
    action(QStringLiteral("retimeAction"))->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY2(m_tools->lastMessage().contains(QString::number(result.moved)), qPrintable(m_tools->lastMessage()));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindowChecks::exportSrt()
{
    QVERIFY(m_window->openFile(episodeFile()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("episode.srt"));
    m_tools->setNextFilePath(path);
    QAction *srt = action(QStringLiteral("export%1Action").arg(int(TranscriptExport::Format::Srt)));
    QVERIFY(srt);
    srt->trigger();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("1\n")) || text.startsWith(QStringLiteral("1\r\n")));
    QVERIFY(text.contains(QStringLiteral("00:00:00,000 --> ")));
    QVERIFY(text.contains(QStringLiteral("Hi everyone, welcome to our event.")));
    QCOMPARE(text.toUtf8(), TranscriptExport::exportAs(m_window->document()->episode(), TranscriptExport::Format::Srt));
}

void TestMainWindowChecks::exportFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("srt") << int(TranscriptExport::Format::Srt);
    QTest::newRow("vtt") << int(TranscriptExport::Format::Vtt);
    QTest::newRow("text") << int(TranscriptExport::Format::PlainText);
    QTest::newRow("markdown") << int(TranscriptExport::Format::Markdown);
    QTest::newRow("chapters") << int(TranscriptExport::Format::YoutubeChapters);
}

void TestMainWindowChecks::exportFormats()
{
    QFETCH(int, format);
    QVERIFY(m_window->openFile(episodeFile()));
    QTemporaryDir dir;
    const auto exportFormat = TranscriptExport::Format(format);
    const QString path = dir.filePath(QStringLiteral("out.") + TranscriptTools::formatSuffix(exportFormat));
    QVERIFY(m_tools->exportTo(exportFormat, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes, TranscriptExport::exportAs(m_window->document()->episode(), exportFormat));

    // A path that cannot be written gives a message naming it, and no crash.
    QVERIFY(!m_tools->exportTo(exportFormat, dir.filePath(QStringLiteral("missing/dir/out.txt"))));
    QVERIFY2(m_tools->lastMessage().contains(QStringLiteral("out.txt")), qPrintable(m_tools->lastMessage()));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindowChecks::germanCatalogue()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("transcript-editor"),
        QStringLiteral("_"), TranslationLoader::resourceDirectory()));
    QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    QCOMPARE(
        translator.translate("TranscriptTools", "&Import Captions..."), QStringLiteral("Untertitel &importieren..."));
    // A&rt: Alt+A is the View menu ("&Ansicht") in the same window.
    QCOMPARE(translator.translate("ChecksPanel", "Fix &All of This Kind"), QStringLiteral("Alle dieser A&rt beheben"));
    // Austrian German falls back to the German catalogue; French has none.
    QTranslator austrian;
    QVERIFY(austrian.load(QLocale(QLocale::German, QLocale::Austria), QStringLiteral("transcript-editor"),
        QStringLiteral("_"), TranslationLoader::resourceDirectory()));
    QTranslator french;
    QVERIFY(!french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("transcript-editor"),
        QStringLiteral("_"), TranslationLoader::resourceDirectory()));
}

void TestMainWindowChecks::germanMenus()
{
    m_tester.reset();
    m_window.reset();
    QVERIFY(TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany)));
    init();
    QCOMPARE(action(QStringLiteral("importCaptionsAction"))->text(), QStringLiteral("Untertitel &importieren..."));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("checksDock"));
    QVERIFY(dock);
    QVERIFY2(dock->windowTitle().startsWith(QStringLiteral("Prüfungen")), qPrintable(dock->windowTitle()));
    // Leave the application as we found it.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestMainWindowChecks::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowchecks"));
    QSettings().clear();
}

QTEST_MAIN(TestMainWindowChecks)
#include "tst_mainwindowchecks.moc"
