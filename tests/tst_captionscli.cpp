#include "clicommands.h"
#include "episodefile.h"
#include "testsupport.h"
#include "transcriptexport.h"
#include "validator.h"

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
    static Run run(const QStringList &args);
    QTemporaryDir m_dir;
};

TestCaptionsCli::Run TestCaptionsCli::run(const QStringList &args)
{
    QProcess p;
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
            QCOMPARE(a.source, b.source); // untouched entries keep their bytes
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
