// EpisodePanel: shows the metadata, edits title/short/season/episode as undoable steps, leaves other keys alone.
#include "document.h"
#include "episodefile.h"
#include "episodepanel.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TestEpisodePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAndEditsMetadata();
    void pendingValueCommittedOnlyOnRequest();
    void destroyedWhileEditingTouchesNothing();
};

void TestEpisodePanel::showsAndEditsMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Document document;
    EpisodePanel panel;
    panel.setDocument(&document);
    FileError error;
    QVERIFY(document.load(path, &error));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const QString title = QStringLiteral("From Semiconductors to Machine Learning: A Career in Data and Teaching");
    QCOMPARE(panel.titleEdit()->text(), title);
    QCOMPARE(panel.shortEdit()->text(), title);
    QCOMPARE(panel.seasonBox()->value(), 21);
    QCOMPARE(panel.episodeBox()->value(), 8);
    bool guestsShown = false;
    bool linksShown = false;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        guestsShown |= label->text() == QLatin1String("dashelruizperez");
        linksShown |= label->text().contains(QLatin1String("https://www.youtube.com/watch?v=B2tzuUg5uZs"));
    }
    QVERIFY(guestsShown);
    QVERIFY(linksShown);

    // Leaving a field unchanged pushes nothing.
    panel.titleEdit()->setFocus();
    QTest::keyClick(panel.titleEdit(), Qt::Key_Return);
    QCOMPARE(document.undoStack()->count(), 0);

    // Typing a new title and a new season: one undo step each.
    panel.titleEdit()->selectAll();
    QTest::keyClicks(panel.titleEdit(), QStringLiteral("Semiconductors to ML"));
    QTest::keyClick(panel.titleEdit(), Qt::Key_Return);
    QCOMPARE(document.episode().field(QStringLiteral("title")).toString(), QStringLiteral("Semiconductors to ML"));
    QCOMPARE(document.undoStack()->count(), 1);
    panel.seasonBox()->setFocus();
    panel.seasonBox()->selectAll();
    QTest::keyClicks(panel.seasonBox(), QStringLiteral("22"));
    QTest::keyClick(panel.seasonBox(), Qt::Key_Return);
    QCOMPARE(document.episode().field(QStringLiteral("season")).toLongLong(), 22);
    QCOMPARE(document.undoStack()->count(), 2);

    // Undo shows the old values again; saving after undo gives the original bytes (other keys untouched).
    document.undoStack()->undo();
    QCOMPARE(panel.seasonBox()->value(), 21);
    document.undoStack()->undo();
    QCOMPARE(panel.titleEdit()->text(), title);
    QFile original(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(EpisodeFile::serialize(document.episode()), original.readAll());

    // Redo and save: only the edited keys differ.
    document.undoStack()->redo();
    document.undoStack()->redo();
    const QByteArray saved = EpisodeFile::serialize(document.episode());
    QVERIFY(saved.contains("\nseason: 22\n"));
    QVERIFY(saved.contains("\ntitle: Semiconductors to ML\n"));
    QVERIFY(saved.contains("\nshort: 'From Semiconductors to Machine Learning: A Career in Data and Teaching'\n"));
}

void TestEpisodePanel::pendingValueCommittedOnlyOnRequest()
{
    Document document;
    FileError error;
    QVERIFY(document.load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
    EpisodePanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.seasonBox()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return panel.seasonBox()->hasFocus(); }));
    panel.seasonBox()->selectAll();
    QTest::keyClicks(panel.seasonBox(), QStringLiteral("22"));
    QCOMPARE(document.undoStack()->count(), 0); // typed, not committed yet
    // What Save and the unsaved-changes question call first: the typed value becomes one undo step.
    panel.commitEdits();
    QCOMPARE(document.episode().field(QStringLiteral("season")).toLongLong(), 22);
    QCOMPARE(document.undoStack()->count(), 1);
    panel.commitEdits(); // nothing new typed: nothing pushed
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestEpisodePanel::destroyedWhileEditingTouchesNothing()
{
    // A focused spin box with an uncommitted value loses the focus while the panel is being destroyed; that must not
    // reach the half-destroyed panel or the document (ASan/UBSan reported it before the panel stopped listening).
    Document document;
    FileError error;
    QVERIFY(document.load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
    auto *panel = new EpisodePanel;
    panel->setDocument(&document);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    panel->activateWindow();
    panel->episodeBox()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return panel->episodeBox()->hasFocus(); }));
    panel->episodeBox()->selectAll();
    QTest::keyClicks(panel->episodeBox(), QStringLiteral("99"));
    delete panel;
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.episode().field(QStringLiteral("episode")).toLongLong(), 8);
}

void TestEpisodePanel::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_episodepanel"));
    QSettings().clear();
}

QTEST_MAIN(TestEpisodePanel)
#include "tst_episodepanel.moc"
