#include "audiowaveformwriter.h"

#include "peakpyramid.h"

#include <QtEndian>

namespace {
template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}
} // namespace

QByteArray AudiowaveformWriter::json(const PeakPyramid &peaks)
{
    const std::vector<PeakPair> &pixels = peaks.level(0);
    QByteArray out;
    out.reserve(qsizetype(120 + pixels.size() * 12));
    out += "{\"version\":2,\"channels\":1,\"sample_rate\":" + QByteArray::number(peaks.sampleRate())
        + ",\"samples_per_pixel\":" + QByteArray::number(peaks.baseSamplesPerPeak())
        + ",\"bits\":16,\"length\":" + QByteArray::number(qulonglong(pixels.size())) + ",\"data\":[";
    bool first = true;
    for (const PeakPair &pair : pixels) {
        if (!first)
            out += ',';
        first = false;
        out += QByteArray::number(pair.min);
        out += ',';
        out += QByteArray::number(pair.max);
    }
    out += "]}\n";
    return out;
}

QByteArray AudiowaveformWriter::dat(const PeakPyramid &peaks)
{
    const std::vector<PeakPair> &pixels = peaks.level(0);
    QByteArray out;
    out.reserve(qsizetype(24 + pixels.size() * 4));
    put<qint32>(out, 2);
    put<quint32>(out, 0);
    put<qint32>(out, peaks.sampleRate());
    put<qint32>(out, peaks.baseSamplesPerPeak());
    put<quint32>(out, quint32(pixels.size()));
    put<qint32>(out, 1);
    for (const PeakPair &pair : pixels) {
        put<qint16>(out, pair.min);
        put<qint16>(out, pair.max);
    }
    return out;
}
