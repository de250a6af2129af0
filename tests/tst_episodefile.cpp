// EpisodeFile: reading keeps every byte and types every value; writing rewrites only what was edited.
// Refused input is tested in tst_episodefileerrors.cpp.
#include "episodefile.h"
#include "testsupport.h"
#include "yamlwriter.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

namespace {

using TestSupport::readAll;

Episode parseOk(const QByteArray &bytes, const QString &name = QStringLiteral("test.md"))
{
    Episode episode;
    FileError error;
    if (!EpisodeFile::parse(bytes, name, &episode, &error))
        qWarning("unexpected error: %s", qPrintable(error.toString()));
    return episode;
}

const QByteArray Small = "---\n"
                         "title: 'A: B'\n"
                         "season: 3\n"
                         "\n"
                         "guests:\n"
                         "- alice\n"
                         "transcript:\n"
                         "- header: Intro\n"
                         "- line: Hello there,\n"
                         "    general.\n"
                         "  sec: 5\n"
                         "  time: 0:05\n"
                         "  who: Alice\n"
                         "# a comment between items\n"
                         "\n"
                         "- line: No time here\n"
                         "  who: Bob\n"
                         "- line: Nothing at all\n"
                         "context: after the transcript\n"
                         "---\n"
                         "\n"
                         "Links:\n"
                         "* [x](https://example.org)";

TranscriptEntry newLine(const QString &text, qint64 sec, const QString &who)
{
    TranscriptEntry e;
    e.text = text;
    e.setSeconds(sec);
    e.speaker = who;
    return e;
}

} // namespace

class TestEpisodeFile : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void smallStructure();
    void absentAndEmptyTextsStayApart();
    void typedMetadata();
    void int64Range_data();
    void int64Range();
    void plainYaml();
    void otherLineEndingsAndBom_data();
    void otherLineEndingsAndBom();
    void editEntryOnlyChangesIt();
    void editFieldKeepsTrailer();
    void addAndRemove();
    void emptyTranscriptGetsEntries_data();
    void emptyTranscriptGetsEntries();
    void removeAllEntries();
    void noFinalNewlinePlainYaml();
    void flowTranscript();
    void headerExtrasSurvive();
    void aliasesInMetadata();
    void canonicalExport();
    void largeEpisodeRoundTrip();
    void writeFailures();
    void saveOntoItself();
};

void TestEpisodeFile::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("opening");
    QTest::addColumn<bool>("finalNewline");
    QTest::newRow("blank line after ---") << "testing-phones-to-nlp.md" << QByteArray("---\n\n") << true;
    QTest::newRow("no final newline") << "semiconductors-to-ml.md" << QByteArray("---\n") << false;
}

void TestEpisodeFile::fixtures()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, opening);
    QFETCH(bool, finalNewline);
    const QString path = TestSupport::dataFile(name);
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes.endsWith('\n'), finalNewline);

    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::read(path, &episode, &error), qPrintable(error.toString()));
    QCOMPARE(episode.layout, Episode::Layout::FrontMatter);
    QCOMPARE(episode.opening, opening);
    QVERIFY(episode.closing.startsWith("---\n"));
    QCOMPARE(episode.closing.endsWith('\n'), finalNewline);
    QVERIFY(episode.entries.size() > 100);
    QCOMPARE(episode.field(QStringLiteral("episode")).metaType().id(), int(QMetaType::LongLong));
    QCOMPARE(episode.field(QStringLiteral("ids")).metaType().id(), int(QMetaType::QVariantMap));
    QCOMPARE(episode.field(QStringLiteral("guests")).metaType().id(), int(QMetaType::QVariantList));
    QVERIFY(!episode.title().isEmpty());
    QCOMPARE(EpisodeFile::serialize(episode), bytes);

    // Every line entry has the typed values of its item; every entry points at its "- " line.
    const QList<QByteArray> lines = bytes.split('\n');
    for (const TranscriptEntry &e : std::as_const(episode.entries)) {
        QVERIFY(lines.at(e.sourceLine - 1).startsWith("- "));
        QVERIFY(e.source.startsWith("- "));
        if (e.isLine() && e.seconds)
            QVERIFY(e.time.has_value());
    }
}

void TestEpisodeFile::smallStructure()
{
    const Episode episode = parseOk(Small);
    QCOMPARE(episode.opening, QByteArray("---\n"));
    QCOMPARE(episode.fields.size(), 5);
    QCOMPARE(episode.fields.at(0).key, QStringLiteral("title"));
    QCOMPARE(episode.title(), QStringLiteral("A: B"));
    QCOMPARE(episode.fields.at(1).source.toByteArray(), QByteArray("season: 3\n"));
    QCOMPARE(episode.fields.at(1).trailer.toByteArray(), QByteArray("\n"));
    QCOMPARE(episode.fields.at(3).source.toByteArray(), QByteArray("transcript:\n"));
    QCOMPARE(episode.fields.at(4).source.toByteArray(), QByteArray("context: after the transcript\n"));
    QCOMPARE(episode.closing, QByteArray("---\n\nLinks:\n* [x](https://example.org)"));

    QCOMPARE(episode.entries.size(), 4);
    const TranscriptEntry &header = episode.entries.at(0);
    QVERIFY(header.isHeader());
    QCOMPARE(header.text, QStringLiteral("Intro"));
    QCOMPARE(header.sourceLine, 8);
    const TranscriptEntry &hello = episode.entries.at(1);
    QCOMPARE(hello.text, QStringLiteral("Hello there, general."));
    QCOMPARE(hello.seconds, std::optional<qint64>(5));
    QCOMPARE(hello.time, std::optional<QString>(QStringLiteral("0:05")));
    QCOMPARE(hello.speaker, std::optional<QString>(QStringLiteral("Alice")));
    QCOMPARE(hello.sourceLine, 9);
    QCOMPARE(hello.source.toByteArray(),
        QByteArray("- line: Hello there,\n    general.\n  sec: 5\n  time: 0:05\n  who: Alice\n"));
    QCOMPARE(hello.trailer.toByteArray(), QByteArray("# a comment between items\n\n"));
    QVERIFY(!episode.entries.at(2).seconds.has_value());
    QVERIFY(!episode.entries.at(2).time.has_value());
    QVERIFY(!episode.entries.at(3).speaker.has_value());
    QCOMPARE(episode.entries.at(3).source.toByteArray(), QByteArray("- line: Nothing at all\n"));
    // Ids are unique and non-zero.
    QSet<EntryId> ids;
    for (const TranscriptEntry &e : episode.entries)
        ids.insert(e.id);
    QCOMPARE(ids.size(), 4);
    QVERIFY(!ids.contains(0));
    QCOMPARE(EpisodeFile::serialize(episode), Small);
}

void TestEpisodeFile::absentAndEmptyTextsStayApart()
{
    // `who: ''` is a speaker with an empty name; no `who` is no speaker. Both must survive reading, copying,
    // editing and writing, though an empty text is held in the size of a string without a flag beside it.
    const QByteArray bytes = "transcript:\n"
                             "- line: a\n"
                             "  time: ''\n"
                             "  who: ''\n"
                             "- line: b\n";
    Episode episode = parseOk(bytes);
    QCOMPARE(episode.entries.size(), 2);
    const TranscriptEntry &empty = episode.entries.at(0);
    QVERIFY(empty.speaker.has_value());
    QVERIFY(empty.speaker->isEmpty());
    QVERIFY(empty.time.has_value());
    QCOMPARE(std::optional<QString>(empty.speaker), std::optional<QString>(QString()));
    const TranscriptEntry &none = episode.entries.at(1);
    QVERIFY(!none.speaker.has_value());
    QVERIFY(!none.time.has_value());
    QCOMPARE(std::optional<QString>(none.speaker), std::optional<QString>());
    QVERIFY(empty.speaker != none.speaker);
    TranscriptEntry sameText = empty;
    sameText.text = none.text;
    QVERIFY(!sameText.sameValues(none));
    sameText.speaker.reset();
    sameText.time.reset();
    QVERIFY(sameText.sameValues(none));

    // Written in the canonical style after an edit, each keeps what it was.
    for (TranscriptEntry &e : episode.entries)
        e.touch();
    QCOMPARE(EpisodeFile::serialize(episode), bytes);

    // A present value that arrives as a null string is still present; only reset or nullopt makes it absent.
    TranscriptEntry edited;
    edited.speaker = QString();
    QVERIFY(edited.speaker.has_value());
    QCOMPARE(*edited.speaker, QString());
    edited.speaker = std::optional<QString>(QString());
    QVERIFY(edited.speaker.has_value());
    edited.speaker.reset();
    QVERIFY(!edited.speaker.has_value());
    edited.speaker = QStringLiteral("Ana");
    QVERIFY(edited.speaker == QStringLiteral("Ana"));
    edited.speaker = std::nullopt;
    QVERIFY(!edited.speaker.has_value());
    QVERIFY(edited.speaker != QString());
    QCOMPARE(edited.speaker.value_or(QStringLiteral("none")), QStringLiteral("none"));
}

void TestEpisodeFile::typedMetadata()
{
    const Episode e
        = parseOk("---\n"
                  "i: 42\nneg: -7\nhex: 0x1F\noct: 010\nsexa: 1:02\nzero: 0:14\nf: 1.5\nexp: 1.0e+3\ninf: .inf\n"
                  "t: true\ny: yes\nn: Off\nnul: ~\nempty:\nq: '42'\ndq: \"yes\"\nd: 2021-02-23\n"
                  "dt: 2021-02-23 10:20:30\nstr: !!str 12\nlist: [1, a]\nmap: {b: 2, a: 1}\n"
                  "---\n");
    QCOMPARE(e.field("i"), QVariant(qint64(42)));
    QCOMPARE(e.field("neg"), QVariant(qint64(-7)));
    QCOMPARE(e.field("hex"), QVariant(qint64(31)));
    QCOMPARE(e.field("oct"), QVariant(qint64(8)));
    QCOMPARE(e.field("sexa"), QVariant(qint64(62)));
    QCOMPARE(e.field("zero"), QVariant(QStringLiteral("0:14")));
    QCOMPARE(e.field("f"), QVariant(1.5));
    QCOMPARE(e.field("exp"), QVariant(1000.0));
    QVERIFY(qIsInf(e.field("inf").toDouble()));
    QCOMPARE(e.field("t"), QVariant(true));
    QCOMPARE(e.field("y"), QVariant(true));
    QCOMPARE(e.field("n"), QVariant(false));
    QCOMPARE(e.field("nul").metaType().id(), int(QMetaType::Nullptr));
    QCOMPARE(e.field("empty").metaType().id(), int(QMetaType::Nullptr));
    QCOMPARE(e.field("q"), QVariant(QStringLiteral("42")));
    QCOMPARE(e.field("dq"), QVariant(QStringLiteral("yes")));
    QCOMPARE(e.field("d"), QVariant(QDate(2021, 2, 23)));
    QCOMPARE(e.field("dt").toDateTime(), QDateTime(QDate(2021, 2, 23), QTime(10, 20, 30)));
    QCOMPARE(e.field("str"), QVariant(QStringLiteral("12")));
    QCOMPARE(e.field("list"), QVariant(QVariantList { qint64(1), QStringLiteral("a") }));
    QVariantMap map { { QStringLiteral("a"), qint64(1) }, { QStringLiteral("b"), qint64(2) } };
    QCOMPARE(e.field("map"), QVariant(map));
    QVERIFY(!e.hasTranscript());
}

void TestEpisodeFile::plainYaml()
{
    const QByteArray bytes = "# exported\ntitle: x\ntranscript:\n- line: a\n  sec: 1\n  time: 0:01\n";
    const Episode e = parseOk(bytes, QStringLiteral("x.yaml"));
    QCOMPARE(e.layout, Episode::Layout::PlainYaml);
    QCOMPARE(e.opening, QByteArray("# exported\n"));
    QVERIFY(e.closing.isEmpty());
    QCOMPARE(e.entries.size(), 1);
    QCOMPARE(e.entries.at(0).sourceLine, 4);
    QCOMPARE(EpisodeFile::serialize(e), bytes);

    // A YAML file may open with a document marker and no closing one.
    const QByteArray marked = "---\ntitle: x\n";
    const Episode m = parseOk(marked, QStringLiteral("x.yaml"));
    QCOMPARE(m.layout, Episode::Layout::PlainYaml);
    QCOMPARE(m.title(), QStringLiteral("x"));
    QCOMPARE(EpisodeFile::serialize(m), marked);
}

void TestEpisodeFile::otherLineEndingsAndBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: x\r\ntranscript:\r\n- line: a\r\n  who: B\r\n---\r\nbody\r\n");
    QTest::newRow("bom front matter") << QByteArray("\xEF\xBB\xBF---\ntitle: x\ntranscript:\n- line: a\n---\n");
    QTest::newRow("bom plain, no newline") << QByteArray("\xEF\xBB\xBFtitle: x\ntranscript:\n- line: a");
    QTest::newRow("comment before first key") << QByteArray("---\n# note\ntitle: x\n---\n");
    QTest::newRow("empty front matter") << QByteArray("---\n---\nJust a body\n");
    QTest::newRow("dash lines in body") << QByteArray("---\ntitle: x\n---\nbody\n---\nmore\n");
    QTest::newRow("--- inside a value") << QByteArray("---\nids:\n  anchor: A---B\n---\n");
    QTest::newRow("dash-only item line") << QByteArray("---\ntranscript:\n-\n  line: a\n- # note\n  line: b\n---\n");
}

void TestEpisodeFile::otherLineEndingsAndBom()
{
    QFETCH(QByteArray, bytes);
    Episode e;
    FileError error;
    QVERIFY2(EpisodeFile::parse(bytes, QStringLiteral("t.md"), &e, &error), qPrintable(error.toString()));
    QCOMPARE(EpisodeFile::serialize(e), bytes);
    // Touching every entry still gives a file that reads back to the same values.
    for (TranscriptEntry &entry : e.entries)
        entry.touch();
    Episode again;
    QVERIFY2(EpisodeFile::parse(EpisodeFile::serialize(e), QStringLiteral("t.md"), &again, &error),
        qPrintable(error.toString()));
    QCOMPARE(again.entries.size(), e.entries.size());
    for (int i = 0; i < e.entries.size(); ++i)
        QVERIFY(again.entries.at(i).sameValues(e.entries.at(i)));
}

void TestEpisodeFile::editEntryOnlyChangesIt()
{
    Episode e = parseOk(Small);
    e.entries[1].text = QStringLiteral("Hello: edited");
    e.entries[1].touch();
    const QByteArray expected
        = QByteArray(Small).replace("- line: Hello there,\n    general.\n  sec: 5\n  time: 0:05\n  who: Alice\n",
            YamlWriter::entry(e.entries.at(1)));
    QCOMPARE(EpisodeFile::serialize(e), expected);
    QVERIFY(expected.contains(
        "- line: 'Hello: edited'\n  sec: 5\n  time: 0:05\n  who: Alice\n# a comment between items\n"));

    // A touched but unchanged entry is written canonically: here that is the same text.
    Episode f = parseOk(Small);
    f.entries[2].touch();
    QCOMPARE(EpisodeFile::serialize(f), Small);
    // Text PyYAML would fold differently is rewritten canonically once touched.
    f.entries[1].touch();
    QCOMPARE(
        EpisodeFile::serialize(f), QByteArray(Small).replace("Hello there,\n    general.", "Hello there, general."));
}

void TestEpisodeFile::editFieldKeepsTrailer()
{
    Episode e = parseOk(Small);
    e.setField(QStringLiteral("season"), qint64(4));
    QCOMPARE(EpisodeFile::serialize(e), QByteArray(Small).replace("season: 3\n", "season: 4\n"));
    e.setField(QStringLiteral("title"), QStringLiteral("Plain title"));
    QCOMPARE(EpisodeFile::serialize(e),
        QByteArray(Small).replace("season: 3\n", "season: 4\n").replace("title: 'A: B'\n", "title: Plain title\n"));
    // A new key goes before the transcript.
    e.setField(QStringLiteral("keywords"), QVariantList { QStringLiteral("a"), QStringLiteral("b") });
    QVERIFY(EpisodeFile::serialize(e).contains("- alice\nkeywords:\n- a\n- b\ntranscript:\n"));
}

void TestEpisodeFile::addAndRemove()
{
    Episode e = parseOk(Small);
    // Append after the last item and insert in the middle.
    TranscriptEntry last = newLine(QStringLiteral("Appended"), 70, QStringLiteral("Bob"));
    last.id = e.newEntryId();
    e.entries.append(last);
    TranscriptEntry mid = newLine(QStringLiteral("Inserted"), 6, QStringLiteral("Alice"));
    mid.id = e.newEntryId();
    e.entries.insert(2, mid);
    QByteArray expected = Small;
    expected.replace("- line: Nothing at all\n",
        "- line: Nothing at all\n- line: Appended\n  sec: 70\n  time: '1:10'\n  who: Bob\n");
    expected.replace("# a comment between items\n\n",
        "# a comment between items\n\n- line: Inserted\n  sec: 6\n  time: 0:06\n  who: Alice\n");
    QCOMPARE(EpisodeFile::serialize(e), expected);

    // Removing an item removes exactly its text and its trailer.
    Episode r = parseOk(Small);
    r.entries.removeAt(1);
    QCOMPARE(EpisodeFile::serialize(r),
        QByteArray(Small).replace(
            "- line: Hello there,\n    general.\n  sec: 5\n  time: 0:05\n  who: Alice\n# a comment between items\n\n",
            ""));
}

void TestEpisodeFile::emptyTranscriptGetsEntries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("[]")
        << QByteArray("---\ntitle: x\ntranscript: []\n\nnext: 1\n---\n")
        << QByteArray("---\ntitle: x\ntranscript:\n- line: New\n  sec: 1\n  time: 0:01\n  who: A\n\nnext: 1\n---\n");
    QTest::newRow("null") << QByteArray("---\ntranscript:\n---\n")
                          << QByteArray("---\ntranscript:\n- line: New\n  sec: 1\n  time: 0:01\n  who: A\n---\n");
    QTest::newRow("no key") << QByteArray("---\ntitle: x\n---\n")
                            << QByteArray(
                                   "---\ntitle: x\ntranscript:\n- line: New\n  sec: 1\n  time: 0:01\n  who: A\n---\n");
    QTest::newRow("plain, no final newline")
        << QByteArray("title: x\ntranscript: []")
        << QByteArray("title: x\ntranscript:\n- line: New\n  sec: 1\n  time: 0:01\n  who: A\n");
}

void TestEpisodeFile::emptyTranscriptGetsEntries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    Episode e = parseOk(bytes, QStringLiteral("t.yaml"));
    QVERIFY(e.entries.isEmpty());
    QCOMPARE(EpisodeFile::serialize(e), bytes);
    e.ensureTranscript();
    e.entries.append(newLine(QStringLiteral("New"), 1, QStringLiteral("A")));
    e.assignIds();
    QCOMPARE(EpisodeFile::serialize(e), expected);
    QCOMPARE(parseOk(expected, QStringLiteral("t.yaml")).entries.size(), 1);
}

void TestEpisodeFile::removeAllEntries()
{
    Episode e = parseOk(Small);
    e.entries.clear();
    const QByteArray out = EpisodeFile::serialize(e);
    QVERIFY(out.contains("- alice\ntranscript: []\ncontext: after the transcript\n"));
    const Episode again = parseOk(out);
    QVERIFY(again.hasTranscript());
    QVERIFY(again.entries.isEmpty());
}

void TestEpisodeFile::noFinalNewlinePlainYaml()
{
    const QByteArray bytes = "title: x\ntranscript:\n- line: a\n  sec: 1\n  time: 0:01";
    Episode e = parseOk(bytes, QStringLiteral("t.yaml"));
    QCOMPARE(e.entries.size(), 1);
    QCOMPARE(e.entries.at(0).source.toByteArray(), QByteArray("- line: a\n  sec: 1\n  time: 0:01"));
    QCOMPARE(EpisodeFile::serialize(e), bytes);

    Episode appended = e;
    appended.entries.append(newLine(QStringLiteral("b"), 2, QStringLiteral("B")));
    QCOMPARE(EpisodeFile::serialize(appended), bytes + "\n- line: b\n  sec: 2\n  time: 0:02\n  who: B\n");

    Episode edited = e;
    edited.entries[0].text = QStringLiteral("changed");
    edited.entries[0].touch();
    QCOMPARE(
        EpisodeFile::serialize(edited), QByteArray("title: x\ntranscript:\n- line: changed\n  sec: 1\n  time: 0:01\n"));

    // The same for the last field of a file without transcript.
    Episode f = parseOk("a: 1\nb: 2", QStringLiteral("t.yaml"));
    f.setField(QStringLiteral("c"), qint64(3));
    QCOMPARE(EpisodeFile::serialize(f), QByteArray("a: 1\nb: 2\nc: 3\n"));
}

void TestEpisodeFile::flowTranscript()
{
    Episode e = parseOk("---\ntranscript: [{line: a, sec: 1, time: '0:01'}, {header: H}]\n---\n");
    QCOMPARE(e.entries.size(), 2);
    QCOMPARE(e.entries.at(0).seconds, std::optional<qint64>(1));
    QVERIFY(e.entries.at(1).isHeader());
    // A flow list cannot take items as they are: the list is written in block style.
    QCOMPARE(EpisodeFile::serialize(e),
        QByteArray("---\ntranscript:\n- line: a\n  sec: 1\n  time: 0:01\n- header: H\n---\n"));
}

void TestEpisodeFile::headerExtrasSurvive()
{
    Episode e = parseOk("---\ntranscript:\n- header: H\n  sec: 3\n- line: a\n  note: keep me\n---\n");
    QVERIFY(e.entries.at(0).isHeader());
    QCOMPARE(e.entries.at(0).extra.value(QStringLiteral("sec")), QVariant(qint64(3)));
    QCOMPARE(e.entries.at(1).extra.value(QStringLiteral("note")), QVariant(QStringLiteral("keep me")));
    for (TranscriptEntry &entry : e.entries)
        entry.touch();
    const Episode again = parseOk(EpisodeFile::serialize(e));
    QVERIFY(again.entries.at(0).sameValues(e.entries.at(0)));
    QVERIFY(again.entries.at(1).sameValues(e.entries.at(1)));
}

void TestEpisodeFile::aliasesInMetadata()
{
    const Episode e = parseOk("---\na: &x [1, 2]\nb: *x\nc: &s text\ntranscript:\n- line: *s\n---\n");
    QCOMPARE(e.field("b"), e.field("a"));
    QCOMPARE(e.entries.at(0).text, QStringLiteral("text"));
}

void TestEpisodeFile::canonicalExport()
{
    const Episode e = parseOk(Small);
    const QByteArray out = EpisodeFile::serializeCanonical(e);
    QVERIFY(out.startsWith(
        "context: after the transcript\nguests:\n- alice\nseason: 3\ntitle: 'A: B'\ntranscript:\n- header: Intro\n"));
    QVERIFY(out.contains("- line: Hello there, general.\n  sec: 5\n  time: 0:05\n  who: Alice\n"));
    QVERIFY(!out.contains("Links"));
    const Episode again = parseOk(out, QStringLiteral("x.yaml"));
    QCOMPARE(again.entries.size(), e.entries.size());
    for (int i = 0; i < e.entries.size(); ++i)
        QVERIFY(again.entries.at(i).sameValues(e.entries.at(i)));
}

void TestEpisodeFile::largeEpisodeRoundTrip()
{
    // 100,000 file lines (about 20,000 items): reads and writes back unchanged; one edit changes one item.
    QByteArray bytes = "---\ntitle: Large\ntranscript:\n";
    int fileLines = 3;
    for (int i = 0; fileLines < 100000; ++i) {
        bytes += "- line: Line " + QByteArray::number(i)
            + " of a large episode, long enough that it folds onto\n"
              "    a second line.\n  sec: "
            + QByteArray::number(i) + "\n  time: 0:00\n  who: A\n";
        fileLines += 5;
    }
    bytes += "---\n";
    Episode e;
    FileError error;
    QVERIFY2(EpisodeFile::parse(bytes, QStringLiteral("large.md"), &e, &error), qPrintable(error.toString()));
    QCOMPARE(e.entries.size(), (100000 - 3 + 4) / 5);
    QCOMPARE(EpisodeFile::serialize(e), bytes);
    const QByteArray oldItem = e.entries.at(100).source.toByteArray();
    e.entries[100].text = QStringLiteral("edited");
    e.entries[100].touch();
    QCOMPARE(EpisodeFile::serialize(e), QByteArray(bytes).replace(oldItem, YamlWriter::entry(e.entries.at(100))));
}

void TestEpisodeFile::writeFailures()
{
    QTemporaryDir dir;
    const Episode e = parseOk(Small);
    FileError error;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/out.md"));
    QVERIFY(!EpisodeFile::write(missing, e, &error));
    QCOMPARE(error.file, missing);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!EpisodeFile::exportCanonical(dir.path(), e, &error)); // a directory
}

void TestEpisodeFile::saveOntoItself()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("self.md"));
    FileError error;
    QVERIFY(EpisodeFile::writeBytes(path, Small, &error));
    Episode e;
    QVERIFY(EpisodeFile::read(path, &e, &error));
    e.entries[3].text = QStringLiteral("Something at last");
    e.entries[3].touch();
    QVERIFY2(EpisodeFile::write(path, e, &error), qPrintable(error.toString()));
    QCOMPARE(readAll(path), QByteArray(Small).replace("Nothing at all", "Something at last"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("self.md") });
}

void TestEpisodeFile::int64Range_data()
{
    // PyYAML's int() is unbounded; the editor keeps what fits 64 bits, both ends included, and refuses the rest.
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("largest") << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
    QTest::newRow("smallest, hex") << QByteArray("-0x8000000000000000") << std::numeric_limits<qint64>::min();
    QTest::newRow("smallest, octal") << QByteArray("-01000000000000000000000") << std::numeric_limits<qint64>::min();
    QTest::newRow("negative, binary") << QByteArray("-0b101") << qint64(-5);
    QTest::newRow("negative, sexagesimal") << QByteArray("-1:30") << qint64(-90);
}

void TestEpisodeFile::int64Range()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::parse("---\nnumber: " + value + "\n---\n", QStringLiteral("t.md"), &episode, &error),
        qPrintable(error.toString()));
    QCOMPARE(episode.field(QStringLiteral("number")).toLongLong(), expected);
    // One past either end is refused as too large, with the value in the message.
    const QByteArray past
        = value.startsWith('-') ? QByteArray("-9223372036854775809") : QByteArray("9223372036854775808");
    if (expected == std::numeric_limits<qint64>::min() || expected == std::numeric_limits<qint64>::max()) {
        QVERIFY(!EpisodeFile::parse("---\nnumber: " + past + "\n---\n", QStringLiteral("t.md"), &episode, &error));
        QVERIFY2(error.message.contains(QString::fromLatin1(past)), qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(TestEpisodeFile)
#include "tst_episodefile.moc"
