#include "yamlreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <yaml-cpp/depthguard.h> // yaml-cpp >= 0.7 bounds nesting depth itself: deep input is an error, not a crash
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstring>
#include <sstream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlReader", text);
}

/** Builds YamlNode trees from parser events with an explicit stack (no recursion on input depth). */
class TreeBuilder : public YAML::EventHandler
{
public:
    explicit TreeBuilder(YamlNode *root) : m_root(root) { }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode &n = add(mark, anchor);
        n.kind = YamlNode::Kind::Null;
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode &n = add(mark, 0);
        n.kind = YamlNode::Kind::Alias;
        n.anchor = anchor;
    }
    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        YamlNode &n = add(mark, anchor);
        n.kind = YamlNode::Kind::Scalar;
        n.plain = tag == "?";
        if (tag != "?" && tag != "!")
            n.tag = tag;
        n.value = value;
    }
    void OnSequenceStart(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, YamlNode::Kind::Sequence);
    }
    void OnSequenceEnd() override { m_stack.pop_back(); }
    void OnMapStart(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        open(mark, tag, anchor, style, YamlNode::Kind::Mapping);
    }
    void OnMapEnd() override { m_stack.pop_back(); }

private:
    YamlNode &add(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        // A child is only appended to the innermost open collection, so pointers on the stack stay valid.
        YamlNode *n = m_root;
        if (!m_stack.empty()) {
            m_stack.back()->children.emplace_back();
            n = &m_stack.back()->children.back();
        }
        n->pos = mark.pos;
        n->anchor = anchor;
        return *n;
    }
    void open(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style,
        YamlNode::Kind kind)
    {
        YamlNode &n = add(mark, anchor);
        n.kind = kind;
        n.flow = style == YAML::EmitterStyle::Flow;
        if (tag != "?" && tag != "!")
            n.tag = tag;
        m_stack.push_back(&n);
    }

    YamlNode *m_root;
    std::vector<YamlNode *> m_stack;
};

/** Counts the events of further documents without keeping them. */
class NullHandler : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

/** yaml-cpp's terse messages turned into sentences a person can act on. */
QString explain(const std::string &msg)
{
    auto is = [&](const char *m) { return msg.compare(0, std::strlen(m), m) == 0; };
    if (is(YAML::ErrorMsg::MAP_VALUE) || is(YAML::ErrorMsg::MAP_KEY))
        return tr("A \"key: value\" pair is not allowed here. Check the indentation, or put text that contains \": \" "
                  "in quotes.");
    if (is(YAML::ErrorMsg::END_OF_MAP_FLOW))
        return tr("A mapping opened with \"{\" is not closed with \"}\". If this is a {{ }} template placeholder, fill "
                  "it in.");
    if (is(YAML::ErrorMsg::END_OF_SEQ_FLOW))
        return tr("A list opened with \"[\" is not closed with \"]\".");
    if (is(YAML::ErrorMsg::END_OF_MAP) || is(YAML::ErrorMsg::END_OF_SEQ))
        return tr("The indentation of this line does not fit the lines above it.");
    if (is(YAML::ErrorMsg::BLOCK_ENTRY))
        return tr("A \"- \" list item is not allowed here. Check the indentation.");
    if (is(YAML::ErrorMsg::FLOW_END))
        return tr("A closing bracket here has no matching opening bracket.");
    if (is(YAML::ErrorMsg::TAB_IN_INDENTATION))
        return tr("Tabs cannot be used for indentation; use spaces.");
    if (is(YAML::ErrorMsg::INVALID_ESCAPE) || is(YAML::ErrorMsg::INVALID_UNICODE) || is(YAML::ErrorMsg::INVALID_HEX))
        return tr("A double-quoted text contains an invalid escape sequence; write \\\\ for a backslash.");
    if (is(YAML::ErrorMsg::EOF_IN_SCALAR) || is(YAML::ErrorMsg::DOC_IN_SCALAR))
        return tr("A quoted text is not closed.");
    if (is(YAML::ErrorMsg::UNKNOWN_ANCHOR) || is(YAML::ErrorMsg::ALIAS_NOT_FOUND)
        || is(YAML::ErrorMsg::ANCHOR_NOT_FOUND))
        return tr("An alias (*name) refers to an anchor (&name) that is not defined before it.");
    if (is(YAML::ErrorMsg::BAD_FILE))
        return tr("The data is nested too deeply to be an episode.");
    if (is(YAML::ErrorMsg::UNKNOWN_TOKEN) || is(YAML::ErrorMsg::CHAR_IN_SCALAR) || is(YAML::ErrorMsg::CHAR_IN_BLOCK))
        return tr(
            "Unexpected character. Text that starts with a special character such as @, ` or % must be in quotes.");
    if (is(YAML::ErrorMsg::MULTIPLE_TAGS) || is(YAML::ErrorMsg::MULTIPLE_ANCHORS)
        || is(YAML::ErrorMsg::MULTIPLE_ALIASES))
        return tr("A value has more than one tag, anchor or alias.");
    return tr("The YAML is not valid here (%1).").arg(QString::fromStdString(msg));
}

const QRegularExpression &regex(int which)
{
    // PyYAML's resolver.py expressions (YAML 1.1), verbose whitespace removed.
    static const QRegularExpression expressions[] = {
        QRegularExpression(
            QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")),
        QRegularExpression(QStringLiteral(
            "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$")),
        QRegularExpression(
            QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                           "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")),
        QRegularExpression(QStringLiteral("^(?:~|null|Null|NULL|)$")),
        QRegularExpression(QStringLiteral(
            "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \\t]+)([0-9][0-9]?)"
            ":([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$")),
    };
    return expressions[which];
}

enum { BoolRe, FloatRe, IntRe, NullRe, TimestampRe };

std::optional<qint64> constructInt(QString text)
{
    // As PyYAML's construct_yaml_int: underscores dropped, sign, then binary/hex/octal/sexagesimal/decimal.
    text.remove(QLatin1Char('_'));
    int sign = 1;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        sign = text.at(0) == QLatin1Char('-') ? -1 : 1;
        text.remove(0, 1);
    }
    bool ok = false;
    qint64 value = 0;
    if (text == QLatin1String("0")) {
        ok = true;
    } else if (text.startsWith(QLatin1String("0b"))) {
        value = text.mid(2).toLongLong(&ok, 2);
    } else if (text.startsWith(QLatin1String("0x"))) {
        value = text.mid(2).toLongLong(&ok, 16);
    } else if (text.startsWith(QLatin1Char('0'))) {
        value = text.toLongLong(&ok, 8);
    } else if (text.contains(QLatin1Char(':'))) {
        ok = true;
        qint64 base = 1;
        const QStringList parts = text.split(QLatin1Char(':'));
        for (int i = parts.size() - 1; i >= 0 && ok; --i) {
            value += parts.at(i).toLongLong(&ok) * base;
            base *= 60;
        }
    } else {
        value = text.toLongLong(&ok, 10);
    }
    if (!ok)
        return std::nullopt;
    return sign * value;
}

QVariant constructFloat(QString text)
{
    text.remove(QLatin1Char('_'));
    const QString lower = text.toLower();
    double sign = 1;
    QString body = lower;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('+'))) {
        sign = body.at(0) == QLatin1Char('-') ? -1 : 1;
        body.remove(0, 1);
    }
    if (body == QLatin1String(".inf"))
        return sign * std::numeric_limits<double>::infinity();
    if (body == QLatin1String(".nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (body.contains(QLatin1Char(':'))) {
        double value = 0;
        double base = 1;
        const QStringList parts = body.split(QLatin1Char(':'));
        for (int i = parts.size() - 1; i >= 0; --i) {
            value += parts.at(i).toDouble() * base;
            base *= 60;
        }
        return sign * value;
    }
    bool ok = false;
    const double value = body.toDouble(&ok);
    return ok ? QVariant(sign * value) : QVariant(text);
}

QVariant constructTimestamp(const QRegularExpressionMatch &m, const QString &text)
{
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return text; // PyYAML refuses such a date; keeping the text loses nothing
    if (m.captured(4).isEmpty())
        return date;
    const QString fraction = m.captured(7).left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!time.isValid())
        return text;
    if (m.captured(8).isEmpty())
        return QDateTime(date, time);
    int offset = 0;
    if (m.captured(8) != QLatin1String("Z")) {
        offset = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace

bool YamlReader::parse(const std::string &text, YamlNode *root, Error *error)
{
    *root = YamlNode();
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        TreeBuilder builder(root);
        if (!parser.HandleNextDocument(builder))
            return true; // nothing but comments and blank lines: a null document
        NullHandler rest;
        if (parser.HandleNextDocument(rest)) {
            error->pos = -1;
            error->message = tr("The file holds more than one YAML document; an episode is one mapping.");
            return false;
        }
    } catch (const YAML::Exception &e) {
        error->pos = e.mark.is_null() ? -1 : e.mark.pos;
        error->message = explain(e.msg);
        return false;
    } catch (const std::bad_alloc &) {
        error->pos = -1;
        error->message = tr("Not enough memory to read this file.");
        return false;
    }
    return true;
}

YamlReader::YamlReader(const YamlNode &root)
{
    // Register anchored nodes with an explicit stack; the tree is complete, so node addresses are stable.
    std::vector<const YamlNode *> stack { &root };
    qint64 count = 0;
    while (!stack.empty()) {
        const YamlNode *n = stack.back();
        stack.pop_back();
        ++count;
        if (n->anchor != 0 && n->kind != YamlNode::Kind::Alias) {
            if (m_anchors.size() <= n->anchor)
                m_anchors.resize(n->anchor + 1, nullptr);
            m_anchors[n->anchor] = n;
        }
        for (const YamlNode &c : n->children)
            stack.push_back(&c);
    }
    m_anchorValues.resize(m_anchors.size());
    m_anchorSizes.resize(m_anchors.size(), -1);
    // Aliases may repeat data, but never blow it up: at most as much again as the file holds, plus a little.
    m_budget = count + 100000;
}

const YamlNode *YamlReader::resolveAlias(const YamlNode &node) const
{
    if (node.kind != YamlNode::Kind::Alias)
        return &node;
    return node.anchor < m_anchors.size() ? m_anchors[node.anchor] : nullptr;
}

bool YamlReader::toVariant(const YamlNode &node, QVariant *out, Error *error)
{
    qint64 size = 0;
    return convert(node, out, 0, &size, error);
}

bool YamlReader::convert(const YamlNode &node, QVariant *out, int depth, qint64 *size, Error *error)
{
    *size = 1;
    // yaml-cpp refuses input nested deeper than a few hundred levels, so this recursion is bounded.
    if (depth > 1000) {
        error->pos = node.pos;
        error->message = tr("The data is nested too deeply to be an episode.");
        return false;
    }
    switch (node.kind) {
    case YamlNode::Kind::Null:
        *out = QVariant::fromValue(nullptr);
        if (node.anchor != 0 && node.anchor < m_anchors.size()) {
            m_anchorSizes[node.anchor] = 1;
            m_anchorValues[node.anchor] = *out;
        }
        return true;
    case YamlNode::Kind::Scalar:
        *out = scalarValue(node);
        if (node.anchor != 0 && node.anchor < m_anchors.size()) {
            m_anchorSizes[node.anchor] = 1;
            m_anchorValues[node.anchor] = *out;
        }
        return true;
    case YamlNode::Kind::Alias: {
        const YamlNode *target = resolveAlias(node);
        if (!target) {
            error->pos = node.pos;
            error->message = tr("An alias (*name) refers to an anchor (&name) that is not defined before it.");
            return false;
        }
        if (m_anchorSizes[node.anchor] == -2) {
            error->pos = node.pos;
            error->message = tr("An alias (*name) refers to the value it is part of.");
            return false;
        }
        if (m_anchorSizes[node.anchor] == -1) {
            // The anchored value was not needed as a variant yet (e.g. it is a transcript text): convert it now.
            QVariant v;
            qint64 targetSize = 0;
            if (!convert(*target, &v, depth + 1, &targetSize, error))
                return false;
        }
        *size = m_anchorSizes[node.anchor];
        m_budget -= *size;
        if (m_budget < 0) {
            error->pos = node.pos;
            error->message = tr("Aliases (*name) here would repeat the data far too often; the file is refused.");
            return false;
        }
        *out = m_anchorValues[node.anchor]; // implicitly shared: no copy of the data
        return true;
    }
    case YamlNode::Kind::Sequence:
    case YamlNode::Kind::Mapping:
        break;
    }
    const bool anchored = node.anchor != 0 && node.anchor < m_anchors.size();
    if (anchored)
        m_anchorSizes[node.anchor] = -2; // in progress: an alias inside refers to its own ancestor
    if (node.kind == YamlNode::Kind::Sequence) {
        QVariantList list;
        list.reserve(int(node.children.size()));
        for (const YamlNode &child : node.children) {
            QVariant v;
            qint64 childSize = 0;
            if (!convert(child, &v, depth + 1, &childSize, error))
                return false;
            *size += childSize;
            list.append(v);
        }
        *out = list;
    } else {
        QVariantMap map;
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
            const YamlNode &key = node.children[i];
            if (key.kind != YamlNode::Kind::Scalar && key.kind != YamlNode::Kind::Null) {
                error->pos = key.pos;
                error->message = key.kind == YamlNode::Kind::Mapping && key.flow
                    ? tr("\"{{ ... }}\" looks like a template placeholder, which is not valid YAML here. Fill it in, "
                         "or put the value in quotes.")
                    : tr("A key must be plain text, not a list or mapping.");
                return false;
            }
            QVariant v;
            qint64 childSize = 0;
            if (!convert(node.children[i + 1], &v, depth + 1, &childSize, error))
                return false;
            *size += childSize;
            map.insert(QString::fromStdString(key.value), v);
        }
        *out = map;
    }
    if (anchored) {
        m_anchorSizes[node.anchor] = *size; // with its aliases expanded
        m_anchorValues[node.anchor] = *out;
    }
    return true;
}

QVariant YamlReader::scalarValue(const YamlNode &node)
{
    const QString text = QString::fromStdString(node.value);
    if (node.plain)
        return resolvePlain(text);
    if (node.tag == "tag:yaml.org,2002:int") {
        const std::optional<qint64> v = constructInt(text);
        return v ? QVariant(*v) : QVariant(text);
    }
    if (node.tag == "tag:yaml.org,2002:float")
        return constructFloat(text);
    if (node.tag == "tag:yaml.org,2002:bool" || node.tag == "tag:yaml.org,2002:null"
        || node.tag == "tag:yaml.org,2002:timestamp")
        return resolvePlain(text);
    return text;
}

std::optional<qint64> YamlReader::integerValue(const YamlNode &node)
{
    if (node.kind != YamlNode::Kind::Scalar)
        return std::nullopt;
    const QVariant v = scalarValue(node);
    if (v.metaType().id() != QMetaType::LongLong)
        return std::nullopt;
    return v.toLongLong();
}

QVariant YamlReader::resolvePlain(const QString &text)
{
    // PyYAML tries bool, float, int, null, timestamp in this order; the first match decides.
    if (regex(BoolRe).match(text).hasMatch()) {
        const QChar c = text.at(0).toLower();
        return c == QLatin1Char('y') || c == QLatin1Char('t')
            || text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
    }
    if (regex(FloatRe).match(text).hasMatch())
        return constructFloat(text);
    if (regex(IntRe).match(text).hasMatch()) {
        const std::optional<qint64> v = constructInt(text);
        return v ? QVariant(*v) : QVariant(text);
    }
    if (regex(NullRe).match(text).hasMatch())
        return QVariant::fromValue(nullptr);
    const QRegularExpressionMatch m = regex(TimestampRe).match(text);
    if (m.hasMatch())
        return constructTimestamp(m, text);
    return text;
}
