#include "episodefile.h"
#include "testsupport.h"
#include "timecode.h"
#include "transcriptexport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

/** TranscriptExport: every format on the fixtures and on small hand-made episodes; subtitles read back by ffmpeg. */
class TestTranscriptExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void srtFixture();
    void vttFixture();
    void plainTextFixture();
    void markdownFixture();
    void chaptersFixture();
    void cueEdgeCases();
    void readableCues_data();
    void readableCues();
    void readableEdgeCases();
    void chaptersEdgeCases();
    void formatNames();
    void ffmpegAccepts_data();
    void ffmpegAccepts();

private:
    Episode m_episode; // semiconductors-to-ml.md
};

namespace {

TranscriptEntry line(qint64 sec, const QString &text, const QString &who = QString())
{
    TranscriptEntry e;
    e.text = text;
    if (sec >= 0)
        e.setSeconds(sec);
    if (!who.isEmpty())
        e.speaker = who;
    return e;
}

TranscriptEntry header(const QString &title)
{
    TranscriptEntry e;
    e.kind = TranscriptEntry::Kind::Header;
    e.text = title;
    return e;
}

Episode make(const QList<TranscriptEntry> &entries)
{
    Episode e;
    e.ensureTranscript();
    e.entries = entries;
    e.assignIds();
    return e;
}

QStringList blocks(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

} // namespace

void TestTranscriptExport::initTestCase()
{
    FileError error;
    QVERIFY2(EpisodeFile::read(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &m_episode, &error),
        qPrintable(error.toString()));
}

void TestTranscriptExport::srtFixture()
{
    const QStringList cues = blocks(TranscriptExport::srt(m_episode, true, TranscriptExport::Cues::Paragraph));
    // 162 timed lines; three of them repeat the previous second and share its cue.
    QCOMPARE(cues.size(), 159);
    QCOMPARE(cues.first().section(QLatin1Char('\n'), 0, 1), QStringLiteral("1\n00:00:00,000 --> 00:00:14,000"));
    QVERIFY(cues.first()
                .section(QLatin1Char('\n'), 2)
                .startsWith(QLatin1String("Alexey: Hi everyone, welcome to our event.")));
    QVERIFY(cues.at(1).startsWith(QLatin1String("2\n00:00:14,000 --> 00:00:42,000\nAlexey: Do not forget")));
    qint64 previousStart = -1;
    for (int i = 0; i < cues.size(); ++i) {
        const QStringList parts = cues.at(i).split(QLatin1Char('\n'));
        QCOMPARE(parts.at(0), QString::number(i + 1));
        static const QRegularExpression timing(
            QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})$"));
        const QRegularExpressionMatch m = timing.match(parts.at(1));
        QVERIFY2(m.hasMatch(), qPrintable(parts.at(1)));
        const qint64 start
            = m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
        const qint64 end
            = m.captured(5).toLongLong() * 3600 + m.captured(6).toLongLong() * 60 + m.captured(7).toLongLong();
        QVERIFY(start > previousStart);
        QVERIFY(end > start);
        previousStart = start;
        QVERIFY(parts.size() >= 3);
    }
    // Without prefixes the text starts directly.
    QVERIFY(blocks(TranscriptExport::srt(m_episode, false, TranscriptExport::Cues::Paragraph))
                .first()
                .section(QLatin1Char('\n'), 2)
                .startsWith(QLatin1String("Hi everyone")));
}

void TestTranscriptExport::vttFixture()
{
    const QByteArray vtt = TranscriptExport::vtt(m_episode, TranscriptExport::Cues::Paragraph);
    QVERIFY(vtt.startsWith("WEBVTT\n\nNOTE From Semiconductors to Machine Learning"));
    const QStringList cues = blocks(vtt);
    QCOMPARE(cues.size(), 2 + 159);
    QVERIFY(cues.at(2).startsWith(QLatin1String("00:00:00.000 --> 00:00:14.000\n<v Alexey>Hi everyone")));
    QCOMPARE(vtt.count("<v Dashel>") + vtt.count("<v Alexey>"), 162);
    QVERIFY(!vtt.contains("-->\n"));
}

void TestTranscriptExport::plainTextFixture()
{
    const QStringList parts = blocks(TranscriptExport::plainText(m_episode));
    QCOMPARE(parts.at(0), QStringLiteral("From Semiconductors to Machine Learning: A Career in Data and Teaching"));
    QCOMPARE(parts.at(1), QStringLiteral("Dashel's unique career path from music to semiconductors"));
    QVERIFY(parts.at(2).startsWith(QLatin1String(
        "Alexey: Hi everyone, welcome to our event. This event is brought to you by the Data Docs Club")));
    QCOMPARE(parts.size(), 1 + m_episode.entries.size());
}

void TestTranscriptExport::markdownFixture()
{
    const QStringList parts = blocks(TranscriptExport::markdown(m_episode));
    QCOMPARE(parts.at(0), QStringLiteral("# From Semiconductors to Machine Learning: A Career in Data and Teaching"));
    QCOMPARE(parts.at(1), QStringLiteral("## Dashel's unique career path from music to semiconductors"));
    QVERIFY(parts.at(2).startsWith(QLatin1String("**Alexey** [0:00]: Hi everyone")));
    QVERIFY(parts.at(6).startsWith(QLatin1String("**Dashel** [1:15]: Yeah, I am ready.")));
    QCOMPARE(int(std::count_if(
                 parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(QLatin1String("## ")); })),
        int(std::count_if(m_episode.entries.cbegin(), m_episode.entries.cend(),
            [](const TranscriptEntry &e) { return e.isHeader(); })));
}

void TestTranscriptExport::chaptersFixture()
{
    const QStringList chapters
        = QString::fromUtf8(TranscriptExport::youtubeChapters(m_episode)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(chapters.first(), QStringLiteral("0:00 Dashel's unique career path from music to semiconductors"));
    int headers = 0;
    for (const TranscriptEntry &e : m_episode.entries)
        headers += e.isHeader() ? 1 : 0;
    QCOMPARE(chapters.size(), headers);
    qint64 previous = -1;
    for (const QString &c : chapters) {
        const qint64 sec = Timecode::parse(c.section(QLatin1Char(' '), 0, 0)).value_or(-1);
        QVERIFY2(sec > previous, qPrintable(c));
        previous = sec;
    }
    // Each chapter after the first starts at the first timed line after its header.
    for (int i = 0, n = 0; i < m_episode.entries.size(); ++i) {
        if (!m_episode.entries.at(i).isHeader())
            continue;
        if (n > 0)
            QCOMPARE(chapters.at(n),
                Timecode::format(*m_episode.entries.at(i + 1).seconds) + QLatin1Char(' ')
                    + m_episode.entries.at(i).text);
        ++n;
    }
}

void TestTranscriptExport::cueEdgeCases()
{
    const Episode e
        = make({ line(-1, "Before any time.", "A"), line(5, "First <b> & more", "A"), line(5, "Same second.", "B"),
            line(-1, "Untimed after.", "B"), header("H"), line(3, "Backwards.", "A"), line(9, "Later.") });
    const QStringList cues = blocks(TranscriptExport::srt(e, true, TranscriptExport::Cues::Paragraph));
    QCOMPARE(cues.size(), 3);
    QCOMPARE(cues.at(0),
        QStringLiteral("1\n00:00:05,000 --> 00:00:09,000\nA: Before any time.\nA: First <b> & more\nB: Same "
                       "second.\nB: Untimed after."));
    // A backwards line ends at the next later start after it, never before it starts.
    QCOMPARE(cues.at(1), QStringLiteral("2\n00:00:03,000 --> 00:00:09,000\nA: Backwards."));
    QCOMPARE(cues.at(2), QStringLiteral("3\n00:00:09,000 --> 00:00:14,000\nLater."));
    const QString vtt = QString::fromUtf8(TranscriptExport::vtt(e, TranscriptExport::Cues::Paragraph));
    QVERIFY(vtt.contains(QLatin1String("<v A>First &lt;b&gt; &amp; more\n<v B>Same second.")));
    QVERIFY(vtt.contains(QLatin1String("00:00:09.000 --> 00:00:14.000\nLater.\n")));
    // A long last line stays up long enough to read.
    const Episode longLast = make({ line(0, QString(QStringLiteral("word ")).repeated(340)) });
    QVERIFY(TranscriptExport::srt(longLast, true, TranscriptExport::Cues::Paragraph)
                .contains("00:00:00,000 --> 00:02:00,000"));
    QCOMPARE(TranscriptExport::srt(make({})), QByteArray());
    QCOMPARE(TranscriptExport::vtt(make({})), QByteArray("WEBVTT\n\n"));
}

void TestTranscriptExport::readableCues_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("semiconductors") << "semiconductors-to-ml.md";
    QTest::newRow("testing phones") << "testing-phones-to-nlp.md";
}

void TestTranscriptExport::readableCues()
{
    QFETCH(QString, file);
    Episode episode;
    FileError error;
    QVERIFY(EpisodeFile::read(TestSupport::dataFile(file), &episode, &error));
    const QStringList cues = blocks(TranscriptExport::srt(episode));
    const QStringList paragraphs = blocks(TranscriptExport::srt(episode, true, TranscriptExport::Cues::Paragraph));
    QVERIFY(cues.size() > paragraphs.size());
    static const QRegularExpression timing(
        QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})$"));
    auto ms = [](const QRegularExpressionMatch &m, int first) {
        return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60
                   + m.captured(first + 2).toLongLong())
            * 1000
            + m.captured(first + 3).toLongLong();
    };
    qint64 previousEnd = 0;
    QStringList allText;
    for (int i = 0; i < cues.size(); ++i) {
        const QStringList parts = cues.at(i).split(QLatin1Char('\n'));
        QCOMPARE(parts.at(0), QString::number(i + 1));
        const QRegularExpressionMatch m = timing.match(parts.at(1));
        QVERIFY2(m.hasMatch(), qPrintable(parts.at(1)));
        const qint64 start = ms(m, 1), end = ms(m, 5);
        QVERIFY2(end > start, qPrintable(cues.at(i)));
        // Times never go backwards in this export of well-ordered episodes, and cues never overlap.
        const bool backwardsInSource = start < previousEnd;
        if (file.startsWith(QLatin1String("semiconductors")))
            QVERIFY2(!backwardsInSource, qPrintable(cues.at(i)));
        previousEnd = end;
        const QStringList lines = parts.mid(2);
        QVERIFY2(lines.size() >= 1 && lines.size() <= 2, qPrintable(cues.at(i)));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 42 || !line.contains(QLatin1Char(' ')), qPrintable(line));
        allText << lines;
    }
    // All the words of the paragraph export, in order.
    QStringList paragraphText;
    for (const QString &cue : paragraphs)
        paragraphText << cue.split(QLatin1Char('\n')).mid(2);
    QCOMPARE(allText.join(QLatin1Char(' ')), paragraphText.join(QLatin1Char(' ')));
}

void TestTranscriptExport::readableEdgeCases()
{
    // Speakers: "Name: " opens a speaker's first cue in SRT (and counts towards the line length); WebVTT tags
    // every cue with its voice. Escaping and untimed lines work as in paragraph cues.
    const Episode e = make(
        { line(0, "Hi everyone, welcome to our event. This event is brought to you by the Data Docs Club.", "Alexey"),
            line(10, "First <b> & more", "A"), line(-1, "Untimed after."), line(14, "Later.") });
    const QString srt = QString::fromUtf8(TranscriptExport::srt(e));
    QVERIFY2(srt.startsWith(QStringLiteral("1\n00:00:00,000 --> ")), qPrintable(srt));
    const QStringList cues = blocks(srt.toUtf8());
    QVERIFY2(
        cues.at(0).section(QLatin1Char('\n'), 2).startsWith(QLatin1String("Alexey: Hi everyone")), qPrintable(srt));
    QVERIFY2(!cues.at(1).contains(QLatin1String("Alexey")), qPrintable(srt));
    QVERIFY(srt.contains(QLatin1String("A: First <b> & more\n")));
    QVERIFY(srt.contains(QLatin1String("\nUntimed after.\n")));
    const QString vtt = QString::fromUtf8(TranscriptExport::vtt(e));
    QCOMPARE(vtt.count(QLatin1String("<v Alexey>")), 2);
    QVERIFY(vtt.contains(QLatin1String("<v A>First &lt;b&gt; &amp; more\n")));
    QVERIFY(vtt.contains(QLatin1String("00:00:14.000 --> 00:00:19.000\nLater.\n")));
    QCOMPARE(TranscriptExport::srt(make({})), QByteArray());
}

void TestTranscriptExport::chaptersEdgeCases()
{
    const Episode e = make({ line(0, "Intro before any header."), header("Empty section"), header("Welcome"),
        line(20, "a"), header("Untimed"), line(-1, "b"), header("Second"), line(-1, "c"), line(90, "d"),
        header("Backwards"), line(80, "e"), header("Last"), line(3700, "f") });
    QCOMPARE(QString::fromUtf8(TranscriptExport::youtubeChapters(e)),
        QStringLiteral("0:00 Welcome\n1:30 Second\n1:01:40 Last\n"));
    QCOMPARE(TranscriptExport::youtubeChapters(make({ line(5, "no headers") })), QByteArray());
}

void TestTranscriptExport::formatNames()
{
    TranscriptExport::Format f;
    QVERIFY(TranscriptExport::formatFromName(QStringLiteral("SRT"), &f));
    QCOMPARE(f, TranscriptExport::Format::Srt);
    QVERIFY(TranscriptExport::formatFromName(QStringLiteral("webvtt"), &f));
    QCOMPARE(f, TranscriptExport::Format::Vtt);
    QVERIFY(TranscriptExport::formatFromName(QStringLiteral("txt"), &f));
    QCOMPARE(f, TranscriptExport::Format::PlainText);
    QVERIFY(TranscriptExport::formatFromName(QStringLiteral("md"), &f));
    QCOMPARE(f, TranscriptExport::Format::Markdown);
    QVERIFY(TranscriptExport::formatFromName(QStringLiteral("chapters"), &f));
    QCOMPARE(TranscriptExport::exportAs(m_episode, f), TranscriptExport::youtubeChapters(m_episode));
    QVERIFY(!TranscriptExport::formatFromName(QStringLiteral("docx"), &f));
}

void TestTranscriptExport::ffmpegAccepts_data()
{
    QTest::addColumn<QString>("episode");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("cues");
    for (const char *name : { "semiconductors-to-ml.md", "testing-phones-to-nlp.md" }) {
        for (const char *format : { "srt", "vtt" }) {
            for (const auto cues : { TranscriptExport::Cues::Readable, TranscriptExport::Cues::Paragraph })
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2 %3")
                                   .arg(QLatin1String(name), QLatin1String(format),
                                       cues == TranscriptExport::Cues::Readable ? QStringLiteral("readable")
                                                                                : QStringLiteral("paragraph"))))
                    << QString::fromLatin1(name) << QString::fromLatin1(format) << int(cues);
        }
    }
}

void TestTranscriptExport::ffmpegAccepts()
{
    QFETCH(QString, episode);
    QFETCH(QString, format);
    QFETCH(int, cues);
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    Episode e;
    FileError error;
    QVERIFY(EpisodeFile::read(TestSupport::dataFile(episode), &e, &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + format);
    QVERIFY(EpisodeFile::writeBytes(path,
        format == QLatin1String("srt") ? TranscriptExport::srt(e, true, TranscriptExport::Cues(cues))
                                       : TranscriptExport::vtt(e, TranscriptExport::Cues(cues)),
        &error));
    // ffmpeg reads the file and writes it back as SRT: it must do so without a complaint and keep every cue.
    QProcess p;
    p.start(ffmpeg,
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-f"),
            QStringLiteral("srt"), QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QByteArray messages = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, messages.constData());
    QVERIFY2(messages.trimmed().isEmpty(), messages.constData());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const int cueCount = int(written.readAll().count("-->"));
    QVERIFY(cueCount > 100);
    QCOMPARE(int(p.readAllStandardOutput().count("-->")), cueCount);
}

QTEST_GUILESS_MAIN(TestTranscriptExport)
#include "tst_transcriptexport.moc"
