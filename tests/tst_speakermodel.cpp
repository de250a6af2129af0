// SpeakerModel: derived from the transcript, updated by signals without a reset, stable numbers and colours.
#include "modeltesthelpers.h"
#include "speakermodel.h"
#include "testsupport.h"

using namespace ModelTest;

class TestSpeakerModel : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        Setup()
            : speakers(f.model.get()),
              tester(&speakers, QAbstractItemModelTester::FailureReportingMode::QtTest),
              s(&speakers)
        {
            f.model->setSpeakerModel(&speakers);
        }
        Fixture f;
        SpeakerModel speakers;
        QAbstractItemModelTester tester;
        Signals s;
    };

private slots:
    void fromEpisode()
    {
        Setup t;
        QCOMPARE(t.speakers.names(), (QStringList { "Alexey", "Dashel" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Alexey")), 1);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Dashel")), 2);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Nobody")), 0);
        QCOMPARE(t.speakers.speakerForNumber(2), QStringLiteral("Dashel"));
        QCOMPARE(t.speakers.speakerForNumber(3), QString());
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Alexey")), 3);
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 3);
        QCOMPARE(t.speakers.colorOf(QStringLiteral("Alexey")), SpeakerModel::palette().at(0));
        QVERIFY(!t.speakers.colorOf(QStringLiteral("Nobody")).isValid());
        const QModelIndex i = t.speakers.index(1);
        QCOMPARE(i.data().toString(), QStringLiteral("Dashel"));
        QCOMPARE(i.data(Qt::DecorationRole).value<QColor>(), SpeakerModel::palette().at(1));
        QCOMPARE(i.data(SpeakerModel::NumberRole).toInt(), 2);
        QCOMPARE(i.data(SpeakerModel::LineCountRole).toInt(), 3);
    }

    void newSpeakerKeepsOthersStable()
    {
        Setup t;
        const QColor alexey = t.speakers.colorOf(QStringLiteral("Alexey"));
        const QColor dashel = t.speakers.colorOf(QStringLiteral("Dashel"));
        QVERIFY(t.f.model->setSpeaker({ 1 }, QStringLiteral("Maria"))); // Maria appears first in the file now
        QCOMPARE(t.s.insertedRows(), (Ranges { { 2, 2 } }));
        QCOMPARE(t.s.reset.count(), 0);
        QCOMPARE(t.speakers.names(), (QStringList { "Alexey", "Dashel", "Maria" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Alexey")), 1);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Dashel")), 2);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Maria")), 3);
        QCOMPARE(t.speakers.colorOf(QStringLiteral("Alexey")), alexey);
        QCOMPARE(t.speakers.colorOf(QStringLiteral("Dashel")), dashel);
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Alexey")), 2);
        QCOMPARE(t.f.model->data(t.f.model->index(1, 0), TranscriptModel::SpeakerNumberRole).toInt(), 3);
        t.f.stack.undo();
        QCOMPARE(t.speakers.names(), (QStringList { "Alexey", "Dashel" }));
        QCOMPARE(t.s.removedRows(), (Ranges { { 2, 2 } }));
        t.f.stack.redo();
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Maria")), 3);
        QCOMPARE(t.s.reset.count(), 0);
    }

    void disappearingSpeakerGetsItsSlotBack()
    {
        Setup t;
        // Alexey leaves (all lines given to Dashel), Maria arrives: Maria must not take Alexey's number...
        QVERIFY(t.f.model->mergeSpeaker(QStringLiteral("Alexey"), QStringLiteral("Dashel")));
        QCOMPARE(t.speakers.names(), (QStringList { "Dashel" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Dashel")), 2);
        QVERIFY(t.f.model->setSpeaker({ 2 }, QStringLiteral("Maria")));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Maria")), 3);
        // ... so that undoing brings Alexey back as number 1 with his colour.
        t.f.stack.undo();
        t.f.stack.undo();
        QCOMPARE(t.speakers.names(), (QStringList { "Alexey", "Dashel" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Alexey")), 1);
        QCOMPARE(t.speakers.colorOf(QStringLiteral("Alexey")), SpeakerModel::palette().at(0));
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 3);
        QCOMPARE(t.s.reset.count(), 0);
    }

    void renameKeepsNumberAndColour()
    {
        Setup t;
        QVERIFY(t.f.model->renameSpeaker(QStringLiteral("Alexey"), QStringLiteral("Alex")));
        QCOMPARE(t.speakers.names(), (QStringList { "Alex", "Dashel" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Alex")), 1);
        QCOMPARE(t.speakers.colorOf(QStringLiteral("Alex")), SpeakerModel::palette().at(0));
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Alex")), 3);
        t.f.stack.undo();
        QCOMPARE(t.speakers.names(), (QStringList { "Alexey", "Dashel" }));
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Alexey")), 1);
        QCOMPARE(t.s.reset.count(), 0);
    }

    void countsFollowStructuralEdits()
    {
        Setup t;
        QVERIFY(t.f.model->removeEntries({ 1, 2 }));
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Alexey")), 2);
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 2);
        QVERIFY(t.f.model->splitLine(3, 5) > 0); // "I started in semiconductors." (Dashel)
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 3);
        QVERIFY(t.f.model->convertToHeader(3));
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 2);
        QVERIFY(!t.s.changed.isEmpty());
        while (t.f.stack.canUndo())
            t.f.stack.undo();
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Alexey")), 3);
        QCOMPARE(t.speakers.lineCount(QStringLiteral("Dashel")), 3);
        QCOMPARE(t.s.reset.count(), 0);
    }

    void tenthSpeakerHasNoNumber()
    {
        Setup t;
        for (int i = 0; i < 9; ++i)
            QVERIFY(t.f.model->insertLine(t.f.model->rowCount(), [&] {
                TranscriptEntry e;
                e.text = QStringLiteral("x");
                e.speaker = QStringLiteral("S%1").arg(i);
                return e;
            }()) >= 0);
        QCOMPARE(t.speakers.rowCount(), 11);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("S6")), 9);
        QCOMPARE(t.speakers.numberOf(QStringLiteral("S7")), 0);
        QCOMPARE(t.speakers.speakerForNumber(9), QStringLiteral("S6"));
        QCOMPARE(
            t.speakers.colorOf(QStringLiteral("S8")), SpeakerModel::palette().at(10 % SpeakerModel::palette().size()));
    }

    void resetFollowsTranscriptReset()
    {
        Setup t;
        QVERIFY(t.f.model->setSpeaker({ 1 }, QStringLiteral("Maria")));
        Episode other;
        TranscriptEntry e;
        e.text = QStringLiteral("x");
        e.speaker = QStringLiteral("Zoe");
        other.entries.append(e);
        other.assignIds();
        t.f.stack.clear();
        t.f.model->resetEpisode(other);
        QCOMPARE(t.s.reset.count(), 1);
        QCOMPARE(t.speakers.names(), QStringList { "Zoe" });
        QCOMPARE(t.speakers.numberOf(QStringLiteral("Zoe")), 1);
    }

    void corpusNumbersFollowFirstAppearance()
    {
        TE_REQUIRE_CORPUS();
        for (const QString &file : TestSupport::corpusFiles()) {
            Episode episode;
            if (!EpisodeFile::read(file, &episode, nullptr))
                continue; // broken files are the file tests' business
            QUndoStack stack;
            TranscriptModel model(&episode, &stack);
            SpeakerModel speakers(&model);
            QAbstractItemModelTester tester(&speakers, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QStringList expected;
            for (const TranscriptEntry &e : episode.entries) {
                if (e.isLine() && e.speaker && !e.speaker->isEmpty() && !expected.contains(*e.speaker))
                    expected.append(*e.speaker);
            }
            QCOMPARE(speakers.names(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSpeakerModel)
#include "tst_speakermodel.moc"
