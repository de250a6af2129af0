#pragma once

#include <QObject>
#include <QTimer>

/**
 * When to write the recovery copy: `idleMs` after the last change (the user paused), and at the latest `maxMs`
 * after the first change not yet in a copy (the user keeps typing). Defaults: 3 s, and the `autosave/intervalSeconds`
 * setting (30 s, clamped to 5..600).
 */
class AutosaveScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleMs = 3000;
    static constexpr int DefaultIntervalSeconds = 30;

    explicit AutosaveScheduler(QObject *parent = nullptr);

    /** `autosave/intervalSeconds` from QSettings, clamped to 5..600 (30 when unset or not a number). */
    static int intervalSecondsFromSettings();

    void setIdleMs(int ms) { m_idleMs = ms; }
    void setMaxMs(int ms) { m_maxMs = ms; }
    int idleMs() const { return m_idleMs; }
    int maxMs() const { return m_maxMs; }
    /** Whether a write is due at some point (a change happened since the last one). */
    bool isPending() const { return m_idle.isActive() || m_max.isActive(); }

public slots:
    /** Something changed: (re)starts the idle wait; starts the maximum wait unless it already runs. */
    void markChanged();
    /** Nothing is pending any more (a copy was written, or the document was saved or closed). */
    void cancel();

signals:
    /** Time to write a copy. Emitted once per batch of changes. */
    void due();

private:
    void fire();

    QTimer m_idle;
    QTimer m_max;
    int m_idleMs = DefaultIdleMs;
    int m_maxMs = DefaultIntervalSeconds * 1000;
};
