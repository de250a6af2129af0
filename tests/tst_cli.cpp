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
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *command : { "save EPISODE -o OUT", "export EPISODE -o OUT", "import-captions", "align", "check" })
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
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
