#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

/**
 * The editor's preferences besides shortcuts, with their defaults, limits and QSettings keys:
 * `audio/skipSeconds`, `audio/rewindOnPauseMs`, `audio/rateStep`, `audio/follow`, `autosave/intervalSeconds`,
 * `view/tableFontPointSize` and `ui/language`. Values read from a damaged settings file are brought into range.
 */
struct Preferences
{
    int skipSeconds = 5; ///< Back / Forward jump, 1..60 s
    int rewindOnPauseMs = 1000; ///< 0..5000 ms
    double rateStep = 0.1; ///< Faster / Slower step, 0.05..0.5
    bool followPlayback = true; ///< the table scrolls to the line being heard
    int autosaveIntervalSeconds = 30; ///< 5..600 s (read by the autosave)
    int tableFontPointSize = 0; ///< 0 = the system's font size, else 6..48
    QString language; ///< "" = the system's language, else one of languages()

    static constexpr int MinSkipSeconds = 1;
    static constexpr int MaxSkipSeconds = 60;
    static constexpr int MaxRewindOnPauseMs = 5000;
    static constexpr double MinRateStep = 0.05;
    static constexpr double MaxRateStep = 0.5;
    static constexpr int MinAutosaveSeconds = 5;
    static constexpr int MaxAutosaveSeconds = 600;
    static constexpr int MinFontPointSize = 6;
    static constexpr int MaxFontPointSize = 48;

    /** Language codes offered besides the system language: "en", "de", "es". */
    static QStringList languages();

    /** The locale whose translations the interface uses: `ui/language`, or the system's when it is empty. */
    QLocale interfaceLocale() const;

    /** Reads every value (defaults for missing keys), clamped into range. */
    static Preferences load(const QSettings &settings);
    /** Writes every value. */
    void save(QSettings &settings) const;
    /** The same preferences with every value in range (unknown languages become the system language). */
    Preferences clamped() const;

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};
