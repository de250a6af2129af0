#pragma once

#include <QString>

#include <optional>

/**
 * A text that may be absent, in the size of a QString: `std::optional<QString>` without the 8 bytes its flag costs
 * after padding. Absent is a null QString; a present value that arrives null is kept as a non-null empty string, so
 * "absent" and "present but empty" stay apart (`who:` with no value is not the same as no `who` at all).
 *
 * It reads like std::optional (has_value, `*`, `->`, value_or, `= std::nullopt`, comparisons) and converts to and
 * from it. The value is read-only: it changes only by assignment, so nothing can turn a present value absent by
 * editing it in place (QString::clear() makes a string null).
 */
class OptionalString
{
public:
    OptionalString() = default;
    OptionalString(std::nullopt_t) { }
    OptionalString(const QString &value) : m_value(present(value)) { }
    OptionalString(QString &&value) : m_value(present(std::move(value))) { }
    OptionalString(const std::optional<QString> &value) : m_value(value ? present(*value) : QString()) { }

    bool has_value() const { return !m_value.isNull(); }
    explicit operator bool() const { return has_value(); }
    /** The value; only when has_value() (an empty string otherwise). */
    const QString &operator*() const
    {
        Q_ASSERT(has_value());
        return m_value;
    }
    const QString *operator->() const
    {
        Q_ASSERT(has_value());
        return &m_value;
    }
    const QString &value() const { return **this; }
    QString value_or(const QString &fallback) const { return has_value() ? m_value : fallback; }
    void reset() { m_value = QString(); }

    operator std::optional<QString>() const { return has_value() ? std::optional<QString>(m_value) : std::nullopt; }

    friend bool operator==(const OptionalString &a, const OptionalString &b)
    {
        return a.has_value() == b.has_value() && a.m_value == b.m_value;
    }
    friend bool operator!=(const OptionalString &a, const OptionalString &b) { return !(a == b); }
    friend bool operator==(const OptionalString &a, const QString &b) { return a.has_value() && a.m_value == b; }
    friend bool operator==(const QString &a, const OptionalString &b) { return b == a; }
    friend bool operator!=(const OptionalString &a, const QString &b) { return !(a == b); }
    friend bool operator!=(const QString &a, const OptionalString &b) { return !(b == a); }
    friend bool operator==(const OptionalString &a, std::nullopt_t) { return !a.has_value(); }
    friend bool operator!=(const OptionalString &a, std::nullopt_t) { return a.has_value(); }

private:
    /** A value that is there: never null, so that it does not read as absent. */
    static QString present(QString value)
    {
        if (value.isNull())
            return QStringLiteral("");
        return value;
    }

    QString m_value; ///< null = absent
};

static_assert(sizeof(OptionalString) == sizeof(QString), "the flag is the string's own null state");
