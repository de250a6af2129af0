#pragma once

#include "onsetdetector.h"
#include "peakpyramid.h"

#include <QObject>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

/** Peaks shared between the worker that fills them and the view that paints them; read them under `lock`. */
struct SharedPeaks
{
    mutable QReadWriteLock lock;
    PeakPyramid pyramid;
    std::vector<OnsetDetector::Onset> onsets; ///< set once the decode is complete
};

/**
 * Loads the waveform of an audio file off the UI thread: from the peak cache when it holds a current entry, else by
 * decoding (WaveformDecoder) while the view paints what has arrived, then stores the cache. Loading another file (or
 * clear()) cancels the running job; results of a cancelled job are dropped.
 */
class WaveformLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Ready, Failed };

    explicit WaveformLoader(QObject *parent = nullptr);
    ~WaveformLoader() override;

    void load(const QString &audioPath);
    void clear();

    State state() const { return m_state; }
    QString audioPath() const { return m_path; }
    double progress() const { return m_progress; }
    QString errorString() const { return m_error; }
    /** Whether the finished peaks came from the cache. */
    bool fromCache() const { return m_fromCache; }
    /** The peaks (possibly still growing); never null. */
    std::shared_ptr<const SharedPeaks> peaks() const { return m_peaks; }

signals:
    /** More peaks arrived (at most every 100 ms while decoding). */
    void updated();
    void progressChanged(double fraction);
    void finished();
    void failed(const QString &message);

private:
    void cancelJob();
    void onUpdate(int job, double progress);
    void onFinished(int job, bool fromCache);
    void onFailed(int job, const QString &message);

    State m_state = State::Empty;
    QString m_path;
    double m_progress = 0;
    QString m_error;
    bool m_fromCache = false;
    int m_job = 0;
    std::shared_ptr<SharedPeaks> m_peaks;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QThread *> m_threads;
};
