#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <vector>

/**
 * One node of a YAML document as yaml-cpp's parser reports it: its kind, byte position, style and text, with
 * aliases kept as references (never expanded), so an "alias bomb" costs no more memory than its text.
 */
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Mapping, Alias };

    Kind kind = Kind::Null;
    int pos = 0; ///< byte offset in the parsed text (for a block-sequence item that is a mapping: its first key)
    bool flow = false; ///< sequence/mapping written in flow style ([...], {...})
    bool plain = false; ///< scalar written without quotes or tag: YAML 1.1 implicit typing applies
    std::string tag; ///< explicit tag, e.g. "tag:yaml.org,2002:str"; "?" or "!" for none
    std::string value; ///< scalar text
    std::size_t anchor = 0; ///< anchor defined on this node (0: none); for an alias: the anchor it refers to
    std::vector<YamlNode> children; ///< sequence items; for a mapping: key, value, key, value, ...
};

/**
 * Parses YAML text with yaml-cpp into YamlNode trees and converts nodes to QVariant with PyYAML's YAML 1.1
 * implicit typing (int incl. sexagesimal/octal/hex, float, bool, null, timestamp) for plain scalars.
 */
class YamlReader
{
public:
    /** Where and why parsing or converting failed; pos is a byte offset in the text. */
    struct Error
    {
        int pos = -1;
        QString message;
    };

    /** Parses the first document of `text`. Depth is bounded by yaml-cpp's own guard (an error, never a crash). */
    static bool parse(const std::string &text, YamlNode *root, Error *error);

    explicit YamlReader(const YamlNode &root);

    /**
     * The node as QVariant (QString, qint64, double, bool, nullptr, QDate, QDateTime, QVariantList, QVariantMap).
     * Fails on a mapping key that is not a scalar (e.g. a `{{ }}` template placeholder) and when aliases would
     * expand to more than a sane number of nodes.
     */
    bool toVariant(const YamlNode &node, QVariant *out, Error *error);

    /** The value a plain scalar reads as under YAML 1.1 (PyYAML's resolver). */
    static QVariant resolvePlain(const QString &text);
    /** The scalar's value with its tag or plain-scalar typing applied. */
    static QVariant scalarValue(const YamlNode &node);
    /** The integer a scalar reads as (plain `75`, `0x4B`, `1:15` or tagged !!int), if it is one. */
    static std::optional<qint64> integerValue(const YamlNode &node);
    /** The node an alias refers to (nullptr when unknown), or the node itself when it is no alias. */
    const YamlNode *resolveAlias(const YamlNode &node) const;

private:
    bool convert(const YamlNode &node, QVariant *out, int depth, qint64 *size, Error *error);

    std::vector<const YamlNode *> m_anchors; ///< anchor id -> node
    std::vector<QVariant> m_anchorValues; ///< converted values of anchored nodes (aliases share them)
    std::vector<qint64> m_anchorSizes; ///< node count of each anchored value when fully expanded
    qint64 m_budget = 0; ///< nodes aliases may still add
};
