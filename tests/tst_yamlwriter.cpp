#include "yamlwriter.h"
#include "yamlwritercases.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace YamlWriterCases;

/**
 * YamlWriter against PyYAML's safe_dump output (pasted literals, see yamlwritercases.h): the plain/quoted decision,
 * implicit types, escapes, folding at width 80 with its continuation indents, every entry key combination, nested
 * values and a small document. String rows are also read back with yaml-cpp to prove the text survives.
 */
class TestYamlWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void stringsReadBack_data();
    void stringsReadBack();
    void entry_data();
    void entry();
    void entryMatchesTranscriptField();
    void document();
    void emptyDocument();
    void fieldIgnoresSiblings();
};

void TestYamlWriter::field_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");
    addStringRows(false);
    addValueRows();
}

void TestYamlWriter::field()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(YamlWriter::field(key, value), expected);
}

void TestYamlWriter::stringsReadBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");
    addStringRows(true);
}

void TestYamlWriter::stringsReadBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const QString text = value.toString();
    const QByteArray yaml = YamlWriter::field(key, value);
    const YAML::Node node = YAML::Load(yaml.toStdString());
    QVERIFY(node.IsMap());
    const YAML::Node scalar = node[key.toStdString()];
    QVERIFY(scalar.IsScalar());
    QCOMPARE(QString::fromStdString(scalar.Scalar()), text);
    // A plain scalar ("?" tag) is only written when it reads back as a string under YAML 1.1.
    if (scalar.Tag() == "?")
        QVERIFY(!yaml.contains(": '") && !yaml.contains(": \""));
}

void TestYamlWriter::entry_data()
{
    QTest::addColumn<TranscriptEntry>("entry");
    QTest::addColumn<QByteArray>("expected");
    addEntryRows();
}

void TestYamlWriter::entry()
{
    QFETCH(TranscriptEntry, entry);
    QFETCH(QByteArray, expected);
    QCOMPARE(YamlWriter::entry(entry), expected);
}

void TestYamlWriter::entryMatchesTranscriptField()
{
    // An item is the list item of a top-level `transcript` key: field() of a one-item list minus its key line.
    const TranscriptEntry e
        = makeEntry(TranscriptEntry::Kind::Line, entryLine(), QStringLiteral("Alexey"), 85, QStringLiteral("1:25"), {});
    const QByteArray whole = YamlWriter::field(QStringLiteral("transcript"), QVariantList { e.toVariant() });
    QVERIFY(whole.startsWith("transcript:\n- line: "));
    QCOMPARE(YamlWriter::entry(e), whole.mid(int(qstrlen("transcript:\n"))));
    // Continuation lines of an item's value are indented by four.
    QVERIFY(YamlWriter::entry(e).contains("\n    "));
}

void TestYamlWriter::document()
{
    QVariantMap doc;
    doc.insert(QStringLiteral("title"), QStringLiteral("Product Analytics & A/B Testing: Causality"));
    doc.insert(QStringLiteral("season"), qint64(7));
    doc.insert(QStringLiteral("episode"), qint64(6));
    doc.insert(QStringLiteral("guests"), QVariantList { QStringLiteral("jakobgraff") });
    doc.insert(QStringLiteral("ids"),
        QVariantMap { { QStringLiteral("anchor"), QStringLiteral("AB-Testing---Jakob-Graff-e1eq73v") },
            { QStringLiteral("youtube"), QStringLiteral("0Gqx1LtqRZU") } });
    doc.insert(QStringLiteral("dateadded"), QDate(2022, 2, 27));
    doc.insert(QStringLiteral("topics"), QVariantList());
    doc.insert(QStringLiteral("short"), QStringLiteral("A/B Testing"));
    doc.insert(QStringLiteral("intro"), documentIntro());
    const TranscriptEntry header
        = makeEntry(TranscriptEntry::Kind::Header, QStringLiteral("Podcast Introduction"), {}, {}, {}, {});
    const TranscriptEntry line
        = makeEntry(TranscriptEntry::Kind::Line, entryLine(), QStringLiteral("Alexey"), 63, QStringLiteral("1:03"), {});
    doc.insert(QStringLiteral("transcript"), QVariantList { header.toVariant(), line.toVariant() });
    QCOMPARE(YamlWriter::document(doc), expectedDocument());
}

void TestYamlWriter::emptyDocument()
{
    QCOMPARE(YamlWriter::document(QVariantMap()), QByteArray("{}\n"));
}

void TestYamlWriter::fieldIgnoresSiblings()
{
    // The whole document is the concatenation of its fields: what field() writes does not depend on neighbours.
    QVariantMap doc;
    doc.insert(QStringLiteral("a"), QStringLiteral("1:02"));
    doc.insert(
        QStringLiteral("b"), QVariantList { QVariantMap { { QStringLiteral("x"), qint64(1) } }, QVariantList() });
    doc.insert(QStringLiteral("c"), QVariantMap { { QStringLiteral("d"), QVariantMap() } });
    QByteArray joined;
    for (auto it = doc.cbegin(); it != doc.cend(); ++it)
        joined += YamlWriter::field(it.key(), it.value());
    QCOMPARE(YamlWriter::document(doc), joined);
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
