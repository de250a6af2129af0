// Replays every input the fuzzers ever found failing (tests/data/fuzz-regressions/episode and .../captions) through
// the same calls as the fuzz targets (fuzz/fuzztargets.h), plus the seed files, in the normal test suite: none may
// crash, hang or trip a sanitizer, and whatever the reader refuses comes with a message naming file and line.
#include "../fuzz/fuzztargets.h"
#include "testsupport.h"

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static void addDir(const QString &kind, const QString &dir)
    {
        for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(kind), qPrintable(info.fileName())) << kind << info.absoluteFilePath();
    }

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        const QString regressions = TestSupport::dataFile(QStringLiteral("fuzz-regressions"));
        addDir(QStringLiteral("episode"), regressions + QStringLiteral("/episode"));
        addDir(QStringLiteral("captions"), regressions + QStringLiteral("/captions"));
        // The seeds are valid files: both targets must accept their own kind.
        for (const char *name : { "semiconductors-to-ml.md", "testing-phones-to-nlp.md", "checks-problems.md" })
            QTest::addRow("seed-episode/%s", name)
                << QStringLiteral("seed-episode") << TestSupport::dataFile(QString::fromLatin1(name));
        for (const char *name : { "swe-to-ml.captions.txt", "semiconductors-to-ml.captions.txt" })
            QTest::addRow("seed-captions/%s", name)
                << QStringLiteral("seed-captions") << TestSupport::dataFile(QString::fromLatin1(name));
    }

    void replay()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (kind == QLatin1String("seed-episode")) {
            QVERIFY(FuzzTargets::episode(bytes));
        } else if (kind == QLatin1String("seed-captions")) {
            QVERIFY(FuzzTargets::captions(bytes));
        } else if (kind == QLatin1String("episode")) {
            // Accepted or refused, either is fine; what matters is returning, and a refusal that says where.
            if (!FuzzTargets::episode(bytes)) {
                Episode episode;
                FileError error;
                QVERIFY(!EpisodeFile::parse(bytes, QStringLiteral("x.md"), &episode, &error));
                QVERIFY(!error.message.isEmpty());
            }
        } else {
            if (!FuzzTargets::captions(bytes)) {
                QList<CaptionFragment> fragments;
                FileError error;
                QVERIFY(!CaptionImport::parse(bytes, QStringLiteral("x.vtt"), &fragments, &error));
                QVERIFY(!error.message.isEmpty());
            }
        }
    }

    void regressionDirectoriesExist()
    {
        // The fuzzers' findings are added here (see README, "Fuzzing"); the directories must stay where CI looks.
        QVERIFY(QFileInfo(TestSupport::dataFile(QStringLiteral("fuzz-regressions/episode"))).isDir());
        QVERIFY(QFileInfo(TestSupport::dataFile(QStringLiteral("fuzz-regressions/captions"))).isDir());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
