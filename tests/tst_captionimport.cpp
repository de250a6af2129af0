#include "captionimport.h"
#include "episodefile.h"
#include "testsupport.h"
#include "timecode.h"

#include <QtTest>

/** CaptionImport: the three real caption files, SRT and WebVTT samples, and every kind of bad input. */
class TestCaptionImport : public QObject
{
    Q_OBJECT

private slots:
    void realCaptions_data();
    void realCaptions();
    void rawHours();
    void srt();
    void vtt();
    void badInput_data();
    void badInput();
    void toEpisode();
    void toEpisodeWritesAndReadsBack();
    void titleFromFileName_data();
    void titleFromFileName();
};

void TestCaptionImport::realCaptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fragments");
    QTest::addColumn<QString>("firstText");
    QTest::addColumn<qint64>("lastStartMs");
    QTest::newRow("semiconductors") << "semiconductors-to-ml.captions.txt" << 1643
                                    << "Hi everyone, welcome to our event. This" << qint64(4390000);
    QTest::newRow("swe") << "swe-to-ml.captions.txt" << 1852 << "so welcome everyone" << qint64(-1);
    QTest::newRow("phones") << "testing-phones-to-nlp.captions.txt" << 1662 << "okay everyone Welcome to our event this"
                            << qint64(-1);
}

void TestCaptionImport::realCaptions()
{
    QFETCH(QString, file);
    QFETCH(int, fragments);
    QFETCH(QString, firstText);
    QFETCH(qint64, lastStartMs);
    const QString path = TestSupport::dataFile(file);
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY2(CaptionImport::read(path, &out, &error), qPrintable(error.toString()));
    QCOMPARE(CaptionImport::detect(QByteArray("0:00 x")), CaptionImport::Format::Raw);
    QCOMPARE(out.size(), fragments);
    QCOMPARE(out.first().text, firstText);
    QCOMPARE(out.first().sourceLine, 1);
    QCOMPARE(out.last().sourceLine, fragments);

    // Every fragment is the line it came from: its time and its text.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const CaptionFragment &c : out) {
        const QString line = QString::fromUtf8(lines.at(c.sourceLine - 1));
        const int space = line.indexOf(QLatin1Char(' '));
        QCOMPARE(Timecode::parse(line.left(space)).value_or(-1) * 1000, c.startMs);
        QCOMPARE(c.text, line.mid(space + 1).simplified());
        QCOMPARE(c.endMs, qint64(-1));
        QVERIFY(c.speaker.isEmpty());
    }
    if (lastStartMs >= 0)
        QCOMPARE(out.last().startMs, lastStartMs);
}

void TestCaptionImport::rawHours()
{
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY(CaptionImport::parse("59:58 before\n\n1:00:01 after the hour\r\n1:02:03.5 half <b>bold</b> &amp; more\n",
        QStringLiteral("x.txt"), &out, &error));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).startMs, qint64(3598000));
    QCOMPARE(out.at(1).startMs, qint64(3601000));
    QCOMPARE(out.at(1).text, QStringLiteral("after the hour"));
    QCOMPARE(out.at(1).sourceLine, 3);
    QCOMPARE(out.at(2).startMs, qint64(3723500));
    QCOMPARE(out.at(2).text, QStringLiteral("half bold & more"));
}

void TestCaptionImport::srt()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "1\r\n"
                             "00:00:01,000 --> 00:00:04,500\r\n"
                             "<i>Hello</i> there,\r\n"
                             "{\\an8}general Kenobi\r\n"
                             "\r\n"
                             "2\r\n"
                             "00:01:02,250 --> 00:01:05,000 X1:10 X2:20\r\n"
                             "Caf\xC3\xA9 &lt;3\r\n"
                             "\r\n"
                             "\r\n"
                             "3\r\n"
                             "01:00:00,000 --> 01:00:02,000\r\n"
                             "last one\r\n";
    QCOMPARE(CaptionImport::detect(bytes), CaptionImport::Format::Srt);
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY2(CaptionImport::parse(bytes, QStringLiteral("a.srt"), &out, &error), qPrintable(error.toString()));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).startMs, qint64(1000));
    QCOMPARE(out.at(0).endMs, qint64(4500));
    QCOMPARE(out.at(0).text, QStringLiteral("Hello there, general Kenobi"));
    QCOMPARE(out.at(0).sourceLine, 2);
    QCOMPARE(out.at(1).startMs, qint64(62250));
    QCOMPARE(out.at(1).text, QString::fromUtf8("Caf\xC3\xA9 <3"));
    QCOMPARE(out.at(1).sourceLine, 7);
    QCOMPARE(out.at(2).startMs, qint64(3600000));
}

void TestCaptionImport::vtt()
{
    const QByteArray bytes = "WEBVTT - a talk\n"
                             "Kind: captions\n"
                             "\n"
                             "NOTE this is\n"
                             "a comment\n"
                             "\n"
                             "STYLE\n"
                             "::cue { color: yellow }\n"
                             "\n"
                             "intro\n"
                             "00:01.000 --> 00:04.000 align:start position:10%\n"
                             "<v Alexey>Hi <c.yellow>everyone</c>,\n"
                             "welcome!\n"
                             "\n"
                             "00:00:05.500 --> 00:00:07.000\n"
                             "<v.loud Dashel Ruiz>Thanks &amp; hello</v>\n"
                             "\n"
                             "00:00:08.000 --> 00:00:09.000\n"
                             "no <00:00:08.500>voice\n";
    QCOMPARE(CaptionImport::detect(bytes), CaptionImport::Format::Vtt);
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY2(CaptionImport::parse(bytes, QStringLiteral("a.vtt"), &out, &error), qPrintable(error.toString()));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).startMs, qint64(1000));
    QCOMPARE(out.at(0).endMs, qint64(4000));
    QCOMPARE(out.at(0).text, QStringLiteral("Hi everyone, welcome!"));
    QCOMPARE(out.at(0).speaker, QStringLiteral("Alexey"));
    QCOMPARE(out.at(0).sourceLine, 11);
    QCOMPARE(out.at(1).startMs, qint64(5500));
    QCOMPARE(out.at(1).speaker, QStringLiteral("Dashel Ruiz"));
    QCOMPARE(out.at(1).text, QStringLiteral("Thanks & hello"));
    QCOMPARE(out.at(2).speaker, QString());
    QCOMPARE(out.at(2).text, QStringLiteral("no voice"));

    const QList<TranscriptEntry> entries = CaptionImport::toEntries(out);
    QCOMPARE(entries.at(0).speaker, std::optional<QString>(QStringLiteral("Alexey")));
    QVERIFY(!entries.at(2).speaker);
}

void TestCaptionImport::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("binary") << QByteArray("0:00 a\n0:01 b\x00\x01\x02", 16) << 2 << "binary";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10) << 2 << "binary";
    QTest::newRow("episode file") << QByteArray("---\ntitle: x\n---\n") << 1 << "not a caption file";
    QTest::newRow("empty") << QByteArray("") << 1 << "no captions";
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << 1 << "no captions";
    QTest::newRow("bad seconds") << QByteArray("0:00 a\n0:75 b\n") << 2 << "Bad timestamp";
    QTest::newRow("bad minutes with hours") << QByteArray("0:00 a\n1:75:00 b\n") << 2 << "Bad timestamp";
    QTest::newRow("missing time") << QByteArray("0:00 a\n0:02 b\nc without time\n") << 3 << "Expected a time";
    QTest::newRow("srt bad timing") << QByteArray(
        "1\n00:00:01,000 --> 00:00:02,000\na\n\n2\n00:00:xx,000 --> 00:00:03,000\nb\n")
                                    << 6 << "Bad cue timing";
    QTest::newRow("srt junk") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\na\n\nhello\nworld\n") << 5
                              << "subtitle number";
    QTest::newRow("vtt no timing") << QByteArray("WEBVTT\n\nid\ntext without timing\n") << 3 << "cue timing";
    QTest::newRow("vtt only header") << QByteArray("WEBVTT\n\nNOTE nothing\n") << 1 << "no captions";
}

void TestCaptionImport::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    QList<CaptionFragment> out;
    out.append(CaptionFragment());
    FileError error;
    QVERIFY(!CaptionImport::parse(bytes, QStringLiteral("bad.txt"), &out, &error));
    QVERIFY(out.isEmpty());
    QCOMPARE(error.file, QStringLiteral("bad.txt"));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
}

void TestCaptionImport::toEpisode()
{
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY(CaptionImport::read(TestSupport::dataFile(QStringLiteral("swe-to-ml.captions.txt")), &out, &error));
    const Episode episode = CaptionImport::toEpisode(out, QStringLiteral("Swe to ml"));
    QCOMPARE(episode.layout, Episode::Layout::PlainYaml);
    QCOMPARE(episode.title(), QStringLiteral("Swe to ml"));
    QVERIFY(episode.hasTranscript());
    QCOMPARE(episode.entries.size(), out.size());
    QSet<EntryId> ids;
    for (int i = 0; i < out.size(); ++i) {
        const TranscriptEntry &e = episode.entries.at(i);
        QVERIFY(e.isLine());
        QVERIFY(!e.speaker);
        QCOMPARE(e.text, out.at(i).text);
        QCOMPARE(e.seconds, std::optional<qint64>(out.at(i).startMs / 1000));
        QCOMPARE(e.time, std::optional<QString>(Timecode::format(out.at(i).startMs / 1000)));
        QVERIFY(e.id != 0);
        ids.insert(e.id);
    }
    QCOMPARE(ids.size(), out.size());
    QCOMPARE(episode.entries.at(4).time, std::optional<QString>(QStringLiteral("0:11")));
}

void TestCaptionImport::toEpisodeWritesAndReadsBack()
{
    QList<CaptionFragment> out;
    FileError error;
    QVERIFY(
        CaptionImport::read(TestSupport::dataFile(QStringLiteral("testing-phones-to-nlp.captions.txt")), &out, &error));
    const Episode episode = CaptionImport::toEpisode(out, QStringLiteral("Testing: phones"));
    Episode back;
    QVERIFY2(EpisodeFile::parse(EpisodeFile::serialize(episode), QStringLiteral("x.yaml"), &back, &error),
        qPrintable(error.toString()));
    QCOMPARE(back.title(), QStringLiteral("Testing: phones"));
    QCOMPARE(back.entries.size(), episode.entries.size());
    for (int i = 0; i < back.entries.size(); ++i)
        QVERIFY2(back.entries.at(i).sameValues(episode.entries.at(i)), qPrintable(QString::number(i)));
}

void TestCaptionImport::titleFromFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::newRow("captions") << "/x/swe-to-ml.captions.txt"
                              << "Swe to ml";
    QTest::newRow("srt") << "my_talk.srt"
                         << "My talk";
    QTest::newRow("vtt lang") << "talk.en.vtt"
                              << "Talk";
    QTest::newRow("plain") << "interview"
                           << "Interview";
}

void TestCaptionImport::titleFromFileName()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QCOMPARE(CaptionImport::titleFromFileName(path), title);
}

QTEST_GUILESS_MAIN(TestCaptionImport)
#include "tst_captionimport.moc"
