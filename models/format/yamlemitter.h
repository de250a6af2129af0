#pragma once

#include <QByteArray>
#include <QList>
#include <QVariant>

struct YamlScalarAnalysis;

/**
 * A port of the parts of PyYAML's Emitter (with SafeRepresenter and Serializer) that `safe_dump` uses for plain
 * data: block mappings with sorted keys, block sequences, flow `[]`/`{}` for empty collections, and scalars in
 * plain, single-quoted or double-quoted style with PyYAML's column bookkeeping and folding. Output is UTF-8.
 *
 * One emitter writes one document; YamlWriter is the public face.
 */
class YamlEmitter
{
public:
    explicit YamlEmitter(int bestWidth = 80, bool allowUnicode = true);

    /** Writes `root` as a whole document (no "---"/"..." markers, as safe_dump writes a single document). */
    void emitDocument(const QVariant &root);
    /** The bytes written so far. */
    const QByteArray &output() const { return m_out; }

    /** The plain text PyYAML's SafeRepresenter gives a float (`repr` lowered, `.inf`, `.nan`, `1.0e+20`). */
    static QString representFloat(double value);

private:
    struct Scalar
    {
        QList<uint> text; ///< code points
        bool implicitPlain; ///< PyYAML's implicit[0]: a plain scalar would read back with the same tag
    };

    void emitNode(const QVariant &value, bool mapping, bool simpleKey);
    void emitScalar(const Scalar &scalar);
    void emitBlockSequence(const QVariantList &items);
    void emitBlockMapping(const QVariantMap &mapping);
    void emitEmptyFlow(char open, char close);

    static Scalar representScalar(const QVariant &value);

    void increaseIndent(bool flow, bool indentless = false);
    void popIndent();
    void writeIndicator(const char *indicator, bool needWhitespace, bool whitespace = false, bool indention = false);
    void writeIndent();
    void writeLineBreak(uint br = '\n');
    void writeText(const QList<uint> &text, int start, int end);
    void writeAscii(const char *data, int length);
    void appendCodePoint(uint ch);

    void writePlain(const QList<uint> &text, bool split);
    void writeSingleQuoted(const QList<uint> &text, bool split);
    void writeDoubleQuoted(const QList<uint> &text, bool split);

    QByteArray m_out;
    int m_bestWidth;
    int m_bestIndent = 2;
    bool m_allowUnicode;

    int m_column = 0;
    bool m_whitespace = true;
    bool m_indention = true;
    int m_indent = -1; ///< -1 stands for PyYAML's None
    QList<int> m_indents;
    int m_flowLevel = 0;

    bool m_mappingContext = false;
    bool m_simpleKeyContext = false;
};
