// `transcript-editor waveform`: JSON and .dat of the bundled sample in audiowaveform's version 2 layout, agreeing
// with peaks computed from ffmpeg's own decode of the same file; usage errors exit 2, unreadable audio exits 1 with
// "file: message", and nothing is written when it fails.
//
// The comparison with ffmpeg: `ffmpeg -i sample.mp3 -f s16le -ac 1 -` gives the samples of an independent decoder
// (ffmpeg's mp3float, which also honours the LAME/Xing gapless header). Peaks are taken from them with the same
// samples per pixel; both decoders round differently, so each pixel may differ by a little, but the waveforms must
// have the same length (within one pixel), line up (the best cross-correlation lag is 0 pixels: no decoder delay
// between them) and agree pixel by pixel within 3% of full scale on at least 99% of the pixels.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runApp(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(TE_APP_BINARY), args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString sample()
{
    return QStringLiteral(TE_TESTS_DATA_DIR "/../../resources/sample/semiconductors-to-ml.mp3");
}

} // namespace

class TestWaveformCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonAgreesWithFfmpeg();
    void datMatchesJson();
    void pixelsPerSecond();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
};

void TestWaveformCli::jsonAgreesWithFfmpeg()
{
    const QString out = m_dir.filePath(QStringLiteral("sample.json"));
    const Run run = runApp({ QStringLiteral("waveform"), sample(), QStringLiteral("-o"), out,
        QStringLiteral("--samples-per-pixel"), QStringLiteral("512") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(TestSupport::readAll(out)).object();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("samples_per_pixel")).toInt(), 512);
    const int rate = json.value(QLatin1String("sample_rate")).toInt();
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    const int length = json.value(QLatin1String("length")).toInt();
    QCOMPARE(data.size(), 2 * length);

    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed; the comparison needs an independent decoder");
    QProcess decode;
    decode.start(ffmpeg,
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), sample(), QStringLiteral("-f"),
            QStringLiteral("s16le"), QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"),
            QString::number(rate), QStringLiteral("-") });
    QVERIFY(decode.waitForFinished(120000));
    const QByteArray pcm = decode.readAllStandardOutput();
    const qsizetype samples = pcm.size() / 2;
    QVERIFY(samples > rate * 60);
    const int theirLength = int((samples + 511) / 512);
    QVERIFY2(qAbs(theirLength - length) <= 1, qPrintable(QStringLiteral("%1 vs %2").arg(theirLength).arg(length)));
    std::vector<int> theirMax(std::size_t(theirLength), 0), theirMin(std::size_t(theirLength), 0);
    for (qsizetype i = 0; i < samples; ++i) {
        const int s = qFromLittleEndian<qint16>(pcm.constData() + 2 * i);
        const std::size_t p = std::size_t(i / 512);
        if (i % 512 == 0)
            theirMax[p] = theirMin[p] = s;
        theirMax[p] = std::max(theirMax[p], s);
        theirMin[p] = std::min(theirMin[p], s);
    }
    const int n = std::min(length, theirLength);
    // Alignment: the lag with the smallest difference of the max envelopes is 0.
    int bestLag = 99;
    double best = 1e300;
    for (int lag = -5; lag <= 5; ++lag) {
        double sum = 0;
        for (int i = 10; i < n - 10; ++i)
            sum += std::abs(data.at(2 * i + 1).toInt() - theirMax[std::size_t(i + lag)]);
        if (sum < best) {
            best = sum;
            bestLag = lag;
        }
    }
    QCOMPARE(bestLag, 0);
    int close = 0;
    for (int i = 0; i < n; ++i) {
        const int dMin = std::abs(data.at(2 * i).toInt() - theirMin[std::size_t(i)]);
        const int dMax = std::abs(data.at(2 * i + 1).toInt() - theirMax[std::size_t(i)]);
        close += std::max(dMin, dMax) <= 983; // 3% of 32768
    }
    qInfo("%d of %d pixels within 3%% of ffmpeg's", close, n);
    QVERIFY(close >= 0.99 * n);
}

void TestWaveformCli::datMatchesJson()
{
    const QString json = m_dir.filePath(QStringLiteral("a.json"));
    const QString dat = m_dir.filePath(QStringLiteral("a.dat"));
    QCOMPARE(runApp({ QStringLiteral("waveform"), sample(), QStringLiteral("-o"), json }).exitCode, 0);
    QCOMPARE(runApp({ QStringLiteral("waveform"), sample(), QStringLiteral("-o"), dat }).exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(TestSupport::readAll(json)).object();
    QCOMPARE(o.value(QLatin1String("samples_per_pixel")).toInt(), 256); // audiowaveform's default
    const QByteArray bytes = TestSupport::readAll(dat);
    QCOMPARE(qFromLittleEndian<qint32>(bytes.constData()), 2);
    QCOMPARE(qFromLittleEndian<qint32>(bytes.constData() + 8), o.value(QLatin1String("sample_rate")).toInt());
    QCOMPARE(qFromLittleEndian<qint32>(bytes.constData() + 12), 256);
    const int length = int(qFromLittleEndian<quint32>(bytes.constData() + 16));
    QCOMPARE(length, o.value(QLatin1String("length")).toInt());
    QCOMPARE(bytes.size(), 24 + 4 * length);
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    for (int i = 0; i < 2 * length; ++i)
        QCOMPARE(int(qFromLittleEndian<qint16>(bytes.constData() + 24 + 2 * i)), data.at(i).toInt());
}

void TestWaveformCli::pixelsPerSecond()
{
    const QString out = m_dir.filePath(QStringLiteral("pps.json"));
    QCOMPARE(runApp({ QStringLiteral("waveform"), sample(), QStringLiteral("-o"), out,
                        QStringLiteral("--pixels-per-second"), QStringLiteral("20") })
                 .exitCode,
        0);
    const QJsonObject o = QJsonDocument::fromJson(TestSupport::readAll(out)).object();
    const int rate = o.value(QLatin1String("sample_rate")).toInt();
    QCOMPARE(o.value(QLatin1String("samples_per_pixel")).toInt(), rate / 20);
    // 3 minutes at 20 pixels per second.
    QVERIFY(qAbs(o.value(QLatin1String("length")).toInt() - 180 * 20) <= 40);
}

void TestWaveformCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("OUT.json");
    QTest::newRow("no output") << QStringList { sample() } << 2 << "Needs -o OUT.json";
    QTest::newRow("no audio") << QStringList { QStringLiteral("-o"), out } << 2 << "Needs exactly one AUDIO";
    QTest::newRow("both zooms") << QStringList { sample(), QStringLiteral("-o"), out,
        QStringLiteral("--pixels-per-second"), QStringLiteral("10"), QStringLiteral("--samples-per-pixel"),
        QStringLiteral("10") } << 2
                                << "exclude";
    QTest::newRow("bad number") << QStringList { sample(), QStringLiteral("-o"), out,
        QStringLiteral("--samples-per-pixel"), QStringLiteral("-3") }
                                << 2 << "positive";
    QTest::newRow("unknown option") << QStringList { sample(), QStringLiteral("-o"), out, QStringLiteral("--zoom") }
                                    << 2 << "zoom";
    QTest::newRow("bad extension") << QStringList { sample(), QStringLiteral("-o"), QStringLiteral("x.png") } << 2
                                   << ".json or .dat";
    QTest::newRow("missing audio") << QStringList { QStringLiteral("nope.mp3"), QStringLiteral("-o"), out } << 1
                                   << "nope.mp3: ";
    QTest::newRow("not audio") << QStringList { QStringLiteral(TE_TESTS_DATA_DIR "/semiconductors-to-ml.md"),
        QStringLiteral("-o"), out }
                               << 1 << "semiconductors-to-ml.md: ";
}

void TestWaveformCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QDir::setCurrent(m_dir.path());
    const Run run = runApp(QStringList { QStringLiteral("waveform") } + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("OUT.json")))); // nothing written
}

QTEST_GUILESS_MAIN(TestWaveformCli)
#include "tst_waveformcli.moc"
