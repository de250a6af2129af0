#include "preferences.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {
const QString SkipKey = QStringLiteral("audio/skipSeconds");
const QString RewindKey = QStringLiteral("audio/rewindOnPauseMs");
const QString RateStepKey = QStringLiteral("audio/rateStep");
const QString FollowKey = QStringLiteral("audio/follow");
const QString AutosaveKey = QStringLiteral("autosave/intervalSeconds");
const QString FontKey = QStringLiteral("view/tableFontPointSize");
const QString LanguageKey = QStringLiteral("ui/language");
} // namespace

QStringList Preferences::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es") };
}

QLocale Preferences::interfaceLocale() const
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences result;
    bool ok = false;
    // toInt/toDouble with a check: a hand-edited "abc" falls back to the default instead of 0.
    const auto readInt = [&](const QString &key, int fallback) {
        const int value = settings.value(key, fallback).toInt(&ok);
        return ok ? value : fallback;
    };
    result.skipSeconds = readInt(SkipKey, defaults.skipSeconds);
    result.rewindOnPauseMs = readInt(RewindKey, defaults.rewindOnPauseMs);
    const double step = settings.value(RateStepKey, defaults.rateStep).toDouble(&ok);
    result.rateStep = ok && std::isfinite(step) ? step : defaults.rateStep;
    result.followPlayback = settings.value(FollowKey, defaults.followPlayback).toBool();
    result.autosaveIntervalSeconds = readInt(AutosaveKey, defaults.autosaveIntervalSeconds);
    result.tableFontPointSize = readInt(FontKey, defaults.tableFontPointSize);
    result.language = settings.value(LanguageKey, defaults.language).toString();
    return result.clamped();
}

void Preferences::save(QSettings &settings) const
{
    const Preferences value = clamped();
    settings.setValue(SkipKey, value.skipSeconds);
    settings.setValue(RewindKey, value.rewindOnPauseMs);
    settings.setValue(RateStepKey, value.rateStep);
    settings.setValue(FollowKey, value.followPlayback);
    settings.setValue(AutosaveKey, value.autosaveIntervalSeconds);
    settings.setValue(FontKey, value.tableFontPointSize);
    settings.setValue(LanguageKey, value.language);
}

Preferences Preferences::clamped() const
{
    Preferences result = *this;
    result.skipSeconds = std::clamp(skipSeconds, MinSkipSeconds, MaxSkipSeconds);
    result.rewindOnPauseMs = std::clamp(rewindOnPauseMs, 0, MaxRewindOnPauseMs);
    // Two decimals: the step is shown and stored as 0.05, 0.1, ...; binary noise would show as 0.1000000001.
    result.rateStep = std::round(std::clamp(rateStep, MinRateStep, MaxRateStep) * 100.0) / 100.0;
    result.autosaveIntervalSeconds = std::clamp(autosaveIntervalSeconds, MinAutosaveSeconds, MaxAutosaveSeconds);
    result.tableFontPointSize
        = tableFontPointSize <= 0 ? 0 : std::clamp(tableFontPointSize, MinFontPointSize, MaxFontPointSize);
    if (!languages().contains(language))
        result.language.clear();
    return result;
}

bool Preferences::operator==(const Preferences &other) const
{
    return skipSeconds == other.skipSeconds && rewindOnPauseMs == other.rewindOnPauseMs
        && qFuzzyCompare(rateStep, other.rateStep) && followPlayback == other.followPlayback
        && autosaveIntervalSeconds == other.autosaveIntervalSeconds && tableFontPointSize == other.tableFontPointSize
        && language == other.language;
}
