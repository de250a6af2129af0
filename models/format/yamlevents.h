#pragma once

#include <QByteArray>
#include <QString>

#include <yaml.h>

#include <cstddef>

/**
 * libyaml's event parser (the parser PyYAML's C loader uses) over a range of a byte buffer, with event positions
 * as byte offsets into the whole buffer. libyaml's marks count characters, not bytes; the offsets are mapped with
 * a cursor that walks the UTF-8 text forward (events arrive almost in order), so the mapping costs one pass.
 * Parse errors become a position (where the problem starts) and a sentence a person can act on.
 */
class YamlEvents
{
public:
    /** Where and why parsing failed: byte offsets into the buffer (-1 when unknown). */
    struct Error
    {
        int offset = -1;
        QString message;
    };

    /**
     * Parses bytes[begin, end); the buffer must outlive this object and be valid UTF-8. `firstLine` is the 1-based
     * line of `begin` in the file, for line numbers named in messages. A U+FEFF at `begin` is a byte order mark
     * and skipped, as libyaml does for PyYAML (which hands it the front matter as one stream).
     */
    YamlEvents(const QByteArray &bytes, int begin, int end, int firstLine = 1);
    /**
     * Parses `prefix` (ASCII) followed by bytes[begin, end), as if they were one text: a part of a transcript read
     * on its own, after the "transcript:" line that opens it. Positions inside the prefix map to `begin`.
     */
    YamlEvents(const QByteArray &bytes, int begin, int end, const QByteArray &prefix);
    ~YamlEvents();
    YamlEvents(const YamlEvents &) = delete;
    YamlEvents &operator=(const YamlEvents &) = delete;

    /** Fetches the next event; false on a parse error (see error()). */
    bool next();
    const yaml_event_t &event() const { return m_event; }
    yaml_event_type_t type() const { return m_event.type; }
    /** Byte offset of the current event's start and end in the buffer. */
    int start() const { return m_start; }
    int end() const { return m_end; }
    /** The byte offset in the buffer of a libyaml mark (a character index relative to `begin`). */
    int byteOffset(std::size_t charIndex);

    const Error &error() const { return m_error; }

private:
    static int readInput(void *data, unsigned char *buffer, std::size_t size, std::size_t *sizeRead);
    void explain();

    const QByteArray &m_bytes;
    int m_begin;
    int m_endOfRange;
    int m_firstLine;
    int m_charZero; ///< byte offset of character index 0 (after a byte order mark)
    QByteArray m_prefix; ///< text parsed before the range (ASCII: its characters are its bytes)
    qsizetype m_inputPos = 0; ///< readInput(): bytes handed to libyaml so far, prefix included
    yaml_parser_t m_parser;
    yaml_event_t m_event;
    bool m_hasEvent = false;
    int m_start = 0;
    int m_end = 0;
    std::size_t m_cursorChar = 0; ///< character index of the cursor (relative to m_begin)
    int m_cursorByte = 0; ///< byte offset of the cursor in m_bytes
    Error m_error;
};
