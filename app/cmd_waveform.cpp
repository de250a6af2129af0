// `transcript-editor waveform AUDIO -o OUT.json|OUT.dat [--pixels-per-second N | --samples-per-pixel N]`: the peaks
// of an audio file in BBC audiowaveform's formats (version 2), from the same decoder and peak code as the timeline.
#include "clicommands.h"

#include "audiowaveformwriter.h"
#include "commandline.h"
#include "waveformdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

int CliCommands::waveform(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Output file (.json or .dat)."), QStringLiteral("OUT"));
    const QCommandLineOption pps(
        QStringLiteral("pixels-per-second"), QStringLiteral("Zoom: pixels per second of audio."), QStringLiteral("N"));
    const QCommandLineOption spp(QStringLiteral("samples-per-pixel"),
        QStringLiteral("Zoom: audio samples per pixel (default 256, as audiowaveform)."), QStringLiteral("N"));
    parser.addOptions({ output, pps, spp });
    parser.addPositionalArgument(QStringLiteral("AUDIO"),
        QStringLiteral("The audio file (MP3, M4A, OGG, Opus, WAV, "
                       "FLAC)."));
    const auto r = CommandLine::parse(parser, QStringLiteral("waveform"),
        QStringLiteral("Write the audio's min/max peaks in BBC audiowaveform's JSON or binary format (version 2, "
                       "16-bit, one channel), from the same decoder as the editor's timeline, so that a website can "
                       "draw the same waveform with peaks.js."),
        QStringLiteral("  transcript-editor waveform episode.mp3 -o episode.json\n"
                       "  transcript-editor waveform episode.mp3 -o episode.dat --pixels-per-second 20\n"),
        args, out, err);
    if (!r.proceed)
        return r.exitCode;
    const auto usage
        = [&err](const QString &message) { return CommandLine::usageError(QStringLiteral("waveform"), message, err); };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(QStringLiteral("Needs exactly one AUDIO file."));
    if (!parser.isSet(output))
        return usage(QStringLiteral("Needs -o OUT.json or -o OUT.dat."));
    if (parser.isSet(pps) && parser.isSet(spp))
        return usage(QStringLiteral("--pixels-per-second and --samples-per-pixel exclude each other."));
    const auto positiveInt = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value <= 0) {
            usage(QStringLiteral("--%1 needs a positive whole number, not \"%2\".")
                      .arg(option.names().constLast(), parser.value(option)));
            return false;
        }
        return true;
    };
    int pixelsPerSecond = 0;
    int samplesPerPixel = 256;
    if (parser.isSet(pps) && !positiveInt(pps, &pixelsPerSecond))
        return CommandLine::UsageError;
    if (parser.isSet(spp) && !positiveInt(spp, &samplesPerPixel))
        return CommandLine::UsageError;

    const QString outPath = parser.value(output);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("dat"))
        return usage(QStringLiteral("%1: the output must end in .json or .dat.").arg(outPath));
    const QString audio = positional.first();
    QString error;
    const std::optional<PeakPyramid> peaks
        = WaveformDecoder::decodePeaks(audio, samplesPerPixel, &error, [pixelsPerSecond, samplesPerPixel](int rate) {
              // audiowaveform: samples per pixel = sample rate / pixels per second (whole number).
              return pixelsPerSecond > 0 ? std::max(1, rate / pixelsPerSecond) : samplesPerPixel;
          });
    if (!peaks) {
        err << audio << ": " << error << '\n';
        return 1;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err << outPath << ": " << file.errorString() << '\n';
        return 1;
    }
    file.write(suffix == QLatin1String("json") ? AudiowaveformWriter::json(*peaks) : AudiowaveformWriter::dat(*peaks));
    if (!file.commit()) {
        err << outPath << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}
