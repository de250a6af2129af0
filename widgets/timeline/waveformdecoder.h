#pragma once

#include "peakpyramid.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

/**
 * Decodes an audio file to mono 16-bit samples with a GStreamer pipeline
 * (`filesrc ! decodebin ! audioconvert ! audio/x-raw,format=S16LE,channels=1 ! appsink`), the fastest decoder
 * our stack has (about 0.9 s for 73 minutes of MP3 here, against 1.5 s for ffmpeg and several seconds for
 * QAudioDecoder). It blocks, so it runs on a worker thread; `cancel` stops it within about 50 ms.
 *
 * Samples are placed by the timestamps of the decoded buffers, not by counting them: they are the very timestamps
 * QMediaPlayer's GStreamer pipeline plays by, so the waveform lines up with the player. That matters for MP3: the
 * decoder (mpg123) drops the encoder delay and padding announced by a LAME/Xing header (gapless) and stamps the first
 * buffer 0; a VBR file's Xing seek table does not enter into it at all, since the whole file is decoded in order.
 * A gap in the timestamps is filled with silence and an overlap is dropped.
 */
class WaveformDecoder
{
public:
    struct Callbacks
    {
        /** Called once, before any samples, with the sample rate of the decoded stream. */
        std::function<void(int sampleRate)> format;
        /** Samples that belong at sample index `first` of the stream. */
        std::function<void(qint64 first, const qint16 *samples, qsizetype count)> samples;
        /** Fraction of the file decoded so far (0..1), when the duration is known. */
        std::function<void(double fraction)> progress;
    };

    /** Initialises GStreamer once (QtMultimedia usually has already); false with `error` set when it cannot. */
    static bool initialize(QString *error);

    /** Decodes the whole file; false with `error` set when it cannot (or `cancel` was set). */
    static bool decode(
        const QString &path, const Callbacks &callbacks, const std::atomic<bool> &cancel, QString *error);

    /** Decodes the whole file into peaks with `samplesPerPeak` samples per level-0 pair (placed as decode() says). */
    static std::optional<PeakPyramid> decodePeaks(const QString &path, int samplesPerPeak, QString *error,
        const std::function<int(int sampleRate)> &samplesPerPeakForRate = {});
};
