#include "yamlreader.h"

#include "yamlevents.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlReader", text);
}

const char TagPrefix[] = "tag:yaml.org,2002:";

// PyYAML's resolver.py expressions (YAML 1.1), verbose whitespace removed. The timestamp one is the resolver's
// (stricter than the constructor's below): `2021-1-1` is text, `2021-01-01` a date.
enum { FloatRe, IntRe, TimestampRe, ConstructTimestampRe, FloatTextRe };

const QRegularExpression &regex(int which)
{
    static const QRegularExpression expressions[] = {
        QRegularExpression(QStringLiteral(
            "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$")),
        QRegularExpression(
            QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                           "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")),
        QRegularExpression(QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                                          "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                                          "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                                          ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                                          "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")),
        QRegularExpression(QStringLiteral(
            "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \\t]+)([0-9][0-9]?)"
            ":([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$")),
        // What Python's float() accepts after PyYAML removed underscores and lowered the text.
        QRegularExpression(QStringLiteral("^\\s*[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[-+]?[0-9]+)?\\s*$"
                                          "|^\\s*[-+]?(?:inf|infinity|nan)\\s*$")),
    };
    return expressions[which];
}

enum class Number { Ok, Invalid, TooLarge };

/**
 * Python's int(text, base) for the texts PyYAML hands it, without overflow: digits only, optional sign, blanks.
 * `negate` multiplies the result by -1 inside the same range check, so that -9223372036854775808 fits.
 */
Number pythonInt(QStringView text, int base, qint64 *out, bool negate = false)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+'))) {
        negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
    }
    negative = negative != negate;
    if (text.isEmpty())
        return Number::Invalid;
    // Accumulate negatively: the range of qint64 reaches one further below zero than above.
    qint64 value = 0;
    for (const QChar c : text) {
        const int digit = c >= QLatin1Char('0') && c <= QLatin1Char('9') ? c.unicode() - '0'
            : c >= QLatin1Char('a') && c <= QLatin1Char('z')             ? c.unicode() - 'a' + 10
            : c >= QLatin1Char('A') && c <= QLatin1Char('Z')             ? c.unicode() - 'A' + 10
                                                                         : 99;
        if (digit >= base)
            return Number::Invalid;
        if (__builtin_mul_overflow(value, qint64(base), &value) || __builtin_sub_overflow(value, qint64(digit), &value))
            return Number::TooLarge;
    }
    if (!negative) {
        if (value == std::numeric_limits<qint64>::min())
            return Number::TooLarge;
        value = -value;
    }
    *out = value;
    return Number::Ok;
}

/** PyYAML's construct_yaml_int. */
Number constructInt(QString text, qint64 *out)
{
    text.remove(QLatin1Char('_'));
    if (text.isEmpty())
        return Number::Invalid; // IndexError in PyYAML
    bool negative = text.at(0) == QLatin1Char('-');
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+'))
        text.remove(0, 1);
    qint64 value = 0;
    Number result = Number::Ok;
    bool signApplied = false; // the digits were read with the sign, so the lowest qint64 is reachable
    if (text == QLatin1String("0")) {
        value = 0;
    } else if (text.startsWith(QLatin1String("0b"))) {
        result = pythonInt(QStringView(text).mid(2), 2, &value, negative);
        signApplied = true;
    } else if (text.startsWith(QLatin1String("0x"))) {
        result = pythonInt(QStringView(text).mid(2), 16, &value, negative);
        signApplied = true;
    } else if (text.startsWith(QLatin1Char('0'))) {
        result = pythonInt(text, 8, &value, negative);
        signApplied = true;
    } else if (text.contains(QLatin1Char(':'))) {
        const QStringList parts = text.split(QLatin1Char(':'));
        qint64 base = 1;
        bool baseOverflow = false;
        for (int i = parts.size() - 1; i >= 0; --i) {
            qint64 digit = 0;
            const Number r = pythonInt(parts.at(i), 10, &digit);
            if (r != Number::Ok)
                return r;
            qint64 term = 0;
            if (digit != 0 && (baseOverflow || __builtin_mul_overflow(digit, base, &term)))
                return Number::TooLarge;
            if (__builtin_add_overflow(value, term, &value))
                return Number::TooLarge;
            baseOverflow = baseOverflow || __builtin_mul_overflow(base, qint64(60), &base);
        }
    } else {
        result = pythonInt(text, 10, &value, negative);
        signApplied = true;
    }
    if (result != Number::Ok)
        return result;
    if (negative && !signApplied && __builtin_mul_overflow(value, qint64(-1), &value))
        return Number::TooLarge;
    *out = value;
    return Number::Ok;
}

/** Python's float() of one part (false when Python raises ValueError). */
bool pythonFloat(const QString &text, double *out)
{
    if (!regex(FloatTextRe).match(text).hasMatch())
        return false;
    QString t = text.trimmed();
    bool negative = t.startsWith(QLatin1Char('-'));
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+')))
        t.remove(0, 1);
    double v = 0;
    if (t == QLatin1String("inf") || t == QLatin1String("infinity"))
        v = std::numeric_limits<double>::infinity();
    else if (t == QLatin1String("nan"))
        v = std::numeric_limits<double>::quiet_NaN();
    else
        v = std::strtod(t.toLatin1().constData(), nullptr); // overflow gives inf, as in Python
    *out = negative ? -v : v;
    return true;
}

/** PyYAML's construct_yaml_float. */
bool constructFloat(QString text, double *out)
{
    text.remove(QLatin1Char('_'));
    text = text.toLower();
    if (text.isEmpty())
        return false;
    double sign = text.at(0) == QLatin1Char('-') ? -1 : 1;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+'))
        text.remove(0, 1);
    if (text == QLatin1String(".inf")) {
        *out = sign * std::numeric_limits<double>::infinity();
    } else if (text == QLatin1String(".nan")) {
        *out = std::numeric_limits<double>::quiet_NaN();
    } else if (text.contains(QLatin1Char(':'))) {
        const QStringList parts = text.split(QLatin1Char(':'));
        double value = 0;
        double base = 1;
        for (int i = parts.size() - 1; i >= 0; --i) {
            double digit = 0;
            if (!pythonFloat(parts.at(i), &digit))
                return false;
            value += digit * base;
            base *= 60;
        }
        *out = sign * value;
    } else {
        double v = 0;
        if (!pythonFloat(text, &v))
            return false;
        *out = sign * v;
    }
    return true;
}

/** PyYAML's construct_yaml_timestamp (fractions kept to the millisecond). */
bool constructTimestamp(const QString &text, QVariant *out)
{
    const QRegularExpressionMatch m = regex(ConstructTimestampRe).match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || date.year() < 1)
        return false;
    if (m.captured(4).isEmpty()) {
        *out = date;
        return true;
    }
    const QString fraction = m.captured(7).left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!time.isValid())
        return false;
    if (m.captured(8).isEmpty()) {
        *out = QDateTime(date, time);
        return true;
    }
    int offset = 0;
    if (m.captured(8) != QLatin1String("Z")) {
        offset = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (offset >= 24 * 3600)
            return false; // Python's timezone() refuses a whole day or more
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    *out = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    return true;
}

QString tooLarge(const QString &text)
{
    return QCoreApplication::translate("YamlReader",
        "The number \"%1\" is too large: the editor keeps whole numbers between -9223372036854775808 and "
        "9223372036854775807. Write it in quotes if it is meant as text.")
        .arg(text.left(60));
}

} // namespace

namespace {

/** PyYAML's bool expression, as the words it lists. */
bool isBoolWord(const QString &text)
{
    static const char *const words[] = { "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF" };
    if (text.size() < 2 || text.size() > 5)
        return false;
    for (const char *word : words) {
        if (text == QLatin1String(word))
            return true;
    }
    return false;
}

/** A plain decimal "[-+]?[1-9][0-9]*" of at most 18 digits (it fits), the common case of the int expression. */
bool simpleDecimal(const QString &text, qint64 *out)
{
    const QChar *c = text.constData();
    const QChar *end = c + text.size();
    const bool negative = c != end && *c == QLatin1Char('-');
    if (c != end && (*c == QLatin1Char('-') || *c == QLatin1Char('+')))
        ++c;
    if (c == end || end - c > 18 || *c < QLatin1Char('1') || *c > QLatin1Char('9'))
        return false;
    qint64 value = 0;
    for (; c != end; ++c) {
        if (*c < QLatin1Char('0') || *c > QLatin1Char('9'))
            return false;
        value = value * 10 + (c->unicode() - '0');
    }
    *out = negative ? -value : value;
    return true;
}

} // namespace

bool YamlReader::resolvePlain(const QString &text, QVariant *out, QString *problem, bool *limit)
{
    // PyYAML tries bool, float, int, null, timestamp in this order; the first match decides. Only texts that can
    // match an expression are tried against it (every float has a ".", every timestamp a "-" after four digits),
    // so ordinary text costs a few comparisons.
    *limit = false;
    if (text.isEmpty() || text == QLatin1String("~")) {
        *out = QVariant::fromValue(nullptr);
        return true;
    }
    const ushort first = text.at(0).unicode();
    const bool digitLike = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    if (!digitLike) {
        if (isBoolWord(text)) {
            const QChar c = text.at(0).toLower();
            *out = c == QLatin1Char('y') || c == QLatin1Char('t')
                || text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
            return true;
        }
        if ((first == 'n' || first == 'N')
            && (text == QLatin1String("null") || text == QLatin1String("Null") || text == QLatin1String("NULL"))) {
            *out = QVariant::fromValue(nullptr);
            return true;
        }
        *out = text;
        return true;
    }
    qint64 simple = 0;
    if (simpleDecimal(text, &simple)) {
        *out = simple;
        return true;
    }
    if (text.contains(QLatin1Char('.')) && regex(FloatRe).match(text).hasMatch()) {
        double v = 0;
        if (!constructFloat(text, &v)) {
            *problem = tr("\"%1\" looks like a number but is not one. Write it in quotes if it is meant as text.")
                           .arg(text.left(60));
            return false;
        }
        *out = v;
        return true;
    }
    if (first != '.' && regex(IntRe).match(text).hasMatch()) {
        qint64 v = 0;
        const Number r = constructInt(text, &v);
        if (r != Number::Ok) {
            *limit = r == Number::TooLarge;
            *problem = *limit ? tooLarge(text)
                              : tr("\"%1\" looks like a number but is not one. Write it in quotes if it is meant as "
                                   "text.")
                                    .arg(text.left(60));
            return false;
        }
        *out = v;
        return true;
    }
    if (first >= '0' && first <= '9' && text.size() >= 8 && text.at(4) == QLatin1Char('-')
        && regex(TimestampRe).match(text).hasMatch()) {
        if (!constructTimestamp(text, out)) {
            *problem = tr("\"%1\" looks like a date but is not a valid one. Write it in quotes if it is meant as text.")
                           .arg(text.left(60));
            return false;
        }
        return true;
    }
    *out = text;
    return true;
}

QString YamlReader::fromUtf8(const char *text, qsizetype size)
{
    if (size >= 3 && std::memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        return QChar(0xFEFF) + QString::fromUtf8(text + 3, size - 3);
    return QString::fromUtf8(text, size);
}

YamlReader::YamlReader(YamlEvents &events, qint64 budget, int firstLine)
    : m_events(events), m_budget(budget), m_firstLine(firstLine)
{
}

bool YamlReader::isMergeKey(const YamlValue &key)
{
    return key.mergeKey;
}

bool YamlReader::fail(Error *error, int pos, const QString &message, bool limit)
{
    error->pos = pos;
    error->message = message;
    error->limit = limit;
    return false;
}

bool YamlReader::readScalar(YamlValue *out, bool asKey, Error *error)
{
    const yaml_event_t &e = m_events.event();
    const auto &s = e.data.scalar;
    out->kind = YamlValue::Kind::Scalar;
    out->text = fromUtf8(reinterpret_cast<const char *>(s.value), qsizetype(s.length));
    const char *tag = reinterpret_cast<const char *>(s.tag);
    m_special = false;
    if (!tag || std::strcmp(tag, "!") == 0) {
        if (!s.plain_implicit) {
            out->value = out->text;
            return true;
        }
        // A plain `<<` is the merge key and a plain `=` the value key; as anything but a key SafeLoader refuses them.
        if (out->text == QLatin1String("<<") || out->text == QLatin1String("=")) {
            if (!asKey)
                return fail(error, m_events.start(),
                    tr("A value cannot be \"%1\" on its own (it is a YAML key symbol); put it in quotes.")
                        .arg(out->text));
            m_special = out->text == QLatin1String("<<");
            out->value = out->text;
            return true;
        }
        QString problem;
        bool limit = false;
        if (!resolvePlain(out->text, &out->value, &problem, &limit))
            return fail(error, m_events.start(), problem, limit);
        return true;
    }
    QString problem;
    bool limit = false;
    if (!construct(out->text, tag, &out->value, &problem, &limit))
        return fail(error, m_events.start(), problem, limit);
    return true;
}

bool YamlReader::construct(const QString &text, const char *tag, QVariant *out, QString *problem, bool *limit)
{
    *limit = false;
    const char *name = std::strncmp(tag, TagPrefix, sizeof TagPrefix - 1) == 0 ? tag + sizeof TagPrefix - 1 : nullptr;
    const QString shown = text.left(60);
    if (name && std::strcmp(name, "str") == 0) {
        *out = text;
    } else if (name && std::strcmp(name, "int") == 0) {
        qint64 v = 0;
        const Number r = constructInt(text, &v);
        *limit = r == Number::TooLarge;
        if (r == Number::TooLarge)
            *problem = tooLarge(text);
        else if (r != Number::Ok)
            *problem = tr("\"%1\" is marked !!int but is not a whole number.").arg(shown);
        if (r != Number::Ok)
            return false;
        *out = v;
    } else if (name && std::strcmp(name, "float") == 0) {
        double v = 0;
        if (!constructFloat(text, &v)) {
            *problem = tr("\"%1\" is marked !!float but is not a number.").arg(shown);
            return false;
        }
        *out = v;
    } else if (name && std::strcmp(name, "bool") == 0) {
        const QString lower = text.toLower();
        if (lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("on")) {
            *out = true;
        } else if (lower == QLatin1String("no") || lower == QLatin1String("false") || lower == QLatin1String("off")) {
            *out = false;
        } else {
            *problem = tr("\"%1\" is marked !!bool but is not yes/no/true/false/on/off.").arg(shown);
            return false;
        }
    } else if (name && std::strcmp(name, "null") == 0) {
        *out = QVariant::fromValue(nullptr);
    } else if (name && std::strcmp(name, "timestamp") == 0) {
        if (!constructTimestamp(text, out)) {
            *problem = tr("\"%1\" is marked !!timestamp but is not a valid date.").arg(shown);
            return false;
        }
    } else if (name && std::strcmp(name, "binary") == 0) {
        *problem = tr("Binary data (!!binary) is not supported in an episode.");
        *limit = true;
        return false;
    } else {
        *problem = tr("The tag \"%1\" is not known to YAML readers, so the file would be refused. Remove the tag, or "
                      "put text that starts with \"!\" in quotes.")
                       .arg(QString::fromUtf8(tag).left(60));
        return false;
    }
    return true;
}

bool YamlReader::readNode(YamlValue *out, int depth, bool asKey, Error *error)
{
    const yaml_event_t &e = m_events.event();
    out->offset = m_events.start();
    m_lastSize = 1;
    if (e.type == YAML_ALIAS_EVENT) {
        m_sawAnchorOrAlias = true;
        const std::string name(reinterpret_cast<const char *>(e.data.alias.anchor));
        const auto it = m_anchors.find(name);
        if (it == m_anchors.end())
            return fail(error, m_events.start(),
                tr("The alias *%1 refers to an anchor &%1 that is not defined before it.")
                    .arg(QString::fromStdString(name).left(60)));
        if (it->second.size < 0)
            return fail(error, m_events.start(),
                tr("The alias *%1 refers to the value it is part of; the editor does not keep such circular data.")
                    .arg(QString::fromStdString(name).left(60)),
                true);
        m_budget -= it->second.size;
        if (m_budget < 0)
            return fail(error, m_events.start(),
                tr("Aliases (*name) here would repeat the data far too often; the file is refused."), true);
        const int offset = out->offset;
        *out = it->second.value; // implicitly shared: no copy of the data
        out->offset = offset;
        out->mergeKey = false;
        m_special = false;
        m_lastSize = it->second.size;
        return true;
    }
    if (depth > MaxDepth)
        return fail(error, m_events.start(), tr("The data is nested too deeply to be an episode."), true);

    const char *anchorName = nullptr;
    const char *tag = nullptr;
    if (e.type == YAML_SCALAR_EVENT) {
        anchorName = reinterpret_cast<const char *>(e.data.scalar.anchor);
    } else if (e.type == YAML_SEQUENCE_START_EVENT) {
        anchorName = reinterpret_cast<const char *>(e.data.sequence_start.anchor);
        tag = reinterpret_cast<const char *>(e.data.sequence_start.tag);
    } else if (e.type == YAML_MAPPING_START_EVENT) {
        anchorName = reinterpret_cast<const char *>(e.data.mapping_start.anchor);
        tag = reinterpret_cast<const char *>(e.data.mapping_start.tag);
    } else {
        return fail(error, m_events.start(), tr("The YAML is not valid here."));
    }
    Anchor *anchor = nullptr;
    if (anchorName) {
        m_sawAnchorOrAlias = true;
        const std::string name(anchorName);
        const auto it = m_anchors.find(name);
        if (it != m_anchors.end())
            return fail(error, m_events.start(),
                tr("The anchor &%1 is defined twice (first on line %2); anchor names must be unique.")
                    .arg(QString::fromStdString(name).left(60))
                    .arg(it->second.line));
        anchor = &m_anchors[name]; // unordered_map references stay valid when other anchors are added
        anchor->line = m_firstLine + int(e.start_mark.line);
    }

    bool ok = true;
    qint64 size = 1;
    if (e.type == YAML_SCALAR_EVENT) {
        ok = readScalar(out, asKey, error);
        out->mergeKey = ok && m_special;
    } else {
        const char *name
            = tag && std::strncmp(tag, TagPrefix, sizeof TagPrefix - 1) == 0 ? tag + sizeof TagPrefix - 1 : nullptr;
        const bool sequence = e.type == YAML_SEQUENCE_START_EVENT;
        if (tag && std::strcmp(tag, "!") != 0 && !(name && std::strcmp(name, sequence ? "seq" : "map") == 0)) {
            const bool known = name
                && (std::strcmp(name, "set") == 0 || std::strcmp(name, "omap") == 0 || std::strcmp(name, "pairs") == 0);
            return fail(error, m_events.start(),
                known ? tr("The tag \"%1\" (sets and ordered mappings) is not supported in an episode.")
                            .arg(QString::fromUtf8(tag))
                      : tr("The tag \"%1\" does not fit a %2 here, or is not known to YAML readers. Remove the "
                           "tag, or put text that starts with \"!\" in quotes.")
                            .arg(QString::fromUtf8(tag).left(60), sequence ? tr("list") : tr("mapping")),
                known);
        }
        out->flow = sequence ? e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                             : e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
        if (sequence) {
            out->kind = YamlValue::Kind::Sequence;
            QVariantList list;
            while (ok) {
                if (!m_events.next())
                    return fail(error, m_events.error().offset, m_events.error().message);
                if (m_events.type() == YAML_SEQUENCE_END_EVENT)
                    break;
                YamlValue item;
                ok = readNode(&item, depth + 1, false, error);
                size += m_lastSize;
                list.append(item.value);
            }
            out->value = list;
        } else {
            ok = readMapping(out, depth, &size, error);
        }
    }
    if (!ok)
        return false;
    m_lastSize = size;
    if (anchor) {
        anchor->value = *out;
        anchor->value.mergeKey = false;
        anchor->size = size;
    }
    return true;
}

bool YamlReader::readMapping(YamlValue *out, int depth, qint64 *size, Error *error)
{
    out->kind = YamlValue::Kind::Mapping;
    QVariantMap own;
    QList<QVariantMap> merges; // applied in order, later ones win; the mapping's own keys win over all
    while (true) {
        if (!m_events.next())
            return fail(error, m_events.error().offset, m_events.error().message);
        if (m_events.type() == YAML_MAPPING_END_EVENT)
            break;
        YamlValue key;
        const bool flowKey = m_events.type() == YAML_MAPPING_START_EVENT;
        const int keyOffset = m_events.start();
        if (!readNode(&key, depth + 1, true, error))
            return false;
        *size += m_lastSize;
        if (key.kind != YamlValue::Kind::Scalar)
            return fail(error, keyOffset,
                flowKey && key.flow ? tr("\"{{ ... }}\" looks like a template placeholder, which is not valid YAML "
                                         "here. Fill it in, or put the value in quotes.")
                                    : tr("A key must be plain text, not a list or mapping."));
        if (!m_events.next())
            return fail(error, m_events.error().offset, m_events.error().message);
        YamlValue value;
        if (!readNode(&value, depth + 1, false, error))
            return false;
        *size += m_lastSize;
        if (isMergeKey(key)) {
            bool valid = value.kind == YamlValue::Kind::Mapping;
            if (valid) {
                merges.append(value.value.toMap());
            } else if (value.kind == YamlValue::Kind::Sequence) {
                const QVariantList list = value.value.toList();
                valid = true;
                for (auto it = list.crbegin(); valid && it != list.crend(); ++it) {
                    valid = it->metaType().id() == QMetaType::QVariantMap;
                    if (valid)
                        merges.append(it->toMap());
                }
            }
            if (!valid)
                return fail(error, value.offset,
                    tr("The merge key \"<<\" needs a mapping or a list of mappings (usually an alias *name)."));
            continue;
        }
        // PyYAML builds a number, a bool, null or a date from such a key; a QVariantMap holds text keys only. No
        // real episode has one, and reading it as text would change the data, so it is refused (a deliberate limit).
        const int keyType = key.value.metaType().id();
        if (keyType != QMetaType::QString) {
            if (key.text.isEmpty())
                return fail(error, keyOffset,
                    tr("This key has no name before its \":\", so YAML reads it as empty (null); the editor keeps "
                       "only text keys inside a value. Write the name (\"&\" starts an anchor, not a name), or put "
                       "\"\" around an empty key."),
                    true);
            const QString kind = keyType == QMetaType::Bool                      ? tr("true or false")
                : keyType == QMetaType::Nullptr                                  ? tr("empty (null)")
                : keyType == QMetaType::QDate || keyType == QMetaType::QDateTime ? tr("a date")
                                                                                 : tr("a number");
            return fail(error, keyOffset,
                tr("The key \"%1\" is read as %2 by YAML, not as text; the editor keeps only text keys inside a "
                   "value. Put the key in quotes if it is meant as text.")
                    .arg(key.text.left(60), kind),
                true);
        }
        own.insert(key.text, value.value);
    }
    if (merges.isEmpty()) {
        out->value = own;
        return true;
    }
    QVariantMap result;
    for (const QVariantMap &m : std::as_const(merges)) {
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            result.insert(it.key(), it.value());
    }
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        result.insert(it.key(), it.value());
    out->value = result;
    return true;
}
