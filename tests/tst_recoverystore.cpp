// RecoveryStore: the copy's file format (whole or refused), ids, listing, and ownership by live processes.
#include "recoveryoffer.h"
#include "recoverystore.h"
#include "testsupport.h"

#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private:
    static RecoveryCopy sample(const QString &id, const QByteArray &bytes)
    {
        RecoveryCopy copy;
        copy.id = id;
        copy.originalPath = QStringLiteral("/home/user/episodes/my episode.md");
        copy.displayName = QStringLiteral("My Episode");
        copy.original.exists = true;
        copy.original.size = 1234;
        copy.original.modifiedMs = 1700000000123;
        copy.original.hash = QByteArray(64, 'a');
        copy.createdAt = QDateTime(QDate(2026, 11, 29), QTime(18, 30, 1, 250), Qt::UTC);
        copy.entryCount = 42;
        copy.bytes = bytes;
        return copy;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("episode") << TestSupport::readAll(
            TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary and newlines") << QByteArray("\0\n\r\n---\n\xff", 9);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        const RecoveryCopy copy = sample(QStringLiteral("id-1"), bytes);
        QVERIFY(store.write(copy));
        const std::optional<RecoveryCopy> read = store.read(QStringLiteral("id-1"));
        QVERIFY(read.has_value());
        QCOMPARE(read->bytes, bytes);
        QCOMPARE(read->originalPath, copy.originalPath);
        QCOMPARE(read->displayName, copy.displayName);
        QCOMPARE(read->createdAt, copy.createdAt);
        QCOMPARE(read->entryCount, 42);
        QCOMPARE(read->original.size, 1234);
        QCOMPARE(read->original.modifiedMs, qint64(1700000000123));
        QCOMPARE(read->original.hash, copy.original.hash);
        QCOMPARE(read->original.algorithm, FileFingerprint::Hash::Blake2b256);
        QVERIFY(read->original.exists);
    }

    void damagedCopiesAreRefused_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("truncated content") << -10;
        QTest::newRow("truncated metadata") << 40;
        QTest::newRow("nothing") << 0;
    }

    void damagedCopiesAreRefused()
    {
        QFETCH(int, cut);
        const QByteArray data = RecoveryStore::encode(sample(QStringLiteral("x"),
            TestSupport::readAll(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")))));
        QVERIFY(RecoveryStore::decode(data).has_value());
        QVERIFY(!RecoveryStore::decode(cut < 0 ? data.chopped(-cut) : data.left(cut)).has_value());
        QByteArray flipped = data;
        flipped[flipped.size() - 5] = flipped.at(flipped.size() - 5) ^ 1;
        QVERIFY(!RecoveryStore::decode(flipped).has_value());
        QVERIFY(!RecoveryStore::decode("---\ntitle: not a copy\n").has_value());
    }

    void copiesFromBeforeBlake2b()
    {
        // A copy written when the original's hash was SHA-256 still tells an unchanged original from a changed one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("episode.md"));
        const QByteArray original
            = TestSupport::readAll(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")));
        QVERIFY(EpisodeFile::writeBytes(path, original, nullptr));
        RecoveryCopy copy = sample(QStringLiteral("old"), original + "# edited\n");
        copy.originalPath = path;
        copy.original = FileFingerprint::of(path);
        QCOMPARE(copy.original.algorithm, FileFingerprint::Hash::Blake2b256);
        const QByteArray blake = copy.original.hash;
        QByteArray data = RecoveryStore::encode(copy);
        const QByteArray newKey = "\"blake2b256\":\"" + blake + '"';
        QVERIFY(data.contains(newKey));
        const QByteArray sha = QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex();
        data.replace(newKey, "\"sha256\":\"" + sha + '"');

        const std::optional<RecoveryCopy> old = RecoveryStore::decode(data);
        QVERIFY(old.has_value());
        QCOMPARE(old->original.algorithm, FileFingerprint::Hash::Sha256);
        QCOMPARE(old->original.hash, sha);
        QCOMPARE(RecoveryOffer::make(*old).original, RecoveryOffer::Original::Unchanged);
        QVERIFY(!old->original.sameContent(FileFingerprint::of(path))); // hashes made in two ways never match

        QVERIFY(EpisodeFile::writeBytes(path, original + "\n", nullptr));
        QCOMPARE(RecoveryOffer::make(*old).original, RecoveryOffer::Original::ChangedOnDisk);
        copy.original = FileFingerprint::of(path);
        QCOMPARE(RecoveryOffer::make(*RecoveryStore::decode(RecoveryStore::encode(copy))).original,
            RecoveryOffer::Original::Unchanged);
    }

    void ids()
    {
        const QString a = RecoveryStore::idForPath(QStringLiteral("/a/episode.md"));
        QCOMPARE(a, RecoveryStore::idForPath(QStringLiteral("/a/../a/episode.md")));
        QVERIFY(a != RecoveryStore::idForPath(QStringLiteral("/b/episode.md")));
        QVERIFY(a.startsWith(QLatin1String("episode.md-")));
        const QString odd = RecoveryStore::idForPath(QStringLiteral("/x/we/ird name;$(rm).md"));
        QVERIFY(!odd.contains(QLatin1Char('/')) && !odd.contains(QLatin1Char(' ')) && !odd.contains(QLatin1Char('$')));
        QVERIFY(RecoveryStore::newUntitledId() != RecoveryStore::newUntitledId());
    }

    void listAndRemove()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        QVERIFY(store.ids().isEmpty());
        QVERIFY(store.write(sample(QStringLiteral("one"), "1")));
        QVERIFY(store.write(sample(QStringLiteral("two"), "2")));
        QFile other(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QStringList ids = store.ids();
        ids.sort();
        QCOMPARE(ids, (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
        store.remove(QStringLiteral("one"));
        QCOMPARE(store.ids(), QStringList { QStringLiteral("two") });
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
    }

    void ownership()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        QVERIFY(store.write(sample(QStringLiteral("mine"), "1")));
        QVERIFY(store.write(sample(QStringLiteral("crashed"), "2")));
        std::unique_ptr<QLockFile> lock = store.claim(QStringLiteral("mine"));
        QVERIFY(lock);
        // A lock left by a process that no longer exists (a crash) does not make the copy owned.
        {
            QFile stale(dir.filePath(QStringLiteral("crashed.lock")));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            // QLockFile's format: pid, application name, host name. pid_max - 1 is not a running process here.
            stale.write("4194302\ntranscript-editor\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        QCOMPARE(store.orphanIds(), QStringList { QStringLiteral("crashed") });
        lock.reset();
        QStringList orphans = store.orphanIds();
        orphans.sort();
        QCOMPARE(orphans, (QStringList { QStringLiteral("crashed"), QStringLiteral("mine") }));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
