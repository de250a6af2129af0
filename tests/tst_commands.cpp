// Every editing operation of TranscriptModel: do, undo, redo, merging, the exact entries, the precise model signals,
// and byte-identical files after undoing everything.
#include "modeltesthelpers.h"
#include "testsupport.h"
#include "timecode.h"

#include <functional>

using namespace ModelTest;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    /** Runs `edit`, checks with `check`, then undo (original bytes back), redo (check again) and undo again. */
    void doUndoRedo(Fixture &f, const std::function<bool()> &edit, const std::function<void()> &check)
    {
        const QByteArray before = f.bytes();
        const int index = f.stack.index();
        QVERIFY(edit());
        QCOMPARE(f.stack.index(), index + 1);
        check();
        const QByteArray after = f.bytes();
        f.stack.undo();
        QCOMPARE(f.bytes(), before);
        f.stack.redo();
        check();
        QCOMPARE(f.bytes(), after);
        f.stack.undo();
        QCOMPARE(f.bytes(), before);
    }

private slots:
    void setText()
    {
        Fixture f;
        Signals s(f.model.get());
        const EntryId id = f.model->entry(2).id;
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->setText(2, QStringLiteral("Changed text."));
            },
            [&] {
                QCOMPARE(f.model->entry(2).text, QStringLiteral("Changed text."));
                QCOMPARE(f.model->entry(2).id, id);
                QVERIFY(f.model->entry(2).source.isEmpty());
                QCOMPARE(*f.model->entry(2).speaker, QStringLiteral("Dashel"));
                QCOMPARE(*f.model->entry(2).seconds, 15);
            });
        QCOMPARE(s.changedRows(), (Ranges { { 2, 2 }, { 2, 2 }, { 2, 2 }, { 2, 2 } }));
        QCOMPARE(s.inserted.count() + s.removed.count() + s.reset.count() + s.layout.count(), 0);
        QVERIFY(!f.model->entry(2).source.isEmpty()); // undo restored the original text of the item
        QVERIFY(!f.model->setText(2, f.model->entry(2).text)); // no change, nothing pushed
        QVERIFY(!f.model->setText(99, QStringLiteral("x")));
        // A header's title.
        doUndoRedo(
            f, [&] { return f.model->setText(0, QStringLiteral("Opening")); },
            [&] {
                QCOMPARE(f.model->entry(0).text, QStringLiteral("Opening"));
                QVERIFY(f.model->entry(0).isHeader());
            });
    }

    void setTextMergesWithinBurst()
    {
        Fixture f;
        f.model->setTypingBurstInterval(3600 * 1000); // every call below is within one burst
        QVERIFY(f.model->setText(1, QStringLiteral("H")));
        QVERIFY(f.model->setText(1, QStringLiteral("He")));
        QVERIFY(f.model->setText(1, QStringLiteral("Hey")));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.model->entry(1).text, QStringLiteral("Hey"));
        // Another entry starts a new step.
        QVERIFY(f.model->setText(2, QStringLiteral("Other")));
        QCOMPARE(f.stack.count(), 2);
        // Back to the first entry: not merged with a command that is not on top.
        QVERIFY(f.model->setText(1, QStringLiteral("Hey you")));
        QCOMPARE(f.stack.count(), 3);
        f.stack.undo();
        QCOMPARE(f.model->entry(1).text, QStringLiteral("Hey"));
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.model->entry(1).text, QStringLiteral("Hello there."));
        QCOMPARE(f.bytes(), f.original);
        f.stack.redo();
        QCOMPARE(f.model->entry(1).text, QStringLiteral("Hey"));
    }

    void setTextBurstBackToOriginalIsDropped()
    {
        Fixture f;
        f.model->setTypingBurstInterval(3600 * 1000);
        QVERIFY(f.model->setText(1, QStringLiteral("Hello there!")));
        QVERIFY(f.model->setText(1, QStringLiteral("Hello there.")));
        QCOMPARE(f.stack.count(), 0);
        QVERIFY(f.stack.isClean());
        QCOMPARE(f.bytes(), f.original);
    }

    void setTextNoMergeWithoutBurst()
    {
        Fixture f;
        f.model->setTypingBurstInterval(0);
        QVERIFY(f.model->setText(1, QStringLiteral("A")));
        QVERIFY(f.model->setText(1, QStringLiteral("B")));
        QCOMPARE(f.stack.count(), 2);
        f.stack.undo();
        QCOMPARE(f.model->entry(1).text, QStringLiteral("A"));
    }

    void noMergeAcrossSave()
    {
        Fixture f;
        f.model->setTypingBurstInterval(3600 * 1000);
        QVERIFY(f.model->setText(1, QStringLiteral("A")));
        f.stack.setClean();
        QVERIFY(f.model->setText(1, QStringLiteral("B")));
        QCOMPARE(f.stack.count(), 2);
    }

    void setTimeText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("sec");
        QTest::addColumn<QString>("time");
        QTest::newRow("M:SS") << "1:05" << true << qint64(65) << "1:05";
        QTest::newRow("seconds") << "75" << true << qint64(75) << "1:15";
        QTest::newRow("H:MM:SS") << "1:02:03" << true << qint64(3723) << "1:02:03";
        QTest::newRow("MM:SS over an hour") << "75:00" << true << qint64(4500) << "1:15:00";
        QTest::newRow("spaces") << " 0:07 " << true << qint64(7) << "0:07";
        QTest::newRow("bad seconds") << "1:75" << false << qint64(0) << "";
        QTest::newRow("letters") << "abc" << false << qint64(0) << "";
        QTest::newRow("negative") << "-5" << false << qint64(0) << "";
    }

    void setTimeText()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(qint64, sec);
        QFETCH(QString, time);
        Fixture f;
        Signals s(f.model.get());
        if (!ok) {
            QVERIFY(!f.model->setTimeText(3, typed));
            QCOMPARE(f.stack.count(), 0);
            QCOMPARE(s.changed.count(), 0);
            QCOMPARE(f.bytes(), f.original);
            return;
        }
        doUndoRedo(
            f, [&] { return f.model->setTimeText(3, typed); },
            [&] {
                QCOMPARE(*f.model->entry(3).seconds, sec);
                QCOMPARE(*f.model->entry(3).time, time);
                QCOMPARE(f.model->data(f.model->index(3, TranscriptModel::TimeColumn)).toString(), time);
            });
        QCOMPARE(s.changedRows(), (Ranges { { 3, 3 }, { 3, 3 }, { 3, 3 }, { 3, 3 } }));
    }

    void setTimeClearsAndRefusesHeaders()
    {
        Fixture f;
        doUndoRedo(
            f, [&] { return f.model->setTimeText(3, QString()); },
            [&] {
                QVERIFY(!f.model->entry(3).seconds);
                QVERIFY(!f.model->entry(3).time);
            });
        QVERIFY(!f.model->setTimeText(0, QStringLiteral("1:00")));
        QVERIFY(!f.model->setSeconds(0, 60));
        QVERIFY(!f.model->setTimeText(3, QStringLiteral("0:20"))); // unchanged
        QCOMPARE(f.stack.count(), 1);
    }

    void setSpeaker()
    {
        Fixture f;
        Signals s(f.model.get());
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->setSpeaker({ 0, 1, 2, 3, 7 }, QStringLiteral("Maria"));
            },
            [&] {
                QVERIFY(!f.model->entry(0).speaker); // header skipped
                for (int r : { 1, 2, 3, 7 })
                    QCOMPARE(*f.model->entry(r).speaker, QStringLiteral("Maria"));
                QCOMPARE(*f.model->entry(5).speaker, QStringLiteral("Dashel"));
            });
        QCOMPARE(s.changedRows().mid(0, 2), (Ranges { { 1, 3 }, { 7, 7 } }));
        QCOMPARE(s.reset.count(), 0);
        // Empty name removes `who`.
        doUndoRedo(
            f, [&] { return f.model->setSpeaker({ 6 }, QString()); }, [&] { QVERIFY(!f.model->entry(6).speaker); });
        QVERIFY(!f.model->setSpeaker({ 0, 4 }, QStringLiteral("X"))); // headers only: nothing to do
        QVERIFY(!f.model->setSpeaker({ 1 }, QStringLiteral("Alexey")));
    }

    void renameSpeaker()
    {
        Fixture f;
        Signals s(f.model.get());
        QSignalSpy renamed(f.model.get(), &TranscriptModel::speakerRenamed);
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->renameSpeaker(QStringLiteral("Alexey"), QStringLiteral("Alex"));
            },
            [&] {
                for (int r : { 1, 3, 7 })
                    QCOMPARE(*f.model->entry(r).speaker, QStringLiteral("Alex"));
                for (int r : { 2, 5, 6 })
                    QCOMPARE(*f.model->entry(r).speaker, QStringLiteral("Dashel"));
            });
        QCOMPARE(s.changedRows().mid(0, 3), (Ranges { { 1, 1 }, { 3, 3 }, { 7, 7 } }));
        QCOMPARE(renamed.count(), 4); // do, undo, redo, undo
        QCOMPARE(renamed.at(1).at(0).toString(), QStringLiteral("Alex"));
        QVERIFY(!f.model->renameSpeaker(QStringLiteral("Nobody"), QStringLiteral("X")));
        QVERIFY(!f.model->renameSpeaker(QStringLiteral("Alexey"), QStringLiteral("  ")));
    }

    void mergeSpeaker()
    {
        Fixture f;
        doUndoRedo(
            f, [&] { return f.model->mergeSpeaker(QStringLiteral("Dashel"), QStringLiteral("Alexey")); },
            [&] {
                for (int r : { 1, 2, 3, 5, 6, 7 })
                    QCOMPARE(*f.model->entry(r).speaker, QStringLiteral("Alexey"));
            });
    }

    void swapSpeakers()
    {
        Fixture f;
        doUndoRedo(
            f,
            [&] {
                return f.model->swapSpeakers({ 1, 2, 3, 4, 5 }, QStringLiteral("Alexey"), QStringLiteral("Dashel"));
            },
            [&] {
                QCOMPARE(*f.model->entry(1).speaker, QStringLiteral("Dashel"));
                QCOMPARE(*f.model->entry(2).speaker, QStringLiteral("Alexey"));
                QCOMPARE(*f.model->entry(3).speaker, QStringLiteral("Dashel"));
                QCOMPARE(*f.model->entry(5).speaker, QStringLiteral("Alexey"));
                QCOMPARE(*f.model->entry(6).speaker, QStringLiteral("Dashel")); // outside the selection
                QCOMPARE(*f.model->entry(7).speaker, QStringLiteral("Alexey"));
            });
    }

    void checkMerge_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("result");
        using M = TranscriptModel::MergeCheck;
        QTest::newRow("one") << QList<int> { 1 } << int(M::TooFewRows);
        QTest::newRow("none") << QList<int> {} << int(M::TooFewRows);
        QTest::newRow("same speaker") << QList<int> { 5, 6 } << int(M::Ok);
        QTest::newRow("speakers differ") << QList<int> { 1, 2, 3 } << int(M::SpeakersDiffer);
        QTest::newRow("unsorted") << QList<int> { 3, 1, 2 } << int(M::SpeakersDiffer);
        QTest::newRow("gap") << QList<int> { 1, 3 } << int(M::NotConsecutive);
        QTest::newRow("header between") << QList<int> { 3, 4, 5 } << int(M::HeaderBetween);
        QTest::newRow("header first") << QList<int> { 0, 1 } << int(M::HeaderBetween);
    }

    void checkMerge()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, result);
        Fixture f;
        QCOMPARE(int(f.model->checkMerge(rows)), result);
        const bool allowed = result == int(TranscriptModel::MergeCheck::Ok)
            || result == int(TranscriptModel::MergeCheck::SpeakersDiffer);
        QCOMPARE(f.model->mergeLines(rows), allowed);
        QCOMPARE(f.stack.count(), allowed ? 1 : 0);
    }

    void mergeLines()
    {
        Fixture f;
        Signals s(f.model.get());
        const EntryId firstId = f.model->entry(1).id;
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->mergeLines({ 1, 2, 3 });
            },
            [&] {
                QCOMPARE(f.model->rowCount(), 6);
                const TranscriptEntry &e = f.model->entry(1);
                QCOMPARE(e.id, firstId);
                QCOMPARE(e.text, QStringLiteral("Hello there. Hi Alexey, nice to be here. How are you?"));
                QCOMPARE(*e.seconds, 10);
                QCOMPARE(*e.time, QStringLiteral("0:10"));
                QCOMPARE(*e.speaker, QStringLiteral("Alexey"));
                QVERIFY(f.model->entry(2).isHeader());
            });
        QCOMPARE(s.removedRows(), (Ranges { { 2, 3 }, { 2, 3 } }));
        QCOMPARE(s.insertedRows(), (Ranges { { 2, 3 }, { 2, 3 } }));
        QCOMPARE(s.reset.count(), 0);
    }

    void mergeLinesTakesEarliestTime()
    {
        Fixture f;
        QVERIFY(f.model->setSeconds(6, 30)); // untimed line gets 0:30, earlier than 0:40 above it
        doUndoRedo(
            f,
            [&] {
                return f.model->mergeLines({ 5, 6 });
            },
            [&] {
                QCOMPARE(*f.model->entry(5).seconds, 30);
                QCOMPARE(*f.model->entry(5).time, QStringLiteral("0:30"));
                QCOMPARE(f.model->entry(5).text, QStringLiteral("I started in semiconductors. Then I moved on."));
            });
    }

    void splitLine_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("position");
        QTest::addColumn<qint64>("at"); // -1: none
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("tail");
        QTest::addColumn<qint64>("tailSec"); // -1: no time
        // Row 2: "Hi Alexey, nice to be here." (27 chars) from 15 s; next timed line at 20 s.
        QTest::newRow("interpolated") << 2 << 10 << qint64(-1) << "Hi Alexey,"
                                      << "nice to be here." << qint64(15 + 5 * 10 / 27);
        QTest::newRow("interpolated late") << 2 << 22 << qint64(-1) << "Hi Alexey, nice to be"
                                           << "here." << qint64(15 + 5 * 22 / 27);
        QTest::newRow("at seconds inside") << 2 << 11 << qint64(18) << "Hi Alexey,"
                                           << "nice to be here." << qint64(18);
        QTest::newRow("at seconds outside") << 2 << 11 << qint64(25) << "Hi Alexey,"
                                            << "nice to be here." << qint64(15 + 5 * 11 / 27);
        // Row 5 (40 s): next timed line is row 7 (70 s), skipping the untimed row 6.
        QTest::newRow("skips untimed") << 5 << 10 << qint64(-1) << "I started"
                                       << "in semiconductors." << qint64(40 + 30 * 10 / 28);
        // Row 7 is the last timed line: the new line keeps its time.
        QTest::newRow("last line") << 7 << 6 << qint64(-1) << "Final"
                                   << "words." << qint64(70);
        QTest::newRow("last line at") << 7 << 6 << qint64(75) << "Final"
                                      << "words." << qint64(75);
        // Row 6 has no time: neither has the new line.
        QTest::newRow("untimed") << 6 << 5 << qint64(-1) << "Then"
                                 << "I moved on." << qint64(-1);
    }

    void splitLine()
    {
        QFETCH(int, row);
        QFETCH(int, position);
        QFETCH(qint64, at);
        QFETCH(QString, head);
        QFETCH(QString, tail);
        QFETCH(qint64, tailSec);
        Fixture f;
        Signals s(f.model.get());
        const TranscriptEntry original = f.model->entry(row);
        int newRow = -2;
        doUndoRedo(
            f,
            [&] {
                s.clear();
                newRow = f.model->splitLine(row, position, at < 0 ? std::nullopt : std::optional<qint64>(at));
                return newRow == row + 1;
            },
            [&] {
                QCOMPARE(f.model->rowCount(), 9);
                QCOMPARE(f.model->entry(row).text, head);
                QCOMPARE(f.model->entry(row).seconds, original.seconds);
                QCOMPARE(f.model->entry(row + 1).text, tail);
                QCOMPARE(f.model->entry(row + 1).speaker, original.speaker);
                QVERIFY(f.model->entry(row + 1).id != original.id);
                if (tailSec < 0) {
                    QVERIFY(!f.model->entry(row + 1).seconds);
                    QVERIFY(!f.model->entry(row + 1).time);
                } else {
                    QCOMPARE(*f.model->entry(row + 1).seconds, tailSec);
                    QCOMPARE(*f.model->entry(row + 1).time, Timecode::format(tailSec));
                }
            });
        QCOMPARE(s.insertedRows().first(), Range(row + 1, row + 1));
        QCOMPARE(s.changedRows().first(), Range(row, row));
        QCOMPARE(s.removedRows(), (Ranges { { row + 1, row + 1 }, { row + 1, row + 1 } }));
    }

    void splitLineRefuses()
    {
        Fixture f;
        QCOMPARE(f.model->splitLine(0, 2), -1); // header
        QCOMPARE(f.model->splitLine(1, 0), -1); // nothing before the cut
        QCOMPARE(f.model->splitLine(1, 12), -1); // at the end
        QCOMPARE(f.model->splitLine(1, 99), -1);
        QCOMPARE(f.model->splitLine(99, 1), -1);
        QCOMPARE(f.stack.count(), 0);
    }

    void insertEntries()
    {
        Fixture f;
        Signals s(f.model.get());
        TranscriptEntry line;
        line.text = QStringLiteral("New line");
        line.speaker = QStringLiteral("Maria");
        line.setSeconds(12);
        for (int at : { 0, 3, 8 }) {
            doUndoRedo(
                f,
                [&] {
                    s.clear();
                    return f.model->insertLine(at, line) == at;
                },
                [&] {
                    QCOMPARE(f.model->rowCount(), 9);
                    QCOMPARE(f.model->entry(at).text, QStringLiteral("New line"));
                    QCOMPARE(*f.model->entry(at).time, QStringLiteral("0:12"));
                    QVERIFY(f.model->entry(at).id != 0);
                    QCOMPARE(f.model->rowOfId(f.model->entry(at).id), at);
                });
            QCOMPARE(s.insertedRows(), (Ranges { { at, at }, { at, at } }));
            QCOMPARE(s.removedRows(), (Ranges { { at, at }, { at, at } }));
        }
        doUndoRedo(
            f, [&] { return f.model->insertHeader(5, QStringLiteral("Middle")) == 5; },
            [&] {
                QVERIFY(f.model->entry(5).isHeader());
                QCOMPARE(f.model->entry(5).text, QStringLiteral("Middle"));
            });
        QCOMPARE(f.model->insertLine(9, line), -1);
        QCOMPARE(f.model->insertLine(-1, line), -1);
    }

    void removeNonContiguous()
    {
        Fixture f;
        Signals s(f.model.get());
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->removeEntries({ 7, 1, 3, 4 });
            },
            [&] {
                QCOMPARE(texts(*f.model),
                    (QStringList { "# Intro", "Hi Alexey, nice to be here.", "I started in semiconductors.",
                        "Then I moved on." }));
            });
        // Bottom-up removal and bottom-up insertion on undo (each run once), so no row computed earlier shifts.
        QCOMPARE(s.removedRows().mid(0, 3), (Ranges { { 7, 7 }, { 3, 4 }, { 1, 1 } }));
        QCOMPARE(s.insertedRows().mid(0, 3), (Ranges { { 4, 4 }, { 2, 3 }, { 1, 1 } }));
        QCOMPARE(s.reset.count(), 0);
        // Everything.
        doUndoRedo(
            f,
            [&] {
                return f.model->removeEntries({ 0, 1, 2, 3, 4, 5, 6, 7 });
            },
            [&] { QCOMPARE(f.model->rowCount(), 0); });
        QVERIFY(!f.model->removeEntries({}));
        QVERIFY(!f.model->removeEntries({ 42 }));
    }

    void convert()
    {
        Fixture f;
        doUndoRedo(
            f, [&] { return f.model->convertToHeader(3); },
            [&] {
                const TranscriptEntry &e = f.model->entry(3);
                QVERIFY(e.isHeader());
                QCOMPARE(e.text, QStringLiteral("How are you?"));
                QVERIFY(!e.speaker && !e.seconds && !e.time);
            });
        doUndoRedo(
            f, [&] { return f.model->convertToLine(4); },
            [&] {
                const TranscriptEntry &e = f.model->entry(4);
                QVERIFY(e.isLine());
                QCOMPARE(e.text, QStringLiteral("Career"));
                QVERIFY(!e.speaker && !e.seconds && !e.time);
            });
        QVERIFY(!f.model->convertToHeader(0));
        QVERIFY(!f.model->convertToLine(1));
    }

    void moveHeader()
    {
        Fixture f;
        Signals s(f.model.get());
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->moveHeader(4, 2);
            },
            [&] {
                QCOMPARE(texts(*f.model).mid(0, 5),
                    (QStringList {
                        "# Intro", "Hello there.", "# Career", "Hi Alexey, nice to be here.", "How are you?" }));
            });
        QCOMPARE(s.moved.count(), 4);
        QCOMPARE(s.inserted.count() + s.removed.count() + s.reset.count(), 0);
        doUndoRedo(
            f, [&] { return f.model->moveHeader(0, 8); },
            [&] {
                QCOMPARE(texts(*f.model).last(), QStringLiteral("# Intro"));
                QCOMPARE(f.model->entry(0).text, QStringLiteral("Hello there."));
            });
        doUndoRedo(
            f, [&] { return f.model->moveHeader(4, 0); },
            [&] { QCOMPARE(f.model->entry(0).text, QStringLiteral("Career")); });
        QVERIFY(!f.model->moveHeader(4, 4));
        QVERIFY(!f.model->moveHeader(4, 5));
        QVERIFY(!f.model->moveHeader(1, 3)); // not a header
        QVERIFY(!f.model->moveHeader(4, 9));
    }

    void replaceRange()
    {
        Fixture f;
        Signals s(f.model.get());
        TranscriptEntry joined;
        joined.text = QStringLiteral("All three lines.");
        joined.setSeconds(10);
        TranscriptEntry kept = f.model->entry(3); // unchanged entry keeps its id and original text
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->replaceRange(1, 3, { joined, kept }, QStringLiteral("Join"));
            },
            [&] {
                QCOMPARE(f.model->rowCount(), 7);
                QCOMPARE(f.model->entry(1).text, QStringLiteral("All three lines."));
                QCOMPARE(f.model->entry(2).id, kept.id);
                QCOMPARE(f.model->entry(2).source.toByteArray(), kept.source.toByteArray());
                QVERIFY(f.model->entry(3).isHeader());
            });
        QCOMPARE(s.removedRows().first(), Range(1, 3));
        QCOMPARE(s.insertedRows().first(), Range(1, 2));
        QCOMPARE(f.stack.undoText(), QString());
        QVERIFY(f.model->replaceRange(0, 0, { joined }, QStringLiteral("Prepend")));
        QCOMPARE(f.model->entry(0).text, QStringLiteral("All three lines."));
        QCOMPARE(f.stack.undoText(), QStringLiteral("Prepend"));
        QVERIFY(!f.model->replaceRange(7, 5, {}, QString()));
    }

    void retime()
    {
        Fixture f;
        Signals s(f.model.get());
        QHash<EntryId, qint64> secs { { f.model->entry(1).id, 11 }, { f.model->entry(6).id, 3600 },
            { f.model->entry(0).id, 5 } };
        doUndoRedo(
            f,
            [&] {
                s.clear();
                return f.model->retime(secs, QStringLiteral("Align"));
            },
            [&] {
                QCOMPARE(*f.model->entry(1).seconds, 11);
                QCOMPARE(*f.model->entry(6).time, QStringLiteral("1:00:00"));
                QVERIFY(!f.model->entry(0).seconds); // headers have no time
            });
        QCOMPARE(s.changedRows().mid(0, 2), (Ranges { { 1, 1 }, { 6, 6 } }));
        QVERIFY(!f.model->retime({ { f.model->entry(1).id, 10 } }, QString())); // unchanged
    }

    void setTexts()
    {
        Fixture f;
        const QHash<EntryId, QString> textsById { { f.model->entry(0).id, QStringLiteral("Opening") },
            { f.model->entry(5).id, QStringLiteral("Changed") } };
        const QHash<EntryId, QString> speakers { { f.model->entry(5).id, QStringLiteral("Dash") },
            { f.model->entry(7).id, QString() }, { f.model->entry(0).id, QStringLiteral("X") } };
        doUndoRedo(
            f, [&] { return f.model->setTexts(textsById, speakers, QStringLiteral("Replace all")); },
            [&] {
                QCOMPARE(f.model->entry(0).text, QStringLiteral("Opening"));
                QVERIFY(!f.model->entry(0).speaker);
                QCOMPARE(f.model->entry(5).text, QStringLiteral("Changed"));
                QCOMPARE(*f.model->entry(5).speaker, QStringLiteral("Dash"));
                QVERIFY(!f.model->entry(7).speaker);
            });
        QCOMPARE(f.stack.count(), 1);
    }

    void undoAllRestoresBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("semiconductors") << TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
        QTest::newRow("testing-phones") << TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.md"));
    }

    void undoAllRestoresBytes()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        Fixture f(in.readAll());
        TranscriptModel &m = *f.model;
        QList<int> lines;
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.entry(r).isLine())
                lines.append(r);
        }
        const QString speaker = *m.entry(lines.at(0)).speaker;
        QList<QByteArray> states { f.bytes() };
        const auto step = [&](bool ok) {
            QVERIFY2(ok, qPrintable(QStringLiteral("step %1").arg(states.size())));
            states.append(f.bytes());
            // The edited file reads back with the same entries.
            Episode reread;
            FileError error;
            QVERIFY2(EpisodeFile::parse(states.last(), QStringLiteral("edited"), &reread, &error),
                qPrintable(error.toString()));
            QCOMPARE(reread.entries.size(), m.episode().entries.size());
            for (int i = 0; i < reread.entries.size(); ++i)
                QVERIFY2(reread.entries.at(i).sameValues(m.entry(i)), qPrintable(QString::number(i)));
        };
        step(m.setText(lines.at(3),
            QStringLiteral("Edited “text” with: colon and a long tail that goes past the eightieth column of the file "
                           "so it folds")));
        step(m.setTimeText(lines.at(4), QStringLiteral("1:02:03")));
        step(m.setSpeaker({ lines.at(5), lines.at(6) }, QStringLiteral("Someone")));
        step(m.renameSpeaker(speaker, QStringLiteral("Renamed")));
        step(m.swapSpeakers(
            { lines.at(7), lines.at(8), lines.at(9) }, QStringLiteral("Renamed"), QStringLiteral("Someone")));
        int r = lines.at(12);
        while (m.entry(r + 1).isHeader())
            ++r;
        step(m.mergeLines({ r, r + 1 }));
        step(m.splitLine(lines.at(15), 10) > 0);
        step(m.insertHeader(20, QStringLiteral("New section")) == 20);
        step(m.removeEntries({ 2, 5, 6, 30 }));
        const auto firstFrom = [&](int row, bool header) {
            while (m.entry(row).isHeader() != header)
                ++row;
            return row;
        };
        step(m.convertToHeader(firstFrom(10, false)));
        step(m.convertToLine(firstFrom(11, true)));
        step(m.moveHeader(firstFrom(0, true), firstFrom(0, true) + 3));
        step(m.replaceRange(32, 4, { m.entry(33), m.entry(32) }, QStringLiteral("Swap")));
        step(m.retime({ { m.entry(40).id, 1 } }, QStringLiteral("Retime")));
        step(m.setTexts({ { m.entry(41).id, QStringLiteral("x") } }, {}, QStringLiteral("Set")));
        QCOMPARE(f.stack.count(), states.size() - 1);
        for (int i = states.size() - 1; i > 0; --i) {
            f.stack.undo();
            QCOMPARE(f.bytes(), states.at(i - 1));
        }
        QCOMPARE(f.bytes(), f.original);
        for (int i = 1; i < states.size(); ++i) {
            f.stack.redo();
            QCOMPARE(f.bytes(), states.at(i));
        }
    }

    void indexStaysRightAfterStructuralEdits()
    {
        Fixture f;
        QList<EntryId> ids;
        for (int r = 0; r < f.model->rowCount(); ++r)
            ids.append(f.model->entry(r).id);
        QVERIFY(f.model->removeEntries({ 2, 5 }));
        QCOMPARE(f.model->rowOfId(ids.at(2)), -1);
        QCOMPARE(f.model->rowOfId(ids.at(7)), 5);
        QCOMPARE(f.model->rowOfId(ids.at(1)), 1);
        QVERIFY(f.model->insertHeader(0, QStringLiteral("Top")) == 0);
        QCOMPARE(f.model->rowOfId(ids.at(7)), 6);
        f.stack.undo();
        f.stack.undo();
        for (int r = 0; r < ids.size(); ++r)
            QCOMPARE(f.model->rowOfId(ids.at(r)), r);
        QCOMPARE(f.model->rowOfId(123456), -1);
    }

    void removeScatteredLargeKeepsEveryStepConsistent()
    {
        // A few thousand rows, a header every 50.
        QByteArray bytes = "---\ntitle: Large\ntranscript:\n";
        for (int i = 0; i < 4000; ++i) {
            if (i % 50 == 0)
                bytes += "- header: Part " + QByteArray::number(i / 50) + "\n";
            bytes += "- line: Line " + QByteArray::number(i) + "\n  sec: " + QByteArray::number(i)
                + "\n  who: " + (i % 3 ? "Alexey" : "Dashel") + "\n";
        }
        bytes += "---\n";
        Fixture f(bytes);
        TranscriptModel &m = *f.model;
        const int rows = m.rowCount();
        QHash<EntryId, int> originalRow;
        for (int r = 0; r < rows; ++r)
            originalRow.insert(m.entry(r).id, r);

        // Runs of 1 to 3 rows spread over the whole list, the first and last rows included.
        QList<int> remove;
        for (int r = 0; r < rows; r += 37 + r % 11) {
            for (int k = 0; k <= r % 3 && r + k < rows; ++k)
                remove.append(r + k);
        }
        remove.append(rows - 1);
        remove.append(rows - 2);
        std::sort(remove.begin(), remove.end());
        remove.erase(std::unique(remove.begin(), remove.end()), remove.end());
        int runs = 0;
        for (int i = 0; i < remove.size(); ++i)
            runs += i == 0 || remove.at(i) != remove.at(i - 1) + 1;
        QVERIFY(runs > 50);
        QSet<EntryId> removedIds;
        for (int r : remove)
            removedIds.insert(m.entry(r).id);

        // After every row signal the model must show exactly the rows signalled so far: `shown` follows the
        // signals, every row's entry, data and id lookup must agree with it, and the entries keep their order.
        QList<EntryId> shown;
        for (int r = 0; r < rows; ++r)
            shown.append(m.entry(r).id);
        int steps = 0;
        const auto verify = [&] {
            ++steps;
            QCOMPARE(m.rowCount(), shown.size());
            int previous = -1;
            for (int r = 0; r < shown.size(); ++r) {
                const EntryId id = m.entry(r).id;
                QCOMPARE(id, shown.at(r));
                QCOMPARE(
                    m.data(m.index(r, TranscriptModel::TextColumn), TranscriptModel::EntryIdRole).value<EntryId>(), id);
                QCOMPARE(m.rowOfId(id), r);
                QVERIFY(originalRow.value(id, -1) > previous);
                previous = originalRow.value(id);
            }
        };
        QObject context;
        connect(&m, &QAbstractItemModel::rowsRemoved, &context, [&](const QModelIndex &, int first, int last) {
            const QList<EntryId> gone = shown.mid(first, last - first + 1);
            shown.remove(first, last - first + 1);
            verify();
            for (EntryId id : gone) {
                QVERIFY(removedIds.contains(id));
                QCOMPARE(m.rowOfId(id), -1);
            }
        });
        connect(&m, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first, int last) {
            for (int r = first; r <= last; ++r)
                shown.insert(r, m.entry(r).id);
            verify();
        });
        Signals s(&m);
        QVERIFY(m.removeEntries(remove));
        QCOMPARE(s.removed.count(), runs);
        QCOMPARE(m.rowCount(), rows - remove.size());
        for (EntryId id : removedIds)
            QCOMPARE(m.rowOfId(id), -1);
        const QByteArray removed = f.bytes();
        f.stack.undo();
        QCOMPARE(s.inserted.count(), runs);
        QCOMPARE(f.bytes(), f.original);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(m.rowOfId(shown.at(r)), r);
        f.stack.redo();
        QCOMPARE(f.bytes(), removed);
        f.stack.undo();
        QCOMPARE(f.bytes(), f.original);
        QCOMPARE(steps, 4 * runs);
        QCOMPARE(s.reset.count(), 0);
        QCOMPARE(s.layout.count(), 0);
        QCOMPARE(s.moved.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
