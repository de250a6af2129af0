// RecoveryDiff: what the recovery dialog says differs between a copy and its file.
#include "document.h"
#include "episodefile.h"
#include "recoverydiff.h"
#include "testsupport.h"
#include "transcriptmodel.h"

class TestRecoveryDiff : public QObject
{
    Q_OBJECT

private:
    static Episode load()
    {
        Episode episode;
        FileError error;
        EpisodeFile::read(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &episode, &error);
        return episode;
    }

private slots:
    void identical()
    {
        const Episode a = load();
        QVERIFY(!a.entries.isEmpty());
        QVERIFY(RecoveryDiff::compare(a, a).isEmpty());
    }

    void edits()
    {
        const Episode original = load();
        Document doc;
        doc.loadEpisode(original, QString());
        TranscriptModel *model = doc.model();
        int lines = 0;
        for (int row = 0; row < model->rowCount() && lines < 3; ++row) {
            if (model->entry(row).isLine()) {
                QVERIFY(model->setText(row, QStringLiteral("changed %1").arg(row)));
                ++lines;
            }
        }
        const int last = model->rowCount() - 1;
        QVERIFY(model->removeEntries({ last }));
        QVERIFY(model->insertHeader(0, QStringLiteral("New section")) >= 0);
        QVERIFY(model->insertHeader(0, QStringLiteral("Another")) >= 0);
        doc.setMetadata(QStringLiteral("title"), QStringLiteral("Other title"));
        const RecoveryDiff diff = RecoveryDiff::compare(original, doc.episode());
        // 3 changed lines + 2 new headers against 3 old texts + 1 removed item: 4 pair up as changed, 1 added.
        QCOMPARE(diff.changed, 4);
        QCOMPARE(diff.added, 1);
        QCOMPARE(diff.removed, 0);
        QCOMPARE(diff.metadataChanged, 1);
        QCOMPARE(diff.items(), 5);
        const RecoveryDiff back = RecoveryDiff::compare(doc.episode(), original);
        QCOMPARE(back.changed, 4);
        QCOMPARE(back.removed, 1);
        QCOMPARE(back.added, 0);
    }

    void movedItemsAreUnchanged()
    {
        const Episode original = load();
        Episode moved = original;
        std::swap(moved.entries[1], moved.entries[2]);
        QCOMPARE(RecoveryDiff::compare(original, moved).items(), 0);
    }

    void againstNothing()
    {
        const Episode copy = load();
        const RecoveryDiff diff = RecoveryDiff::compare(Episode(), copy);
        QCOMPARE(diff.added, int(copy.entries.size()));
        QCOMPARE(diff.changed, 0);
        QVERIFY(diff.metadataChanged > 0);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryDiff)
#include "tst_recoverydiff.moc"
