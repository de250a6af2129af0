#pragma once

#include <QString>
#include <QVariant>

#include <string>
#include <unordered_map>

class YamlEvents;

/** One node read from libyaml events: its value as PyYAML's SafeLoader constructs it, and its kind and text. */
struct YamlValue
{
    enum class Kind { Scalar, Sequence, Mapping };

    Kind kind = Kind::Scalar;
    QVariant value; ///< QString, qint64, double, bool, nullptr, QDate, QDateTime, QVariantList, QVariantMap
    QString text; ///< a scalar's text as written (after quoting and folding), whatever its type
    int offset = 0; ///< byte offset of the node (of the alias, when it is one)
    bool flow = false; ///< collection written in flow style ([...], {...})
    bool mergeKey = false; ///< a plain `<<` read as a mapping key
    bool isNull() const { return kind == Kind::Scalar && value.metaType().id() == QMetaType::Nullptr; }
};

/**
 * Builds values from libyaml events with PyYAML's YAML 1.1 typing (int incl. sexagesimal/octal/hex/binary, float,
 * bool yes/no/on/off, null, timestamp, merge `<<`, explicit !!tags, unknown tags refused as SafeLoader does).
 * Aliases are never expanded: an alias shares the anchored value (QVariant is implicitly shared), and the number of
 * nodes aliases stand for is bounded, so an "alias bomb" is refused instead of filling memory.
 */
class YamlReader
{
public:
    /** Where and why reading failed; limit: refused by a deliberate limit, not because the input is invalid. */
    struct Error
    {
        int pos = -1;
        QString message;
        bool limit = false;
    };

    /** Nesting deeper than this is refused (PyYAML itself gives up near Python's recursion limit). */
    static constexpr int MaxDepth = 1000;

    /** `budget`: how many nodes aliases may stand for in total; `firstLine`: file line of the parsed text's start. */
    YamlReader(YamlEvents &events, qint64 budget, int firstLine);

    /** Reads the node whose first event is the current one, through its last event. */
    bool read(YamlValue *out, Error *error) { return readNode(out, 0, false, error); }
    /** As read(), for a mapping key: `<<` and `=` are keys here, not values. */
    bool readKey(YamlValue *out, Error *error) { return readNode(out, 0, true, error); }
    /** Whether an anchor (&name) or alias (*name) was read so far. */
    bool sawAnchorOrAlias() const { return m_sawAnchorOrAlias; }
    /** Whether a key read by readKey() is the merge key `<<`. */
    static bool isMergeKey(const YamlValue &key);

    /** UTF-8 text as a QString, keeping a leading U+FEFF (QString::fromUtf8 would drop it as a byte order mark). */
    static QString fromUtf8(const char *text, qsizetype size);
    /** The value of a plain scalar under PyYAML's resolver; false (and why) when its constructor refuses it. */
    static bool resolvePlain(const QString &text, QVariant *out, QString *problem, bool *limit);
    /** The value of a scalar with an explicit tag (full form, "tag:yaml.org,2002:int"), as SafeLoader builds it. */
    static bool construct(const QString &text, const char *tag, QVariant *out, QString *problem, bool *limit);

private:
    struct Anchor
    {
        YamlValue value;
        qint64 size = -1; ///< nodes the value stands for with aliases expanded; -1 while it is being read
        int line = 0;
    };

    bool readNode(YamlValue *out, int depth, bool asKey, Error *error);
    bool readScalar(YamlValue *out, bool asKey, Error *error);
    bool readMapping(YamlValue *out, int depth, qint64 *size, Error *error);
    bool fail(Error *error, int pos, const QString &message, bool limit = false);

    YamlEvents &m_events;
    std::unordered_map<std::string, Anchor> m_anchors;
    qint64 m_budget;
    int m_firstLine;
    qint64 m_lastSize = 0; ///< node count of the value readNode() returned last
    bool m_special = false; ///< the scalar read last is a plain `<<` or `=`
    bool m_sawAnchorOrAlias = false;
};
