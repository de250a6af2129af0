// The canonical writer against the corpus: 195 of the 197 transcript blocks were written by PyYAML's safe_dump, so
// YamlWriter::entry() must reproduce every one of their items byte for byte. The two blocks that were written
// differently (FORMAT.md) are named below and must really differ, so the list cannot go stale silently.
#include "episodefile.h"
#include "testsupport.h"
#include "yamlwriter.h"

#include <QFileInfo>
#include <QtTest>

namespace {

/** Blocks not written with safe_dump(allow_unicode=True, width=80), with the reason. */
const QHash<QString, QString> &knownExceptions()
{
    static const QHash<QString, QString> exceptions {
        { QStringLiteral("crisp-dm.md"),
            QStringLiteral("written with allow_unicode=False: \\u201C escapes in double quotes") },
        { QStringLiteral("datatalksclub-scaling-and-free-courses.md"),
            QStringLiteral("one item folded at other columns") },
    };
    return exceptions;
}

/** Minimum number of transcript items the corpus and fixtures hold (25,652 when this test was written). */
constexpr int MinimumItems = 25000;

struct FileResult
{
    int items = 0;
    QList<int> differing; ///< indices of items whose canonical text differs from their source
};

FileResult checkFile(const Episode &episode)
{
    FileResult result;
    for (int i = 0; i < episode.entries.size(); ++i) {
        const TranscriptEntry &entry = episode.entries.at(i);
        ++result.items;
        if (YamlWriter::entry(entry) != entry.source)
            result.differing.append(i);
    }
    return result;
}

/** The metadata and transcript of an episode as one mapping, the way "export cleaned YAML" sees it. */
QVariantMap asMapping(const Episode &episode)
{
    QVariantMap map;
    for (const MetadataField &field : episode.fields) {
        if (field.key == QLatin1String("transcript")) {
            QVariantList items;
            for (const TranscriptEntry &entry : episode.entries)
                items.append(entry.toVariant());
            map.insert(field.key, items);
        } else {
            map.insert(field.key, field.value);
        }
    }
    return map;
}

} // namespace

/** Corpus-wide check that YamlWriter writes PyYAML's canonical text for every untouched transcript item. */
class TestCanonicalWriter : public QObject
{
    Q_OBJECT

private slots:
    void everyItem_data();
    void everyItem();
    void totals();
    void documentReadsBack_data();
    void documentReadsBack();
};

void TestCanonicalWriter::everyItem_data()
{
    TE_REQUIRE_CORPUS();
    QTest::addColumn<QString>("path");
    for (const QString &path : TestSupport::corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCanonicalWriter::everyItem()
{
    QFETCH(QString, path);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::read(path, &episode, &error), qPrintable(error.toString()));
    const FileResult result = checkFile(episode);
    const QString name = QFileInfo(path).fileName();

    if (knownExceptions().contains(name)) {
        // Not canonical, by FORMAT.md: at least one item must differ, and what we write instead must read back
        // to the same values.
        QVERIFY2(!result.differing.isEmpty(),
            qPrintable(name + QStringLiteral(" is canonical now; remove it from knownExceptions()")));
        for (const int i : result.differing) {
            const TranscriptEntry &entry = episode.entries.at(i);
            Episode reread;
            QVERIFY2(EpisodeFile::parse("transcript:\n" + YamlWriter::entry(entry), name, &reread, &error),
                qPrintable(error.toString()));
            QCOMPARE(reread.entries.size(), 1);
            QVERIFY2(reread.entries.first().sameValues(entry),
                qPrintable(QStringLiteral("%1:%2").arg(name).arg(entry.sourceLine)));
        }
        if (name == QLatin1String("crisp-dm.md")) {
            for (const int i : result.differing)
                QVERIFY(episode.entries.at(i).source.contains("\\u"));
        }
        return;
    }

    if (!result.differing.isEmpty()) {
        const TranscriptEntry &entry = episode.entries.at(result.differing.first());
        qWarning("%s:%d: %d of %d items differ from their canonical form", qPrintable(path), entry.sourceLine,
            int(result.differing.size()), result.items);
        QCOMPARE(YamlWriter::entry(entry), entry.source.toByteArray());
    }
}

void TestCanonicalWriter::totals()
{
    TE_REQUIRE_CORPUS();
    int items = 0;
    int matching = 0;
    int exceptionFiles = 0;
    for (const QString &path : TestSupport::corpusFiles()) {
        Episode episode;
        FileError error;
        QVERIFY2(EpisodeFile::read(path, &episode, &error), qPrintable(error.toString()));
        const FileResult result = checkFile(episode);
        items += result.items;
        matching += result.items - int(result.differing.size());
        if (knownExceptions().contains(QFileInfo(path).fileName()))
            ++exceptionFiles;
    }
    qDebug("%d transcript items checked, %d written byte for byte as in the file", items, matching);
    QCOMPARE(exceptionFiles, int(knownExceptions().size()));
    QVERIFY2(items >= MinimumItems, qPrintable(QStringLiteral("only %1 items").arg(items)));
    // Only the named exception blocks may differ, and in them only a handful of items.
    QVERIFY(items - matching > 0);
    QVERIFY(items - matching <= 10);
}

void TestCanonicalWriter::documentReadsBack_data()
{
    TE_REQUIRE_CORPUS();
    QTest::addColumn<QString>("path");
    const QStringList files = TestSupport::corpusFiles();
    // A spread of files: every tenth, plus the ones whose transcript is not canonical.
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        if (i % 10 == 0 || knownExceptions().contains(name))
            QTest::newRow(qPrintable(name)) << files.at(i);
    }
}

void TestCanonicalWriter::documentReadsBack()
{
    QFETCH(QString, path);
    Episode episode;
    FileError error;
    QVERIFY2(EpisodeFile::read(path, &episode, &error), qPrintable(error.toString()));
    const QVariantMap mapping = asMapping(episode);
    const QByteArray yaml = YamlWriter::document(mapping);

    // The reader (yaml-cpp with YAML 1.1 typing) must give back the same values, types included.
    Episode reread;
    QVERIFY2(EpisodeFile::parse(yaml, path, &reread, &error), qPrintable(error.toString()));
    QCOMPARE(reread.layout, Episode::Layout::PlainYaml);
    QCOMPARE(reread.fields.size(), episode.fields.size());
    for (const MetadataField &field : episode.fields) {
        if (field.key == QLatin1String("transcript"))
            continue;
        QVERIFY2(reread.field(field.key) == field.value, qPrintable(field.key));
    }
    QCOMPARE(reread.entries.size(), episode.entries.size());
    for (int i = 0; i < episode.entries.size(); ++i)
        QVERIFY2(reread.entries.at(i).sameValues(episode.entries.at(i)), qPrintable(QString::number(i)));
    // Keys come out sorted and the transcript items exactly as entry() writes them.
    QVERIFY(yaml.contains("\ntranscript:\n") || yaml.startsWith("transcript:\n") || !episode.hasTranscript());
    if (!episode.entries.isEmpty())
        QVERIFY(yaml.contains(YamlWriter::entry(episode.entries.first())));
}

QTEST_GUILESS_MAIN(TestCanonicalWriter)
#include "tst_canonicalwriter.moc"
