// EpisodeLayout: a .md episode always gets front matter, a .yaml one never; both routes that pick a name use it
// (Document::saveAs for the editor's Save As, and the command line's import-captions -o).
#include "captionimport.h"
#include "document.h"
#include "episodefile.h"
#include "episodelayout.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

class TestEpisodeLayout : public QObject
{
    Q_OBJECT

private:
    static Episode imported()
    {
        QList<CaptionFragment> fragments;
        FileError error;
        CaptionImport::read(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), &fragments, &error);
        return CaptionImport::toEpisode(fragments, QStringLiteral("Swe to ml"));
    }
    static void checkMarkdown(const QByteArray &bytes, const QString &path)
    {
        QVERIFY2(bytes.startsWith("---\n"), bytes.left(40).constData());
        QVERIFY(bytes.endsWith("---\n"));
        QVERIFY(bytes.count("\n---\n") == 1);
        Episode back;
        FileError error;
        QVERIFY2(EpisodeFile::parse(bytes, path, &back, &error), qPrintable(error.toString()));
        QCOMPARE(back.layout, Episode::Layout::FrontMatter);
        QVERIFY(back.entries.size() > 10);
    }
    static void checkYaml(const QByteArray &bytes, const QString &path)
    {
        QVERIFY2(!bytes.startsWith("---"), bytes.left(40).constData());
        QVERIFY(!bytes.contains("\n---"));
        Episode back;
        FileError error;
        QVERIFY2(EpisodeFile::parse(bytes, path, &back, &error), qPrintable(error.toString()));
        QCOMPARE(back.layout, Episode::Layout::PlainYaml);
    }

private slots:
    void saveAsImported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("md") << QStringLiteral("name.md");
        QTest::newRow("MD") << QStringLiteral("NAME.MD");
        QTest::newRow("yaml") << QStringLiteral("name.yaml");
        QTest::newRow("yml") << QStringLiteral("name.yml");
    }

    void saveAsImported()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        Document doc;
        doc.loadEpisode(imported(), QString());
        const QString path = dir.filePath(name);
        FileError error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error.toString()));
        const QByteArray bytes = TestSupport::readAll(path);
        if (name.endsWith(QLatin1String("md"), Qt::CaseInsensitive))
            checkMarkdown(bytes, path);
        else
            checkYaml(bytes, path);
        // Saving again (Ctrl+S) keeps the layout and the bytes.
        QVERIFY(doc.save(&error));
        QCOMPARE(TestSupport::readAll(path), bytes);
    }

    void episodeBetweenLayouts()
    {
        QTemporaryDir dir;
        Document doc;
        FileError error;
        // A front matter episode with a markdown body cannot become plain YAML: refused, nothing written.
        QVERIFY(doc.load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
        const QString yaml = dir.filePath(QStringLiteral("body.yaml"));
        const bool bodyless = doc.episode().closing.trimmed() == "---";
        if (!bodyless) {
            QVERIFY(!doc.saveAs(yaml, &error));
            QVERIFY(error.message.contains(QLatin1String("markdown body")));
            QVERIFY(!QFile::exists(yaml));
            QCOMPARE(doc.episode().layout, Episode::Layout::FrontMatter);
        }
        // A plain YAML episode saved as .md gets front matter and reads back with the same items.
        Document plain;
        plain.loadEpisode(imported(), QString());
        const QString yamlPath = dir.filePath(QStringLiteral("plain.yaml"));
        QVERIFY(plain.saveAs(yamlPath, &error));
        Document reopened;
        QVERIFY(reopened.load(yamlPath, &error));
        const QString md = dir.filePath(QStringLiteral("plain.md"));
        QVERIFY(reopened.saveAs(md, &error));
        checkMarkdown(TestSupport::readAll(md), md);
        const QByteArray yamlBytes = TestSupport::readAll(yamlPath);
        QCOMPARE(TestSupport::readAll(md), "---\n" + yamlBytes + "---\n");
        // And back to .yaml: the front matter goes again, byte for byte.
        const QString again = dir.filePath(QStringLiteral("again.yaml"));
        QVERIFY(reopened.saveAs(again, &error));
        QCOMPARE(TestSupport::readAll(again), yamlBytes);
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("md") << QStringLiteral("name.md");
        QTest::newRow("yaml") << QStringLiteral("name.yaml");
    }

    void commandLine()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        QProcess process;
        process.start(QStringLiteral(TE_APP_BINARY),
            { QStringLiteral("import-captions"), TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")),
                QStringLiteral("-o"), out });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray bytes = TestSupport::readAll(out);
        if (name.endsWith(QLatin1String(".md")))
            checkMarkdown(bytes, out);
        else
            checkYaml(bytes, out);
        // The editor's Save As of the same import writes the same bytes.
        Document doc;
        QList<CaptionFragment> fragments;
        FileError error;
        QVERIFY(
            CaptionImport::read(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), &fragments, &error));
        doc.loadEpisode(
            CaptionImport::toEpisode(fragments,
                CaptionImport::titleFromFileName(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")))),
            QString());
        const QString gui = dir.filePath(QStringLiteral("gui-") + name);
        QVERIFY(doc.saveAs(gui, &error));
        QCOMPARE(TestSupport::readAll(gui), bytes);
    }
};

QTEST_GUILESS_MAIN(TestEpisodeLayout)
#include "tst_episodelayout.moc"
