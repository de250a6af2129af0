// FileKind: an opened file is told apart as episode or captions by its content, the extension breaking ties.
#include "filekind.h"
#include "testsupport.h"

#include <QtTest>

class TestFileKind : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void dataFiles_data();
    void dataFiles();
    void unreadableFileIsUnknown();
    void episodePathForCaptions_data();
    void episodePathForCaptions();
};

void TestFileKind::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");

    const int episode = FileKind::Episode;
    const int captions = FileKind::Captions;
    const int unknown = FileKind::Unknown;
    QTest::newRow("front matter") << QByteArray("---\ntitle: x\ntranscript: []\n---\nbody\n") << "a.md" << episode;
    QTest::newRow("yaml mapping") << QByteArray("episode: 3\ntranscript:\n- line: hi\n") << "a.yaml" << episode;
    QTest::newRow("yaml after comment") << QByteArray("# exported\ntitle: x\n") << "a.txt" << episode;
    QTest::newRow("srt") << QByteArray("1\n00:00:01,000 --> 00:00:02,500\nHello\n\n") << "a.srt" << captions;
    QTest::newRow("srt named .md") << QByteArray("1\r\n00:00:01,000 --> 00:00:02,500\r\nHello\r\n") << "a.md"
                                   << captions;
    QTest::newRow("vtt") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n") << "a.vtt" << captions;
    QTest::newRow("vtt with bom") << QByteArray("\xEF\xBB\xBFWEBVTT\n\n00:01.000 --> 00:02.000\nHi\n") << "x"
                                  << captions;
    QTest::newRow("raw captions") << QByteArray("0:01 so welcome everyone\n0:04 thanks\n") << "a.txt" << captions;
    QTest::newRow("raw with hours") << QByteArray("\n1:02:03 late words\n") << "a.captions" << captions;
    QTest::newRow("prose") << QByteArray("Dear diary, today I edited.\n") << "notes.txt" << unknown;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "image.png" << unknown;
    QTest::newRow("empty txt") << QByteArray() << "empty.txt" << unknown;
    // The start says nothing clear: the extension decides, so the reader's own message names the problem.
    QTest::newRow("broken md") << QByteArray("[unclosed\n") << "broken.md" << episode;
    QTest::newRow("broken srt") << QByteArray("1\nnot a time\n") << "broken.srt" << captions;
}

void TestFileKind::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(FileKind::detect(bytes, name)), kind);
}

void TestFileKind::dataFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("episode") << "semiconductors-to-ml.md" << int(FileKind::Episode);
    QTest::newRow("episode waiting for captions") << "captions-pending.md" << int(FileKind::Episode);
    QTest::newRow("raw captions") << "swe-to-ml.captions.txt" << int(FileKind::Captions);
    QTest::newRow("raw captions 2") << "testing-phones-to-nlp.captions.txt" << int(FileKind::Captions);
}

void TestFileKind::dataFiles()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(FileKind::detectFile(TestSupport::dataFile(name))), kind);
}

void TestFileKind::unreadableFileIsUnknown()
{
    QCOMPARE(
        int(FileKind::detectFile(TestSupport::dataFile(QStringLiteral("no-such-file.srt")))), int(FileKind::Unknown));
}

void TestFileKind::episodePathForCaptions_data()
{
    QTest::addColumn<QString>("captions");
    QTest::addColumn<QString>("episode");
    QTest::newRow("srt") << "/tmp/show/ep12.srt"
                         << "/tmp/show/ep12.md";
    QTest::newRow("vtt with dots") << "/tmp/show/ep.12.final.vtt"
                                   << "/tmp/show/ep.12.final.md";
    QTest::newRow("corpus raw captions") << "/tmp/show/swe-to-ml.captions.txt"
                                         << "/tmp/show/swe-to-ml.md";
}

void TestFileKind::episodePathForCaptions()
{
    QFETCH(QString, captions);
    QFETCH(QString, episode);
    QCOMPARE(FileKind::episodePathFor(captions), episode);
}

QTEST_GUILESS_MAIN(TestFileKind)
#include "tst_filekind.moc"
