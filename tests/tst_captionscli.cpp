#include "clicommands.h"
#include "episodefile.h"
#include "testsupport.h"
#include "transcriptexport.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

/** The captions commands of the real binary (TE_APP_BINARY): import-captions, align, check and export formats. */
class TestCaptionsCli : public QObject
{
    Q_OBJECT

private slots:
    void importCaptions();
    void importCaptionsJoinAndMarkdown();
    void importCaptionsRefusesBadInput();
    void align();
    void alignRefusesBadCaptions();
    void check_data();
    void check();
    void checkUnreadableAndUsage();
    void checkFormats_data();
    void checkFormats();
    void checkGithubEscaping();
    void exportCues_data();
    void exportCues();
    void exportFormats_data();
    void exportFormats();
    void exportOtherErrors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QString &workingDirectory = QString());
    QTemporaryDir m_dir;
};

TestCaptionsCli::Run TestCaptionsCli::run(const QStringList &args, const QString &workingDirectory)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(TE_APP_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCaptionsCli::importCaptions()
{
    const QString out = m_dir.filePath(QStringLiteral("swe.yaml"));
    const Run r = run({ QStringLiteral("import-captions"),
        TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), QStringLiteral("-o"), out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1852")), qPrintable(r.out));
    Episode e;
    FileError error;
    QVERIFY2(EpisodeFile::read(out, &e, &error), qPrintable(error.toString()));
    QCOMPARE(e.layout, Episode::Layout::PlainYaml);
    QCOMPARE(e.title(), QStringLiteral("Swe to ml"));
    QCOMPARE(e.entries.size(), 1852);
    QCOMPARE(e.entries.first().text, QStringLiteral("so welcome everyone"));
    QCOMPARE(e.entries.first().seconds, std::optional<qint64>(1));
    QCOMPARE(e.entries.first().time, std::optional<QString>(QStringLiteral("0:01")));
    for (const TranscriptEntry &t : e.entries)
        QVERIFY(!t.speaker);
}

void TestCaptionsCli::importCaptionsJoinAndMarkdown()
{
    const QString out = m_dir.filePath(QStringLiteral("phones.md"));
    const Run r = run({ QStringLiteral("import-captions"),
        TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.captions.txt")), QStringLiteral("-o"), out,
        QStringLiteral("--join") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Episode e;
    FileError error;
    QVERIFY2(EpisodeFile::read(out, &e, &error), qPrintable(error.toString()));
    QCOMPARE(e.layout, Episode::Layout::FrontMatter);
    QCOMPARE(e.title(), QStringLiteral("Testing phones to nlp"));
    QVERIFY(e.entries.size() > 50);
    QVERIFY(e.entries.size() < 500);
    QVERIFY(
        e.entries.first().text.startsWith(QLatin1String("okay everyone Welcome to our event this event is brought")));
    QCOMPARE(e.entries.first().seconds, std::optional<qint64>(0));
}

void TestCaptionsCli::importCaptionsRefusesBadInput()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("0:00 fine\n0:03 fine too\n7:99 broken\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("never.yaml"));
    const Run r = run({ QStringLiteral("import-captions"), bad, QStringLiteral("-o"), out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(":3: error: ")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(run({ QStringLiteral("import-captions"), bad }).code, 2);
    QCOMPARE(
        run({ QStringLiteral("import-captions"), bad, QStringLiteral("-o"), out, QStringLiteral("--bogus") }).code, 2);
    QCOMPARE(run({ QStringLiteral("import-captions"), m_dir.filePath(QStringLiteral("missing.txt")),
                     QStringLiteral("-o"), out })
                 .code,
        1);
}

void TestCaptionsCli::align()
{
    const QString input = TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.md"));
    const QString out = m_dir.filePath(QStringLiteral("aligned.md"));
    const Run r = run({ QStringLiteral("align"), input, QStringLiteral("--captions"),
        TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.captions.txt")), QStringLiteral("-o"), out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    static const QRegularExpression summary(QStringLiteral("Moved: (\\d+), unchanged: (\\d+), unplaced: (\\d+)"));
    const QRegularExpressionMatch m = summary.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const int unplaced = m.captured(3).toInt();
    QVERIFY(m.captured(1).toInt() > 50);
    QCOMPARE(int(r.out.count(QStringLiteral(": unplaced: "))), unplaced);
    QVERIFY2(r.out.contains(input + QStringLiteral(":376: unplaced: Interesting. [chuckles]")), qPrintable(r.out));

    Episode before, after;
    FileError error;
    QVERIFY(EpisodeFile::read(input, &before, &error));
    QVERIFY2(EpisodeFile::read(out, &after, &error), qPrintable(error.toString()));
    QCOMPARE(after.entries.size(), before.entries.size());
    std::optional<qint64> previous;
    int changed = 0;
    for (int i = 0; i < after.entries.size(); ++i) {
        const TranscriptEntry &a = after.entries.at(i), &b = before.entries.at(i);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.speaker, b.speaker);
        if (a.seconds != b.seconds)
            ++changed;
        else
            QCOMPARE(a.source.toByteArray(), b.source.toByteArray()); // untouched entries keep their bytes
        if (a.seconds) {
            QVERIFY2(!previous || *a.seconds >= *previous, qPrintable(a.text.left(60)));
            previous = a.seconds;
        }
    }
    QVERIFY(changed >= m.captured(1).toInt());
    // The aligned file has no backwards times left.
    for (const Finding &f : Validator::check(after))
        QVERIFY(f.kind != Finding::Kind::Backwards);
}

void TestCaptionsCli::alignRefusesBadCaptions()
{
    const QString out = m_dir.filePath(QStringLiteral("never.md"));
    const Run r = run({ QStringLiteral("align"), TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")),
        QStringLiteral("--captions"), TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")),
        QStringLiteral("-o"), out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("semiconductors-to-ml.md:1: error: ")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(run({ QStringLiteral("align"), TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")),
                     QStringLiteral("-o"), out })
                 .code,
        2);
}

void TestCaptionsCli::check_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("semiconductors") << "semiconductors-to-ml.md" << 0;
    QTest::newRow("testing phones (one line goes backwards)") << "testing-phones-to-nlp.md" << 1;
}

void TestCaptionsCli::check()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const QString path = TestSupport::dataFile(file);
    const Run r = run({ QStringLiteral("check"), path });
    QCOMPARE(r.code, exitCode);
    // Exactly the validator's findings, one "file:line: severity: message" each, in order.
    Episode e;
    FileError error;
    QVERIFY(EpisodeFile::read(path, &e, &error));
    QStringList expected;
    for (const Finding &f : Validator::check(e))
        expected << QStringLiteral("%1:%2: %3: %4")
                        .arg(path)
                        .arg(f.fileLine)
                        .arg(Finding::severityName(f.severity), f.message);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestCaptionsCli::checkUnreadableAndUsage()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.md"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: x\ntranscript:\n- line: a\n  sec: [\n---\n");
    f.close();
    const QString good = TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
    const Run r = run({ QStringLiteral("check"), broken, good });
    QCOMPARE(r.code, 1);
    static const QRegularExpression located(QStringLiteral("broken\\.md:\\d+(:\\d+)?: error: "));
    QVERIFY2(located.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(good + QLatin1Char(':'))); // the other file is still checked
    QCOMPARE(run({ QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.md")) }).code, 1);
    QCOMPARE(run({ QStringLiteral("check") }).code, 2);
}

void TestCaptionsCli::checkFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected"); // file in tests/data
    QTest::newRow("text (default)") << QStringList {} << "checks-problems.check.txt";
    QTest::newRow("text") << QStringList { QStringLiteral("--format"), QStringLiteral("text") }
                          << "checks-problems.check.txt";
    QTest::newRow("github") << QStringList { QStringLiteral("--format"), QStringLiteral("github") }
                            << "checks-problems.check.github";
    QTest::newRow("json") << QStringList { QStringLiteral("--format=json") } << "checks-problems.check.json";
}

void TestCaptionsCli::checkFormats()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    // Run inside tests/data with a relative name, as a CI step runs it in the website's checkout.
    const Run r
        = run(QStringList { QStringLiteral("check") } + options + QStringList { QStringLiteral("checks-problems.md") },
            TestSupport::dataDir());
    QCOMPARE(r.code, 1); // the fixture has errors
    QCOMPARE(r.out, QString::fromUtf8(TestSupport::readAll(TestSupport::dataFile(expected))));
    QCOMPARE(r.err, QStringLiteral("Errors: 2, warnings: 0, notes: 1\n"));
    if (expected.endsWith(QLatin1String(".json"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 3);
    }
    // An unknown format is a usage error.
    const Run bad = run({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml"),
                            QStringLiteral("checks-problems.md") },
        TestSupport::dataDir());
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.out.isEmpty());
}

void TestCaptionsCli::checkGithubEscaping()
{
    // ',' and ':' separate annotation properties, '%' starts an escape: a file name holding them is escaped as
    // GitHub's toolkit does; a file that cannot be read is an error with its line and column.
    QTemporaryDir dir;
    const QString name = QStringLiteral("a,b:c%d.md");
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: x\ntranscript:\n- line: a\n  sec: [\n---\n");
    f.close();
    const Run r
        = run({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("github"), name }, dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("::error file=a%2Cb%3Ac%25d.md,line=")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(",title=unreadable::")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
}

void TestCaptionsCli::exportCues_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cues");
    QTest::newRow("srt readable by default")
        << "out.srt" << QStringList {} << int(TranscriptExport::Format::Srt) << int(TranscriptExport::Cues::Readable);
    QTest::newRow("srt paragraph") << "out.srt" << QStringList { QStringLiteral("--cues"), QStringLiteral("paragraph") }
                                   << int(TranscriptExport::Format::Srt) << int(TranscriptExport::Cues::Paragraph);
    QTest::newRow("vtt readable") << "out.vtt" << QStringList { QStringLiteral("--cues=readable") }
                                  << int(TranscriptExport::Format::Vtt) << int(TranscriptExport::Cues::Readable);
    QTest::newRow("vtt paragraph") << "out.vtt" << QStringList { QStringLiteral("--cues"), QStringLiteral("paragraph") }
                                   << int(TranscriptExport::Format::Vtt) << int(TranscriptExport::Cues::Paragraph);
}

void TestCaptionsCli::exportCues()
{
    QFETCH(QString, output);
    QFETCH(QStringList, options);
    QFETCH(int, format);
    QFETCH(int, cues);
    const QString input = TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
    const QString out = m_dir.filePath(output);
    const Run r = run(QStringList { QStringLiteral("export"), input, QStringLiteral("-o"), out } + options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Episode e;
    FileError error;
    QVERIFY(EpisodeFile::read(input, &e, &error));
    const QByteArray expected
        = TranscriptExport::exportAs(e, TranscriptExport::Format(format), TranscriptExport::Cues(cues));
    QCOMPARE(TestSupport::readAll(out), expected);
    // The two modes differ on this episode (its paragraphs are long).
    const auto other = TranscriptExport::Cues(cues) == TranscriptExport::Cues::Readable
        ? TranscriptExport::Cues::Paragraph
        : TranscriptExport::Cues::Readable;
    QVERIFY(TranscriptExport::exportAs(e, TranscriptExport::Format(format), other) != expected);
    const Run bad = run({ QStringLiteral("export"), input, QStringLiteral("-o"),
        m_dir.filePath(QStringLiteral("x.srt")), QStringLiteral("--cues"), QStringLiteral("lines") });
    QCOMPARE(bad.code, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.srt"))));
}

void TestCaptionsCli::exportFormats_data()
{
    QTest::addColumn<QString>("args");
    QTest::addColumn<int>("format");
    QTest::newRow("srt by extension") << "out.srt" << int(TranscriptExport::Format::Srt);
    QTest::newRow("vtt by extension") << "out.vtt" << int(TranscriptExport::Format::Vtt);
    QTest::newRow("txt by extension") << "out.txt" << int(TranscriptExport::Format::PlainText);
    QTest::newRow("md by option") << "out.markdown --format md" << int(TranscriptExport::Format::Markdown);
    QTest::newRow("chapters by option") << "chapters.txt --format chapters"
                                        << int(TranscriptExport::Format::YoutubeChapters);
}

void TestCaptionsCli::exportFormats()
{
    QFETCH(QString, args);
    QFETCH(int, format);
    const QString input = TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
    QStringList rest = args.split(QLatin1Char(' '));
    const QString out = m_dir.filePath(rest.takeFirst());
    const Run r = run(QStringList { QStringLiteral("export"), input, QStringLiteral("-o"), out } + rest);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Episode e;
    FileError error;
    QVERIFY(EpisodeFile::read(input, &e, &error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), TranscriptExport::exportAs(e, TranscriptExport::Format(format)));
}

void TestCaptionsCli::exportOtherErrors()
{
    QString text;
    QTextStream err(&text);
    const QString out = m_dir.filePath(QStringLiteral("never.srt"));
    QCOMPARE(CliCommands::exportOther(
                 QStringLiteral("docx"), TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), out, err),
        2);
    QCOMPARE(CliCommands::exportOther(
                 QStringLiteral("srt"), TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), out, err),
        1);
    err.flush();
    QVERIFY2(text.contains(QLatin1String("swe-to-ml.captions.txt:")), qPrintable(text));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCaptionsCli)
#include "tst_captionscli.moc"
