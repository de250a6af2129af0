#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QExplicitlySharedDataPointer>
#include <QSharedData>

/**
 * A piece of the file as it was read: a range of the whole file's bytes, shared with the buffer the file was read
 * into rather than copied. A 100,000-item episode keeps its source once, however many items, undo states and
 * copies refer to it, and each piece costs 16 bytes. Empty means "no original text": the item was edited or is new.
 *
 * Values are immutable; clear() drops the reference (the file's buffer is freed when no piece refers to it).
 */
class SourceText
{
public:
    /** The buffer pieces share: one per file read. */
    struct Buffer : QSharedData
    {
        explicit Buffer(const QByteArray &b) : bytes(b) { }
        const QByteArray bytes;
    };

    SourceText() = default;
    /** A range of a shared buffer. */
    SourceText(const QExplicitlySharedDataPointer<Buffer> &buffer, qsizetype offset, qsizetype size)
        : m_buffer(size > 0 ? buffer : QExplicitlySharedDataPointer<Buffer>()),
          m_offset(size > 0 ? quint32(offset) : 0),
          m_size(size > 0 ? quint32(size) : 0)
    {
        Q_ASSERT(offset >= 0 && offset + qsizetype(m_size) <= buffer->bytes.size());
    }
    /** A piece that holds exactly these bytes. */
    explicit SourceText(const QByteArray &bytes)
        : m_buffer(bytes.isEmpty() ? nullptr : new Buffer(bytes)), m_size(quint32(bytes.size()))
    {
    }

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    const char *constData() const { return m_buffer ? m_buffer->bytes.constData() + m_offset : ""; }
    QByteArrayView view() const { return QByteArrayView(constData(), m_size); }
    /** The bytes as a QByteArray of their own (a copy, unless the piece is the whole buffer). */
    QByteArray toByteArray() const
    {
        if (m_buffer && m_offset == 0 && m_size == m_buffer->bytes.size())
            return m_buffer->bytes;
        return QByteArray(constData(), m_size);
    }
    void clear() { *this = SourceText(); }

    bool startsWith(QByteArrayView prefix) const { return view().startsWith(prefix); }
    bool endsWith(QByteArrayView suffix) const { return view().endsWith(suffix); }
    bool contains(QByteArrayView needle) const { return view().contains(needle); }
    qsizetype count(char c) const { return view().count(c); }

    friend bool operator==(const SourceText &a, const SourceText &b) { return a.view() == b.view(); }
    friend bool operator!=(const SourceText &a, const SourceText &b) { return !(a == b); }
    friend bool operator==(const SourceText &a, const QByteArray &b) { return a.view() == QByteArrayView(b); }
    friend bool operator==(const QByteArray &a, const SourceText &b) { return b == a; }
    friend bool operator!=(const SourceText &a, const QByteArray &b) { return !(a == b); }
    friend bool operator!=(const QByteArray &a, const SourceText &b) { return !(b == a); }

private:
    QExplicitlySharedDataPointer<Buffer> m_buffer; ///< the whole file (shared), or the piece's own bytes
    quint32 m_offset = 0; ///< files are refused above 64 MB, so 32 bits hold any position
    quint32 m_size = 0;
};
