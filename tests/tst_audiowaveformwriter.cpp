// AudiowaveformWriter: the JSON and binary (.dat) files follow BBC audiowaveform's version 2 layout exactly.
#include "audiowaveformwriter.h"
#include "peakpyramid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

class TestAudiowaveformWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonVersion2();
    void datVersion2();
};

namespace {
PeakPyramid pixels()
{
    // Three pixels of 4 samples and a partial fourth.
    const qint16 samples[] = { 1, -2, 3, 0, -32768, 32767, 5, 5, 0, 0, 0, 0, 7, -7 };
    PeakPyramid pyramid(44100, 4);
    pyramid.append(samples, qsizetype(std::size(samples)));
    return pyramid;
}
} // namespace

void TestAudiowaveformWriter::jsonVersion2()
{
    const QJsonDocument doc = QJsonDocument::fromJson(AudiowaveformWriter::json(pixels()));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("channels")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("sample_rate")).toInt(), 44100);
    QCOMPARE(o.value(QLatin1String("samples_per_pixel")).toInt(), 4);
    QCOMPARE(o.value(QLatin1String("bits")).toInt(), 16);
    QCOMPARE(o.value(QLatin1String("length")).toInt(), 4);
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    const QList<int> expected { -2, 3, -32768, 32767, 0, 0, -7, 7 };
    QCOMPARE(data.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(data.at(i).toInt(), expected.at(i));
}

void TestAudiowaveformWriter::datVersion2()
{
    const QByteArray dat = AudiowaveformWriter::dat(pixels());
    QCOMPARE(dat.size(), 24 + 4 * 4);
    const char *p = dat.constData();
    QCOMPARE(qFromLittleEndian<qint32>(p), 2); // version
    QCOMPARE(qFromLittleEndian<quint32>(p + 4), 0u); // flags: 16-bit
    QCOMPARE(qFromLittleEndian<qint32>(p + 8), 44100);
    QCOMPARE(qFromLittleEndian<qint32>(p + 12), 4);
    QCOMPARE(qFromLittleEndian<quint32>(p + 16), 4u); // length
    QCOMPARE(qFromLittleEndian<qint32>(p + 20), 1); // channels
    const QList<int> expected { -2, 3, -32768, 32767, 0, 0, -7, 7 };
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(int(qFromLittleEndian<qint16>(p + 24 + 2 * i)), expected.at(i));
}

QTEST_GUILESS_MAIN(TestAudiowaveformWriter)
#include "tst_audiowaveformwriter.moc"
