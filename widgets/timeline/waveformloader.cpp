#include "waveformloader.h"

#include "peakcache.h"
#include "waveformdecoder.h"

#include <QElapsedTimer>
#include <QThread>

#include <utility>

WaveformLoader::WaveformLoader(QObject *parent) : QObject(parent), m_peaks(std::make_shared<SharedPeaks>())
{
}

WaveformLoader::~WaveformLoader()
{
    cancelJob();
    // Workers post to this object; they must be gone before it is.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WaveformLoader::cancelJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_job;
}

void WaveformLoader::clear()
{
    cancelJob();
    m_peaks = std::make_shared<SharedPeaks>();
    m_path.clear();
    m_state = State::Empty;
    m_progress = 0;
    m_error.clear();
    emit updated();
}

void WaveformLoader::load(const QString &audioPath)
{
    cancelJob();
    m_path = audioPath;
    m_state = State::Loading;
    m_progress = 0;
    m_error.clear();
    m_fromCache = false;
    m_peaks = std::make_shared<SharedPeaks>();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int job = m_job;
    auto peaks = m_peaks;
    auto cancel = m_cancel;

    QThread *thread = QThread::create([this, job, peaks, cancel, audioPath] {
        if (std::optional<PeakPyramid> cached = PeakCache::load(audioPath)) {
            std::vector<OnsetDetector::Onset> onsets = OnsetDetector::detect(*cached);
            {
                QWriteLocker locker(&peaks->lock);
                peaks->pyramid = std::move(*cached);
                peaks->onsets = std::move(onsets);
            }
            QMetaObject::invokeMethod(
                this, [this, job] { onFinished(job, true); }, Qt::QueuedConnection);
            return;
        }
        QElapsedTimer sincePost;
        bool posted = false;
        double fraction = 0;
        WaveformDecoder::Callbacks callbacks;
        callbacks.format = [&](int rate) {
            QWriteLocker locker(&peaks->lock);
            peaks->pyramid = PeakPyramid(rate);
        };
        callbacks.samples = [&](qint64 first, const qint16 *samples, qsizetype count) {
            {
                QWriteLocker locker(&peaks->lock);
                peaks->pyramid.padTo(first);
                peaks->pyramid.append(samples, count);
            }
            // The first chunk is posted at once (first paint), then at most every 100 ms.
            if (!posted || sincePost.elapsed() >= 100) {
                posted = true;
                sincePost.start();
                QMetaObject::invokeMethod(
                    this, [this, job, fraction] { onUpdate(job, fraction); }, Qt::QueuedConnection);
            }
        };
        callbacks.progress = [&](double f) { fraction = f; };
        QString error;
        if (!WaveformDecoder::decode(audioPath, callbacks, *cancel, &error)) {
            if (!cancel->load())
                QMetaObject::invokeMethod(
                    this, [this, job, error] { onFailed(job, error); }, Qt::QueuedConnection);
            return;
        }
        // Only this thread writes the pyramid, so it may read it without the lock.
        std::vector<OnsetDetector::Onset> onsets = OnsetDetector::detect(peaks->pyramid);
        {
            QWriteLocker locker(&peaks->lock);
            peaks->onsets = std::move(onsets);
        }
        PeakCache::store(audioPath, peaks->pyramid);
        QMetaObject::invokeMethod(
            this, [this, job] { onFinished(job, false); }, Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
    emit updated();
    emit progressChanged(0);
}

void WaveformLoader::onUpdate(int job, double progress)
{
    if (job != m_job)
        return;
    m_progress = progress;
    emit progressChanged(progress);
    emit updated();
}

void WaveformLoader::onFinished(int job, bool fromCache)
{
    if (job != m_job)
        return;
    m_state = State::Ready;
    m_fromCache = fromCache;
    m_progress = 1;
    emit progressChanged(1);
    emit updated();
    emit finished();
}

void WaveformLoader::onFailed(int job, const QString &message)
{
    if (job != m_job)
        return;
    m_state = State::Failed;
    m_error = message;
    emit updated();
    emit failed(message);
}
