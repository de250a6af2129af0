// Corpus-wide properties of the file engine: every real episode survives a read/write untouched, its canonical
// export reads back to the same data, and editing one line rewrites only that line's item.
#include "episodefile.h"
#include "testsupport.h"
#include "yamlwriter.h"

#include <QFile>
#include <QtTest>

#include <yaml-cpp/yaml.h>

namespace {

using TestSupport::readAll;

/** The YAML text of a front matter file (or the whole file), for an independent yaml-cpp reading. */
std::string yamlPart(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.value(0) != "---")
        return bytes.toStdString();
    QByteArray yaml;
    for (int i = 1; i < lines.size() && lines.at(i) != "---"; ++i)
        yaml += lines.at(i) + '\n';
    return yaml.toStdString();
}

/** Deep comparison of two yaml-cpp documents by their scalar texts (yaml-cpp does no implicit typing). */
bool sameYaml(const YAML::Node &a, const YAML::Node &b, QString *where)
{
    if (a.Type() != b.Type()) {
        *where = QStringLiteral("type %1 vs %2").arg(a.Type()).arg(b.Type());
        return false;
    }
    if (a.IsScalar()) {
        if (a.Scalar() != b.Scalar()) {
            *where = QStringLiteral("\"%1\" vs \"%2\"")
                         .arg(QString::fromStdString(a.Scalar()), QString::fromStdString(b.Scalar()));
            return false;
        }
        return true;
    }
    if (a.size() != b.size()) {
        *where = QStringLiteral("size %1 vs %2").arg(a.size()).arg(b.size());
        return false;
    }
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameYaml(a[i], b[i], where)) {
                where->prepend(QStringLiteral("[%1] ").arg(i));
                return false;
            }
        }
        return true;
    }
    if (a.IsMap()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string key = it->first.Scalar();
            if (!b[key]) {
                *where = QStringLiteral("missing key %1").arg(QString::fromStdString(key));
                return false;
            }
            if (!sameYaml(it->second, b[key], where)) {
                where->prepend(QString::fromStdString(key) + QLatin1Char(' '));
                return false;
            }
        }
    }
    return true;
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    return bytes.split('\n');
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void canonicalExport_data() { roundTrip_data(); }
    void canonicalExport();
    void editOneLine_data() { roundTrip_data(); }
    void editOneLine();
};

void TestCorpus::roundTrip_data()
{
    TE_REQUIRE_CORPUS();
    QTest::addColumn<QString>("path");
    const QStringList files = TestSupport::corpusFiles();
    QVERIFY(files.size() > 100);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCorpus::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::parse(bytes, path, &episode, &error), qPrintable(error.toString()));
    QCOMPARE(episode.layout, Episode::Layout::FrontMatter);
    const QByteArray written = EpisodeFile::serialize(episode);
    if (written != bytes) {
        const QList<QByteArray> a = lines(bytes), b = lines(written);
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                qPrintable(QStringLiteral("line %1: %2 | %3")
                               .arg(i + 1)
                               .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
    }
    QCOMPARE(written, bytes);
    // Every item knows the line it came from.
    for (const TranscriptEntry &entry : std::as_const(episode.entries)) {
        QVERIFY(entry.sourceLine > 0);
        QVERIFY(lines(bytes).at(entry.sourceLine - 1).startsWith("- "));
        QVERIFY(entry.id != 0);
    }
}

void TestCorpus::canonicalExport()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::parse(bytes, path, &episode, &error), qPrintable(error.toString()));
    const QByteArray exported = EpisodeFile::serializeCanonical(episode);

    // Independent reading of both with yaml-cpp: the same data.
    const YAML::Node original = YAML::Load(yamlPart(bytes));
    const YAML::Node canonical = YAML::Load(exported.toStdString());
    QString where;
    QVERIFY2(sameYaml(original, canonical, &where), qPrintable(where));
    QVERIFY2(sameYaml(canonical, original, &where), qPrintable(where));

    // And with our own reader: the same fields and entries.
    Episode again;
    QVERIFY2(EpisodeFile::parse(exported, QStringLiteral("export.yaml"), &again, &error), qPrintable(error.toString()));
    QCOMPARE(again.layout, Episode::Layout::PlainYaml);
    QCOMPARE(again.entries.size(), episode.entries.size());
    for (int i = 0; i < episode.entries.size(); ++i)
        QVERIFY2(again.entries.at(i).sameValues(episode.entries.at(i)), qPrintable(QString::number(i)));
    QCOMPARE(again.fields.size(), episode.fields.size());
    for (const MetadataField &field : std::as_const(episode.fields)) {
        if (field.key != QLatin1String("transcript"))
            QCOMPARE(again.field(field.key), field.value);
    }
    // Canonical output is a fixed point.
    QCOMPARE(EpisodeFile::serialize(again), exported);
    QCOMPARE(EpisodeFile::serializeCanonical(again), exported);
}

void TestCorpus::editOneLine()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::parse(bytes, path, &episode, &error), qPrintable(error.toString()));
    int row = -1;
    for (int i = episode.entries.size() / 2; i < episode.entries.size() && row < 0; ++i) {
        if (episode.entries.at(i).isLine())
            row = i;
    }
    if (row < 0)
        QSKIP("no transcript lines");
    TranscriptEntry &entry = episode.entries[row];
    const int firstLine = entry.sourceLine;
    const int itemLines = int(entry.source.count('\n'));
    entry.text = QStringLiteral("Edited text, with: a colon and 'quotes'.");
    entry.touch();
    const QByteArray written = EpisodeFile::serialize(episode);
    const QByteArray newItem = YamlWriter::entry(entry);

    // A line diff: everything before the item and after it is identical; only the item's lines changed.
    const QList<QByteArray> a = lines(bytes), b = lines(written);
    const int newLines = int(newItem.count('\n'));
    QCOMPARE(b.size() - a.size(), newLines - itemLines);
    for (int i = 0; i < firstLine - 1; ++i)
        QCOMPARE(b.at(i), a.at(i));
    for (int i = 0; i < a.size() - (firstLine - 1 + itemLines); ++i)
        QCOMPARE(b.at(b.size() - 1 - i), a.at(a.size() - 1 - i));
    QCOMPARE(written.mid(written.indexOf(newItem), newItem.size()), newItem);

    // The edit reads back.
    Episode again;
    QVERIFY2(EpisodeFile::parse(written, path, &again, &error), qPrintable(error.toString()));
    QVERIFY(again.entries.at(row).sameValues(entry));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
