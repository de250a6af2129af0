// FindReplace: plain and regex search, case, text and speakers, findNext with wrapping both ways, replace all as
// one undo step with capture references.
#include "findreplace.h"
#include "modeltesthelpers.h"

using namespace ModelTest;

class TestFindReplace : public QObject
{
    Q_OBJECT

private:
    static FindOptions opts(const QString &pattern, bool regex = false, bool caseSensitive = false, bool inText = true,
        bool inSpeakers = false)
    {
        FindOptions o;
        o.pattern = pattern;
        o.regex = regex;
        o.caseSensitive = caseSensitive;
        o.inText = inText;
        o.inSpeakers = inSpeakers;
        return o;
    }

private slots:
    void matchesInString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QList<int>>("positions");
        QTest::newRow("plain ci") << "The cat and the hat"
                                  << "the" << false << false << QList<int> { 0, 12 };
        QTest::newRow("plain cs") << "The cat and the hat"
                                  << "the" << false << true << QList<int> { 12 };
        QTest::newRow("plain special chars") << "a.b a*b"
                                             << "a.b" << false << false << QList<int> { 0 };
        QTest::newRow("regex") << "a.b a*b axb"
                               << "a.b" << true << false << QList<int> { 0, 4, 8 };
        QTest::newRow("regex word") << "cat concat cat."
                                    << "\\bcat\\b" << true << false << QList<int> { 0, 11 };
        QTest::newRow("empty matches skipped") << "abc"
                                               << "x*" << true << false << QList<int> {};
        QTest::newRow("unicode ci") << "Ärger ärger"
                                    << "ÄRGER" << false << false << QList<int> { 0, 6 };
    }

    void matchesInString()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(QList<int>, positions);
        QList<int> found;
        for (const auto &m : FindReplace::matches(text, opts(pattern, regex, caseSensitive)))
            found.append(m.first);
        QCOMPARE(found, positions);
    }

    void validate()
    {
        QVERIFY(FindReplace::validate(opts(QStringLiteral("a"))).isEmpty());
        QVERIFY(!FindReplace::validate(opts(QString())).isEmpty());
        QVERIFY(!FindReplace::validate(opts(QStringLiteral("(unclosed"), true)).isEmpty());
        QVERIFY(FindReplace::validate(opts(QStringLiteral("(unclosed"), false)).isEmpty());
        QVERIFY(!FindReplace::validate(opts(QStringLiteral("a"), false, false, false, false)).isEmpty());
    }

    void matchesInModel()
    {
        Fixture f;
        const QList<FindMatch> text = FindReplace::matches(f.model.get(), opts(QStringLiteral("alexey")));
        QCOMPARE(text.size(), 1);
        QCOMPARE(text.first().row, 2);
        QCOMPARE(text.first().column, int(TranscriptModel::TextColumn));
        QCOMPARE(text.first().position, 3);
        const QList<FindMatch> both
            = FindReplace::matches(f.model.get(), opts(QStringLiteral("alexey"), false, false, true, true));
        QCOMPARE(both.size(), 4);
        QCOMPARE(both.at(0).row, 1);
        QCOMPARE(both.at(0).column, int(TranscriptModel::SpeakerColumn));
        QCOMPARE(both.at(1).row, 2);
        QCOMPARE(both.at(2).row, 3);
        QCOMPARE(FindReplace::matches(f.model.get(), opts(QStringLiteral("intro"))).first().row, 0); // header titles
    }

    void findNextForwardsAndWraps()
    {
        Fixture f;
        const FindOptions o = opts(QStringLiteral("e"), false, true);
        int position = -1;
        int length = 0;
        int column = -1;
        // From row 6 ("Then I moved on.") without a position: first match in the row.
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 6, false, &position, &length, &column), 6);
        QCOMPARE(position, 2);
        QCOMPARE(length, 1);
        QCOMPARE(column, int(TranscriptModel::TextColumn));
        position += length;
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 6, false, &position, &length, &column), 6);
        QCOMPARE(position, 10); // "moved"
        position += length;
        // No "e" left in row 6 nor in row 7 ("Final words."): wraps to row 1 ("Hello there.").
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 6, false, &position, &length, &column), 1);
        QCOMPARE(position, 1);
    }

    void findNextBackwards()
    {
        Fixture f;
        const FindOptions o = opts(QStringLiteral("o"), false, true);
        int position = -1;
        int length = 0;
        // From row 1 "Hello there." with no position: the last match of the row.
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 1, true, &position, &length), 1);
        QCOMPARE(position, 4);
        // Before it: none in row 1; the header "Intro" above.
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 1, true, &position, &length), 0);
        QCOMPARE(position, 4);
        // Then wraps to the end: row 7 "Final words." has "o" at 7.
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 0, true, &position, &length), 7);
        QCOMPARE(position, 7);
        // Nothing at all.
        QCOMPARE(FindReplace::findNext(f.model.get(), opts(QStringLiteral("zzz")), 3, true, &position, &length), -1);
    }

    void findNextOnlyMatchIsFoundAgainAfterWrap()
    {
        Fixture f;
        const FindOptions o = opts(QStringLiteral("semiconductors"));
        int position = -1;
        int length = 0;
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 5, false, &position, &length), 5);
        position += length;
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 5, false, &position, &length), 5);
        QCOMPARE(position, 13);
    }

    void findNextInSpeakers()
    {
        Fixture f;
        const FindOptions o = opts(QStringLiteral("dashel"), false, false, false, true);
        int position = -1;
        int length = 0;
        int column = -1;
        QCOMPARE(FindReplace::findNext(f.model.get(), o, 3, false, &position, &length, &column), 5);
        QCOMPARE(column, int(TranscriptModel::SpeakerColumn));
        QCOMPARE(length, 6);
    }

    void replaceIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << "a cat, a Cat"
                               << "cat" << false << "dog"
                               << "a dog, a dog" << 2;
        QTest::newRow("plain literal backslash") << "cat"
                                                 << "cat" << false << "\\1$1"
                                                 << "\\1$1" << 1;
        QTest::newRow("backref") << "Smith, John"
                                 << "(\\w+), (\\w+)" << true << "\\2 \\1"
                                 << "John Smith" << 1;
        QTest::newRow("dollar") << "Smith, John"
                                << "(\\w+), (\\w+)" << true << "$2 $1"
                                << "John Smith" << 1;
        QTest::newRow("named") << "2024-05"
                               << "(?<y>\\d+)-(?<m>\\d+)" << true << "${m}/${y}"
                               << "05/2024" << 1;
        QTest::newRow("escapes") << "x"
                                 << "x" << true << "\\\\$$"
                                 << "\\$" << 1;
        QTest::newRow("whole match") << "ab"
                                     << "b" << true << "[\\0]"
                                     << "a[b]" << 1;
        QTest::newRow("none") << "abc"
                              << "z" << false << "y"
                              << "abc" << 0;
    }

    void replaceIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, result);
        QFETCH(int, count);
        int n = -1;
        QCOMPARE(FindReplace::replaceIn(text, opts(pattern, regex), replacement, &n), result);
        QCOMPARE(n, count);
    }

    void replaceAllIsOneUndoStep()
    {
        Fixture f;
        Signals s(f.model.get());
        const FindOptions o = opts(QStringLiteral("(\\w+)ey\\b"), true, false, true, true);
        QCOMPARE(FindReplace::replaceAll(f.model.get(), o, QStringLiteral("\\1y")), 4);
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(*f.model->entry(1).speaker, QStringLiteral("Alexy"));
        QCOMPARE(f.model->entry(2).text, QStringLiteral("Hi Alexy, nice to be here."));
        QCOMPARE(*f.model->entry(7).speaker, QStringLiteral("Alexy"));
        QCOMPARE(s.reset.count() + s.inserted.count() + s.removed.count(), 0);
        f.stack.undo();
        QCOMPARE(f.bytes(), f.original);
        f.stack.redo();
        QCOMPARE(*f.model->entry(3).speaker, QStringLiteral("Alexy"));
        QCOMPARE(FindReplace::replaceAll(f.model.get(), opts(QStringLiteral("nothing here")), QStringLiteral("x")), 0);
        QCOMPARE(f.stack.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
