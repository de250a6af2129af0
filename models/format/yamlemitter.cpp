#include "yamlemitter.h"

#include "yamlresolver.h"
#include "yamlscalaranalysis.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace {

/** Orders keys by code point, as Python's sorted() does; QString's own order is by UTF-16 unit. */
bool codePointLess(const QString &a, const QString &b)
{
    const int n = std::min(a.size(), b.size());
    for (int i = 0; i < n; ++i) {
        uint x = a.at(i).unicode();
        uint y = b.at(i).unicode();
        if (x == y)
            continue;
        // Surrogates (astral characters) sort after U+E000..U+FFFF by code point.
        if (x >= 0xD800)
            x += x >= 0xE000 ? -0x800 : 0x2000;
        if (y >= 0xD800)
            y += y >= 0xE000 ? -0x800 : 0x2000;
        return x < y;
    }
    return a.size() < b.size();
}

} // namespace

YamlEmitter::YamlEmitter(int bestWidth, bool allowUnicode)
    : m_bestWidth(bestWidth > 4 ? bestWidth : 80), m_allowUnicode(allowUnicode)
{
}

void YamlEmitter::emitDocument(const QVariant &root)
{
    emitNode(root, false, false);
    // expect_document_end: an implicit end only finishes the last line.
    writeIndent();
}

QString YamlEmitter::representFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");

    // Shortest round-trip digits and the decimal exponent, then laid out as Python's repr() does:
    // fixed notation for exponents -4..15, scientific otherwise with at least two exponent digits.
    const QByteArray sci = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const int ePos = sci.indexOf('e');
    QByteArray mantissa = sci.left(ePos);
    const int exponent = sci.mid(ePos + 1).toInt();
    if (mantissa.startsWith('-'))
        mantissa.remove(0, 1);
    const bool negative = std::signbit(value); // Qt drops the sign of -0.0; repr keeps it
    const QByteArray digits = QByteArray(mantissa).replace(".", "");

    QByteArray text;
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            QByteArray intPart = digits.left(exponent + 1);
            if (intPart.size() < exponent + 1)
                intPart.append(QByteArray(exponent + 1 - intPart.size(), '0'));
            QByteArray fraction = digits.mid(exponent + 1);
            text = intPart + '.' + (fraction.isEmpty() ? QByteArray("0") : fraction);
        } else {
            text = "0." + QByteArray(-exponent - 1, '0') + digits;
        }
    } else {
        text = digits.left(1);
        if (digits.size() > 1)
            text += '.' + digits.mid(1);
        else
            text += ".0"; // PyYAML inserts ".0" so that the value reads back as a float
        text += exponent < 0 ? "e-" : "e+";
        text += QByteArray::number(std::abs(exponent)).rightJustified(2, '0');
    }
    if (negative)
        text.prepend('-');
    return QString::fromLatin1(text);
}

YamlEmitter::Scalar YamlEmitter::representScalar(const QVariant &value)
{
    const int type = value.metaType().id();
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return { QStringLiteral("null").toUcs4(), true };
    case QMetaType::Bool:
        return { (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")).toUcs4(), true };
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return { QString::number(value.toLongLong()).toUcs4(), true };
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return { QString::number(value.toULongLong()).toUcs4(), true };
    case QMetaType::Double:
    case QMetaType::Float:
        return { representFloat(value.toDouble()).toUcs4(), true };
    case QMetaType::QDate:
        return { value.toDate().toString(Qt::ISODate).toUcs4(), true };
    case QMetaType::QDateTime: {
        // datetime.isoformat(' '): microseconds only when non-zero, offset only for aware values.
        const QDateTime dt = value.toDateTime();
        QString text
            = dt.date().toString(Qt::ISODate) + QLatin1Char(' ') + dt.time().toString(QStringLiteral("HH:mm:ss"));
        if (dt.time().msec() != 0)
            text += QLatin1Char('.') + QString::number(dt.time().msec() * 1000).rightJustified(6, QLatin1Char('0'));
        if (dt.timeSpec() != Qt::LocalTime) {
            const int offset = dt.offsetFromUtc();
            text += QStringLiteral("%1%2:%3")
                        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                        .arg(std::abs(offset) / 60 % 60, 2, 10, QLatin1Char('0'));
        }
        return { text.toUcs4(), true };
    }
    default:
        break;
    }
    const QString text = value.toString();
    return { text.toUcs4(), YamlResolver::resolvesToString(text) };
}

void YamlEmitter::emitNode(const QVariant &value, bool mapping, bool simpleKey)
{
    // PyYAML also tracks root and sequence contexts; they only matter for open-ended documents ("...") and
    // never change what safe_dump writes for a mapping.
    m_mappingContext = mapping;
    m_simpleKeyContext = simpleKey;

    const int type = value.metaType().id();
    if (type == QMetaType::QVariantList || type == QMetaType::QStringList) {
        const QVariantList items = value.toList();
        // Empty collections, and anything inside a flow collection, are written in flow style.
        if (m_flowLevel > 0 || items.isEmpty())
            emitEmptyFlow('[', ']');
        else
            emitBlockSequence(items);
    } else if (type == QMetaType::QVariantMap || type == QMetaType::QVariantHash) {
        const QVariantMap map = value.toMap();
        if (m_flowLevel > 0 || map.isEmpty())
            emitEmptyFlow('{', '}');
        else
            emitBlockMapping(map);
    } else {
        emitScalar(representScalar(value));
    }
}

void YamlEmitter::emitEmptyFlow(char open, char close)
{
    const char openText[2] = { open, 0 };
    const char closeText[2] = { close, 0 };
    writeIndicator(openText, true, true);
    ++m_flowLevel;
    increaseIndent(true);
    popIndent();
    --m_flowLevel;
    writeIndicator(closeText, false);
}

void YamlEmitter::emitBlockSequence(const QVariantList &items)
{
    // A sequence that is a mapping value starts at the key's column ("key:\n- item").
    const bool indentless = m_mappingContext && !m_indention;
    increaseIndent(false, indentless);
    for (const QVariant &item : items) {
        writeIndent();
        writeIndicator("-", true, false, true);
        emitNode(item, false, false);
    }
    popIndent();
}

void YamlEmitter::emitBlockMapping(const QVariantMap &mapping)
{
    increaseIndent(false);
    QStringList keys = mapping.keys();
    std::sort(keys.begin(), keys.end(), codePointLess);
    for (const QString &key : keys) {
        writeIndent();
        // check_simple_key: a short, non-empty, single-line scalar key is written as "key: value". PyYAML counts
        // the key's prepared tag ("!!str", 5 characters) into the 128-character limit although it never writes it.
        const QList<uint> keyText = key.toUcs4();
        const YamlScalarAnalysis analysis = YamlScalarAnalysis::analyze(keyText, m_allowUnicode);
        if (keyText.size() + 5 < 128 && !analysis.empty && !analysis.multiline) {
            emitNode(key, true, true);
            writeIndicator(":", false);
        } else {
            writeIndicator("?", true, false, true);
            emitNode(key, true, false);
            writeIndent();
            writeIndicator(":", true, false, true);
        }
        emitNode(mapping.value(key), true, false);
    }
    popIndent();
}

void YamlEmitter::emitScalar(const Scalar &scalar)
{
    increaseIndent(true);
    const YamlScalarAnalysis analysis = YamlScalarAnalysis::analyze(scalar.text, m_allowUnicode);
    const bool split = !m_simpleKeyContext;
    // choose_scalar_style for a scalar without a requested style.
    const bool plainAllowed = m_flowLevel > 0 ? analysis.allowFlowPlain : analysis.allowBlockPlain;
    if (scalar.implicitPlain && !(m_simpleKeyContext && (analysis.empty || analysis.multiline)) && plainAllowed)
        writePlain(scalar.text, split);
    else if (analysis.allowSingleQuoted && !(m_simpleKeyContext && analysis.multiline))
        writeSingleQuoted(scalar.text, split);
    else
        writeDoubleQuoted(scalar.text, split);
    popIndent();
}

void YamlEmitter::increaseIndent(bool flow, bool indentless)
{
    m_indents.append(m_indent);
    if (m_indent < 0)
        m_indent = flow ? m_bestIndent : 0;
    else if (!indentless)
        m_indent += m_bestIndent;
}

void YamlEmitter::popIndent()
{
    m_indent = m_indents.takeLast();
}

void YamlEmitter::writeIndicator(const char *indicator, bool needWhitespace, bool whitespace, bool indention)
{
    if (!m_whitespace && needWhitespace) {
        m_out.append(' ');
        ++m_column;
    }
    const int length = int(qstrlen(indicator));
    m_out.append(indicator, length);
    m_column += length;
    m_whitespace = whitespace;
    m_indention = m_indention && indention;
}

void YamlEmitter::writeIndent()
{
    const int indent = std::max(m_indent, 0);
    if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
        writeLineBreak();
    if (m_column < indent) {
        m_whitespace = true;
        m_out.append(QByteArray(indent - m_column, ' '));
        m_column = indent;
    }
}

void YamlEmitter::writeLineBreak(uint br)
{
    m_whitespace = true;
    m_indention = true;
    m_column = 0;
    appendCodePoint(br);
}

void YamlEmitter::appendCodePoint(uint ch)
{
    if (ch < 0x80) {
        m_out.append(char(ch));
    } else if (ch < 0x800) {
        m_out.append(char(0xC0 | (ch >> 6)));
        m_out.append(char(0x80 | (ch & 0x3F)));
    } else if (ch < 0x10000) {
        m_out.append(char(0xE0 | (ch >> 12)));
        m_out.append(char(0x80 | ((ch >> 6) & 0x3F)));
        m_out.append(char(0x80 | (ch & 0x3F)));
    } else {
        m_out.append(char(0xF0 | (ch >> 18)));
        m_out.append(char(0x80 | ((ch >> 12) & 0x3F)));
        m_out.append(char(0x80 | ((ch >> 6) & 0x3F)));
        m_out.append(char(0x80 | (ch & 0x3F)));
    }
}

void YamlEmitter::writeText(const QList<uint> &text, int start, int end)
{
    // Encoded through a small buffer: appending byte by byte to the QByteArray dominated the profile.
    char buffer[256];
    int used = 0;
    const uint *data = text.constData();
    for (int i = start; i < end; ++i) {
        if (used > int(sizeof buffer) - 4) {
            m_out.append(buffer, used);
            used = 0;
        }
        const uint ch = data[i];
        if (ch < 0x80) {
            buffer[used++] = char(ch);
        } else if (ch < 0x800) {
            buffer[used++] = char(0xC0 | (ch >> 6));
            buffer[used++] = char(0x80 | (ch & 0x3F));
        } else if (ch < 0x10000) {
            buffer[used++] = char(0xE0 | (ch >> 12));
            buffer[used++] = char(0x80 | ((ch >> 6) & 0x3F));
            buffer[used++] = char(0x80 | (ch & 0x3F));
        } else {
            buffer[used++] = char(0xF0 | (ch >> 18));
            buffer[used++] = char(0x80 | ((ch >> 12) & 0x3F));
            buffer[used++] = char(0x80 | ((ch >> 6) & 0x3F));
            buffer[used++] = char(0x80 | (ch & 0x3F));
        }
    }
    m_out.append(buffer, used);
    m_column += end - start; // PyYAML counts columns in code points
}

void YamlEmitter::writeAscii(const char *data, int length)
{
    m_out.append(data, length);
    m_column += length;
}
