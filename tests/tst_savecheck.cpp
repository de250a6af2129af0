// The save check: before a save replaces the user's file, yaml-cpp (an implementation independent of the libyaml
// reader) reads the new bytes back and must get the data the editor meant. A writer fault injected through
// EpisodeFile's test hook must make the save fail with a clear message and leave the original file untouched.
#include "episodefile.h"
#include "savecheck.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestSaveCheck : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { EpisodeFile::setWriteFaultForTesting({}); }
    void writerFaultIsRefused_data();
    void writerFaultIsRefused();
    void editedSaveReadsBack();
    void canonicalExportReadsBack_data();
    void canonicalExportReadsBack();
    void namesTheDifference();
    void nonSpecificTagSaves();
    void yaml11LineBreaksSave();
};

void TestSaveCheck::writerFaultIsRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // A changed word in a transcript line, a swallowed line break, and a quote that opens and never closes.
    QTest::newRow("changed text") << QByteArray("line: ") << QByteArray("line: X");
    QTest::newRow("joined items") << QByteArray("\n- line: ") << QByteArray(" - line: ");
    QTest::newRow("unclosed quote") << QByteArray("who: ") << QByteArray("who: '");
    QTest::newRow("number typed as text") << QByteArray("sec: ") << QByteArray("sec: !!str ");
}

void TestSaveCheck::writerFaultIsRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    const QByteArray original = readAll(dataFile(QStringLiteral("semiconductors-to-ml.md")));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
    }
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::read(path, &episode, &error));
    episode.entries[3].text += QStringLiteral(" (edited)");
    episode.entries[3].touch();
    int faults = 0;
    EpisodeFile::setWriteFaultForTesting([&](QByteArray *bytes) {
        const int at = bytes->indexOf(from, bytes->size() / 2); // an item in the middle, not the edited one
        QVERIFY(at > 0);
        bytes->replace(at, from.size(), to);
        ++faults;
    });
    QVERIFY(!EpisodeFile::write(path, episode, &error));
    QCOMPARE(faults, 1);
    QVERIFY2(error.message.contains(QStringLiteral("not saved")), qPrintable(error.message));
    QCOMPARE(readAll(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("episode.md") });
    // Without the fault the same save goes through and reads back as edited.
    EpisodeFile::setWriteFaultForTesting({});
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    Episode back;
    QVERIFY(EpisodeFile::read(path, &back, &error));
    QVERIFY(back.entries[3].text.endsWith(QStringLiteral(" (edited)")));
}

void TestSaveCheck::editedSaveReadsBack()
{
    // Every kind of edit the model makes ends in canonical items; the check must pass on all of them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::parse(readAll(dataFile(QStringLiteral("testing-phones-to-nlp.md"))), path, &episode, &error));
    episode.entries[0].text = QStringLiteral("yes"); // would read as a bool unless quoted
    episode.entries[0].touch();
    episode.entries[1].speaker = QStringLiteral("1:02");
    episode.entries[1].touch();
    episode.entries[2].setSeconds(3600 * 5 + 7);
    episode.entries[2].touch();
    episode.entries.removeAt(5);
    episode.setField(QStringLiteral("title"), QStringLiteral("Title: with a colon, 'quotes' and é😀"));
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    QString problem;
    QVERIFY2(SaveCheck::verify(SaveCheck::yamlPart(readAll(path), episode), SaveCheck::meantData(episode), &problem),
        qPrintable(problem));
}

void TestSaveCheck::canonicalExportReadsBack_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : { QStringLiteral("semiconductors-to-ml.md"), QStringLiteral("testing-phones-to-nlp.md"),
             QStringLiteral("semiconductors-to-ml.edited.md"), QStringLiteral("checks-problems.md") })
        QTest::newRow(qPrintable(name)) << dataFile(name);
}

void TestSaveCheck::canonicalExportReadsBack()
{
    QFETCH(QString, file);
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::read(file, &episode, &error));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("export.yaml"));
    QVERIFY2(EpisodeFile::exportCanonical(out, episode, &error), qPrintable(error.toString()));
    QString problem;
    QVERIFY2(SaveCheck::verify(readAll(out), SaveCheck::meantData(episode), &problem), qPrintable(problem));
    // A fault in the export is refused as well, and nothing is written.
    EpisodeFile::setWriteFaultForTesting([](QByteArray *bytes) { bytes->replace("line: ", "line: !!int "); });
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QVERIFY(!EpisodeFile::exportCanonical(bad, episode, &error));
    QVERIFY(!QFile::exists(bad));
}

void TestSaveCheck::namesTheDifference()
{
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::parse(
        readAll(dataFile(QStringLiteral("semiconductors-to-ml.md"))), QStringLiteral("e.md"), &episode, &error));
    const QByteArray yaml = SaveCheck::yamlPart(EpisodeFile::serialize(episode), episode);
    QString problem;
    QVERIFY2(SaveCheck::verify(yaml, SaveCheck::meantData(episode), &problem), qPrintable(problem));
    episode.entries[7].speaker = QStringLiteral("Someone else");
    QVERIFY(!SaveCheck::verify(yaml, SaveCheck::meantData(episode), &problem));
    QVERIFY2(problem.contains(QStringLiteral("transcript[8].who")), qPrintable(problem));
}

void TestSaveCheck::nonSpecificTagSaves()
{
    // yaml-cpp tags both `'12'` and `! 12` "!", but PyYAML's C loader (and the editor) read `! 12` and `! '7'` as
    // numbers and a lone `!` as empty text. The check must not refuse a save because of them, in an untouched
    // field, an untouched item or an item that is written anew, and must still notice a quoted number turning
    // into a tagged one.
    const QString source = dataFile(QStringLiteral("pyyaml-regressions/non-specific-tag.md"));
    const QByteArray original = readAll(source);
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::parse(original, source, &episode, &error));
    QCOMPARE(episode.field(QStringLiteral("season")), QVariant(qint64(12)));
    QCOMPARE(episode.field(QStringLiteral("quoted")), QVariant(QStringLiteral("12")));
    QCOMPARE(episode.field(QStringLiteral("tagged")), QVariant(qint64(7)));
    QCOMPARE(episode.field(QStringLiteral("empty")), QVariant(QString()));
    QCOMPARE(episode.field(QStringLiteral("again")), QVariant(qint64(5)));
    QCOMPARE(episode.field(QStringLiteral("last")), QVariant(QString()));
    QCOMPARE(episode.entries.at(0).extra.value(QStringLiteral("note")), QVariant(true));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    QCOMPARE(readAll(path), original);

    // Edit the second item: it is written anew, everything else stays as it was.
    episode.entries[1].text = QStringLiteral("Second line, edited.");
    episode.entries[1].touch();
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    QByteArray expected = original;
    expected.replace("- line: Second line.\n", "- line: Second line, edited.\n");
    QCOMPARE(readAll(path), expected);
    // Edit the first item, whose extra key holds `! yes`: written anew as a plain bool.
    episode.entries[0].text = QStringLiteral("First line, edited.");
    episode.entries[0].touch();
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    expected.replace("- line: First line.\n  sec: 1\n  time: 0:01\n  who: A\n  note: ! yes\n",
        "- line: First line, edited.\n  note: true\n  sec: 1\n  time: 0:01\n  who: A\n");
    QCOMPARE(readAll(path), expected);

    // The check still tells text from a number: "12" must not read back as 12.
    QString problem;
    const QByteArray yaml = SaveCheck::yamlPart(expected, episode);
    QVERIFY2(SaveCheck::verify(yaml, SaveCheck::meantData(episode), &problem), qPrintable(problem));
    QByteArray changed = yaml;
    changed.replace("quoted: '12'", "quoted: ! '12'");
    QVERIFY(!SaveCheck::verify(changed, SaveCheck::meantData(episode), &problem));
    QVERIFY2(problem.contains(QStringLiteral("quoted")), qPrintable(problem));
    changed = yaml;
    changed.replace("empty: !\n", "empty: ! ''\n"); // a scalar after the tag: null, not empty text
    QVERIFY(!SaveCheck::verify(changed, SaveCheck::meantData(episode), &problem));
    QVERIFY2(problem.contains(QStringLiteral("empty")), qPrintable(problem));
}

void TestSaveCheck::yaml11LineBreaksSave()
{
    // LS, NEL and a lone CR are line breaks to PyYAML (YAML 1.1) but not to yaml-cpp, which refuses this file. The
    // save must go through (the bytes are read back with a fresh libyaml read instead), byte for byte when
    // nothing was edited, and a writer fault must still be caught.
    const QString source = dataFile(QStringLiteral("pyyaml-regressions/yaml11-line-breaks.md"));
    const QByteArray original = readAll(source);
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::parse(original, source, &episode, &error));
    QCOMPARE(episode.field(QStringLiteral("title")), QVariant(QStringLiteral("a\u2028b")));
    QCOMPARE(episode.entries.at(0).text, QStringLiteral("one two"));
    QVERIFY(SaveCheck::needsYaml11(SaveCheck::yamlPart(original, episode)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("episode.md"));
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    QCOMPARE(readAll(path), original);
    episode.entries[1].text = QStringLiteral("three, edited");
    episode.entries[1].touch();
    QVERIFY2(EpisodeFile::write(path, episode, &error), qPrintable(error.toString()));
    QByteArray expected = original;
    expected.replace("- line: three\n", "- line: three, edited\n");
    QCOMPARE(readAll(path), expected);

    EpisodeFile::setWriteFaultForTesting([](QByteArray *bytes) { bytes->replace("who: A", "who: X"); });
    episode.entries[1].text = QStringLiteral("three, edited again");
    episode.entries[1].touch();
    QVERIFY(!EpisodeFile::write(path, episode, &error));
    QVERIFY2(error.message.contains(QStringLiteral("transcript[1].who")), qPrintable(error.message));
    QCOMPARE(readAll(path), expected);
}

QTEST_GUILESS_MAIN(TestSaveCheck)
#include "tst_savecheck.moc"
