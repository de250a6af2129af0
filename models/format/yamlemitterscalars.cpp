// The three scalar writers of YamlEmitter, ported from PyYAML's Emitter.write_plain, write_single_quoted and
// write_double_quoted. They keep PyYAML's start/end bookkeeping so that folding happens at exactly the same
// spaces: a single space becomes a line break only when the column already exceeds the best width.

#include "yamlemitter.h"

#include "yamlscalaranalysis.h"

namespace {

constexpr uint NoChar = 0xFFFFFFFFu; // PyYAML's `ch = None` one past the end of the text

bool isBreak(uint ch)
{
    return ch != NoChar && YamlScalarAnalysis::isBreak(ch);
}

QByteArray escapeFor(uint ch)
{
    switch (ch) {
    case 0x00:
        return QByteArrayLiteral("\\0");
    case 0x07:
        return QByteArrayLiteral("\\a");
    case 0x08:
        return QByteArrayLiteral("\\b");
    case 0x09:
        return QByteArrayLiteral("\\t");
    case 0x0A:
        return QByteArrayLiteral("\\n");
    case 0x0B:
        return QByteArrayLiteral("\\v");
    case 0x0C:
        return QByteArrayLiteral("\\f");
    case 0x0D:
        return QByteArrayLiteral("\\r");
    case 0x1B:
        return QByteArrayLiteral("\\e");
    case '"':
        return QByteArrayLiteral("\\\"");
    case '\\':
        return QByteArrayLiteral("\\\\");
    case 0x85:
        return QByteArrayLiteral("\\N");
    case 0xA0:
        return QByteArrayLiteral("\\_");
    case 0x2028:
        return QByteArrayLiteral("\\L");
    case 0x2029:
        return QByteArrayLiteral("\\P");
    default:
        break;
    }
    if (ch <= 0xFF)
        return QByteArrayLiteral("\\x") + QByteArray::number(ch, 16).toUpper().rightJustified(2, '0');
    if (ch <= 0xFFFF)
        return QByteArrayLiteral("\\u") + QByteArray::number(ch, 16).toUpper().rightJustified(4, '0');
    return QByteArrayLiteral("\\U") + QByteArray::number(ch, 16).toUpper().rightJustified(8, '0');
}

bool needsEscape(uint ch, bool allowUnicode)
{
    if (ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF)
        return true;
    if (ch >= 0x20 && ch <= 0x7E)
        return false;
    return !(allowUnicode && ((ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)));
}

} // namespace

void YamlEmitter::writePlain(const QList<uint> &text, bool split)
{
    if (text.isEmpty())
        return;
    if (!m_whitespace)
        writeAscii(" ", 1);
    m_whitespace = false;
    m_indention = false;
    bool spaces = false;
    bool breaks = false;
    int start = 0;
    const int size = text.size();
    for (int end = 0; end <= size; ++end) {
        const uint ch = end < size ? text.at(end) : NoChar;
        if (spaces) {
            if (ch != ' ') {
                if (start + 1 == end && m_column > m_bestWidth && split) {
                    writeIndent();
                    m_whitespace = false;
                    m_indention = false;
                } else {
                    writeText(text, start, end);
                }
                start = end;
            }
        } else if (breaks) {
            if (!isBreak(ch)) {
                if (text.at(start) == '\n')
                    writeLineBreak();
                for (int i = start; i < end; ++i)
                    writeLineBreak(text.at(i));
                writeIndent();
                m_whitespace = false;
                m_indention = false;
                start = end;
            }
        } else if (ch == NoChar || ch == ' ' || isBreak(ch)) {
            writeText(text, start, end);
            start = end;
        }
        if (ch != NoChar) {
            spaces = ch == ' ';
            breaks = isBreak(ch);
        }
    }
}

void YamlEmitter::writeSingleQuoted(const QList<uint> &text, bool split)
{
    writeIndicator("'", true);
    bool spaces = false;
    bool breaks = false;
    int start = 0;
    const int size = text.size();
    for (int end = 0; end <= size; ++end) {
        const uint ch = end < size ? text.at(end) : NoChar;
        if (spaces) {
            if (ch != ' ') {
                if (start + 1 == end && m_column > m_bestWidth && split && start != 0 && end != size)
                    writeIndent();
                else
                    writeText(text, start, end);
                start = end;
            }
        } else if (breaks) {
            if (!isBreak(ch)) {
                // A lone LF would fold into a space on reading, so the first one is written twice.
                if (text.at(start) == '\n')
                    writeLineBreak();
                for (int i = start; i < end; ++i)
                    writeLineBreak(text.at(i));
                writeIndent();
                start = end;
            }
        } else if (ch == NoChar || ch == ' ' || isBreak(ch) || ch == '\'') {
            if (start < end) {
                writeText(text, start, end);
                start = end;
            }
        }
        if (ch == '\'') {
            writeAscii("''", 2);
            start = end + 1;
        }
        if (ch != NoChar) {
            spaces = ch == ' ';
            breaks = isBreak(ch);
        }
    }
    writeIndicator("'", false);
}

void YamlEmitter::writeDoubleQuoted(const QList<uint> &text, bool split)
{
    writeIndicator("\"", true);
    int start = 0;
    const int size = text.size();
    for (int end = 0; end <= size; ++end) {
        const uint ch = end < size ? text.at(end) : NoChar;
        if (ch == NoChar || needsEscape(ch, m_allowUnicode)) {
            if (start < end) {
                writeText(text, start, end);
                start = end;
            }
            if (ch != NoChar) {
                const QByteArray escape = escapeFor(ch);
                writeAscii(escape.constData(), int(escape.size()));
                start = end + 1;
            }
        }
        // Fold before a space (or right after an escape) once the line would pass the width; the line ends with
        // a backslash so that no space is lost, and a space starting the next line is protected by another one.
        if (end > 0 && end < size - 1 && (ch == ' ' || start >= end) && m_column + (end - start) > m_bestWidth
            && split) {
            if (start < end) {
                writeText(text, start, end);
                start = end;
            }
            writeAscii("\\", 1);
            writeIndent();
            m_whitespace = false;
            m_indention = false;
            if (text.at(start) == ' ')
                writeAscii("\\", 1);
        }
    }
    writeIndicator("\"", false);
}
