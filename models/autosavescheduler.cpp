#include "autosavescheduler.h"

#include <QSettings>

AutosaveScheduler::AutosaveScheduler(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_max.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AutosaveScheduler::fire);
    connect(&m_max, &QTimer::timeout, this, &AutosaveScheduler::fire);
    m_maxMs = intervalSecondsFromSettings() * 1000;
}

int AutosaveScheduler::intervalSecondsFromSettings()
{
    bool ok = false;
    const int seconds
        = QSettings().value(QStringLiteral("autosave/intervalSeconds"), DefaultIntervalSeconds).toInt(&ok);
    return ok ? qBound(5, seconds, 600) : DefaultIntervalSeconds;
}

void AutosaveScheduler::markChanged()
{
    m_idle.start(m_idleMs);
    if (!m_max.isActive())
        m_max.start(m_maxMs);
}

void AutosaveScheduler::cancel()
{
    m_idle.stop();
    m_max.stop();
}

void AutosaveScheduler::fire()
{
    cancel();
    emit due();
}
