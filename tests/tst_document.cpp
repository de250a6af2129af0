// Document: loading, clean/modified state, saving byte-identical files, undoable metadata, imports, and a
// corpus-wide check that editing one line changes only that item's lines in the saved file.
#include "document.h"
#include "episodefile.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

class TestDocument : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /** A copy of a tests/data file in a temporary directory, so saving never touches the original. */
    QString copyOf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(TestSupport::dataFile(name), path);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void loadAndSaveUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("semiconductors") << QStringLiteral("semiconductors-to-ml.md");
        QTest::newRow("testing-phones") << QStringLiteral("testing-phones-to-nlp.md");
    }

    void loadAndSaveUnchanged()
    {
        QFETCH(QString, name);
        const QString path = copyOf(name);
        const QByteArray original = readAll(path);
        Document doc;
        QAbstractItemModelTester t1(doc.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(doc.speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&doc, &Document::loaded);
        QSignalSpy pathChanged(&doc, &Document::filePathChanged);
        QSignalSpy reset(doc.model(), &QAbstractItemModel::modelReset);
        FileError error;
        QVERIFY2(doc.load(path, &error), qPrintable(error.toString()));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(doc.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.displayName(), doc.episode().title());
        QVERIFY(doc.model()->rowCount() > 0);
        QCOMPARE(doc.model()->rowCount(), doc.episode().entries.size());
        QVERIFY(doc.speakers()->rowCount() >= 2);
        QVERIFY(doc.save(&error));
        QCOMPARE(readAll(path), original);
    }

    void editUndoSaveIsByteIdentical()
    {
        const QString path = copyOf(QStringLiteral("semiconductors-to-ml.md"));
        const QByteArray original = readAll(path);
        Document doc;
        QAbstractItemModelTester tester(doc.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester speakerTester(doc.speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        QVERIFY(doc.load(path, nullptr));
        QVERIFY(doc.model()->setText(3, QStringLiteral("Changed")));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        QVERIFY(doc.model()->mergeLines({ 4, 5 }));
        QVERIFY(doc.model()->removeEntries({ 10, 12 }));
        FileError error;
        QVERIFY(doc.save(&error));
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        QVERIFY(readAll(path) != original);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.isModified()); // the saved state is the edited one
        QVERIFY(doc.save(&error));
        QCOMPARE(readAll(path), original);
    }

    void loadFailureChangesNothing()
    {
        Document doc;
        QVERIFY(doc.load(copyOf(QStringLiteral("semiconductors-to-ml.md")), nullptr));
        const int rows = doc.model()->rowCount();
        const QString path = doc.filePath();
        QVERIFY(doc.model()->setText(1, QStringLiteral("x")));
        FileError error;
        QVERIFY(!doc.load(m_dir.filePath(QStringLiteral("missing.md")), &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(doc.model()->rowCount(), rows);
        QCOMPARE(doc.filePath(), path);
        QVERIFY(doc.undoStack()->canUndo());
    }

    void saveAsAndUntitled()
    {
        Document doc;
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QVERIFY(!doc.isModified());
        Episode imported;
        imported.ensureTranscript();
        TranscriptEntry e;
        e.text = QStringLiteral("Imported line");
        e.setSeconds(5);
        imported.entries.append(e);
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        doc.loadEpisode(imported, QString());
        QVERIFY(doc.isModified()); // never saved
        QCOMPARE(modified.count(), 1);
        QCOMPARE(doc.filePath(), QString());
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QVERIFY(doc.episode().entries.first().id != 0);
        FileError error;
        QVERIFY(!doc.save(&error));
        QVERIFY(!error.message.isEmpty());
        const QString target = m_dir.filePath(QStringLiteral("new.md"));
        QSignalSpy pathChanged(&doc, &Document::filePathChanged);
        QVERIFY2(doc.saveAs(target, &error), qPrintable(error.toString()));
        QVERIFY(!doc.isModified());
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(doc.displayName(), QStringLiteral("new.md"));
        Episode reread;
        QVERIFY(EpisodeFile::read(target, &reread, &error));
        QCOMPARE(reread.entries.size(), 1);
        QCOMPARE(reread.entries.first().text, QStringLiteral("Imported line"));
        // New ids never collide with the imported ones.
        QVERIFY(doc.model()->insertHeader(0, QStringLiteral("H")) == 0);
        QVERIFY(doc.model()->entry(0).id != doc.model()->entry(1).id);
    }

    void fingerprintIsWhatWasReadOrWritten()
    {
        // The autosaver and the disk watcher take the document's fingerprint instead of reading the file again, so
        // it must be the file's content as loaded, as saved, and nothing for an untitled document.
        const QString path = m_dir.filePath(QStringLiteral("print.md"));
        QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), path));
        Document doc;
        QVERIFY(doc.fileFingerprint().isNull());
        FileError error;
        QVERIFY2(doc.load(path, &error), qPrintable(error.toString()));
        QVERIFY(doc.fileFingerprint().exists);
        QCOMPARE(doc.fileFingerprint().size, QFileInfo(path).size());
        QVERIFY(doc.fileFingerprint().sameContent(FileFingerprint::of(path)));
        const FileFingerprint loaded = doc.fileFingerprint();

        doc.model()->setText(1, QStringLiteral("Changed."));
        QVERIFY2(doc.save(&error), qPrintable(error.toString()));
        QVERIFY(doc.fileFingerprint().sameContent(FileFingerprint::of(path)));
        QVERIFY(!doc.fileFingerprint().sameContent(loaded));

        const QString other = m_dir.filePath(QStringLiteral("print-copy.md"));
        QVERIFY2(doc.saveAs(other, &error), qPrintable(error.toString()));
        QVERIFY(doc.fileFingerprint().sameContent(FileFingerprint::of(other)));

        // Content from elsewhere under a file's name (a restored recovery copy) is compared with that file as it is.
        doc.loadEpisode(doc.episode(), path);
        QVERIFY(doc.fileFingerprint().sameContent(FileFingerprint::of(path)));
        doc.loadEpisode(doc.episode(), QString());
        QVERIFY(doc.fileFingerprint().isNull());
    }

    void metadataIsUndoable()
    {
        const QString path = copyOf(QStringLiteral("testing-phones-to-nlp.md"));
        const QByteArray original = readAll(path);
        Document doc;
        QVERIFY(doc.load(path, nullptr));
        QSignalSpy changed(&doc, &Document::metadataChanged);
        doc.setMetadata(QStringLiteral("title"), QStringLiteral("New: title"));
        QCOMPARE(doc.episode().title(), QStringLiteral("New: title"));
        QCOMPARE(doc.displayName(), QStringLiteral("New: title"));
        QVERIFY(doc.isModified());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("title"));
        doc.setMetadata(QStringLiteral("brandnew"), QStringLiteral("value"));
        QVERIFY(doc.episode().fieldIndex(QStringLiteral("brandnew")) >= 0);
        const QByteArray edited = EpisodeFile::serialize(doc.episode());
        QVERIFY(edited.contains("title: 'New: title'\n"));
        QVERIFY(edited.contains("brandnew: value\n"));
        doc.setMetadata(QStringLiteral("transcript"), QVariantList());
        QVERIFY(doc.model()->rowCount() > 0);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.episode().fieldIndex(QStringLiteral("brandnew")), -1);
        QVERIFY(!doc.isModified());
        QCOMPARE(EpisodeFile::serialize(doc.episode()), original);
        doc.undoStack()->redo();
        QCOMPARE(doc.episode().title(), QStringLiteral("New: title"));
    }

    void metadataBackToOriginalKeepsBytes()
    {
        const QString path = copyOf(QStringLiteral("testing-phones-to-nlp.md"));
        const QByteArray original = readAll(path);
        Document doc;
        QVERIFY(doc.load(path, nullptr));
        const QVariant title = doc.episode().field(QStringLiteral("title"));
        doc.setMetadata(QStringLiteral("title"), QStringLiteral("Other"));
        doc.setMetadata(QStringLiteral("title"), title);
        // Whether or not the two merged, the file is the original once more, and undoing all keeps it so.
        QCOMPARE(EpisodeFile::serialize(doc.episode()), original);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(EpisodeFile::serialize(doc.episode()), original);
    }

    void editOneLineChangesOnlyThatItem_data()
    {
        QTest::addColumn<QString>("file");
        TE_REQUIRE_CORPUS();
        for (const QString &file : TestSupport::corpusFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void editOneLineChangesOnlyThatItem()
    {
        QFETCH(QString, file);
        const QByteArray original = readAll(file);
        Document doc;
        QAbstractItemModelTester tester(doc.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester speakerTester(doc.speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        FileError error;
        if (!doc.load(file, &error))
            QSKIP("file is refused by the reader (its own tests cover that)");
        TranscriptModel *m = doc.model();
        int row = -1;
        for (int r = m->rowCount() / 2; r < m->rowCount() && row < 0; ++r) {
            if (m->entry(r).isLine() && !m->entry(r).source.isEmpty())
                row = r;
        }
        if (row < 0)
            QSKIP("no transcript lines");
        const TranscriptEntry item = m->entry(row);
        QVERIFY(m->setText(row, item.text + QStringLiteral(" (edited)")));
        const QByteArray edited = EpisodeFile::serialize(doc.episode());
        // The item starts at its source line; everything before and after it is untouched.
        int start = 0;
        for (int line = 1; line < item.sourceLine; ++line)
            start = int(original.indexOf('\n', start)) + 1;
        QCOMPARE(original.mid(start, item.source.size()), item.source.toByteArray());
        const int end = start + int(item.source.size());
        QCOMPARE(edited.left(start), original.left(start));
        QCOMPARE(edited.right(original.size() - end), original.right(original.size() - end));
        Episode reread;
        QVERIFY2(EpisodeFile::parse(edited, file, &reread, &error), qPrintable(error.toString()));
        QCOMPARE(reread.entries.at(row).text, item.text + QStringLiteral(" (edited)"));
        QVERIFY(reread.entries.at(row).sameValues(m->entry(row)));
        doc.undoStack()->undo();
        QCOMPARE(EpisodeFile::serialize(doc.episode()), original);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
