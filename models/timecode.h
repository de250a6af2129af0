#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/** Conversions between whole seconds and the display form used in episode files: `M:SS` under an hour, `H:MM:SS` from
 * one hour on. */
namespace Timecode {

/** 0 -> "0:00", 62 -> "1:02", 3986 -> "1:06:26". Negative values are clamped to 0. */
QString format(qint64 seconds);

/**
 * Parses what a person types or a file holds: "M:SS", "MM:SS", "H:MM:SS", or a plain number of seconds.
 * Surrounding white space is ignored; fractional seconds ("1:02.5") are truncated. Minutes in "M:SS" may exceed
 * 59 ("75:00" is 4500); seconds fields must be below 60. Returns nullopt for anything else.
 */
std::optional<qint64> parse(QStringView text);

/** Milliseconds shown as "M:SS" / "H:MM:SS" of the whole seconds (player display). */
inline QString formatMs(qint64 ms)
{
    return format(ms / 1000);
}

} // namespace Timecode
