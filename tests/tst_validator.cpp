#include "episodefile.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "validator.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

/**
 * Validator: every check on small hand-made episodes, every fix with undo and redo, and the corpus-wide counts of
 * backwards and repeated times against numbers computed independently (python3 + PyYAML, see corpusCounts()).
 */
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void cleanEpisodeHasNoFindings();
    void fixes_data();
    void fixes();
    void fixRefusesWhatIsNotCertain();
    void fixtures();
    void corpusCounts();
};

namespace {

/** A tiny builder: "Alexey@0:hello" lines, "#Title" headers; "@-" no time, "Name" empty = no speaker. */
Episode episode(const QStringList &items)
{
    Episode e;
    e.ensureTranscript();
    int line = 10;
    for (const QString &item : items) {
        TranscriptEntry t;
        if (item.startsWith(QLatin1Char('#'))) {
            t.kind = TranscriptEntry::Kind::Header;
            t.text = item.mid(1);
        } else {
            const int at = item.indexOf(QLatin1Char('@'));
            const int colon = item.indexOf(QLatin1Char(':'), at);
            const QString who = item.left(at);
            const QString when = item.mid(at + 1, colon - at - 1);
            t.text = item.mid(colon + 1);
            if (!who.isEmpty())
                t.speaker = who;
            if (when != QLatin1String("-"))
                t.setSeconds(when.toLongLong());
        }
        t.sourceLine = line;
        line += 4;
        e.entries.append(t);
    }
    e.assignIds();
    return e;
}

QStringList describe(const QList<Finding> &findings, Finding::Kind kind)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.kind == kind)
            out << QStringLiteral("%1:%2%3")
                       .arg(f.fileLine)
                       .arg(Finding::severityName(f.severity), f.fixable ? QStringLiteral("!") : QString());
    }
    return out;
}

QStringList spoken(int n, const QString &who, int from)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1@%2:Line %3.").arg(who).arg(from + i).arg(i);
    return out;
}

} // namespace

void TestValidator::checks_data()
{
    QTest::addColumn<Episode>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected"); // "fileLine:severity" (+ "!" when fixable)

    Episode mismatch = episode({ "A@0:one", "A@62:two", "A@70:three", "A@80:four" });
    mismatch.entries[1].time = QStringLiteral("1:03");
    mismatch.entries[2].time = QStringLiteral("99:999");
    mismatch.entries[3].time = QString();
    QTest::newRow("time and sec disagree")
        << mismatch << int(Finding::Kind::TimeMismatch) << QStringList { "14:error!", "18:error!", "22:error!" };
    Episode missing = episode({ "A@0:one", "A@5:two", "A@9:three" });
    missing.entries[1].time.reset();
    missing.entries[2].seconds.reset();
    QTest::newRow("sec or time missing") << missing << int(Finding::Kind::MissingTime)
                                         << QStringList { "14:warning!", "18:warning!" };
    QTest::newRow("backwards across a header")
        << episode({ "A@10:one", "#Part", "A@5:two", "A@-:untimed", "A@4:three", "A@20:four" })
        << int(Finding::Kind::Backwards) << QStringList { "18:error", "26:error" };
    QTest::newRow("repeated") << episode({ "A@10:one", "A@10:two", "#H", "A@10:three", "A@11:four" })
                              << int(Finding::Kind::RepeatedTime) << QStringList { "14:warning", "22:warning" };
    QTest::newRow("empty line and header") << episode({ "#", "A@1:  ", "A@2:text" }) << int(Finding::Kind::EmptyLine)
                                           << QStringList { "10:warning!", "14:warning!" };
    QTest::newRow("white space") << episode({ "# Title ", "A@1:text \n", "A@2:text" })
                                 << int(Finding::Kind::TrailingSpace) << QStringList { "10:info!", "14:info!" };
    QTest::newRow("no speaker") << episode({ "A@1:one", "@2:two", "B@3:three" }) << int(Finding::Kind::MissingSpeaker)
                                << QStringList { "14:warning" };
    QTest::newRow("no speakers at all") << episode({ "@1:one", "@2:two" }) << int(Finding::Kind::MissingSpeaker)
                                        << QStringList {};

    QStringList variants = spoken(30, "Alexey", 0) + spoken(30, "Dashel", 100);
    variants << "alexey@200:lower case"
             << "Dashel:@201:with colon"
             << "Alexeyy@202:typo"
             << "Dasha@203:someone else";
    QTest::newRow("variants of main speakers") << episode(variants) << int(Finding::Kind::SpeakerVariant)
                                               << QStringList { "250:warning!", "254:warning!", "258:warning" };
    QTest::newRow("unknown speaker") << episode(variants) << int(Finding::Kind::UnknownSpeaker)
                                     << QStringList { "262:warning" };
    QTest::newRow("small episodes have no unknown speakers")
        << episode({ "A@1:one", "B@2:two", "C@3:three" }) << int(Finding::Kind::UnknownSpeaker) << QStringList {};
    QTest::newRow("headers without lines")
        << episode({ "#One", "#Two", "A@1:text", "#Three", "A@2:more", "#End" }) << int(Finding::Kind::EmptySection)
        << QStringList { "10:warning", "30:warning" };
    QTest::newRow("long paragraph") << episode(
        { "A@1:" + QString(1501, QLatin1Char('x')), "A@2:" + QString(1500, QLatin1Char('y')) })
                                    << int(Finding::Kind::LongParagraph) << QStringList { "10:info" };
}

void TestValidator::checks()
{
    QFETCH(Episode, input);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    const QList<Finding> findings = Validator::check(input);
    QCOMPARE(describe(findings, Finding::Kind(kind)), expected);
    for (const Finding &f : findings) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(input.rowOf(f.entry) >= 0);
        QCOMPARE(f.fileLine, input.entries.at(input.rowOf(f.entry)).sourceLine);
    }
}

void TestValidator::cleanEpisodeHasNoFindings()
{
    QCOMPARE(Validator::check(episode({ "#Intro", "A@0:Hello.", "B@3:Hi.", "#Next", "A@9:Bye." })).size(), 0);
    QCOMPARE(Validator::check(Episode()).size(), 0);
}

void TestValidator::fixes_data()
{
    QTest::addColumn<Episode>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fixed");

    Episode mismatch = episode({ "A@0:one", "A@62:two" });
    mismatch.entries[1].time = QStringLiteral("1:03");
    QTest::newRow("time from sec") << mismatch << int(Finding::Kind::TimeMismatch) << "time"
                                   << "1:02";
    Episode noTime = episode({ "A@0:one", "A@3725:two" });
    noTime.entries[1].time.reset();
    QTest::newRow("time added") << noTime << int(Finding::Kind::MissingTime) << "time"
                                << "1:02:05";
    Episode noSec = episode({ "A@0:one", "A@75:two" });
    noSec.entries[1].seconds.reset();
    QTest::newRow("sec from time") << noSec << int(Finding::Kind::MissingTime) << "sec"
                                   << "75";
    QTest::newRow("trimmed") << episode({ "A@0:one", "A@1:  two \n" }) << int(Finding::Kind::TrailingSpace) << "text"
                             << "two";
    QTest::newRow("empty removed") << episode({ "A@0:one", "A@1: ", "A@2:three" }) << int(Finding::Kind::EmptyLine)
                                   << "rows"
                                   << "2";
    QStringList variants = spoken(10, "Alexey", 0) + spoken(10, "Theo:", 100);
    variants << "theo@200:the variant";
    QTest::newRow("speaker variant") << episode(variants) << int(Finding::Kind::SpeakerVariant) << "who"
                                     << "Theo:";
}

void TestValidator::fixes()
{
    QFETCH(Episode, input);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, fixed);

    Episode working = input;
    QUndoStack stack;
    TranscriptModel model(&working, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Finding> findings = Validator::check(working);
    const auto it
        = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return int(f.kind) == kind; });
    QVERIFY(it != findings.cend());
    const Finding finding = *it;
    QVERIFY(finding.fixable);
    const int row = model.rowOfId(finding.entry);

    QVERIFY(Validator::fix(&model, finding));
    QCOMPARE(stack.count(), 1);
    auto value = [&]() -> QString {
        const Episode &e = model.episode();
        if (field == QLatin1String("rows"))
            return QString::number(e.entries.size());
        const TranscriptEntry &t = e.entries.at(row);
        if (field == QLatin1String("time"))
            return t.time.value_or(QStringLiteral("<none>"));
        if (field == QLatin1String("sec"))
            return t.seconds ? QString::number(*t.seconds) : QStringLiteral("<none>");
        if (field == QLatin1String("who"))
            return t.speaker.value_or(QStringLiteral("<none>"));
        return t.text;
    };
    QCOMPARE(value(), fixed);
    // The finding is gone, and fixing it again does nothing.
    for (const Finding &f : Validator::check(model.episode()))
        QVERIFY(!(f.entry == finding.entry && f.kind == finding.kind));
    QVERIFY(!Validator::fix(&model, finding));
    QCOMPARE(stack.count(), 1);

    stack.undo();
    QCOMPARE(model.episode().entries.size(), input.entries.size());
    for (int i = 0; i < input.entries.size(); ++i)
        QVERIFY(model.episode().entries.at(i).sameValues(input.entries.at(i)));
    stack.redo();
    QCOMPARE(value(), fixed);
}

void TestValidator::fixRefusesWhatIsNotCertain()
{
    QStringList items = spoken(10, "Alexey", 0) + spoken(10, "Andrey", 100);
    items << "Andreyy@200:typo";
    Episode working = episode(items);
    QUndoStack stack;
    TranscriptModel model(&working, &stack);
    const QList<Finding> findings = Validator::check(working);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().kind, Finding::Kind::SpeakerVariant);
    QCOMPARE(findings.first().suggestion, QStringLiteral("Andrey"));
    QVERIFY(!findings.first().fixable);
    QVERIFY(!Validator::fix(&model, findings.first()));
    Finding forced = findings.first();
    forced.fixable = true; // even when asked, a spelling guess is not applied
    QVERIFY(!Validator::fix(&model, forced));
    QCOMPARE(stack.count(), 0);
    QVERIFY(!Validator::fix(nullptr, forced));
}

void TestValidator::fixtures()
{
    for (const QString &name :
        { QStringLiteral("semiconductors-to-ml.md"), QStringLiteral("testing-phones-to-nlp.md") }) {
        Episode e;
        FileError error;
        QVERIFY2(EpisodeFile::read(TestSupport::dataFile(name), &e, &error), qPrintable(error.toString()));
        const QList<Finding> findings = Validator::check(e);
        int errors = 0;
        for (const Finding &f : findings) {
            errors += f.severity == Finding::Severity::Error ? 1 : 0;
            QVERIFY(f.fileLine > 0);
        }
        // testing-phones-to-nlp.md has coarse times: many repeated seconds, and one line (43:33) going backwards.
        QCOMPARE(errors, name.startsWith(QLatin1String("testing")) ? 1 : 0);
        const int repeated = int(std::count_if(findings.cbegin(), findings.cend(),
            [](const Finding &f) { return f.kind == Finding::Kind::RepeatedTime; }));
        QCOMPARE(repeated, name.startsWith(QLatin1String("testing")) ? 38 : 3);
    }
}

void TestValidator::corpusCounts()
{
    TE_REQUIRE_CORPUS();
    // Oracle: python3 with PyYAML over corpus/*.md plus fixtures/episodes/*.md, comparing each line's `sec` with the
    // previous line that has one (headers and untimed lines in between are skipped), and `time` with `sec`.
    // FORMAT.md's 54 / 3,569 were counted over 201 files; this corpus has 154 (+2 fixtures).
    const int expectedFiles = 156, expectedBackwards = 40, expectedBackwardFiles = 32, expectedRepeated = 2886,
              expectedMismatch = 2;
    const QStringList files = TestSupport::corpusFiles();
    QCOMPARE(files.size(), expectedFiles);
    int backwards = 0, backwardFiles = 0, repeated = 0, mismatch = 0;
    for (const QString &path : files) {
        Episode e;
        FileError error;
        QVERIFY2(EpisodeFile::read(path, &e, &error), qPrintable(error.toString()));
        int fileBackwards = 0;
        for (const Finding &f : Validator::check(e)) {
            fileBackwards += f.kind == Finding::Kind::Backwards ? 1 : 0;
            repeated += f.kind == Finding::Kind::RepeatedTime ? 1 : 0;
            mismatch += f.kind == Finding::Kind::TimeMismatch ? 1 : 0;
        }
        backwards += fileBackwards;
        backwardFiles += fileBackwards > 0 ? 1 : 0;
    }
    QCOMPARE(backwards, expectedBackwards);
    QCOMPARE(backwardFiles, expectedBackwardFiles);
    QCOMPARE(repeated, expectedRepeated);
    QCOMPARE(mismatch, expectedMismatch);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
