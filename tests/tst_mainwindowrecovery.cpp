// The real MainWindow never loses work: recovery copies offered on open and at start (Restore, Discard, what
// differs, a changed original), the copy's life with Save and close, and changes made to the file on disk
// (reload when unmodified keeping the place; ask when modified; ask before saving over them).
#include "autosaver.h"
#include "autosavescheduler.h"
#include "captionimport.h"
#include "document.h"
#include "episodefile.h"
#include "externalchangewatcher.h"
#include "mainwindow.h"
#include "modalhandlers.h"
#include "recoverydialog.h"
#include "recoverystore.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {

using ModalHandlers::whenModal;

void clickNamed(QWidget *box, const char *name)
{
    auto *button = box->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

/** Replaces the file the way editors and git do: write a new file, rename it over the old one. */
void replaceOnDisk(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + QStringLiteral(".other-editor~");
    QFile file(temp);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QVERIFY(::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0);
}

using TestSupport::readAll;

} // namespace

class TestMainWindowRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restoreOnOpen();
    void discardOnOpen();
    void copyOfChangedOriginalSaysSo();
    void untitledCopyOfferedAtStart();
    void autosaveWhileEditingAndCleanClose();
    void diskChangeReloadsUnmodifiedKeepingPlace();
    void diskChangeAsksWhenModified_data();
    void diskChangeAsksWhenModified();
    void saveOverChangedFileAsks();
    void destroyedWithEditsInProgress();

private:
    /** A copy as an editor that crashed would have left it: `edit` applied to this test's file. */
    RecoveryCopy crashedCopy(const std::function<void(Document &)> &edit, QByteArray *expected);
    void newWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowrecovery"));
    QSettings().clear();
}

void TestMainWindowRecovery::init()
{
    QDir(RecoveryStore().directory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("semiconductors-to-ml.md"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_original = readAll(m_path);
}

void TestMainWindowRecovery::newWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindowRecovery::cleanup()
{
    ModalHandlers::cancelPending();
    m_window.reset();
    m_dir.reset();
}

RecoveryCopy TestMainWindowRecovery::crashedCopy(const std::function<void(Document &)> &edit, QByteArray *expected)
{
    Document doc;
    FileError error;
    doc.load(m_path, &error);
    edit(doc);
    RecoveryCopy copy;
    copy.id = RecoveryStore::idForPath(m_path);
    copy.originalPath = QFileInfo(m_path).absoluteFilePath();
    copy.displayName = doc.displayName();
    copy.original = FileFingerprint::of(m_path);
    copy.createdAt = QDateTime::currentDateTimeUtc().addSecs(-90);
    copy.entryCount = int(doc.episode().entries.size());
    copy.bytes = EpisodeFile::serialize(doc.episode());
    // What a normal save of these edits writes.
    const QString normal = m_dir->filePath(QStringLiteral("normal.md"));
    doc.saveAs(normal, &error);
    *expected = readAll(normal);
    return copy;
}

void TestMainWindowRecovery::restoreOnOpen()
{
    QByteArray expected;
    const RecoveryCopy copy = crashedCopy(
        [](Document &doc) {
            doc.model()->setText(1, QStringLiteral("Typed, then the power went out."));
            doc.model()->setSpeaker({ 5 }, QStringLiteral("Alexey"));
        },
        &expected);
    QVERIFY(expected != m_original);
    RecoveryStore store;
    QVERIFY(store.write(copy));

    newWindow();
    bool asked = false;
    QString summary;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RecoveryDialog *>(modal);
        QVERIFY(dialog);
        asked = true;
        summary = dialog->summaryText();
        QVERIFY(dialog->restoreButton()->isDefault());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("recoveryWarning"))->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("laterButton")));
        QTest::keyClick(dialog, Qt::Key_Return); // the default button
    });
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(asked);
    QVERIFY2(summary.contains(QLatin1String("2 item(s) changed")), qPrintable(summary));
    QVERIFY(summary.contains(QLocale().toString(copy.createdAt.toLocalTime(), QLocale::LongFormat)));

    Document *doc = m_window->document();
    QVERIFY(doc->isModified());
    QCOMPARE(doc->filePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(doc->model()->entry(1).text, QStringLiteral("Typed, then the power went out."));
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(readAll(m_path), m_original); // nothing touches the user's file but Save

    QVERIFY(m_window->save()); // what Ctrl+S runs (the shortcut itself is tested in tst_mainwindow)
    QVERIFY(!doc->isModified());
    QCOMPARE(readAll(m_path), expected);
    m_window->autosaver()->waitForIdle();
    QVERIFY(store.ids().isEmpty());
}

void TestMainWindowRecovery::discardOnOpen()
{
    QByteArray expected;
    RecoveryStore store;
    QVERIFY(store.write(crashedCopy([](Document &doc) { doc.model()->setText(1, QStringLiteral("x")); }, &expected)));
    newWindow();
    whenModal([](QWidget *modal) { clickNamed(modal, "discardButton"); });
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(EpisodeFile::serialize(m_window->document()->episode()), m_original);
    m_window->autosaver()->waitForIdle();
    QVERIFY(store.ids().isEmpty());
}

void TestMainWindowRecovery::copyOfChangedOriginalSaysSo()
{
    QByteArray expected;
    RecoveryStore store;
    QVERIFY(store.write(crashedCopy([](Document &doc) { doc.model()->setText(1, QStringLiteral("x")); }, &expected)));
    QByteArray changed = m_original;
    changed.replace("season: ", "season: 1");
    QVERIFY(changed != m_original);
    replaceOnDisk(m_path, changed);
    newWindow();
    QString warning;
    whenModal([&](QWidget *modal) {
        auto *label = modal->findChild<QLabel *>(QStringLiteral("recoveryWarning"));
        QVERIFY(label && label->isVisibleTo(modal));
        warning = label->text();
        clickNamed(modal, "restoreButton");
    });
    QVERIFY(m_window->openFile(m_path));
    QVERIFY2(warning.contains(QLatin1String("changed on disk")), qPrintable(warning));
    QVERIFY(m_window->document()->isModified());
}

void TestMainWindowRecovery::untitledCopyOfferedAtStart()
{
    QList<CaptionFragment> fragments;
    FileError error;
    QVERIFY(CaptionImport::read(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), &fragments, &error));
    const Episode imported = CaptionImport::toEpisode(fragments, QStringLiteral("Swe to ml"));
    RecoveryCopy copy;
    copy.id = RecoveryStore::newUntitledId();
    copy.displayName = QStringLiteral("Swe to ml");
    copy.createdAt = QDateTime::currentDateTimeUtc();
    copy.entryCount = int(imported.entries.size());
    copy.bytes = EpisodeFile::serialize(imported);
    RecoveryStore store;
    QVERIFY(store.write(copy));

    newWindow();
    whenModal([](QWidget *modal) {
        QVERIFY(qobject_cast<RecoveryDialog *>(modal));
        QVERIFY(modal->findChild<QPushButton *>(QStringLiteral("laterButton")));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    m_window->offerRecovery();
    Document *doc = m_window->document();
    QVERIFY(doc->filePath().isEmpty());
    QVERIFY(doc->isModified());
    QCOMPARE(doc->model()->rowCount(), int(imported.entries.size()));
    QCOMPARE(EpisodeFile::serialize(doc->episode()), copy.bytes);
    // The restored edits have a copy of their own at once; the old one is gone.
    QSignalSpy written(m_window->autosaver(), &Autosaver::copyWritten);
    QVERIFY(written.count() > 0 || written.wait(5000));
    m_window->autosaver()->waitForIdle();
    QCOMPARE(store.ids(), QStringList { m_window->autosaver()->currentId() });
    QVERIFY(m_window->autosaver()->currentId() != copy.id);
}

void TestMainWindowRecovery::autosaveWhileEditingAndCleanClose()
{
    newWindow();
    QVERIFY(m_window->openFile(m_path));
    Autosaver *saver = m_window->autosaver();
    saver->scheduler()->setIdleMs(50);
    QSignalSpy written(saver, &Autosaver::copyWritten);
    TranscriptView *view = m_window->transcriptView();
    view->selectRow(5);
    QTest::keyClick(view, Qt::Key_1, Qt::AltModifier);
    QVERIFY(written.wait(5000));
    RecoveryStore store;
    const std::optional<RecoveryCopy> copy = store.read(saver->currentId());
    QVERIFY(copy);
    QCOMPARE(copy->bytes, EpisodeFile::serialize(m_window->document()->episode()));
    QVERIFY(!store.isOrphan(saver->currentId())); // this live editor owns it: another start would not offer it

    // Close, answer Discard: a clean close removes the copy.
    whenModal([](QWidget *box) {
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Discard), Qt::LeftButton);
    });
    QVERIFY(m_window->close());
    m_window->autosaver()->waitForIdle(); // the removal runs on the autosave thread, after any write before it
    QVERIFY(store.ids().isEmpty());
    QCOMPARE(readAll(m_path), m_original);
}

void TestMainWindowRecovery::diskChangeReloadsUnmodifiedKeepingPlace()
{
    newWindow();
    QVERIFY(m_window->openFile(m_path));
    TranscriptView *view = m_window->transcriptView();
    view->updateAllRowHeights();
    view->selectRow(40);
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QVERIFY(bar->value() > 0);
    const int topRow = view->indexAt(QPoint(1, 1)).row();
    QVERIFY(topRow > 0);

    QByteArray changed = m_original;
    QVERIFY(changed.contains("season: "));
    changed.replace("season: ", "season: 2");
    QSignalSpy loaded(m_window->document(), &Document::loaded);
    replaceOnDisk(m_path, changed);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(EpisodeFile::serialize(m_window->document()->episode()), changed);
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(view->currentIndex().row(), 40);
    QCOMPARE(view->indexAt(QPoint(1, 1)).row(), topRow);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("reloaded")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // A second change (written in place this time) is noticed as well: the new file is watched too.
    QByteArray again = changed;
    again.replace("season: 2", "season: 3");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(again);
    file.close();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(EpisodeFile::serialize(m_window->document()->episode()), again);
}

void TestMainWindowRecovery::diskChangeAsksWhenModified_data()
{
    QTest::addColumn<bool>("reload");
    QTest::newRow("keep my edits") << false;
    QTest::newRow("reload and drop my edits") << true;
}

void TestMainWindowRecovery::diskChangeAsksWhenModified()
{
    QFETCH(bool, reload);
    newWindow();
    QVERIFY(m_window->openFile(m_path));
    Document *doc = m_window->document();
    QVERIFY(doc->model()->setText(1, QStringLiteral("My edit")));
    QByteArray changed = m_original;
    changed.replace("season: ", "season: 2");
    bool asked = false;
    whenModal([&](QWidget *box) {
        QCOMPARE(box->objectName(), QStringLiteral("changedOnDiskBox"));
        asked = true;
        clickNamed(box, reload ? "reloadButton" : "keepButton");
    });
    QSignalSpy changedSpy(m_window->diskWatcher(), &ExternalChangeWatcher::changed);
    replaceOnDisk(m_path, changed);
    QVERIFY(changedSpy.wait(5000));
    QVERIFY(asked);
    if (reload) {
        QVERIFY(!doc->isModified());
        QCOMPARE(EpisodeFile::serialize(doc->episode()), changed);
    } else {
        QVERIFY(doc->isModified());
        QCOMPARE(doc->model()->entry(1).text, QStringLiteral("My edit"));
        QCOMPARE(readAll(m_path), changed);
    }
}

void TestMainWindowRecovery::saveOverChangedFileAsks()
{
    newWindow();
    QVERIFY(m_window->openFile(m_path));
    Document *doc = m_window->document();
    QVERIFY(doc->model()->setText(1, QStringLiteral("My edit")));
    // The change arrives while the watcher cannot report it (as after "keep my edits", or a missed event).
    m_window->diskWatcher()->blockSignals(true);
    QByteArray changed = m_original;
    changed.replace("season: ", "season: 2");
    replaceOnDisk(m_path, changed);
    QTest::qWait(400);
    m_window->diskWatcher()->blockSignals(false);

    // Ctrl+S asks; Cancel writes nothing.
    QString asked;
    whenModal([&](QWidget *box) {
        asked = box->objectName();
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(!m_window->save());
    QCOMPARE(asked, QStringLiteral("overwriteChangedBox"));
    QCOMPARE(readAll(m_path), changed);
    QVERIFY(doc->isModified());

    // Save Anyway writes the user's version, and the next save does not ask again.
    whenModal([](QWidget *box) { clickNamed(box, "overwriteButton"); });
    QVERIFY(m_window->save());
    QVERIFY(!doc->isModified());
    const QByteArray mine = readAll(m_path);
    QVERIFY(mine.contains("My edit"));
    QVERIFY(doc->model()->setText(1, QStringLiteral("My second edit")));
    asked.clear();
    whenModal([&](QWidget *box) { asked = box->objectName(); });
    QVERIFY(m_window->save());
    QVERIFY(asked.isEmpty());
    QVERIFY(readAll(m_path).contains("My second edit"));
}

void TestMainWindowRecovery::destroyedWithEditsInProgress()
{
    // Destruction order: an undo stack with commands, a cell editor and an Episode spin box holding typed values.
    // The window deletes its views and panels, then the document; nothing reaches a half-destroyed object (the
    // sanitizer build runs this; Qt's debug checks abort on a call into a destroyed MainWindow).
    newWindow();
    QVERIFY(m_window->openFile(m_path));
    QPointer<Document> doc = m_window->document();
    QVERIFY(doc->model()->setText(1, QStringLiteral("edited")));
    TranscriptView *view = m_window->transcriptView();
    view->setFocus();
    view->selectRow(3);
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(view->isEditingText());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" typed"));
    QSpinBox *season = m_window->findChild<QSpinBox *>();
    QVERIFY(season);
    season->setFocus();
    QTest::keyClicks(season, QStringLiteral("5"));
    QSignalSpy destroyed(doc.data(), &QObject::destroyed);
    m_window.reset();
    QCOMPARE(destroyed.count(), 1);
    QVERIFY(doc.isNull());
    QCOMPARE(readAll(m_path), m_original);
    QVERIFY(RecoveryStore().ids().isEmpty()); // destroyed, not crashed: no copy is left behind
}

QTEST_MAIN(TestMainWindowRecovery)
#include "tst_mainwindowrecovery.moc"
