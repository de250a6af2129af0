#include "timecode.h"

#include <QStringList>

namespace Timecode {

QString format(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

static std::optional<qint64> parseField(QStringView field)
{
    if (field.isEmpty() || field.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : field) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

std::optional<qint64> parse(QStringView text)
{
    text = text.trimmed();
    // Drop a fractional part of the seconds: "1:02.5" means second 62.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        if (!parseField(text.mid(dot + 1)))
            return std::nullopt;
        text = text.left(dot);
    }
    const QList<QStringView> parts = text.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    std::optional<qint64> values[3];
    for (int i = 0; i < parts.size(); ++i) {
        values[i] = parseField(parts.at(i));
        if (!values[i])
            return std::nullopt;
    }
    switch (parts.size()) {
    case 1:
        return values[0];
    case 2:
        if (*values[1] >= 60 || parts.at(1).size() != 2)
            return std::nullopt;
        return *values[0] * 60 + *values[1];
    case 3:
        if (*values[1] >= 60 || *values[2] >= 60 || parts.at(1).size() != 2 || parts.at(2).size() != 2)
            return std::nullopt;
        return *values[0] * 3600 + *values[1] * 60 + *values[2];
    }
    return std::nullopt;
}

} // namespace Timecode
