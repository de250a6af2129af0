// `transcript-editor waveform AUDIO -o OUT.json|OUT.dat [--pixels-per-second N | --samples-per-pixel N]`: the peaks
// of an audio file in BBC audiowaveform's formats (version 2), from the same decoder and peak code as the timeline.
#include "clicommands.h"

#include "audiowaveformwriter.h"
#include "waveformdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

int CliCommands::waveform(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("Output file (.json or .dat)."), tr("OUT"));
    const QCommandLineOption pps(
        QStringLiteral("pixels-per-second"), tr("Zoom: pixels per second of audio."), QStringLiteral("N"));
    const QCommandLineOption spp(QStringLiteral("samples-per-pixel"),
        tr("Zoom: audio samples per pixel (default 256, as audiowaveform)."), QStringLiteral("N"));
    parser.addOptions({ output, pps, spp });
    parser.addPositionalArgument(QStringLiteral("AUDIO"), tr("The audio file."));
    const QString usage = tr("usage: transcript-editor waveform AUDIO -o OUT.json|OUT.dat "
                             "[--pixels-per-second N | --samples-per-pixel N]");
    if (!parser.parse(QStringList { QStringLiteral("waveform") } + args)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(output)) {
        err << usage << '\n';
        return 2;
    }
    if (parser.isSet(pps) && parser.isSet(spp)) {
        err << tr("--pixels-per-second and --samples-per-pixel exclude each other") << '\n' << usage << '\n';
        return 2;
    }
    const auto positiveInt = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value <= 0) {
            err << tr("--%1 needs a positive whole number, not \"%2\"")
                       .arg(option.names().constLast(), parser.value(option))
                << '\n';
            return false;
        }
        return true;
    };
    int pixelsPerSecond = 0;
    int samplesPerPixel = 256;
    if (parser.isSet(pps) && !positiveInt(pps, &pixelsPerSecond))
        return 2;
    if (parser.isSet(spp) && !positiveInt(spp, &samplesPerPixel))
        return 2;

    const QString outPath = parser.value(output);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("dat")) {
        err << outPath << ": " << tr("the output must end in .json or .dat") << '\n';
        return 2;
    }
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
