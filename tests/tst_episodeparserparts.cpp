// A large transcript is read in parts on several threads (EpisodeParser, episodeparserparts.cpp). These tests hold
// the promise that makes that safe: whatever the input, reading in parts gives exactly what one pass gives (the
// episode down to every byte of every item's text and every line number, or the same error at the same place), and
// the cuts that cannot be proven (inside quoted text, a flow list, anchors, a key after the list) fall back to one
// pass. Parts are forced small here, so that every corpus file and every recorded mutant is cut.
#include "episodefile.h"
#include "episodeparser.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cstdio>

using namespace TestSupport;

namespace {

struct Read
{
    bool ok = false;
    Episode episode;
    FileError error;
    int parts = 0;
};

Read read(
    const QByteArray &bytes, int maxParts, qsizetype minPartBytes = 1, const QString &name = QStringLiteral("t.md"))
{
    EpisodeParser::Parallel parallel;
    parallel.maxParts = maxParts;
    parallel.minPartBytes = minPartBytes;
    EpisodeParser parser(bytes, name, parallel);
    Read r;
    r.ok = parser.parse(&r.episode, &r.error);
    r.parts = parser.partsRead();
    return r;
}

/** Empty when reading in parts gave what one pass gives; else what differs. */
QString compare(const Read &parts, const Read &onePass)
{
    if (parts.ok != onePass.ok)
        return QStringLiteral("in parts %1, in one pass %2 (%3)")
            .arg(parts.ok ? QStringLiteral("accepted") : QStringLiteral("refused"),
                onePass.ok ? QStringLiteral("accepted") : QStringLiteral("refused"),
                (parts.ok ? onePass.error : parts.error).toString());
    if (!parts.ok) {
        if (parts.error.toString() != onePass.error.toString() || parts.error.limit != onePass.error.limit)
            return QStringLiteral("errors differ: %1 / %2").arg(parts.error.toString(), onePass.error.toString());
        return QString();
    }
    const QString difference = parts.episode.differenceFrom(onePass.episode);
    if (!difference.isEmpty())
        return difference;
    if (EpisodeFile::serialize(parts.episode) != EpisodeFile::serialize(onePass.episode))
        return QStringLiteral("saved bytes differ");
    return QString();
}

QByteArray items(int count, const QByteArray &indent = QByteArray())
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += indent + "- line: Line number " + QByteArray::number(i) + " of the list,\n" + indent
            + "    folded over two lines.\n" + indent + "  sec: " + QByteArray::number(i * 5) + "\n" + indent
            + "  who: " + (i % 2 ? "Alexey" : "Guest") + "\n";
    return out;
}

} // namespace

class TestEpisodeParserParts : public QObject
{
    Q_OBJECT

private slots:
    void corpusInPartsIsOnePass();
    void mutantsInPartsAreOnePass_data();
    void mutantsInPartsAreOnePass();
    void cuts_data();
    void cuts();
    void largeTranscriptOnThreads();
    void itemsShareTheFileBytes();
};

void TestEpisodeParserParts::corpusInPartsIsOnePass()
{
    TE_REQUIRE_CORPUS();
    const QStringList files = corpusFiles();
    QVERIFY(files.size() >= 150);
    int cut = 0;
    QStringList notCut;
    for (const QString &path : files) {
        const QByteArray bytes = readAll(path);
        const Read onePass = read(bytes, 1, 1, path);
        QVERIFY2(onePass.ok, qPrintable(onePass.error.toString()));
        QCOMPARE(onePass.parts, 1);
        for (const int maxParts : { 2, 3, 7 }) {
            const Read parts = read(bytes, maxParts, 1, path);
            const QString difference = compare(parts, onePass);
            QVERIFY2(difference.isEmpty(),
                qPrintable(QStringLiteral("%1 in %2 parts: %3").arg(path).arg(maxParts).arg(difference)));
            if (maxParts == 3) {
                if (parts.parts > 1)
                    ++cut;
                else if (onePass.episode.entries.size() >= 4)
                    notCut << QFileInfo(path).fileName();
            }
        }
    }
    std::printf("%d of %lld corpus files were read in parts\n", cut, static_cast<long long>(files.size()));
    // Real episodes are made of items the cuts can prove: every file with a few items is read in parts.
    QVERIFY2(notCut.isEmpty(), qPrintable(notCut.join(QStringLiteral(", "))));
}

void TestEpisodeParserParts::mutantsInPartsAreOnePass_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("mutants") << dataFile(QStringLiteral("pyyaml-agreement.jsonl"));
    QTest::newRow("regressions") << dataFile(QStringLiteral("pyyaml-regressions.jsonl"));
}

void TestEpisodeParserParts::mutantsInPartsAreOnePass()
{
    // Broken quotes, indentation, stray "- ", "[", "&", "*", "!", tabs, truncation... in parts or in one pass, the
    // verdict, the message and its place, and the data are the same.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    int cases = 0, cut = 0, fellBack = 0, cuttable = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        const QByteArray input = QByteArray::fromBase64(c.value(QStringLiteral("input")).toString().toLatin1());
        ++cases;
        const Read onePass = read(input, 1);
        const Read parts = read(input, 3);
        const QString difference = compare(parts, onePass);
        QVERIFY2(difference.isEmpty(),
            qPrintable(QStringLiteral("case %1 (%2): %3")
                           .arg(c.value(QStringLiteral("case")).toInt())
                           .arg(c.value(QStringLiteral("from")).toString(), difference)));
        (parts.parts > 1 ? cut : fellBack)++;
        if (onePass.ok && onePass.episode.entries.size() >= 4)
            ++cuttable;
    }
    std::printf("%d inputs: %d read in parts, %d in one pass; %d accepted with 4 items or more\n", cases, cut, fellBack,
        cuttable);
    QVERIFY(cases > 0);
    if (path.endsWith(QLatin1String("pyyaml-agreement.jsonl"))) {
        QVERIFY(cases >= 1000);
        // The parts must really be exercised, on the broken mutants and on the good ones.
        QVERIFY2(cut >= cuttable * 3 / 4, "most good mutants with a few items are read in parts");
        QVERIFY2(fellBack > cases / 2, "broken mutants fall back to one pass");
    }
}

void TestEpisodeParserParts::cuts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("inParts"); // whether the parts must prove themselves (else one pass must be used)

    const QByteArray head = "---\ntitle: Cuts\nguests:\n- someone\n- someone-else\ntranscript:\n";
    const QByteArray end = "---\n\nThe body.\n";
    QTest::newRow("plain") << head + items(40) + end << true;
    QTest::newRow("key after the list") << head + items(40) + "context: after\n" + end << true;
    QTest::newRow("list at column 2") << QByteArray("---\ntitle: x\ntranscript:\n") + items(40, "  ") + end << true;
    QTest::newRow("CRLF") << QByteArray(head + items(40) + end).replace("\n", "\r\n") << true;
    QTest::newRow("comments and blank lines between items")
        << head + QByteArray(items(20)).replace("  who: Guest\n", "  who: Guest\n# a comment\n\n") + end << true;
    QTest::newRow("headers and extras") << head + "- header: Start\n" + items(15)
            + "- header: Middle\n  sec: 80\n- line: x\n  extra: [1, 2]\n" + items(15)
            + end << true;
    // A quoted text whose lines look like items: a cut there leaves a quote open, and one pass reads it.
    QTest::newRow("item lines inside a quoted text")
        << head + items(10) + "- line: \"a quote\n- line: that runs\n- line: over lines\"\n" + items(10) + end << false;
    QTest::newRow("item lines inside a flow list")
        << head + items(10) + "- line: x\n  extra: [a,\n- b,\n- c]\n" + items(10) + end << false;
    QTest::newRow("an alias past the first part")
        << head + "- line: &first x\n" + items(20) + "- line: *first\n" + end << false;
    QTest::newRow("an anchor past the first part") << head + items(20) + "- line: &late x\n" + items(20) + end << false;
    QTest::newRow("the same anchor twice, far apart") // one pass refuses it
        << head + "- line: &twice x\n" + items(30) + "- line: &twice y\n" + end << false;
    QTest::newRow("another list after the transcript")
        << head + items(20) + "other:\n- line: not a transcript item\n  sec: 1\n- line: nor this\n" + end << false;
    QTest::newRow("a key after the list that is already there") << head + items(30) + "title: again\n" + end << false;
    QTest::newRow("an error in the middle") << head + items(20) + "- line: x\n  sec: 12x\n" + items(20) + end << false;
    QTest::newRow("a tab in the middle") << head + items(20) + "- line: x\n\t sec: 1\n" + items(20) + end << false;
    QTest::newRow("a missing space in the middle") << head + items(20) + "-line: x\n" + items(20) + end << false;
    // Bytes are checked in ranges too: the first problem in the file is the one named.
    QTest::newRow("a NUL byte near the end") << head + items(40) + QByteArray("- line: a\0b\n", 12) + end << false;
    QTest::newRow("bytes that are not UTF-8, twice")
        << head + items(5) + "- line: caf\xC3\x28\n" + items(40) + "- line: \xFF\n" + end << false;
    QTest::newRow("a line of more than 1 MB")
        << head + items(10) + "- line: " + QByteArray(1100 * 1024, 'x') + "\n" + items(10) + end << false;
    QTest::newRow("only blank lines") << QByteArray("\n   \n\n\t\n").repeated(50) << false;
    QTest::newRow("a block scalar") << head + items(10) + "- line: |\n    - not an item\n    text\n" + items(10) + end
                                    << true;
    QTest::newRow("a list that is not the transcript")
        << QByteArray("---\ntitle: x\nguests:\n") + items(40) + end << false;
}

void TestEpisodeParserParts::cuts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, inParts);
    const Read onePass = read(bytes, 1);
    for (const int maxParts : { 2, 3, 4, 8 }) {
        const Read parts = read(bytes, maxParts);
        const QString difference = compare(parts, onePass);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("%1 parts: %2").arg(maxParts).arg(difference)));
        if (inParts)
            QVERIFY2(parts.parts > 1, qPrintable(QString::number(maxParts)));
        else
            QCOMPARE(parts.parts, 1);
    }
}

void TestEpisodeParserParts::largeTranscriptOnThreads()
{
    // 20,000 items in 4 parts of at least 256 KB: three threads besides this one.
    const QByteArray bytes = "---\ntitle: Large\ntranscript:\n" + items(20000) + "context: after\n---\nbody\n";
    const Read onePass = read(bytes, 1);
    QVERIFY(onePass.ok);
    const Read parts = read(bytes, 4, 256 * 1024);
    QCOMPARE(parts.parts, 5); // four parts and the short last one
    QCOMPARE(compare(parts, onePass), QString());
    QCOMPARE(parts.episode.entries.size(), 20000);
    QCOMPARE(EpisodeFile::serialize(parts.episode), bytes);
    QCOMPARE(parts.episode.entries.at(12345).sourceLine, 3 + 12345 * 4 + 1);
    QCOMPARE(parts.episode.fields.last().key, QStringLiteral("context"));
    // What EpisodeFile::parse does by default: in parts when there is more than one processor, same result.
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::parse(bytes, QStringLiteral("large.md"), &episode, &error));
    QCOMPARE(episode.differenceFrom(onePass.episode), QString());
    // Too small to be worth threads: one pass.
    QCOMPARE(read(bytes, 4, 4 * 1024 * 1024).parts, 1);
}

void TestEpisodeParserParts::itemsShareTheFileBytes()
{
    // Items keep their text as ranges of the bytes read, in one pass and in parts: no copy of the file per item.
    const QByteArray bytes = "---\ntitle: Shared\ntranscript:\n" + items(3000) + "---\n";
    for (const int maxParts : { 1, 3 }) {
        const Read r = read(bytes, maxParts, 16 * 1024);
        QVERIFY(r.ok);
        QCOMPARE(r.parts > 1, maxParts > 1);
        for (const TranscriptEntry &e : r.episode.entries) {
            QVERIFY(e.source.constData() >= bytes.constData());
            QVERIFY(e.source.constData() + e.source.size() <= bytes.constData() + bytes.size());
        }
    }
}

QTEST_GUILESS_MAIN(TestEpisodeParserParts)
#include "tst_episodeparserparts.moc"
