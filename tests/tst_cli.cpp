// The command line as a user runs it: the real transcript-editor binary through QProcess.
#include "episodefile.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(TE_APP_BINARY), args);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

using TestSupport::readAll;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void commandHelp_data();
    void commandHelp();
    void version();
    void unknownOptions_data();
    void unknownOptions();
    void saveIsIdentical_data();
    void saveIsIdentical();
    void saveOntoItself();
    void exportCanonical_data() { saveIsIdentical_data(); }
    void exportCanonical();
    void exportOtherFormat();
    void badInput_data();
    void badInput();
    void usageErrors_data();
    void usageErrors();
};

void TestCli::help()
{
    for (const char *option : { "--help", "-h", "help" }) {
        const Run r = run({ QString::fromLatin1(option) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: transcript-editor [options] [EPISODE | COMMAND [ARGS...]]\n")));
        // Every command, with its summary, one per line.
        for (const char *command : { "save", "export", "import-captions", "align", "check" }) {
            QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  %1 +[A-Z][^\n]+\n").arg(command))),
                qPrintable(r.out));
        }
        QVERIFY(r.out.contains(QLatin1String("-v, --version")));
        QVERIFY(r.out.endsWith(QLatin1Char('\n')));
        QVERIFY(!r.out.endsWith(QLatin1String("\n\n")));
    }
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("save") << QStringList { QStringLiteral("save"), QStringLiteral("--help") }
                          << "Usage: transcript-editor save [options] EPISODE"
                          << QStringList { QStringLiteral("-o, --output <OUT>") };
    QTest::newRow("export -h") << QStringList { QStringLiteral("export"), QStringLiteral("-h") }
                               << "Usage: transcript-editor export [options] EPISODE"
                               << QStringList { QStringLiteral("--format <FORMAT>"), QStringLiteral("--cues <MODE>") };
    QTest::newRow("import-captions") << QStringList { QStringLiteral("import-captions"), QStringLiteral("--help") }
                                     << "Usage: transcript-editor import-captions [options] CAPTIONS"
                                     << QStringList { QStringLiteral("--join"), QStringLiteral("-o, --output") };
    QTest::newRow("align") << QStringList { QStringLiteral("align"), QStringLiteral("--help") }
                           << "Usage: transcript-editor align [options] EPISODE"
                           << QStringList { QStringLiteral("--captions <CAPTIONS>") };
    QTest::newRow("check") << QStringList { QStringLiteral("check"), QStringLiteral("--help") }
                           << "Usage: transcript-editor check [options] FILE..."
                           << QStringList { QStringLiteral("--format <FORMAT>"), QStringLiteral("github"),
                                  QStringLiteral("json") };
    // --help wins over the rest of the line, even over mistakes in it.
    QTest::newRow("help after an unknown option")
        << QStringList { QStringLiteral("save"), QStringLiteral("--frobnicate"), QStringLiteral("--help") }
        << "Usage: transcript-editor save [options] EPISODE" << QStringList {};
    QTest::newRow("help COMMAND") << QStringList { QStringLiteral("help"), QStringLiteral("align") }
                                  << "Usage: transcript-editor align [options] EPISODE" << QStringList {};
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QStringList, options);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), usage);
    for (const QString &option : options)
        QVERIFY2(r.out.contains(option), qPrintable(option + QLatin1String(" missing in\n") + r.out));
    QVERIFY(r.out.contains(QLatin1String("-h, --help")));
    QVERIFY2(r.out.contains(QLatin1String("\nExamples:\n  transcript-editor ") + args.value(0) + QLatin1Char(' '))
            || args.value(0) == QLatin1String("help"),
        qPrintable(r.out));
    // Ends with exactly one newline, so the shell prompt starts on a line of its own.
    QVERIFY(r.out.endsWith(QLatin1Char('\n')));
    QVERIFY(!r.out.endsWith(QLatin1String("\n\n")));
}

void TestCli::version()
{
    for (const char *option : { "--version", "-v" }) {
        const Run r = run({ QString::fromLatin1(option) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("transcript-editor " TE_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::unknownOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString in = TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
    for (const char *command : { "save", "export", "import-captions", "align", "check" }) {
        const QString c = QString::fromLatin1(command);
        QTest::newRow(command) << QStringList { c, in, QStringLiteral("--frobnicate") }
                               << QStringLiteral("transcript-editor %1: Unknown option 'frobnicate'.\n"
                                                 "Try 'transcript-editor %1 --help' for more information.\n")
                                      .arg(c);
    }
    QTest::newRow("missing value") << QStringList { QStringLiteral("save"), in, QStringLiteral("-o") }
                                   << QStringLiteral("transcript-editor save: Missing value after '-o'.\n"
                                                     "Try 'transcript-editor save --help' for more information.\n");
    QTest::newRow("top level") << QStringList { QStringLiteral("--version"), QStringLiteral("--frobnicate") }
                               << QStringLiteral("transcript-editor: Unknown option 'frobnicate'.\n"
                                                 "Try 'transcript-editor --help' for more information.\n");
    QTest::newRow("help for an unknown command")
        << QStringList { QStringLiteral("help"), QStringLiteral("frobnicate") }
        << QStringLiteral("transcript-editor: Unknown command 'frobnicate'.\n"
                          "Try 'transcript-editor --help' for more information.\n");
}

void TestCli::unknownOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, expected);
    QVERIFY(r.out.isEmpty());
}

void TestCli::saveIsIdentical_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("testing-phones-to-nlp") << TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.md"));
    QTest::newRow("semiconductors-to-ml") << TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
}

void TestCli::saveIsIdentical()
{
    QFETCH(QString, input);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.md"));
    const Run r = run({ QStringLiteral("save"), input, QStringLiteral("-o"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(readAll(out), readAll(input));
}

void TestCli::saveOntoItself()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("self.md"));
    const QByteArray bytes = readAll(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")));
    QVERIFY(writeFile(path, bytes));
    const Run r = run({ QStringLiteral("save"), path, QStringLiteral("-o"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(path), bytes);
}

void TestCli::exportCanonical()
{
    QFETCH(QString, input);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.yaml"));
    const Run r = run({ QStringLiteral("export"), input, QStringLiteral("-o"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::read(input, &episode, &error));
    const QByteArray exported = readAll(out);
    QCOMPARE(exported, EpisodeFile::serializeCanonical(episode));
    QVERIFY(!exported.startsWith("---"));
    Episode again;
    QVERIFY2(EpisodeFile::parse(exported, out, &again, &error), qPrintable(error.toString()));
    QCOMPARE(again.entries.size(), episode.entries.size());

    // --format yaml says the same, whatever the extension.
    const QString other = dir.filePath(QStringLiteral("out.md"));
    QCOMPARE(run({ QStringLiteral("export"), input, QStringLiteral("-o"), other, QStringLiteral("--format"),
                     QStringLiteral("yaml") })
                 .exitCode,
        0);
    QCOMPARE(readAll(other), exported);
}

void TestCli::exportOtherFormat()
{
    // The non-YAML formats belong to the captions code; here only that `export` hands them over.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.srt"));
    const Run r = run({ QStringLiteral("export"), TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")),
        QStringLiteral("-o"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray srt = readAll(out);
    QVERIFY(srt.startsWith("1\n") || srt.startsWith("1\r\n"));
    QVERIFY(srt.contains(" --> "));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("location"); // ":line:column:" expected after the file name
    QTest::newRow("save sec: abc") << QByteArray("---\ntranscript:\n- line: a\n  sec: abc\n---\n") << "save"
                                   << ":4:8: ";
    QTest::newRow("export stray char") << QByteArray("x---\ntitle: a\n---\nbody\n") << "export"
                                       << ":1:1: ";
    QTest::newRow("save not UTF-8") << QByteArray("---\ntitle: caf\xE9\n---\n") << "save"
                                    << ":2:11: ";
    QTest::newRow("save template") << QByteArray("---\ntitle: {{ title }}\n---\n") << "save"
                                   << ":2:9: ";
    QTest::newRow("export empty") << QByteArray() << "export"
                                  << ": ";
}

void TestCli::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, command);
    QFETCH(QString, location);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("bad.md"));
    QVERIFY(writeFile(input, bytes));
    const QString out = dir.filePath(QStringLiteral("out.md"));
    const Run r = run({ command, input, QStringLiteral("-o"), out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(input + location), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    // An existing output is left alone too.
    QVERIFY(writeFile(out, "keep me"));
    QCOMPARE(run({ command, input, QStringLiteral("-o"), out }).exitCode, 1);
    QCOMPARE(readAll(out), QByteArray("keep me"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString in = TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
    QTest::newRow("save without -o") << QStringList { QStringLiteral("save"), in } << 2;
    QTest::newRow("save -o without value") << QStringList { QStringLiteral("save"), in, QStringLiteral("-o") } << 2;
    QTest::newRow("save unknown option") << QStringList { QStringLiteral("save"), in, QStringLiteral("--frobnicate"),
        QStringLiteral("-o"), QStringLiteral("OUT") }
                                         << 2;
    QTest::newRow("export two inputs") << QStringList { QStringLiteral("export"), in, in, QStringLiteral("-o"),
        QStringLiteral("OUT") } << 2;
    QTest::newRow("export unknown format") << QStringList { QStringLiteral("export"), in, QStringLiteral("-o"),
        QStringLiteral("OUT"), QStringLiteral("--format"), QStringLiteral("docx") }
                                           << 2;
    QTest::newRow("missing input") << QStringList { QStringLiteral("save"), QStringLiteral("/nonexistent/episode.md"),
        QStringLiteral("-o"), QStringLiteral("OUT") }
                                   << 1;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    for (QString &arg : args) {
        if (arg == QLatin1String("OUT"))
            arg = dir.filePath(QStringLiteral("out.md"));
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
