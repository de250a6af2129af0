#include "timelinescale.h"

#include <algorithm>
#include <iterator>

void TimelineScale::zoomAround(double x, double factor, double minMpp, double maxMpp)
{
    const double anchor = msAtX(x);
    m_msPerPixel = std::clamp(m_msPerPixel / factor, minMpp, maxMpp);
    m_originMs = anchor - x * m_msPerPixel;
}

void TimelineScale::clampOrigin(double durationMs, double widthPx)
{
    const double span = widthPx * m_msPerPixel;
    m_originMs = std::min(m_originMs, durationMs - span);
    m_originMs = std::max(m_originMs, 0.0);
}

qint64 TimelineScale::rulerStepMs(double msPerPixel, double minPixels)
{
    static const qint64 steps[]
        = { 1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000 };
    for (qint64 step : steps) {
        if (double(step) / msPerPixel >= minPixels)
            return step;
    }
    // Beyond an hour (very long or synthetic documents), hours doubled until the labels fit.
    qint64 step = steps[std::size(steps) - 1];
    while (double(step) / msPerPixel < minPixels)
        step *= 2;
    return step;
}
