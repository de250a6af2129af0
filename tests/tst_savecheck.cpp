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

QTEST_GUILESS_MAIN(TestSaveCheck)
#include "tst_savecheck.moc"
