// Autosaver + AutosaveScheduler + RecoveryStore together on a real Document: when copies are written, what they
// hold, when they are removed, untitled imports, and restore-then-save giving exactly the bytes of a normal save.
#include "autosaver.h"
#include "autosavescheduler.h"
#include "captionimport.h"
#include "document.h"
#include "episodefile.h"
#include "recoveryoffer.h"
#include "recoverystore.h"
#include "testsupport.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

class TestAutosaver : public QObject
{
    Q_OBJECT

private:
    QString copyOf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(TestSupport::dataFile(name), path);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    QString storeDir() const { return m_dir.filePath(QStringLiteral("recovery")); }
    /** Fast timing so tests do not wait seconds; the logic is the same. */
    static void speedUp(Autosaver &saver, int idleMs = 30, int maxMs = 5000)
    {
        saver.scheduler()->setIdleMs(idleMs);
        saver.scheduler()->setMaxMs(maxMs);
    }
    static int firstLine(const Document &doc)
    {
        for (int row = 0; row < doc.model()->rowCount(); ++row) {
            if (doc.model()->entry(row).isLine())
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_autosaver"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QDir(storeDir()).removeRecursively(); }

    void editWritesWholeSnapshot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("front matter") << QStringLiteral("semiconductors-to-ml.md");
        QTest::newRow("second episode") << QStringLiteral("testing-phones-to-nlp.md");
    }

    void editWritesWholeSnapshot()
    {
        QFETCH(QString, name);
        const QString path = copyOf(name);
        Document doc;
        QAbstractItemModelTester tester(doc.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        FileError error;
        QVERIFY2(doc.load(path, &error), qPrintable(error.toString()));
        Autosaver saver(&doc, storeDir());
        speedUp(saver);
        QSignalSpy written(&saver, &Autosaver::copyWritten);
        QCOMPARE(saver.currentId(), RecoveryStore::idForPath(path));

        const int row = firstLine(doc);
        int next = row + 1;
        while (next < doc.model()->rowCount() && !doc.model()->entry(next).isLine())
            ++next;
        QVERIFY(doc.model()->setText(row, QStringLiteral("Typed before the crash.")));
        QVERIFY(doc.model()->setSpeaker({ next }, QStringLiteral("Someone New")));
        doc.setMetadata(QStringLiteral("season"), QVariant::fromValue<qint64>(99));
        QVERIFY(written.wait(5000));
        QCOMPARE(written.count(), 1); // three quick edits, one copy
        QCOMPARE(written.first().first().toString(), saver.currentId());

        const std::optional<RecoveryCopy> copy = saver.store().read(saver.currentId());
        QVERIFY(copy.has_value());
        QCOMPARE(copy->bytes, EpisodeFile::serialize(doc.episode()));
        QCOMPARE(copy->originalPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(copy->entryCount, int(doc.episode().entries.size()));
        QVERIFY(copy->original.sameContent(FileFingerprint::of(path)));
        QVERIFY(qAbs(copy->createdAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);

        // What the recovery dialog would say: three things differ from the file, which is unchanged on disk.
        const RecoveryOffer offer = RecoveryOffer::make(*copy);
        QVERIFY(offer.readable);
        QCOMPARE(offer.original, RecoveryOffer::Original::Unchanged);
        QCOMPARE(offer.diff.changed, 2);
        QCOMPARE(offer.diff.added + offer.diff.removed, 0);
        QCOMPARE(offer.diff.metadataChanged, 1);

        // Restore in a new document, then save: exactly the bytes a normal save of these edits gives.
        Document restored;
        restored.loadEpisode(offer.episode, copy->originalPath);
        QVERIFY(restored.isModified());
        QCOMPARE(restored.filePath(), QFileInfo(path).absoluteFilePath());
        const QString normalSave = m_dir.filePath(QStringLiteral("normal-") + name);
        QVERIFY(doc.saveAs(normalSave, &error));
        saver.waitForIdle();
        QVERIFY(restored.save(&error));
        QCOMPARE(TestSupport::readAll(path), TestSupport::readAll(normalSave));
    }

    void saveAndUndoRemoveTheCopy()
    {
        const QString path = copyOf(QStringLiteral("semiconductors-to-ml.md"));
        Document doc;
        FileError error;
        QVERIFY(doc.load(path, &error));
        Autosaver saver(&doc, storeDir());
        speedUp(saver);
        QSignalSpy written(&saver, &Autosaver::copyWritten);
        const RecoveryStore &store = saver.store();

        QVERIFY(doc.model()->setText(firstLine(doc), QStringLiteral("one")));
        QVERIFY(written.wait(5000));
        QVERIFY(store.exists(saver.currentId()));
        QVERIFY(doc.save(&error));
        saver.waitForIdle();
        QVERIFY(!store.exists(saver.currentId()));

        QVERIFY(doc.model()->setText(firstLine(doc), QStringLiteral("two")));
        QVERIFY(written.wait(5000));
        QVERIFY(store.exists(saver.currentId()));
        doc.undoStack()->undo(); // back at the saved state: the file holds everything
        saver.waitForIdle();
        QVERIFY(!store.exists(saver.currentId()));
        QVERIFY(!saver.scheduler()->isPending());

        QVERIFY(doc.model()->setText(firstLine(doc), QStringLiteral("three")));
        QVERIFY(written.wait(5000));
        saver.discard(); // a clean close where the user chose Discard
        saver.waitForIdle();
        QVERIFY(store.ids().isEmpty());
    }

    void keepsTypingWithinTheInterval()
    {
        // Edits every 20 ms never leave the 200 ms idle gap: the maximum interval still writes a copy.
        const QString path = copyOf(QStringLiteral("semiconductors-to-ml.md"));
        Document doc;
        FileError error;
        QVERIFY(doc.load(path, &error));
        Autosaver saver(&doc, storeDir());
        speedUp(saver, 200, 400);
        QSignalSpy written(&saver, &Autosaver::copyWritten);
        const int row = firstLine(doc);
        QString text;
        int edits = 0;
        while (written.isEmpty() && edits < 1000) {
            text += QLatin1Char('x');
            QVERIFY(doc.model()->setText(row, text));
            ++edits;
            QTest::qWait(20);
        }
        QVERIFY(!written.isEmpty());
        // The copy holds the text as it was when the snapshot was taken: a prefix of what was typed by then.
        saver.waitForIdle();
        const std::optional<RecoveryCopy> copy = saver.store().read(saver.currentId());
        QVERIFY(copy.has_value());
        Episode recovered;
        QVERIFY(EpisodeFile::parse(copy->bytes, path, &recovered, &error));
        const QString saved = recovered.entries.at(row).text;
        QVERIFY(!saved.isEmpty());
        QVERIFY(text.startsWith(saved));
    }

    void untitledImportIsProtected()
    {
        QList<CaptionFragment> fragments;
        FileError error;
        QVERIFY(
            CaptionImport::read(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), &fragments, &error));
        Document doc;
        Autosaver saver(&doc, storeDir());
        speedUp(saver);
        QSignalSpy written(&saver, &Autosaver::copyWritten);
        doc.loadEpisode(CaptionImport::toEpisode(fragments, QStringLiteral("Imported")), QString());
        QVERIFY(doc.isModified());
        QVERIFY(written.wait(5000)); // no edit needed: an import was never saved
        QVERIFY(saver.currentId().startsWith(QLatin1String("untitled-")));
        const std::optional<RecoveryCopy> copy = saver.store().read(saver.currentId());
        QVERIFY(copy.has_value());
        QVERIFY(copy->isUntitled());
        QCOMPARE(copy->bytes, EpisodeFile::serialize(doc.episode()));
        const RecoveryOffer offer = RecoveryOffer::make(*copy);
        QVERIFY(offer.readable);
        QCOMPARE(offer.original, RecoveryOffer::Original::Untitled);
        QCOMPARE(offer.episode.entries.size(), doc.episode().entries.size());

        // Save As gives it a name: the untitled copy goes.
        const QString untitledId = saver.currentId();
        QVERIFY(doc.saveAs(m_dir.filePath(QStringLiteral("imported.yaml")), &error));
        saver.waitForIdle();
        QVERIFY(!saver.store().exists(untitledId));
        QVERIFY(saver.store().ids().isEmpty());
    }

    void openingAnotherFileDropsTheOldCopy()
    {
        const QString first = copyOf(QStringLiteral("semiconductors-to-ml.md"));
        const QString second = copyOf(QStringLiteral("testing-phones-to-nlp.md"));
        Document doc;
        FileError error;
        QVERIFY(doc.load(first, &error));
        Autosaver saver(&doc, storeDir());
        speedUp(saver);
        QSignalSpy written(&saver, &Autosaver::copyWritten);
        QVERIFY(doc.model()->setText(firstLine(doc), QStringLiteral("edit")));
        QVERIFY(written.wait(5000));
        const QString firstId = saver.currentId();
        // The main window asked Save/Discard first; Discard was chosen, so the copy has served.
        QVERIFY(doc.load(second, &error));
        saver.waitForIdle();
        QVERIFY(!saver.store().exists(firstId));
        QCOMPARE(saver.currentId(), RecoveryStore::idForPath(second));
    }

    void intervalSetting_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("unset") << QVariant() << 30;
        QTest::newRow("60") << QVariant(60) << 60;
        QTest::newRow("too small") << QVariant(1) << 5;
        QTest::newRow("too large") << QVariant(100000) << 600;
        QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << 30;
    }

    void intervalSetting()
    {
        QFETCH(QVariant, value);
        QFETCH(int, seconds);
        QSettings settings;
        if (value.isValid())
            settings.setValue(QStringLiteral("autosave/intervalSeconds"), value);
        else
            settings.remove(QStringLiteral("autosave/intervalSeconds"));
        settings.sync();
        QCOMPARE(AutosaveScheduler::intervalSecondsFromSettings(), seconds);
        AutosaveScheduler scheduler;
        QCOMPARE(scheduler.maxMs(), seconds * 1000);
        QCOMPARE(scheduler.idleMs(), 3000);
        settings.remove(QStringLiteral("autosave/intervalSeconds"));
    }
};

QTEST_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
