#include "episodefile.h"
#include "subtitlecues.h"
#include "testsupport.h"

#include <QtTest>

/**
 * SubtitleCues on real paragraphs (the test episodes, and the whole corpus when ../shared is there) and on cases
 * made by hand: the line and cue limits hold, nothing is lost or reordered, times share the span without overlap.
 */
class TestSubtitleCues : public QObject
{
    Q_OBJECT

private slots:
    void realParagraphs_data();
    void realParagraphs();
    void breaksAtSentencesThenClauses();
    void lineBreakInsideCue();
    void longWord();
    void timing();
    void shortSpan();
    void emptyText();
};

namespace {

/** Checks one paragraph's cues; returns an empty string or what is wrong. */
QString verify(const QString &paragraph, const QList<SubtitleCues::Cue> &cues, qint64 start, qint64 end)
{
    QStringList texts;
    qint64 previousEnd = start;
    for (const SubtitleCues::Cue &cue : cues) {
        if (cue.lines.isEmpty() || cue.lines.size() > SubtitleCues::MaxLines)
            return QStringLiteral("%1 lines in a cue").arg(cue.lines.size());
        for (const QString &line : cue.lines) {
            if (line.size() > SubtitleCues::MaxLineLength && line.contains(QLatin1Char(' ')))
                return QStringLiteral("line of %1 characters: %2").arg(line.size()).arg(line);
            if (line.isEmpty() || line != line.trimmed())
                return QStringLiteral("empty or untrimmed line \"%1\"").arg(line);
        }
        if (cue.startMs < previousEnd)
            return QStringLiteral("cue at %1 overlaps the one before (ends %2)").arg(cue.startMs).arg(previousEnd);
        if (cue.endMs <= cue.startMs || cue.endMs > end)
            return QStringLiteral("cue %1..%2 outside its span %3..%4")
                .arg(cue.startMs)
                .arg(cue.endMs)
                .arg(start)
                .arg(end);
        previousEnd = cue.endMs;
        texts << cue.text();
    }
    if (texts.join(QLatin1Char(' ')) != paragraph.simplified())
        return QStringLiteral("text changed: %1").arg(texts.join(QLatin1String(" | ")));
    return QString();
}

} // namespace

void TestSubtitleCues::realParagraphs_data()
{
    QTest::addColumn<QString>("file");
    QStringList files = { TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")),
        TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.md")) };
    files += TestSupport::corpusFiles();
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestSubtitleCues::realParagraphs()
{
    QFETCH(QString, file);
    Episode episode;
    FileError error;
    if (!EpisodeFile::read(file, &episode, &error))
        QSKIP("not an episode the editor reads"); // the corpus holds a few deliberately broken files
    int checked = 0, cues = 0;
    for (int i = 0; i < episode.entries.size(); ++i) {
        const TranscriptEntry &e = episode.entries.at(i);
        if (!e.isLine() || !e.seconds || e.text.simplified().isEmpty())
            continue;
        // The span as the export gives it: to the next later timed line, else a minute.
        qint64 end = *e.seconds * 1000 + 60000;
        for (int k = i + 1; k < episode.entries.size(); ++k) {
            const auto &next = episode.entries.at(k).seconds;
            if (next && *next > *e.seconds) {
                end = *next * 1000;
                break;
            }
        }
        const qint64 start = *e.seconds * 1000;
        const QList<SubtitleCues::Cue> result = SubtitleCues::timed({ e.text }, start, end);
        const QString problem = verify(e.text, result, start, end);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1:%2: %3").arg(file).arg(e.sourceLine).arg(problem)));
        // split() alone gives the same cut.
        QCOMPARE(SubtitleCues::split(e.text).size(), result.size());
        ++checked;
        cues += int(result.size());
    }
    if (checked == 0 && !file.startsWith(TestSupport::dataDir()))
        QSKIP("no timed lines in this corpus episode");
    QVERIFY(checked > 0);
    QVERIFY(cues >= checked);
}

void TestSubtitleCues::breaksAtSentencesThenClauses()
{
    // From semiconductors-to-ml.md (row 3): the cuts fall after "event." and after "Club,", not mid-clause.
    const QString text = QStringLiteral("Hi everyone, welcome to our event. This event is brought to you by the Data "
                                        "Docs Club, a community of people who love data.");
    const QList<QStringList> cues = SubtitleCues::split(text);
    QCOMPARE(cues.size(), 3);
    QCOMPARE(cues.at(0), QStringList { QStringLiteral("Hi everyone, welcome to our event.") });
    QCOMPARE(cues.at(1),
        (QStringList { QStringLiteral("This event is brought"), QStringLiteral("to you by the Data Docs Club,") }));
    QCOMPARE(cues.at(2), QStringList { QStringLiteral("a community of people who love data.") });
}

void TestSubtitleCues::lineBreakInsideCue()
{
    // Two lines break after punctuation when there is some, and never after "the".
    QCOMPARE(SubtitleCues::layout(
                 QStringLiteral("So yes, I started with music and then moved to chips").split(QLatin1Char(' '))),
        (QStringList { QStringLiteral("So yes, I started with music"), QStringLiteral("and then moved to chips") }));
    QCOMPARE(SubtitleCues::layout(QStringLiteral("Short enough for one line.").split(QLatin1Char(' '))),
        QStringList { QStringLiteral("Short enough for one line.") });
    // 85 characters never fit in two lines of 42.
    QVERIFY(SubtitleCues::layout(QString(QStringLiteral("abcd ")).repeated(17).trimmed().split(QLatin1Char(' ')))
                .isEmpty());
}

void TestSubtitleCues::longWord()
{
    const QString url = QStringLiteral("https://example.org/a/very/long/path/that/never/fits/on/one/line");
    const QList<QStringList> cues = SubtitleCues::split(QStringLiteral("See ") + url + QStringLiteral(" for more."));
    QCOMPARE(cues.size(), 3);
    QCOMPARE(cues.at(0), QStringList { QStringLiteral("See") });
    QCOMPARE(cues.at(1), QStringList { url });
    QCOMPARE(cues.at(2), QStringList { QStringLiteral("for more.") });
}

void TestSubtitleCues::timing()
{
    // 10 s for two cues of 34 and 51 characters (with the space that joins them): shared by characters.
    const QString text
        = QStringLiteral("Hi everyone, welcome to our event. This event is brought to you by the Data Docs Club.");
    const QList<SubtitleCues::Cue> cues = SubtitleCues::timed({ text }, 5000, 15000);
    QCOMPARE(cues.size(), 2);
    QCOMPARE(cues.at(0).startMs, qint64(5000));
    const qint64 first = cues.at(0).text().size(), second = cues.at(1).text().size();
    QCOMPARE(cues.at(1).startMs, 5000 + qRound64(10000.0 * first / (first + second)));
    QCOMPARE(cues.at(0).endMs, cues.at(1).startMs);
    QCOMPARE(cues.at(1).endMs, qint64(15000));
    // A long silence after a short line: the cue leaves after MaxDurationMs.
    const QList<SubtitleCues::Cue> lone = SubtitleCues::timed({ QStringLiteral("Yeah.") }, 0, 60000);
    QCOMPARE(lone.size(), 1);
    QCOMPARE(lone.at(0).endMs, SubtitleCues::MaxDurationMs);
    // Several lines in one span keep their order and their segment index.
    const QList<SubtitleCues::Cue> two
        = SubtitleCues::timed({ QStringLiteral("Yes."), QStringLiteral("No.") }, 0, 4000);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).segment, 0);
    QCOMPARE(two.at(1).segment, 1);
    QVERIFY(two.at(1).startMs >= two.at(0).endMs);
    // A very short cue among long ones still gets the minimum.
    const QList<SubtitleCues::Cue> mixed
        = SubtitleCues::timed({ QStringLiteral("Ok."), QString(QStringLiteral("word ")).repeated(60) }, 0, 20000);
    QVERIFY(mixed.size() > 3);
    QCOMPARE(mixed.at(0).endMs - mixed.at(0).startMs, SubtitleCues::MinDurationMs);
}

void TestSubtitleCues::shortSpan()
{
    // Less than the minimum for each cue: equal shares, still no overlap and inside the span.
    const QString text = QString(QStringLiteral("talking fast ")).repeated(20);
    const QList<SubtitleCues::Cue> cues = SubtitleCues::timed({ text }, 1000, 3000);
    QVERIFY(cues.size() >= 4);
    QVERIFY2(verify(text, cues, 1000, 3000).isEmpty(), qPrintable(verify(text, cues, 1000, 3000)));
}

void TestSubtitleCues::emptyText()
{
    QVERIFY(SubtitleCues::split(QStringLiteral("  \n ")).isEmpty());
    QVERIFY(SubtitleCues::timed({ QString() }, 0, 1000).isEmpty());
}

QTEST_GUILESS_MAIN(TestSubtitleCues)
#include "tst_subtitlecues.moc"
