#include "waveformdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include <algorithm>
#include <mutex>

namespace {

bool ensureGStreamer(QString *error)
{
    static std::once_flag once;
    static QString failure;
    std::call_once(once, [] {
        GError *err = nullptr;
        if (!gst_init_check(nullptr, nullptr, &err)) {
            failure = QString::fromUtf8(err ? err->message : "gst_init failed");
            if (err)
                g_error_free(err);
        }
    });
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("WaveformDecoder", text);
}

/** Handles each decoded buffer in the streaming thread (see decode()). */
struct SampleHandler
{
    const WaveformDecoder::Callbacks &callbacks;
    const std::atomic<bool> &cancel;
    int rate = 0;
    qint64 next = 0; ///< the sample index the stream has reached
    std::atomic<gint64> durationNs { -1 };
    QString failure;

    static GstFlowReturn onNewSample(GstAppSink *sink, gpointer data)
    {
        auto *self = static_cast<SampleHandler *>(data);
        if (self->cancel.load(std::memory_order_relaxed))
            return GST_FLOW_EOS;
        GstSample *sample = gst_app_sink_pull_sample(sink);
        if (!sample)
            return GST_FLOW_EOS;
        const bool ok = self->handle(sample);
        gst_sample_unref(sample);
        return ok ? GST_FLOW_OK : GST_FLOW_ERROR;
    }

    bool handle(GstSample *sample)
    {
        if (rate == 0) {
            const GstStructure *caps = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
            if (!caps || !gst_structure_get_int(caps, "rate", &rate) || rate <= 0) {
                rate = 0;
                failure = tr("the decoded stream has no sample rate");
                return false;
            }
            if (callbacks.format)
                callbacks.format(rate);
        }
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (!buffer || !gst_buffer_map(buffer, &map, GST_MAP_READ))
            return true;
        const auto *samples = reinterpret_cast<const qint16 *>(map.data);
        qsizetype count = qsizetype(map.size / 2);
        qint64 first = next;
        if (GST_BUFFER_PTS_IS_VALID(buffer))
            first = qint64(gst_util_uint64_scale_round(GST_BUFFER_PTS(buffer), guint64(rate), GST_SECOND));
        if (first < next) { // overlap: drop what is already there
            const qint64 skip = std::min<qint64>(next - first, count);
            samples += skip;
            count -= qsizetype(skip);
            first = next;
        }
        if (count > 0 && callbacks.samples)
            callbacks.samples(first, samples, count);
        next = std::max(next, first + count);
        gst_buffer_unmap(buffer, &map);
        const gint64 duration = durationNs.load(std::memory_order_relaxed);
        if (callbacks.progress && duration > 0)
            callbacks.progress(std::min(1.0, double(next) * GST_SECOND / rate / double(duration)));
        return true;
    }
};

} // namespace

bool WaveformDecoder::initialize(QString *error)
{
    return ensureGStreamer(error);
}

bool WaveformDecoder::decode(
    const QString &path, const Callbacks &callbacks, const std::atomic<bool> &cancel, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(tr("cannot read the file"));
    if (!ensureGStreamer(error))
        return false;

    GError *parseError = nullptr;
    GstElement *pipeline = gst_parse_launch("filesrc name=src ! decodebin ! audioconvert ! "
                                            "audio/x-raw,format=S16LE,channels=1,layout=interleaved ! "
                                            "appsink name=sink sync=false max-buffers=64",
        &parseError);
    if (!pipeline) {
        const QString message = QString::fromUtf8(parseError ? parseError->message : "cannot build the pipeline");
        if (parseError)
            g_error_free(parseError);
        return fail(message);
    }
    GstElement *source = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement *sinkElement = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_object_set(source, "location", QFile::encodeName(info.absoluteFilePath()).constData(), nullptr);
    GstAppSink *sink = GST_APP_SINK(sinkElement);
    GstBus *bus = gst_element_get_bus(pipeline);

    // Buffers are handled in GStreamer's streaming thread through the appsink callback: pulling them across to this
    // thread costs two context switches per buffer (about a third of the decode time for an MP3's small frames).
    SampleHandler handler { callbacks, cancel };
    GstAppSinkCallbacks sinkCallbacks {};
    sinkCallbacks.new_sample = &SampleHandler::onNewSample;
    gst_app_sink_set_callbacks(sink, &sinkCallbacks, &handler, nullptr);

    QString failure;
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    while (!cancel.load(std::memory_order_relaxed)) {
        GstMessage *message
            = gst_bus_timed_pop_filtered(bus, 50 * GST_MSECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        if (handler.durationNs.load() <= 0) {
            gint64 duration = -1;
            if (gst_element_query_duration(pipeline, GST_FORMAT_TIME, &duration))
                handler.durationNs.store(duration);
        }
        if (!message)
            continue;
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
            GError *err = nullptr;
            gchar *debug = nullptr;
            gst_message_parse_error(message, &err, &debug);
            failure = QString::fromUtf8(err ? err->message : "unknown GStreamer error");
            if (err)
                g_error_free(err);
            g_free(debug);
        }
        gst_message_unref(message);
        break;
    }
    const bool cancelled = cancel.load();
    gst_element_set_state(pipeline, GST_STATE_NULL); // the streaming thread has stopped once this returns
    if (!handler.failure.isEmpty())
        failure = handler.failure;
    const int rate = handler.rate;
    gst_object_unref(bus);
    gst_object_unref(sinkElement);
    gst_object_unref(source);
    gst_object_unref(pipeline);
    if (cancelled)
        return fail(tr("cancelled"));
    if (!failure.isEmpty())
        return fail(failure);
    if (rate == 0)
        return fail(tr("no audio found in the file"));
    return true;
}

std::optional<PeakPyramid> WaveformDecoder::decodePeaks(const QString &path, int samplesPerPeak, QString *error,
    const std::function<int(int sampleRate)> &samplesPerPeakForRate)
{
    std::optional<PeakPyramid> peaks;
    Callbacks callbacks;
    callbacks.format
        = [&](int rate) { peaks.emplace(rate, samplesPerPeakForRate ? samplesPerPeakForRate(rate) : samplesPerPeak); };
    callbacks.samples = [&](qint64 first, const qint16 *samples, qsizetype count) {
        peaks->padTo(first);
        peaks->append(samples, count);
    };
    const std::atomic<bool> never { false };
    if (!decode(path, callbacks, never, error))
        return std::nullopt;
    return peaks;
}
