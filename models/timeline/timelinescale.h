#pragma once

#include <QtGlobal>

/**
 * The mapping between time and x on the timeline: `originMs` is the time at x = 0, `msPerPixel` the zoom. Pure
 * arithmetic, so that zooming around the pointer and the ruler's steps are tested without a display.
 */
class TimelineScale
{
public:
    double originMs() const { return m_originMs; }
    double msPerPixel() const { return m_msPerPixel; }
    void setOriginMs(double ms) { m_originMs = ms; }
    void setMsPerPixel(double mpp) { m_msPerPixel = mpp > 0 ? mpp : 1.0; }

    double xForMs(double ms) const { return (ms - m_originMs) / m_msPerPixel; }
    double msAtX(double x) const { return m_originMs + x * m_msPerPixel; }

    /** Zooms by `factor` (> 1 zooms in) keeping the time at `x` where it is; the zoom stays in [minMpp, maxMpp]. */
    void zoomAround(double x, double factor, double minMpp, double maxMpp);
    /** Keeps [origin, origin + width * msPerPixel] inside [0, durationMs] where it fits. */
    void clampOrigin(double durationMs, double widthPx);

    /** Ruler step: the smallest of 1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 min, 2, 5, 10, 15, 30 min, 1 h, 2 h, 4 h, ...
     * that leaves at least `minPixels` between labels. */
    static qint64 rulerStepMs(double msPerPixel, double minPixels);

private:
    double m_originMs = 0;
    double m_msPerPixel = 100;
};
