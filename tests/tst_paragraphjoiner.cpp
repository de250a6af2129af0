#include "captionimport.h"
#include "paragraphjoiner.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

/** ParagraphJoiner: hand-made cases for every rule, and the real caption files for what must always hold. */
class TestParagraphJoiner : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void keepsFirstLine();
    void captions_data();
    void captions();
};

namespace {

TranscriptEntry line(EntryId id, qint64 sec, const QString &text, const QString &speaker = QString())
{
    TranscriptEntry e;
    e.id = id;
    e.text = text;
    e.setSeconds(sec);
    if (!speaker.isEmpty())
        e.speaker = speaker;
    return e;
}

TranscriptEntry header(EntryId id, const QString &title)
{
    TranscriptEntry e;
    e.id = id;
    e.kind = TranscriptEntry::Kind::Header;
    e.text = title;
    return e;
}

/** "0+2+4|6" style summary: the seconds of each paragraph's lines joined by '+', paragraphs by '|'. */
QString shape(const QList<TranscriptEntry> &result)
{
    QStringList parts;
    for (const TranscriptEntry &e : result)
        parts << (e.isHeader() ? QStringLiteral("H") : QString::number(e.seconds.value_or(-1)));
    return parts.join(QLatin1Char('|'));
}

} // namespace

void TestParagraphJoiner::rules_data()
{
    QTest::addColumn<QList<TranscriptEntry>>("lines");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("texts");

    const QString longText = QString(250, QLatin1Char('a')) + QLatin1Char('.');
    QTest::newRow("flowing speech joins")
        << QList<TranscriptEntry> { line(1, 0, "so welcome"), line(2, 1, "everyone to"), line(3, 3, "our event") }
        << 600 << "0" << QStringList { "so welcome everyone to our event" };
    QTest::newRow("long pause breaks") << QList<TranscriptEntry> { line(1, 0, "one two"), line(2, 10, "three") } << 600
                                       << "0|10" << QStringList { "one two", "three" };
    QTest::newRow("short pause after short text") << QList<TranscriptEntry> { line(1, 0, "yes"), line(2, 2, "right") }
                                                  << 600 << "0" << QStringList { "yes right" };
    QTest::newRow("sentence end breaks once long")
        << QList<TranscriptEntry> { line(1, 0, longText), line(2, 1, "Next sentence.") } << 600 << "0|1"
        << QStringList { longText, "Next sentence." };
    QTest::newRow("sentence end in short paragraph joins") << QList<TranscriptEntry> { line(1, 0, "Short."),
        line(2, 1, "Next.") } << 600 << "0" << QStringList { "Short. Next." };
    QTest::newRow("max chars caps") << QList<TranscriptEntry> { line(1, 0, "aaaa bbbb"), line(2, 1, "cccc dddd"),
        line(3, 2, "eeee") } << 20 << "0|2"
                                    << QStringList { "aaaa bbbb cccc dddd", "eeee" };
    QTest::newRow("speaker change breaks")
        << QList<TranscriptEntry> { line(1, 0, "hello", "A"), line(2, 1, "hi", "B"), line(3, 2, "there", "B") } << 600
        << "0|1" << QStringList { "hello", "hi there" };
    QTest::newRow("header breaks and stays")
        << QList<TranscriptEntry> { line(1, 0, "hello"), header(2, "Part two"), line(3, 1, "more") } << 600 << "0|H|1"
        << QStringList { "hello", "Part two", "more" };
    QTest::newRow("empty input") << QList<TranscriptEntry> {} << 600 << "" << QStringList {};
}

void TestParagraphJoiner::rules()
{
    QFETCH(QList<TranscriptEntry>, lines);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QFETCH(QStringList, texts);
    ParagraphJoiner::Options options;
    options.maxChars = maxChars;
    const QList<TranscriptEntry> result = ParagraphJoiner::join(lines, options);
    QCOMPARE(shape(result), expected);
    QStringList got;
    for (const TranscriptEntry &e : result)
        got << e.text;
    QCOMPARE(got, texts);
}

void TestParagraphJoiner::keepsFirstLine()
{
    const QList<TranscriptEntry> result
        = ParagraphJoiner::join({ line(7, 65, "first", "Alexey"), line(8, 66, "second", "Alexey") });
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.first().id, EntryId(7));
    QCOMPARE(result.first().seconds, std::optional<qint64>(65));
    QCOMPARE(result.first().time, std::optional<QString>(QStringLiteral("1:05")));
    QCOMPARE(result.first().speaker, std::optional<QString>(QStringLiteral("Alexey")));
    QVERIFY(result.first().source.isEmpty());
}

void TestParagraphJoiner::captions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("maxChars");
    for (const char *name : { "semiconductors-to-ml", "swe-to-ml", "testing-phones-to-nlp" }) {
        for (int maxChars : { 300, 600, 1200 })
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(maxChars)))
                << QStringLiteral("%1.captions.txt").arg(QLatin1String(name)) << maxChars;
    }
}

void TestParagraphJoiner::captions()
{
    QFETCH(QString, file);
    QFETCH(int, maxChars);
    QList<CaptionFragment> fragments;
    FileError error;
    QVERIFY(CaptionImport::read(TestSupport::dataFile(file), &fragments, &error));
    QList<TranscriptEntry> lines = CaptionImport::toEntries(fragments);
    for (int i = 0; i < lines.size(); ++i)
        lines[i].id = EntryId(i + 1);
    ParagraphJoiner::Options options;
    options.maxChars = maxChars;
    const QList<TranscriptEntry> result = ParagraphJoiner::join(lines, options);

    // Fewer, longer paragraphs; no text lost or reordered; each starts at one of its fragments' seconds.
    QVERIFY(result.size() < lines.size() / 3);
    QVERIFY(result.size() > lines.size() / 60);
    QStringList all, joined;
    for (const TranscriptEntry &e : lines)
        all << e.text;
    int next = 0; // index of the fragment that starts the next paragraph
    for (const TranscriptEntry &p : result) {
        joined << p.text;
        QCOMPARE(p.id, lines.at(next).id);
        QCOMPARE(p.seconds, lines.at(next).seconds);
        QVERIFY2(p.text.size() <= maxChars, qPrintable(p.text));
        // Count fragments in this paragraph by consuming their texts.
        int consumed = 0;
        QString rest = p.text;
        for (int k = p.id - 1; k < lines.size() && !rest.isEmpty(); ++k) {
            QVERIFY2(rest.startsWith(lines.at(k).text), qPrintable(rest.left(80)));
            rest = rest.mid(lines.at(k).text.size()).trimmed();
            ++consumed;
        }
        next = int(p.id - 1) + consumed;
    }
    QCOMPARE(next, lines.size());
    QCOMPARE(joined.join(QLatin1Char(' ')), all.join(QLatin1Char(' ')));

    // Deterministic: the same input gives the same paragraphs.
    const QList<TranscriptEntry> again = ParagraphJoiner::join(lines, options);
    QCOMPARE(again.size(), result.size());
    for (int i = 0; i < result.size(); ++i)
        QVERIFY(again.at(i).sameValues(result.at(i)));
}

QTEST_GUILESS_MAIN(TestParagraphJoiner)
#include "tst_paragraphjoiner.moc"
