#pragma once

#include <QByteArray>

class PeakPyramid;

/**
 * Writes peaks in the formats of BBC audiowaveform (version 2, one channel, 16-bit), which peaks.js and other web
 * players read: JSON (`{"version":2,"channels":1,"sample_rate":R,"samples_per_pixel":N,"bits":16,"length":L,
 * "data":[min,max,...]}`) and the binary .dat (little endian i32 version, u32 flags (0 = 16-bit), i32 sample rate,
 * i32 samples per pixel, u32 length, i32 channels, then i16 min/max pairs). The pixels are level 0 of the pyramid,
 * so the pyramid is built with the wanted samples per pixel.
 */
class AudiowaveformWriter
{
public:
    static QByteArray json(const PeakPyramid &peaks);
    static QByteArray dat(const PeakPyramid &peaks);
};
