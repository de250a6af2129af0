#include "savecheck.h"

#include "episode.h"
#include "episodefile.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cmath>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodeFile", text);
}

const QString TranscriptKey = QStringLiteral("transcript");

/** How a scalar that yaml-cpp tags "!" is read by PyYAML's C loader. */
enum class NonSpecific {
    Text, ///< quoted or block text without a tag: a string
    Resolved, ///< the tag "!" written before the scalar: libyaml marks it plain-implicit, so `! 12` is the int 12
    Empty, ///< the tag "!" and no scalar at all (`key: !`): the empty string
};

/**
 * yaml-cpp gives both `'12'` and `! 12` the tag "!" (and a lone `key: !` at the end sometimes the tag
 * "tag:yaml.org,2002:"), while PyYAML reads the second as a number. The source at the node's mark (where its
 * properties start) tells them apart: an anchor and tags, separated by blanks, line breaks or comments.
 */
NonSpecific nonSpecific(const YAML::Node &node, const std::string &source)
{
    const int pos = node.Mark().pos;
    if (pos < 0 || std::size_t(pos) >= source.size())
        return NonSpecific::Text;
    std::size_t p = std::size_t(pos);
    bool bang = false;
    const auto isSpace = [&](std::size_t i) {
        return i < source.size() && (source[i] == ' ' || source[i] == '\t' || source[i] == '\r' || source[i] == '\n');
    };
    while (p < source.size() && (source[p] == '&' || source[p] == '!')) {
        const std::size_t token = p;
        while (p < source.size() && !isSpace(p))
            ++p;
        if (source[token] == '!') {
            const std::string tag = source.substr(token, p - token);
            bang = tag == "!" || tag == "!<!>";
        }
        while (isSpace(p) || (p < source.size() && source[p] == '#' && isSpace(p - 1))) {
            if (source[p] == '#') {
                while (p < source.size() && source[p] != '\n')
                    ++p;
            } else {
                ++p;
            }
        }
    }
    if (!bang)
        return NonSpecific::Text;
    const char c = p < source.size() ? source[p] : '\0';
    if (node.Scalar().empty() && c != '\'' && c != '"' && c != '|' && c != '>')
        return NonSpecific::Empty;
    return NonSpecific::Resolved;
}

/**
 * A yaml-cpp node as the editor's data: typed values, or for `asText` scalars their text as written. `source` is
 * the text yaml-cpp read (its marks are byte offsets into it).
 */
bool toVariant(const YAML::Node &node, const std::string &source, bool asText, QVariant *out, QString *problem)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        *out = QVariant::fromValue(nullptr);
        return true;
    case YAML::NodeType::Scalar: {
        const QString text = YamlReader::fromUtf8(node.Scalar().data(), qsizetype(node.Scalar().size()));
        if (asText) {
            *out = text;
            return true;
        }
        const std::string &tag = node.Tag();
        bool limit = false;
        if (tag == "!" || tag == "tag:yaml.org,2002:") {
            switch (nonSpecific(node, source)) {
            case NonSpecific::Resolved:
                return YamlReader::resolvePlain(text, out, problem, &limit);
            case NonSpecific::Empty:
                *out = QString();
                return true;
            case NonSpecific::Text:
                break;
            }
        }
        if (tag == "!" || tag == "tag:yaml.org,2002:str") {
            *out = text;
            return true;
        }
        if (tag == "?")
            return YamlReader::resolvePlain(text, out, problem, &limit);
        return YamlReader::construct(text, tag.c_str(), out, problem, &limit);
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node) {
            QVariant v;
            if (!toVariant(item, source, false, &v, problem))
                return false;
            list.append(v);
        }
        *out = list;
        return true;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        QList<QVariantMap> merges;
        for (const auto &pair : node) {
            if (!pair.first.IsScalar()) {
                *problem = QCoreApplication::translate("EpisodeFile", "a key is not plain text");
                return false;
            }
            QVariant v;
            if (!toVariant(pair.second, source, false, &v, problem))
                return false;
            if (pair.first.Scalar() == "<<" && pair.first.Tag() == "?") {
                if (v.metaType().id() == QMetaType::QVariantMap) {
                    merges.append(v.toMap());
                } else {
                    const QVariantList list = v.toList();
                    for (auto it = list.crbegin(); it != list.crend(); ++it)
                        merges.append(it->toMap());
                }
                continue;
            }
            map.insert(YamlReader::fromUtf8(pair.first.Scalar().data(), qsizetype(pair.first.Scalar().size())), v);
        }
        if (!merges.isEmpty()) {
            QVariantMap merged;
            for (const QVariantMap &m : std::as_const(merges))
                for (auto it = m.cbegin(); it != m.cend(); ++it)
                    merged.insert(it.key(), it.value());
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                merged.insert(it.key(), it.value());
            map = merged;
        }
        *out = map;
        return true;
    }
    }
    return false;
}

/** The transcript as the editor keeps it: line/header/who/time as the text written, other values typed. */
bool transcriptVariant(const YAML::Node &node, const std::string &source, QVariant *out, QString *problem)
{
    if (!node.IsSequence())
        return toVariant(node, source, false, out, problem);
    QVariantList items;
    for (const YAML::Node &item : node) {
        if (!item.IsMap())
            return toVariant(item, source, false, out, problem);
        QVariantMap map;
        for (const auto &pair : item) {
            const std::string key = pair.first.Scalar();
            // The editor keeps these as the text written, as the reader does: with an explicit tag too (an
            // untouched `line: !!timestamp '2021-01-01'` is the text 2021-01-01), as long as the tag constructs
            // (`!!int abc` does not) and gives no null.
            const std::string &tag = pair.second.Tag();
            const bool textKey = key == "line" || key == "header" || key == "who" || key == "time";
            const bool plainText = tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str";
            QVariant v;
            if (!toVariant(pair.second, source, textKey && plainText && pair.second.IsScalar(), &v, problem))
                return false;
            if (textKey && !plainText && pair.second.IsScalar() && v.metaType().id() != QMetaType::Nullptr)
                v = YamlReader::fromUtf8(pair.second.Scalar().data(), qsizetype(pair.second.Scalar().size()));
            map.insert(QString::fromStdString(key), v);
        }
        items.append(map);
    }
    *out = items;
    return true;
}

bool isInteger(const QVariant &v)
{
    const int id = v.metaType().id();
    return id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::UInt || id == QMetaType::ULongLong;
}

/** Value equality that treats NaN as equal to NaN and all integer types alike. Names the first difference. */
bool same(const QVariant &a, const QVariant &b, const QString &path, QString *where)
{
    if (isInteger(a) && isInteger(b) && a.toLongLong() == b.toLongLong())
        return true;
    const int ta = a.metaType().id();
    if (ta == b.metaType().id()) {
        if (ta == QMetaType::Double) {
            const double x = a.toDouble(), y = b.toDouble();
            if (x == y || (std::isnan(x) && std::isnan(y)))
                return true;
        } else if (ta == QMetaType::QVariantList) {
            const QVariantList la = a.toList(), lb = b.toList();
            if (la.size() == lb.size()) {
                for (int i = 0; i < la.size(); ++i) {
                    if (!same(la.at(i), lb.at(i), path + QStringLiteral("[%1]").arg(i + 1), where))
                        return false;
                }
                return true;
            }
        } else if (ta == QMetaType::QVariantMap) {
            const QVariantMap ma = a.toMap(), mb = b.toMap();
            if (ma.keys() == mb.keys()) {
                for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
                    const QString sub = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                    if (!same(it.value(), mb.value(it.key()), sub, where))
                        return false;
                }
                return true;
            }
        } else if (a == b) {
            return true;
        }
    }
    *where = path.isEmpty() ? QCoreApplication::translate("EpisodeFile", "the top-level keys") : path;
    return false;
}

} // namespace

QVariantMap SaveCheck::meantData(const Episode &episode)
{
    QVariantMap data;
    for (const MetadataField &field : episode.fields)
        data.insert(field.key, field.value);
    if (episode.hasTranscript() || !episode.entries.isEmpty()) {
        QVariantList items;
        items.reserve(episode.entries.size());
        for (const TranscriptEntry &entry : episode.entries)
            items.append(entry.toVariant());
        data.insert(TranscriptKey, items);
    }
    return data;
}

QByteArray SaveCheck::yamlPart(const QByteArray &bytes, const Episode &episode)
{
    if (episode.layout == Episode::Layout::FrontMatter && bytes.startsWith(episode.opening)
        && bytes.endsWith(episode.closing) && bytes.size() >= episode.opening.size() + episode.closing.size())
        return bytes.mid(episode.opening.size(), bytes.size() - episode.opening.size() - episode.closing.size());
    return bytes;
}

bool SaveCheck::needsYaml11(const QByteArray &yaml)
{
    // yaml-cpp follows YAML 1.2: NEL, LS and PS are no line breaks to it, a lone CR trips it, and a byte order
    // mark at the start of a later line is a character. YAML 1.1 (libyaml, PyYAML) reads all of them as the site's
    // tooling does, so for such bytes yaml-cpp is no oracle.
    const char *b = yaml.constData();
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        const uchar c = uchar(b[i]);
        if (c == '\r' && (i + 1 >= yaml.size() || b[i + 1] != '\n'))
            return true;
        if (c == 0xC2 && i + 1 < yaml.size() && uchar(b[i + 1]) == 0x85)
            return true;
        if (c == 0xE2 && i + 2 < yaml.size() && uchar(b[i + 1]) == 0x80
            && (uchar(b[i + 2]) == 0xA8 || uchar(b[i + 2]) == 0xA9))
            return true;
        if (c == 0xEF && i > 0 && i + 2 < yaml.size() && uchar(b[i + 1]) == 0xBB && uchar(b[i + 2]) == 0xBF)
            return true;
        // libyaml ends an anchor or alias name at the first character that is not a letter, digit, "-" or "_"
        // (`&https://x` is the anchor "https" before the text "://x"); yaml-cpp reads on to the next blank.
        if ((c == '&' || c == '*') && (i == 0 || std::strchr(" \t\n[{,", b[i - 1]))) {
            qsizetype j = i + 1;
            while (j < yaml.size() && (std::isalnum(uchar(b[j])) || b[j] == '-' || b[j] == '_'))
                ++j;
            if (j > i + 1 && j < yaml.size() && !std::strchr(" \t\r\n,]}", b[j]))
                return true;
        }
    }
    return false;
}

bool SaveCheck::verify(const QByteArray &yaml, const QVariantMap &meant, QString *problem)
{
    if (needsYaml11(yaml)) {
        // Read back from scratch with the libyaml reader instead: it still catches a writer that quotes wrongly or
        // a slice that swallows the next item, where yaml-cpp would refuse a file the site reads.
        Episode back;
        FileError error;
        if (!EpisodeFile::parse(yaml, QStringLiteral("saved.yaml"), &back, &error)) {
            *problem = tr("the new file could not be read back (%1)").arg(error.toString());
            return false;
        }
        const QVariantMap actual = meantData(back);
        QString where;
        if (same(meant, actual, QString(), &where))
            return true;
        *problem = tr("read back, the new file differs from the edited data at %1").arg(where);
        return false;
    }
    YAML::Node root;
    const std::string source = yaml.toStdString();
    try {
        root = YAML::Load(source);
    } catch (const YAML::Exception &e) {
        *problem = tr("the new file could not be read back (%1)").arg(QString::fromStdString(e.what()));
        return false;
    }
    QVariantMap actual;
    if (root.IsMap()) {
        for (const auto &pair : root) {
            const QString key = YamlReader::fromUtf8(pair.first.Scalar().data(), qsizetype(pair.first.Scalar().size()));
            QVariant v;
            const bool ok = key == TranscriptKey ? transcriptVariant(pair.second, source, &v, problem)
                                                 : toVariant(pair.second, source, false, &v, problem);
            if (!ok)
                return false;
            actual.insert(key, v);
        }
    } else if (!root.IsNull()) {
        *problem = tr("the new file is not a mapping of keys");
        return false;
    }
    // "transcript:" with nothing after it and "transcript: []" mean the same to the editor.
    if (actual.value(TranscriptKey).metaType().id() == QMetaType::Nullptr && meant.contains(TranscriptKey))
        actual.insert(TranscriptKey, QVariantList());
    QString where;
    if (same(meant, actual, QString(), &where))
        return true;
    *problem = tr("read back, the new file differs from the edited data at %1").arg(where);
    return false;
}
