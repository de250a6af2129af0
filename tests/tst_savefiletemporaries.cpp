// SaveFileTemporaries: only QSaveFile's own stale temporaries of that one file are removed, by the next save.
#include "episodefile.h"
#include "savefiletemporaries.h"
#include "testsupport.h"

#include <QTemporaryDir>

class TestSaveFileTemporaries : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path, const QByteArray &bytes = "x", qint64 ageMs = 3600 * 1000)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-ageMs), QFileDevice::FileModificationTime));
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("match");
        QTest::newRow("observed") << QStringLiteral("k.md.AfqWsu") << true;
        QTest::newRow("digits") << QStringLiteral("k.md.a1B2c3") << true;
        QTest::newRow("five") << QStringLiteral("k.md.AfqWs") << false;
        QTest::newRow("seven") << QStringLiteral("k.md.AfqWsuu") << false;
        QTest::newRow("no dot") << QStringLiteral("k.mdxAfqWsu") << false;
        QTest::newRow("other file") << QStringLiteral("j.md.AfqWsu") << false;
        QTest::newRow("prefix of name") << QStringLiteral("kk.md.AfqWsu") << false;
        QTest::newRow("backup") << QStringLiteral("k.md.backup") << false;
        QTest::newRow("upper word") << QStringLiteral("k.md.BACKUP") << false;
        QTest::newRow("date") << QStringLiteral("k.md.202611") << false;
        QTest::newRow("punctuation") << QStringLiteral("k.md.Afq-su") << false;
        QTest::newRow("the file") << QStringLiteral("k.md") << false;
        QTest::newRow("non-ascii") << QStringLiteral("k.md.Afqäsu") << false;
    }

    void matches()
    {
        QFETCH(QString, candidate);
        QFETCH(bool, match);
        QCOMPARE(SaveFileTemporaries::matches(QStringLiteral("k.md"), candidate), match);
    }

    void nextSaveRemovesOnlyOurStaleTemporaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.md"));
        touch(path, "old");
        touch(dir.filePath(QStringLiteral("k.md.AfqWsu")));
        touch(dir.filePath(QStringLiteral("k.md.Zz09aB")));
        touch(dir.filePath(QStringLiteral("k.md.fresh1")), "x", 0); // another save may be in progress
        const QStringList keep { QStringLiteral("k.md.backup"), QStringLiteral("j.md.AfqWsu"),
            QStringLiteral("k.md.AfqWsuX"), QStringLiteral("notes.txt"), QStringLiteral("k.mdAfqWsu1") };
        for (const QString &name : keep)
            touch(dir.filePath(name));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("notes.txt")), dir.filePath(QStringLiteral("k.md.Link01"))));
        QCOMPARE(SaveFileTemporaries::find(path).size(), 2);

        FileError error;
        QVERIFY2(EpisodeFile::writeBytes(path, "new", &error), qPrintable(error.toString()));
        QCOMPARE(TestSupport::readAll(path), QByteArray("new"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("k.md.AfqWsu"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("k.md.Zz09aB"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("k.md.fresh1"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("k.md.Link01"))).isSymLink());
        for (const QString &name : keep)
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestSaveFileTemporaries)
#include "tst_savefiletemporaries.moc"
