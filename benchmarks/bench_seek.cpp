// Seek latency: how long from activating a transcript line (PlaybackController::activateRow: seek + play) until
// the player reports the line's position, and until playback is audibly under way from there.
//
//   bench_seek [episode.md audio-file] [max-lines]
// Defaults: the shared fixture semiconductors-to-ml.md with its full recording from TE_SHARED_DIR.
#include "audioplayer.h"
#include "document.h"
#include "episodefile.h"
#include "playbackcontroller.h"
#include "transcriptmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Figures
{
    QList<double> ms;
    void add(double value) { ms << value; }
    QString summary()
    {
        if (ms.isEmpty())
            return QStringLiteral("no samples");
        std::sort(ms.begin(), ms.end());
        return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (n=%4)")
            .arg(ms.first(), 0, 'f', 1)
            .arg(ms.at(ms.size() / 2), 0, 'f', 1)
            .arg(ms.last(), 0, 'f', 1)
            .arg(ms.size());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QString shared = QStringLiteral(TE_SHARED_DIR);
    const QStringList args = app.arguments();
    const QString episodePath
        = args.size() > 2 ? args.at(1) : shared + QStringLiteral("/fixtures/episodes/semiconductors-to-ml.md");
    const QString audioPath = args.size() > 2 ? args.at(2) : shared + QStringLiteral("/audio/semiconductors-to-ml.mp3");
    const int maxLines = args.size() > 3 ? args.at(3).toInt() : 60;
    QTextStream out(stdout);

    Document document;
    FileError error;
    if (!document.load(episodePath, &error)) {
        out << "cannot open episode: " << error.toString() << Qt::endl;
        return 1;
    }
    AudioPlayer player;
    PlaybackController controller(&player);
    controller.setModel(document.model());
    {
        QEventLoop loop;
        QObject::connect(&player, &AudioPlayer::loaded, &loop, &QEventLoop::quit);
        QObject::connect(&player, &AudioPlayer::errorOccurred, &loop, [&](const QString &message) {
            out << message << Qt::endl;
            loop.quit();
        });
        if (player.load(audioPath))
            loop.exec();
        if (!player.isLoaded())
            return 1;
    }

    // Timed lines inside the audio, visited in a fixed shuffled order so every seek jumps somewhere else.
    TranscriptModel *model = document.model();
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto &entry = model->entry(row);
        if (entry.seconds && *entry.seconds * 1000 < player.duration() - 2000)
            rows << row;
    }
    QRandomGenerator random(42);
    std::shuffle(rows.begin(), rows.end(), random);
    if (rows.size() > maxLines)
        rows.resize(maxLines);

    Figures reported, playing;
    for (int row : std::as_const(rows)) {
        const qint64 target = *model->entry(row).seconds * 1000;
        QElapsedTimer clock;
        double reportedAt = -1;
        double playingAt = -1;
        QEventLoop loop;
        // 1) the player reports the line's position (positionChanged); 2) the pipeline's position moves on from
        // it while playing. The second is sampled every millisecond, since position reports come only every
        // ~100 ms; sampling the player's clock is cheap (this is no decoder).
        const auto connection = QObject::connect(&player, &AudioPlayer::positionChanged, &loop, [&](qint64 ms) {
            if (reportedAt < 0 && qAbs(ms - target) <= 100)
                reportedAt = clock.nsecsElapsed() / 1e6;
        });
        QTimer sampler;
        sampler.setInterval(1);
        sampler.setTimerType(Qt::PreciseTimer);
        QObject::connect(&sampler, &QTimer::timeout, &loop, [&] {
            const qint64 ms = player.mediaPlayer()->position();
            if (player.isPlaying() && ms > target + 5 && ms <= target + 1000) {
                playingAt = clock.nsecsElapsed() / 1e6;
                loop.quit();
            }
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        clock.start();
        controller.activateRow(row);
        sampler.start();
        loop.exec();
        QObject::disconnect(connection);
        if (reportedAt >= 0)
            reported.add(reportedAt);
        if (playingAt >= 0)
            playing.add(playingAt);
        player.pause();
    }

    out << "episode " << QFileInfo(episodePath).fileName() << ", audio " << QFileInfo(audioPath).fileName() << " ("
        << player.duration() / 1000 << " s), " << rows.size() << " line activations in shuffled order" << Qt::endl;
    out << "activation -> position reported at the line: " << reported.summary() << Qt::endl;
    out << "activation -> pipeline playing from the line: " << playing.summary() << Qt::endl;
    return 0;
}
