#include "audioplayer.h"

#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent), m_output(new QAudioOutput(this)), m_spanTimer(new QTimer(this))
{
    // positionChanged comes only every ~100 ms; a span must stop closer to its end than that, so while a span is
    // active its end is checked on a short timer against the pipeline position.
    m_spanTimer->setInterval(15);
    connect(m_spanTimer, &QTimer::timeout, this, &AudioPlayer::checkSpanEnd);
    connect(m_output, &QAudioOutput::volumeChanged, this, [this] { emit volumeChanged(volume()); });
    createMediaPlayer();
}

void AudioPlayer::createMediaPlayer()
{
    if (m_player) {
        // Qt 6.4's GStreamer player stays broken after an unplayable file ("Internal data stream error" for the
        // next, good one), so every file gets a fresh QMediaPlayer.
        m_player->disconnect(this);
        m_player->stop();
        m_player->setAudioOutput(nullptr);
        m_player->deleteLater();
    }
    m_player = new QMediaPlayer(this);
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(m_rate);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &AudioPlayer::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &AudioPlayer::onPlayerError);
    connect(m_player, &QMediaPlayer::durationChanged, this, &AudioPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_pendingSeek < 0)
            emit positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
        [this](QMediaPlayer::PlaybackState state) { emit playingChanged(state == QMediaPlayer::PlayingState); });
}

AudioPlayer::~AudioPlayer()
{
    // Stop before the children go, so GStreamer does not call back into a half-destroyed object.
    m_spanTimer->stop();
    m_player->stop();
}

bool AudioPlayer::load(const QString &path)
{
    unload();
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    if (path.isEmpty() || !info.exists()) {
        fail(tr("The audio file \"%1\" does not exist.").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        fail(tr("The audio file \"%1\" cannot be read.").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    m_player->setSource(QUrl::fromLocalFile(m_path));
    return true;
}

void AudioPlayer::unload()
{
    const bool hadFile = !m_path.isEmpty();
    clearSpan();
    if (!m_player->source().isEmpty() || m_player->error() != QMediaPlayer::NoError)
        createMediaPlayer();
    m_path.clear();
    m_error.clear();
    m_loaded = false;
    m_pendingSeek = -1;
    if (hadFile)
        emit unloaded();
}

qint64 AudioPlayer::duration() const
{
    return m_loaded ? m_player->duration() : 0;
}

qint64 AudioPlayer::position() const
{
    if (m_pendingSeek >= 0)
        return m_pendingSeek;
    return m_loaded ? m_player->position() : 0;
}

bool AudioPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

QList<double> AudioPlayer::rateSteps()
{
    return { 0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0 };
}

void AudioPlayer::setRewindOnPause(qint64 ms)
{
    m_rewindOnPause = std::max<qint64>(0, ms);
}

void AudioPlayer::setSkipStep(qint64 ms)
{
    m_skipStep = std::max<qint64>(0, ms);
}

int AudioPlayer::volume() const
{
    return qRound(m_output->volume() * 100.0f);
}

void AudioPlayer::play()
{
    if (!m_loaded && m_player->mediaStatus() != QMediaPlayer::LoadingMedia)
        return;
    m_player->play();
}

void AudioPlayer::pause()
{
    if (!isPlaying())
        return;
    m_player->pause();
    if (m_rewindOnPause > 0 && m_loaded) {
        // Going back a little means resuming repeats the last words, which is what one needs when typing them.
        qint64 target = m_player->position() - m_rewindOnPause;
        if (hasSpan())
            target = std::max(target, m_spanStart);
        m_player->setPosition(std::max<qint64>(0, target));
    }
}

void AudioPlayer::togglePlayPause()
{
    if (isPlaying())
        pause();
    else
        play();
}

void AudioPlayer::stop()
{
    clearSpan();
    m_player->stop();
}

void AudioPlayer::seek(qint64 ms)
{
    if (m_path.isEmpty() || !m_error.isEmpty())
        return;
    ms = std::max<qint64>(0, ms);
    if (hasSpan() && (ms < m_spanStart || ms >= m_spanEnd))
        clearSpan();
    if (!m_loaded) {
        // GStreamer ignores seeks before the media is loaded; apply it from onMediaStatusChanged.
        m_pendingSeek = ms;
        return;
    }
    const qint64 length = m_player->duration();
    if (length > 0)
        ms = std::min(ms, length);
    m_player->setPosition(ms);
}

void AudioPlayer::skip(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void AudioPlayer::setRate(double rate)
{
    const QList<double> steps = rateSteps();
    rate = std::clamp(rate, steps.first(), steps.last());
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    m_player->setPlaybackRate(rate);
    emit rateChanged(rate);
}

void AudioPlayer::setRateStep(double step)
{
    m_rateStep = std::max(0.0, step);
}

double AudioPlayer::steppedRate(double direction) const
{
    // Rounded to hundredths so that ten steps of 0.1 land on 2.0 exactly, not on 1.9999999.
    return std::round((m_rate + direction * m_rateStep) * 100.0) / 100.0;
}

void AudioPlayer::rateUp()
{
    if (m_rateStep > 0) {
        setRate(steppedRate(1));
        return;
    }
    for (double step : rateSteps()) {
        if (step > m_rate + 1e-6) {
            setRate(step);
            return;
        }
    }
}

void AudioPlayer::rateDown()
{
    if (m_rateStep > 0) {
        setRate(steppedRate(-1));
        return;
    }
    const QList<double> steps = rateSteps();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it < m_rate - 1e-6) {
            setRate(*it);
            return;
        }
    }
}

void AudioPlayer::setVolume(int volume)
{
    m_output->setVolume(std::clamp(volume, 0, 100) / 100.0f);
}

void AudioPlayer::loopSpan(qint64 startMs, qint64 endMs)
{
    startSpan(startMs, endMs, true);
}

void AudioPlayer::playSpan(qint64 startMs, qint64 endMs)
{
    startSpan(startMs, endMs, false);
}

void AudioPlayer::startSpan(qint64 startMs, qint64 endMs, bool loop)
{
    if (m_path.isEmpty() || !m_error.isEmpty())
        return;
    startMs = std::max<qint64>(0, startMs);
    if (endMs <= startMs)
        return;
    clearSpan();
    seek(startMs);
    m_spanStart = startMs;
    m_spanEnd = endMs;
    m_loop = loop;
    m_spanTimer->start();
    emit spanChanged();
    play();
}

void AudioPlayer::clearSpan()
{
    if (!hasSpan())
        return;
    m_spanTimer->stop();
    m_spanStart = m_spanEnd = -1;
    m_loop = false;
    emit spanChanged();
}

void AudioPlayer::checkSpanEnd()
{
    if (!hasSpan() || !m_loaded || !isPlaying() || m_pendingSeek >= 0)
        return;
    if (m_player->position() < m_spanEnd)
        return;
    if (m_loop) {
        m_player->setPosition(m_spanStart);
    } else {
        const qint64 end = m_spanEnd;
        clearSpan();
        // Pause without the rewind: the span was heard to its end on purpose.
        m_player->pause();
        m_player->setPosition(end);
    }
}

void AudioPlayer::onMediaStatusChanged()
{
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (!m_loaded && m_error.isEmpty() && !m_path.isEmpty()) {
            m_loaded = true;
            if (m_pendingSeek >= 0) {
                // Not from inside this signal: GStreamer drops a seek issued before it has finished prerolling.
                QTimer::singleShot(0, this, [this] {
                    if (m_pendingSeek < 0 || !m_loaded)
                        return;
                    const qint64 target = std::min(m_pendingSeek, std::max<qint64>(0, m_player->duration()));
                    m_pendingSeek = -1;
                    m_player->setPosition(target);
                });
            }
            emit loaded(m_player->duration());
        }
        break;
    case QMediaPlayer::EndOfMedia:
        if (isLooping()) {
            m_player->setPosition(m_spanStart);
            m_player->play();
        } else {
            clearSpan();
        }
        break;
    case QMediaPlayer::InvalidMedia:
        onPlayerError();
        break;
    default:
        break;
    }
}

void AudioPlayer::onPlayerError()
{
    // Errors about an empty source (after unload()) belong to no file.
    if (m_path.isEmpty() || !m_error.isEmpty() || m_player->source().isEmpty())
        return;
    QString reason = m_player->errorString();
    if (reason.isEmpty())
        reason = tr("the file is not in a supported audio format");
    fail(tr("Cannot play the audio file \"%1\": %2").arg(QDir::toNativeSeparators(m_path), reason));
}

void AudioPlayer::fail(const QString &message)
{
    m_error = message;
    m_loaded = false;
    m_pendingSeek = -1;
    m_spanTimer->stop();
    m_spanStart = m_spanEnd = -1;
    emit errorOccurred(message);
}
