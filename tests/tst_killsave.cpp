// The kill test: a child process saves a large episode over itself again and again and is killed with SIGKILL at
// random moments; afterwards the file is always exactly the old or the new bytes. Once for the editor's own save
// (Document::save -> EpisodeFile::write -> QSaveFile) and once for autosave's write (RecoveryStore::write of a
// serialised snapshot, what the Autosaver's worker runs). Temporaries a kill leaves between QSaveFile's link and
// rename are QSaveFile's own pattern only, and the next save removes them.
//
// The child is a fork() of this test (no exec): it starts saving at once, so hundreds of kills take seconds.
// TE_KILL_COUNT overrides the number of kills per case (default 250).
#include "document.h"
#include "episodefile.h"
#include "recoverystore.h"
#include "savefiletemporaries.h"
#include "testsupport.h"
#include "transcriptmodel.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

class TestKillSave : public QObject
{
    Q_OBJECT

private:
    /** About 1 MB (seven times the largest real episode): the sample episode's transcript repeated. */
    static QByteArray largeEpisode()
    {
        Episode episode;
        FileError error;
        if (!EpisodeFile::read(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &episode, &error))
            return QByteArray();
        const QList<TranscriptEntry> entries = episode.entries;
        while (EpisodeFile::serialize(episode).size() < 1024 * 1024)
            episode.entries += entries;
        return EpisodeFile::serialize(episode);
    }

    static int killCount()
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("TE_KILL_COUNT", &ok);
        return ok && n > 0 ? n : 250;
    }

    /** Forks a child running `work` forever; kills it after a random delay in [0, maxDelayUs]; waits for it. */
    static void forkAndKill(const std::function<void()> &work, int maxDelayUs)
    {
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            for (;;)
                work();
        }
        ::usleep(useconds_t(QRandomGenerator::global()->bounded(maxDelayUs + 1)));
        QCOMPARE(::kill(pid, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    }

    /** Stale temporaries are QSaveFile's own names for this file; the next save removes them and nothing else. */
    static void checkTemporaries(const QString &path, int *seen)
    {
        const QDir dir = QFileInfo(path).absoluteDir();
        const QString name = QFileInfo(path).fileName();
        int here = 0;
        int ours = 0;
        for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden)) {
            if (entry == name || entry.endsWith(QLatin1String(".lock")))
                continue;
            // Nothing but QSaveFile's "<name>.XXXXXX" (six letters or digits) is ever left.
            QVERIFY2(entry.size() == name.size() + 7 && entry.startsWith(name + QLatin1Char('.')), qPrintable(entry));
            ++here;
            ours += SaveFileTemporaries::matches(name, entry) ? 1 : 0;
        }
        *seen += here;
        // Age 0 here (the child is dead); in the editor a temporary must be a minute old before it counts as stale.
        QCOMPARE(SaveFileTemporaries::removeStale(path, 0), ours);
        for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden)) {
            if (entry != name && !entry.endsWith(QLatin1String(".lock")))
                QFile::remove(dir.filePath(entry)); // one-class names (about 1%) are left alone by design
        }
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void editorSave()
    {
        const QByteArray oldBytes = largeEpisode();
        QVERIFY(oldBytes.size() > 1024 * 1024);
        const QString path = m_dir.filePath(QStringLiteral("k.md"));
        FileError error;
        QVERIFY(EpisodeFile::writeBytes(path, oldBytes, &error));
        Document doc;
        QVERIFY2(doc.load(path, &error), qPrintable(error.toString()));
        QCOMPARE(EpisodeFile::serialize(doc.episode()), oldBytes);
        QVERIFY(doc.model()->setText(1, QStringLiteral("Edited before the kill.")));
        const QByteArray newBytes = EpisodeFile::serialize(doc.episode());
        QVERIFY(newBytes != oldBytes);

        // How long one save takes, so kills land anywhere in it (opening, writing, syncing, linking, renaming).
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i)
            QVERIFY(doc.save(&error));
        const int saveUs = int(qMax<qint64>(timer.nsecsElapsed() / 3000, 1000));
        QCOMPARE(TestSupport::readAll(path), newBytes);

        int sawOld = 0, sawNew = 0, temporaries = 0;
        const int kills = killCount();
        for (int i = 0; i < kills; ++i) {
            // The child alternates the edit and its undo, saving each time: old, new, old, new...
            forkAndKill(
                [&doc] {
                    FileError e;
                    doc.undoStack()->canUndo() ? doc.undoStack()->undo() : doc.undoStack()->redo();
                    doc.save(&e);
                },
                3 * saveUs);
            const QByteArray now = TestSupport::readAll(path);
            QVERIFY2(now == oldBytes || now == newBytes, qPrintable(QStringLiteral("damaged after kill %1").arg(i)));
            (now == oldBytes ? sawOld : sawNew)++;
            checkTemporaries(path, &temporaries);
        }
        qInfo("editor save: %d kills, %d old, %d new, 0 damaged, %d stale temporaries (removed by the next save)",
            kills, sawOld, sawNew, temporaries);
        QVERIFY(sawOld > 0 && sawNew > 0); // the kills really landed on both sides of a save
    }

    void autosaveWrite()
    {
        const QByteArray oldBytes = largeEpisode();
        const QString path = m_dir.filePath(QStringLiteral("autosave.md"));
        FileError error;
        QVERIFY(EpisodeFile::writeBytes(path, oldBytes, &error));
        Document doc;
        QVERIFY(doc.load(path, &error));
        QVERIFY(doc.model()->setText(1, QStringLiteral("Edited before the kill.")));
        const QByteArray newBytes = EpisodeFile::serialize(doc.episode());
        doc.undoStack()->undo();

        const RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
        RecoveryCopy copy;
        copy.id = RecoveryStore::idForPath(path);
        copy.originalPath = path;
        copy.original = FileFingerprint::of(path);
        // Exactly the worker's steps: serialise the snapshot, write the copy.
        auto writeCopy = [&] {
            copy.createdAt = QDateTime::currentDateTimeUtc();
            copy.bytes = EpisodeFile::serialize(doc.episode());
            copy.entryCount = int(doc.episode().entries.size());
            store.write(copy);
        };
        writeCopy();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i)
            writeCopy();
        const int writeUs = int(qMax<qint64>(timer.nsecsElapsed() / 3000, 1000));

        int sawOld = 0, sawNew = 0, temporaries = 0;
        const int kills = killCount();
        for (int i = 0; i < kills; ++i) {
            forkAndKill(
                [&] {
                    doc.undoStack()->canUndo() ? doc.undoStack()->undo() : doc.undoStack()->redo();
                    writeCopy();
                },
                3 * writeUs);
            const std::optional<RecoveryCopy> read = store.read(copy.id);
            QVERIFY2(read.has_value(), qPrintable(QStringLiteral("damaged copy after kill %1").arg(i)));
            QVERIFY2(read->bytes == oldBytes || read->bytes == newBytes,
                qPrintable(QStringLiteral("wrong content after kill %1").arg(i)));
            (read->bytes == oldBytes ? sawOld : sawNew)++;
            checkTemporaries(store.copyPath(copy.id), &temporaries);
        }
        qInfo("autosave write: %d kills, %d old, %d new, 0 damaged, %d stale temporaries (removed by the next save)",
            kills, sawOld, sawNew, temporaries);
        QVERIFY(sawOld > 0 && sawNew > 0);
    }
};

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
