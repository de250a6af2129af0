#pragma once

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;
class QTimer;

/**
 * The audio transport of the editor: a QMediaPlayer with its QAudioOutput, plus what transcribing needs on top:
 * rate steps, skipping, "rewind a little on pause", looping a span and playing a span once.
 *
 * load() reports problems through errorOccurred() with a message naming the file (missing, not a file, or not
 * playable); the player then stays empty and every transport call is a harmless no-op. Seeks issued while the
 * file is still loading are remembered and applied once it is loaded.
 */
class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    /**
     * Starts loading `path`. Returns false (after emitting errorOccurred) when the file does not exist; otherwise
     * loading continues asynchronously and ends in loaded() or errorOccurred().
     */
    bool load(const QString &path);
    /** Stops and forgets the current file. */
    void unload();

    QString filePath() const { return m_path; }
    /** True once the file is loaded and playable. */
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }

    qint64 duration() const;
    qint64 position() const;
    bool isPlaying() const;

    /** The rate steps offered to the user, ascending (0.5 ... 2.0). */
    static QList<double> rateSteps();
    double rate() const { return m_rate; }
    /** Volume 0..100. */
    int volume() const;
    /** Milliseconds of audio to go back when pausing (0 = off; default 1000), never before an active span's start. */
    qint64 rewindOnPause() const { return m_rewindOnPause; }
    void setRewindOnPause(qint64 ms);
    /** Milliseconds skipped by skipForward()/skipBackward(). */
    qint64 skipStep() const { return m_skipStep; }
    void setSkipStep(qint64 ms);

    /** Whether a span is active, and its bounds (end exclusive); looping() tells a loop from a play-once span. */
    bool hasSpan() const { return m_spanEnd >= 0; }
    bool isLooping() const { return hasSpan() && m_loop; }
    qint64 spanStart() const { return m_spanStart; }
    qint64 spanEnd() const { return m_spanEnd; }

    /** The current QMediaPlayer; replaced by each load(), so do not keep the pointer. */
    QMediaPlayer *mediaPlayer() const { return m_player; }

public slots:
    void play();
    /** Pauses and goes back rewindOnPause() milliseconds, so resuming repeats the last words. */
    void pause();
    void togglePlayPause();
    void stop();
    /** Seeks to `ms`, clamped to [0, duration]. Also works while loading (applied when loaded). */
    void seek(qint64 ms);
    void skip(qint64 deltaMs);
    void skipForward() { skip(m_skipStep); }
    void skipBackward() { skip(-m_skipStep); }
    /** Sets the playback rate, clamped to the range of rateSteps(). */
    void setRate(double rate);
    /** Faster / Slower change the rate by this much; 0 (the default) walks through rateSteps() instead. */
    double rateStep() const { return m_rateStep; }
    void setRateStep(double step);
    /** The next faster / slower rate: rate ± rateStep(), or the next entry of rateSteps() when the step is 0. */
    void rateUp();
    void rateDown();
    void setVolume(int volume);
    /** Plays [startMs, endMs) over and over until clearSpan(), a seek outside it, or another span. */
    void loopSpan(qint64 startMs, qint64 endMs);
    /** Plays [startMs, endMs) once, then pauses at its end. */
    void playSpan(qint64 startMs, qint64 endMs);
    void clearSpan();

signals:
    /** The file is loaded; duration in milliseconds. */
    void loaded(qint64 durationMs);
    /** A missing or unplayable file, or a playback failure; the message names the file. */
    void errorOccurred(const QString &message);
    /** The file was unloaded (or a new one started loading). */
    void unloaded();
    void durationChanged(qint64 ms);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    void rateChanged(double rate);
    void volumeChanged(int volume);
    void spanChanged();

private:
    double steppedRate(double direction) const;
    void createMediaPlayer();
    void onMediaStatusChanged();
    void onPlayerError();
    void checkSpanEnd();
    void startSpan(qint64 startMs, qint64 endMs, bool loop);
    void fail(const QString &message);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output;
    QTimer *m_spanTimer;
    QString m_path;
    QString m_error;
    bool m_loaded = false;
    qint64 m_pendingSeek = -1;
    double m_rate = 1.0;
    qint64 m_rewindOnPause = 1000;
    qint64 m_skipStep = 5000;
    double m_rateStep = 0.0;
    qint64 m_spanStart = -1;
    qint64 m_spanEnd = -1;
    bool m_loop = false;
};
