#include "savecheck.h"

#include "episode.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodeFile", text);
}

const QString TranscriptKey = QStringLiteral("transcript");

/** A yaml-cpp node as the editor's data: typed values, or for `asText` scalars their text as written. */
bool toVariant(const YAML::Node &node, bool asText, QVariant *out, QString *problem)
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
        if (tag == "!" || tag == "tag:yaml.org,2002:str") {
            *out = text;
            return true;
        }
        bool limit = false;
        if (tag == "?")
            return YamlReader::resolvePlain(text, out, problem, &limit);
        return YamlReader::construct(text, tag.c_str(), out, problem, &limit);
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node) {
            QVariant v;
            if (!toVariant(item, false, &v, problem))
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
            if (!toVariant(pair.second, false, &v, problem))
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
bool transcriptVariant(const YAML::Node &node, QVariant *out, QString *problem)
{
    if (!node.IsSequence())
        return toVariant(node, false, out, problem);
    QVariantList items;
    for (const YAML::Node &item : node) {
        if (!item.IsMap())
            return toVariant(item, false, out, problem);
        QVariantMap map;
        for (const auto &pair : item) {
            const std::string key = pair.first.Scalar();
            // The editor keeps these as the text written; a tag that makes them something else is a difference.
            const std::string &tag = pair.second.Tag();
            const bool text = (key == "line" || key == "header" || key == "who" || key == "time")
                && (tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str");
            QVariant v;
            if (!toVariant(pair.second, text && pair.second.IsScalar(), &v, problem))
                return false;
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

bool SaveCheck::verify(const QByteArray &yaml, const QVariantMap &meant, QString *problem)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        *problem = tr("the new file could not be read back (%1)").arg(QString::fromStdString(e.what()));
        return false;
    }
    QVariantMap actual;
    if (root.IsMap()) {
        for (const auto &pair : root) {
            const QString key = YamlReader::fromUtf8(pair.first.Scalar().data(), qsizetype(pair.first.Scalar().size()));
            QVariant v;
            const bool ok = key == TranscriptKey ? transcriptVariant(pair.second, &v, problem)
                                                 : toVariant(pair.second, false, &v, problem);
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
