#include "yamlevents.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlReader", text);
}

bool same(const char *a, const char *b)
{
    return a && std::strcmp(a, b) == 0;
}

bool startsWith(const char *a, const char *prefix)
{
    return a && std::strncmp(a, prefix, std::strlen(prefix)) == 0;
}

} // namespace

YamlEvents::YamlEvents(const QByteArray &bytes, int begin, int end, int firstLine)
    : m_bytes(bytes), m_begin(begin), m_endOfRange(end), m_firstLine(firstLine), m_charZero(begin)
{
    yaml_parser_initialize(&m_parser);
    yaml_parser_set_input_string(
        &m_parser, reinterpret_cast<const unsigned char *>(bytes.constData() + begin), std::size_t(end - begin));
    // No yaml_parser_set_encoding: like PyYAML, let libyaml detect the encoding, which also drops a byte order mark
    // at the start of the stream (with the encoding set, a BOM is skipped as a character, shifting the first line's
    // columns, so a key after it and a "- " list under that key would not fit together). The bytes are valid UTF-8, so
    // the detection gives UTF-8. A dropped BOM is not counted in the marks: character 0 is the one after it.
    if (end - begin >= 3 && std::memcmp(bytes.constData() + begin, "\xEF\xBB\xBF", 3) == 0)
        m_charZero = begin + 3;
    m_cursorByte = m_charZero;
    std::memset(&m_event, 0, sizeof m_event);
}

YamlEvents::YamlEvents(const QByteArray &bytes, int begin, int end, const QByteArray &prefix)
    : m_bytes(bytes), m_begin(begin), m_endOfRange(end), m_firstLine(1), m_charZero(begin), m_prefix(prefix)
{
    yaml_parser_initialize(&m_parser);
    yaml_parser_set_input(&m_parser, &YamlEvents::readInput, this);
    m_cursorByte = m_charZero;
    std::memset(&m_event, 0, sizeof m_event);
}

int YamlEvents::readInput(void *data, unsigned char *buffer, std::size_t size, std::size_t *sizeRead)
{
    // The prefix, then the range, without copying the range anywhere but into libyaml's own buffer.
    auto *self = static_cast<YamlEvents *>(data);
    const qsizetype prefixSize = self->m_prefix.size();
    const qsizetype total = prefixSize + (self->m_endOfRange - self->m_begin);
    std::size_t n = 0;
    while (n < size && self->m_inputPos < total) {
        const bool inPrefix = self->m_inputPos < prefixSize;
        const char *from = inPrefix ? self->m_prefix.constData() + self->m_inputPos
                                    : self->m_bytes.constData() + self->m_begin + (self->m_inputPos - prefixSize);
        const qsizetype available = inPrefix ? prefixSize - self->m_inputPos : total - self->m_inputPos;
        const std::size_t count = std::min<std::size_t>(size - n, std::size_t(available));
        std::memcpy(buffer + n, from, count);
        n += count;
        self->m_inputPos += qsizetype(count);
    }
    *sizeRead = n;
    return 1;
}

YamlEvents::~YamlEvents()
{
    if (m_hasEvent)
        yaml_event_delete(&m_event);
    yaml_parser_delete(&m_parser);
}

bool YamlEvents::next()
{
    if (m_hasEvent) {
        yaml_event_delete(&m_event);
        m_hasEvent = false;
    }
    if (!yaml_parser_parse(&m_parser, &m_event)) {
        explain();
        return false;
    }
    m_hasEvent = true;
    m_start = byteOffset(m_event.start_mark.index);
    m_end = byteOffset(m_event.end_mark.index);
    return true;
}

int YamlEvents::byteOffset(std::size_t charIndex)
{
    const std::size_t prefixChars = std::size_t(m_prefix.size());
    if (charIndex < prefixChars)
        return m_begin;
    charIndex -= prefixChars;
    // Walk from the cursor: forward over UTF-8 sequences by their lead byte, backward over continuation bytes.
    const unsigned char *b = reinterpret_cast<const unsigned char *>(m_bytes.constData());
    // Plain ASCII, eight characters at a time: one byte each.
    while (m_cursorChar + 8 <= charIndex && m_cursorByte + 8 <= m_endOfRange) {
        quint64 word;
        std::memcpy(&word, b + m_cursorByte, 8);
        if (word & 0x8080808080808080ULL)
            break;
        m_cursorByte += 8;
        m_cursorChar += 8;
    }
    while (m_cursorChar < charIndex && m_cursorByte < m_endOfRange) {
        const unsigned char c = b[m_cursorByte];
        m_cursorByte += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        ++m_cursorChar;
    }
    while (m_cursorChar > charIndex && m_cursorByte > m_charZero) {
        --m_cursorByte;
        while (m_cursorByte > m_charZero && (b[m_cursorByte] & 0xC0) == 0x80)
            --m_cursorByte;
        --m_cursorChar;
    }
    return std::min(m_cursorByte, m_endOfRange);
}

void YamlEvents::explain()
{
    const char *problem = m_parser.problem;
    const char *context = m_parser.context;
    const int problemAt = byteOffset(m_parser.problem_mark.index);
    const int contextAt = context ? byteOffset(m_parser.context_mark.index) : -1;
    m_error.offset = problemAt;

    if (m_parser.error == YAML_READER_ERROR) {
        // problem_offset counts bytes (the reader runs before characters are counted).
        m_error.offset = m_begin + std::max(0, int(m_parser.problem_offset) - int(m_prefix.size()));
        if (same(problem, "control characters are not allowed"))
            m_error.message = tr("This line contains an invisible control character, which YAML does not allow. "
                                 "Delete it or write it as an escape in double quotes (\"\\x07\").");
        else
            m_error.message = tr("This line is not valid UTF-8 text. Save the file as UTF-8.");
        return;
    }
    if (m_parser.error == YAML_MEMORY_ERROR) {
        m_error.offset = -1;
        m_error.message = tr("Not enough memory to read this file.");
        return;
    }

    if (same(context, "while scanning a quoted scalar") || same(context, "while parsing a quoted scalar")) {
        // The problem is found where the text ends; the place to fix is the opening quote (for an escape: itself).
        m_error.offset = same(context, "while parsing a quoted scalar") ? problemAt : contextAt;
        if (startsWith(problem, "found unexpected end of stream")
            || startsWith(problem, "found unexpected document indicator"))
            m_error.message = tr("This quoted text is never closed: the closing quote is missing, so the rest of the "
                                 "file would become part of it.");
        else if (startsWith(problem, "found unknown escape character")
            || startsWith(problem, "did not find expected hex") || startsWith(problem, "found invalid Unicode"))
            m_error.message = tr("This double-quoted text contains an invalid escape sequence (line %1); write \\\\ "
                                 "for a backslash, or use single quotes.")
                                  .arg(m_firstLine + int(m_parser.problem_mark.line));
        else
            m_error.message = tr("This quoted text is not valid: %1.").arg(QString::fromUtf8(problem));
        return;
    }
    if (same(context, "while scanning a simple key") && same(problem, "could not find expected ':'")) {
        m_error.offset = contextAt;
        m_error.message = tr("This line is neither a \"key: value\" pair nor the continuation of a value. A key needs "
                             "\": \" (with a space) after it; text that continues a value must be indented.");
        return;
    }
    if (same(problem, "mapping values are not allowed in this context")) {
        m_error.message = tr("A \":\" followed by a space is not allowed here. Put text that contains \": \" in "
                             "quotes, or check the indentation.");
        return;
    }
    if (same(context, "while parsing a flow sequence") || same(context, "while parsing a flow mapping")) {
        m_error.offset = contextAt;
        const bool sequence = same(context, "while parsing a flow sequence");
        m_error.message = sequence
            ? tr("The list opened with \"[\" here is not closed with \"]\" (the problem shows on line %1). Close it, "
                 "or put text that starts with \"[\" in quotes.")
                  .arg(m_firstLine + int(m_parser.problem_mark.line))
            : tr("The mapping opened with \"{\" here is not closed with \"}\" (the problem shows on line %1). If it "
                 "is a {{ }} template placeholder, fill it in; text that starts with \"{\" must be in quotes.")
                  .arg(m_firstLine + int(m_parser.problem_mark.line));
        return;
    }
    if (same(context, "while parsing a block mapping") || same(context, "while parsing a block collection")) {
        m_error.message = tr("The indentation of this line does not fit the lines above it (the block it should "
                             "belong to starts on line %1). Check the spaces at the start of the line, the \"- \" of "
                             "list items and the space after \":\".")
                              .arg(m_firstLine + int(m_parser.context_mark.line));
        return;
    }
    if (same(problem, "block sequence entries are not allowed in this context")) {
        m_error.message = tr("A \"- \" list item is not allowed here. Check the indentation, or put text that "
                             "starts with \"- \" in quotes.");
        return;
    }
    if (same(context, "while scanning an anchor") || same(context, "while scanning an alias")) {
        m_error.message = tr("\"&\" and \"*\" at the start of a value mark an anchor or alias, and must be followed "
                             "by a name of letters, digits, \"-\" or \"_\". Put text that starts with \"&\" or \"*\" "
                             "in quotes.");
        return;
    }
    if (same(context, "while scanning a tag") || same(context, "while parsing a node")
        || same(problem, "found undefined tag handle")) {
        m_error.message = tr("\"!\" at the start of a value marks a tag. Put text that starts with \"!\" in quotes.");
        return;
    }
    if (same(context, "while scanning a block scalar")) {
        m_error.offset = contextAt;
        m_error.message = tr("The \"|\" or \">\" here starts a block of text, but what follows it is not valid: %1. "
                             "Put text that starts with \"|\" or \">\" in quotes.")
                              .arg(QString::fromUtf8(problem));
        return;
    }
    if (same(problem, "found character that cannot start any token")) {
        const char c = problemAt >= 0 && problemAt < m_bytes.size() ? m_bytes.at(problemAt) : 0;
        if (c == '\t')
            m_error.message = tr("Tabs cannot be used for indentation; use spaces.");
        else
            m_error.message = tr("Unexpected character. Text that starts with a special character such as @, ` or % "
                                 "must be in quotes.");
        return;
    }
    if (startsWith(problem, "found a tab character")) {
        m_error.message = tr("Tabs cannot be used for indentation; use spaces.");
        return;
    }
    if (same(problem, "did not find expected <document start>")) {
        m_error.message = tr("The text here follows the end of the metadata; an episode holds one YAML document.");
        return;
    }
    if (same(problem, "did not find expected node content")) {
        m_error.message = tr("A value is missing here. Put text that starts with a special character in quotes.");
        return;
    }
    if (context && problem)
        m_error.message
            = tr("The YAML is not valid here (%1, %2).").arg(QString::fromUtf8(context), QString::fromUtf8(problem));
    else
        m_error.message = tr("The YAML is not valid here (%1).").arg(QString::fromUtf8(problem ? problem : "?"));
}
