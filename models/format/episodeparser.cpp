#include "episodeparser.h"

#include "yamlreader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodeFile", text);
}

const char Bom[] = "\xEF\xBB\xBF";

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

QString kindName(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return tr("empty");
    case YamlNode::Kind::Scalar:
        return tr("text");
    case YamlNode::Kind::Sequence:
        return tr("a list");
    case YamlNode::Kind::Mapping:
        return tr("a mapping");
    case YamlNode::Kind::Alias:
        return tr("an alias");
    }
    return QString();
}

} // namespace

EpisodeParser::EpisodeParser(const QByteArray &bytes, const QString &fileName) : m_bytes(bytes), m_fileName(fileName)
{
    m_error.file = fileName;
}

bool EpisodeParser::fail(int offset, const QString &message)
{
    m_error.message = message;
    if (offset < 0 || m_lineStarts.empty())
        return false;
    const int index = lineIndex(offset);
    m_error.line = index + 1;
    // Column in characters, not bytes: count UTF-8 lead bytes between the line start and the offset.
    int column = 1;
    for (int i = m_lineStarts[index]; i < offset && i < m_bytes.size(); ++i) {
        if ((uchar(m_bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    m_error.column = column;
    return false;
}

int EpisodeParser::lineIndex(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin()) - 1;
}

QByteArray EpisodeParser::lineText(int index) const
{
    const int start = m_lineStarts[index];
    const int end = index + 1 < int(m_lineStarts.size()) ? m_lineStarts[index + 1] - 1 : m_bytes.size();
    return m_bytes.mid(start, end - start);
}

bool EpisodeParser::isDelimiterLine(int index) const
{
    // Exactly three dashes; trailing blanks (and the CR of CRLF files) are tolerated.
    QByteArray line = lineText(index);
    while (!line.isEmpty() && isBlank(line.back()))
        line.chop(1);
    return line == "---";
}

bool EpisodeParser::checkBytes()
{
    // One pass: line starts, NUL bytes, UTF-8 validity and line length, so later steps see only sane text.
    const int size = m_bytes.size();
    const uchar *b = reinterpret_cast<const uchar *>(m_bytes.constData());
    m_lineStarts.reserve(size / 40 + 1);
    m_lineStarts.push_back(0);
    int lineBegin = 0;
    bool onlyWhitespace = true;
    for (int i = 0; i < size;) {
        const uchar c = b[i];
        if (c < 0x80) {
            if (c == '\n') {
                m_lineStarts.push_back(i + 1);
                lineBegin = i + 1;
            } else if (c == 0) {
                return fail(i, tr("The file contains a NUL byte: it is a binary file, not an episode."));
            } else if (onlyWhitespace && c != ' ' && c != '\t' && c != '\r') {
                onlyWhitespace = false;
            }
            if (i - lineBegin > MaxLineLength)
                return fail(lineBegin,
                    tr("This line is longer than %1 bytes; that is not an episode file.").arg(MaxLineLength));
            ++i;
            continue;
        }
        onlyWhitespace = false;
        int length = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F; // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const uchar next = b[i + k];
            valid = k == 1 ? (next >= lo && next <= hi) : (next >= 0x80 && next <= 0xBF);
        }
        if (!valid)
            return fail(i,
                tr("This line is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.")
                    .arg(QString::number(c, 16).toUpper()));
        i += length;
    }
    if (onlyWhitespace)
        return fail(-1, tr("The file is empty."));
    return true;
}

bool EpisodeParser::splitFrontMatter(Episode *episode, int *regionStart, int *regionEnd)
{
    const int lines = int(m_lineStarts.size());
    const bool bom = m_bytes.startsWith(Bom);
    const int first = bom ? 3 : 0;
    QByteArray firstLine = lineText(0).mid(first);
    while (!firstLine.isEmpty() && isBlank(firstLine.back()))
        firstLine.chop(1);

    int closingLine = -1;
    for (int i = 1; i < lines && closingLine < 0; ++i) {
        if (isDelimiterLine(i))
            closingLine = i;
    }

    if (firstLine == "---") {
        int bodyLine = 1; // the opening keeps the blank lines after "---"
        while (bodyLine < lines && lineText(bodyLine).trimmed().isEmpty() && !isDelimiterLine(bodyLine))
            ++bodyLine;
        const int openingEnd = bodyLine < lines ? m_lineStarts[bodyLine] : m_bytes.size();
        episode->opening = m_bytes.left(openingEnd);
        *regionStart = openingEnd;
        if (closingLine >= 0) {
            episode->layout = Episode::Layout::FrontMatter;
            *regionEnd = m_lineStarts[closingLine];
            episode->closing = m_bytes.mid(*regionEnd);
            return true;
        }
        const QString lower = m_fileName.toLower();
        if (!lower.endsWith(QLatin1String(".yaml")) && !lower.endsWith(QLatin1String(".yml")))
            return fail(0,
                tr("The front matter that starts here is never closed: a line with exactly \"---\" must follow the "
                   "metadata."));
        episode->layout = Episode::Layout::PlainYaml; // a YAML file may open with a "---" document marker
        *regionEnd = m_bytes.size();
        return true;
    }

    // A first line like "x---" or "---x" followed later by a "---" line is a damaged front matter file, not YAML.
    const bool strayBefore = firstLine.endsWith("---") && !firstLine.endsWith("----");
    const bool strayAfter
        = firstLine.startsWith("---") && firstLine.size() > 3 && !isBlank(firstLine.at(3)) && firstLine.at(3) != '-';
    if ((strayBefore || strayAfter) && closingLine >= 0)
        return fail(first + (strayAfter ? 3 : 0),
            tr("The first line must be exactly \"---\" to open the front matter, but it is \"%1\". Remove the stray "
               "characters.")
                .arg(QString::fromUtf8(firstLine.left(40))));

    episode->layout = Episode::Layout::PlainYaml;
    episode->opening = m_bytes.left(first);
    *regionStart = first;
    *regionEnd = m_bytes.size();
    // A second document or an explicit end marker ends the mapping; what follows is kept as it is.
    for (int i = 1; i < lines; ++i) {
        const QByteArray line = lineText(i);
        if (isDelimiterLine(i) || line.startsWith("...")) {
            *regionEnd = m_lineStarts[i];
            episode->closing = m_bytes.mid(*regionEnd);
            break;
        }
    }
    return true;
}

bool EpisodeParser::parse(Episode *episode, FileError *error)
{
    Episode result;
    const bool ok = [&] {
        if (m_bytes.isEmpty())
            return fail(-1, tr("The file is empty."));
        if (m_bytes.size() > MaxFileSize)
            return fail(-1, tr("The file is too large (%1 MB) to be an episode.").arg(m_bytes.size() / (1024 * 1024)));
        if (!checkBytes())
            return false;
        int regionStart = 0;
        int regionEnd = 0;
        if (!splitFrontMatter(&result, &regionStart, &regionEnd))
            return false;
        m_regionStart = regionStart;
        YamlNode root;
        YamlReader::Error yamlError;
        const std::string text(m_bytes.constData() + regionStart, std::size_t(regionEnd - regionStart));
        if (!YamlReader::parse(text, &root, &yamlError)) {
            const int offset = yamlError.pos < 0 ? regionStart : regionStart + yamlError.pos;
            // yaml-cpp reports a tab in the indentation as a misplaced "key: value"; say what is really wrong.
            const QByteArray line = lineText(lineIndex(offset));
            int indent = 0;
            while (indent < line.size() && (line.at(indent) == ' ' || line.at(indent) == '\t'))
                ++indent;
            if (line.left(indent).contains('\t'))
                return fail(offset, tr("Tabs cannot be used for indentation; use spaces."));
            return fail(offset, yamlError.message);
        }
        YamlReader reader(root);
        return readMapping(root, reader, regionStart, regionEnd, &result);
    }();
    if (!ok) {
        if (error)
            *error = m_error;
        return false;
    }
    result.assignIds();
    *episode = std::move(result);
    return true;
}

int EpisodeParser::contentEnd(int start, int end, int maxCommentColumn) const
{
    // Walk back over trailing blank lines and comment lines; they become the trailer. A comment is only taken when
    // it is indented no deeper than the keys (deeper could be block-scalar text) and holds no quote (it could be
    // the last line of a multi-line quoted scalar).
    int index = lineIndex(end - 1);
    int result = end;
    while (index >= 0 && m_lineStarts[index] > start) {
        const int ls = m_lineStarts[index];
        const int le
            = std::min(end, index + 1 < int(m_lineStarts.size()) ? m_lineStarts[index + 1] : int(m_bytes.size()));
        int p = ls;
        while (p < le && isBlank(m_bytes.at(p)))
            ++p;
        bool trailing = p >= le || m_bytes.at(p) == '\n';
        if (!trailing && m_bytes.at(p) == '#' && p - ls <= maxCommentColumn) {
            const QByteArray line = m_bytes.mid(p, le - p);
            trailing = !line.contains('\'') && !line.contains('"');
        }
        if (!trailing)
            break;
        result = ls;
        --index;
    }
    return result;
}

int EpisodeParser::itemStart(int markOffset, int floor, int dashColumn) const
{
    // yaml-cpp marks a block-sequence mapping at its first key; the item starts on the line of its "- ", which is
    // that line or one above it ("-\n  line: ..." or "- # comment\n  line: ...").
    for (int index = lineIndex(markOffset); index >= 0 && m_lineStarts[index] > floor; --index) {
        const int ls = m_lineStarts[index];
        int p = ls;
        while (p < m_bytes.size() && (m_bytes.at(p) == ' '))
            ++p;
        const bool dash = p < m_bytes.size() && m_bytes.at(p) == '-'
            && (p + 1 >= m_bytes.size() || isBlank(m_bytes.at(p + 1)) || m_bytes.at(p + 1) == '\n');
        if (dash && p < markOffset && (dashColumn < 0 || p - ls == dashColumn))
            return ls;
    }
    return lineStart(markOffset);
}

bool EpisodeParser::readMapping(
    const YamlNode &root, YamlReader &reader, int regionStart, int regionEnd, Episode *episode)
{
    if (root.kind == YamlNode::Kind::Null) {
        episode->opening += m_bytes.mid(regionStart, regionEnd - regionStart);
        return true;
    }
    if (root.kind != YamlNode::Kind::Mapping)
        return fail(regionStart + root.pos,
            tr("The metadata must be a mapping of keys (title:, transcript:, ...), but it is %1.").arg(kindName(root)));

    const auto &c = root.children;
    const int firstKey = c.empty() ? regionEnd : std::max(regionStart, lineStart(regionStart + c[0].pos));
    // A flow mapping ({title: x, ...}) has no per-key text: its keys are written canonically when saved.
    const bool sliced = !root.flow && !c.empty();
    episode->opening += m_bytes.mid(regionStart, (sliced ? firstKey : lineStart(regionStart + root.pos)) - regionStart);

    QHash<QString, int> seen;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        const YamlNode &key = c[i];
        const YamlNode &value = c[i + 1];
        const int keyOffset = regionStart + key.pos;
        if (key.kind != YamlNode::Kind::Scalar)
            return fail(keyOffset, tr("A top-level key must be plain text, but here it is %1.").arg(kindName(key)));
        MetadataField field;
        field.key = QString::fromStdString(key.value);
        if (seen.contains(field.key))
            return fail(keyOffset,
                tr("The key \"%1\" appears twice (first on line %2).").arg(field.key).arg(seen.value(field.key)));
        seen.insert(field.key, lineIndex(keyOffset) + 1);

        int start = 0;
        int end = 0;
        if (sliced) {
            start = std::max(regionStart, lineStart(keyOffset)); // never before the region (a BOM stays in the opening)
            end = i + 2 < c.size() ? lineStart(regionStart + c[i + 2].pos) : regionEnd;
            if (end <= start)
                return fail(regionStart + c[i + 2].pos, tr("Each top-level key must start on a line of its own."));
        }
        if (field.key == QLatin1String("transcript")) {
            if (!readTranscript(value, reader, start, end, &field, &episode->entries))
                return false;
            if (!sliced) {
                field.source.clear();
                field.trailer.clear();
                field.listInSource = false;
            }
        } else {
            YamlReader::Error error;
            if (!reader.toVariant(value, &field.value, &error))
                return fail(error.pos < 0 ? keyOffset : regionStart + error.pos, error.message);
            if (sliced) {
                const int content = contentEnd(start, end, 0);
                field.source = m_bytes.mid(start, content - start);
                field.trailer = m_bytes.mid(content, end - content);
            }
        }
        episode->fields.append(field);
    }
    return true;
}

bool EpisodeParser::readTranscript(const YamlNode &value, YamlReader &reader, int fieldStart, int fieldEnd,
    MetadataField *field, QList<TranscriptEntry> *entries)
{
    field->value = QVariantList();
    const int valueOffset = m_regionStart + value.pos;
    if (value.kind != YamlNode::Kind::Null && value.kind != YamlNode::Kind::Sequence)
        return fail(valueOffset,
            tr("\"transcript\" must be a list of items (\"- line: ...\"), but it is %1.").arg(kindName(value)));

    const auto &items = value.children;
    const bool block = value.kind == YamlNode::Kind::Sequence && !value.flow && !items.empty();
    if (!block) {
        // "transcript: []" or a flow list: the value stays in the key's text; items are written canonically.
        field->listInSource = true;
        const int content = fieldEnd > fieldStart ? contentEnd(fieldStart, fieldEnd, 0) : fieldStart;
        field->source = m_bytes.mid(fieldStart, content - fieldStart);
        field->trailer = m_bytes.mid(content, fieldEnd - content);
    }

    entries->reserve(int(items.size()));
    int floor = fieldStart;
    int dashColumn = -1;
    std::vector<int> starts;
    starts.reserve(items.size());
    for (const YamlNode &item : items) {
        const int mark = m_regionStart + item.pos;
        if (item.kind == YamlNode::Kind::Alias)
            return fail(mark, tr("A transcript item cannot be an alias (*name); write the item out."));
        if (block) {
            const int start = itemStart(mark, floor, dashColumn);
            if (start <= floor)
                return fail(mark, tr("Each transcript item must start on a line of its own."));
            if (dashColumn < 0) {
                int p = start;
                while (m_bytes.at(p) == ' ')
                    ++p;
                dashColumn = p - start;
            }
            starts.push_back(start);
            floor = start;
        }
        TranscriptEntry entry;
        if (!readEntry(item, reader, &entry))
            return false;
        entry.sourceLine = lineIndex(block ? starts.back() : mark) + 1;
        entries->append(entry);
    }
    if (!block)
        return true;

    field->source = m_bytes.mid(fieldStart, starts.front() - fieldStart);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int start = starts[i];
        const int end = i + 1 < starts.size() ? starts[i + 1] : fieldEnd;
        const int keyColumn = (m_regionStart + items[i].pos) - lineStart(m_regionStart + items[i].pos);
        const int content = contentEnd(start, end, std::max(keyColumn, dashColumn));
        TranscriptEntry &entry = (*entries)[entries->size() - int(starts.size()) + int(i)];
        entry.source = m_bytes.mid(start, content - start);
        entry.trailer = m_bytes.mid(content, end - content);
    }
    return true;
}

bool EpisodeParser::scalarText(const YamlNode &keyNode, const YamlNode &value, YamlReader &reader, QString *text)
{
    const QString key = QString::fromStdString(keyNode.value);
    const YamlNode *node = reader.resolveAlias(value);
    const int offset = m_regionStart + value.pos;
    if (!node)
        return fail(offset, tr("An alias (*name) refers to an anchor (&name) that is not defined before it."));
    if (node->kind == YamlNode::Kind::Null) // an empty value is marked at the next token: point at the key instead
        return fail(m_regionStart + keyNode.pos, tr("\"%1\" has no value. Write a value or remove the key.").arg(key));
    if (node->kind != YamlNode::Kind::Scalar)
        return fail(offset, tr("\"%1\" must be text, but it is %2.").arg(key, kindName(*node)));
    *text = QString::fromStdString(node->value);
    return true;
}

bool EpisodeParser::readEntry(const YamlNode &item, YamlReader &reader, TranscriptEntry *entry)
{
    const int mark = m_regionStart + item.pos;
    if (item.kind != YamlNode::Kind::Mapping)
        return fail(mark,
            tr("A transcript item must be a mapping with \"line:\" or \"header:\", but this one is %1.")
                .arg(kindName(item)));
    bool hasLine = false;
    bool hasHeader = false;
    QSet<QString> seen;
    QVariantMap headerExtras; // sec/time/who on a header: kept as extras, since a header has no such values
    const auto &c = item.children;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        const YamlNode &keyNode = c[i];
        const YamlNode &value = c[i + 1];
        if (keyNode.kind != YamlNode::Kind::Scalar)
            return fail(m_regionStart + keyNode.pos,
                tr("A key in a transcript item must be plain text, but here it is %1.").arg(kindName(keyNode)));
        const QString key = QString::fromStdString(keyNode.value);
        if (seen.contains(key))
            return fail(
                m_regionStart + keyNode.pos, tr("The key \"%1\" appears twice in this transcript item.").arg(key));
        seen.insert(key);
        if (key == QLatin1String("line") || key == QLatin1String("header")) {
            if (!scalarText(keyNode, value, reader, &entry->text))
                return false;
            (key == QLatin1String("line") ? hasLine : hasHeader) = true;
        } else if (key == QLatin1String("who") || key == QLatin1String("time")) {
            QString text;
            if (!scalarText(keyNode, value, reader, &text))
                return false;
            (key == QLatin1String("who") ? entry->speaker : entry->time) = text;
            headerExtras.insert(key, text);
        } else if (key == QLatin1String("sec")) {
            const YamlNode *node = reader.resolveAlias(value);
            const std::optional<qint64> sec = node ? YamlReader::integerValue(*node) : std::nullopt;
            if (!sec) {
                const QString shown = node && node->kind == YamlNode::Kind::Scalar ? QString::fromStdString(node->value)
                                                                                   : kindName(value);
                return fail(m_regionStart + value.pos,
                    tr("\"sec\" must be a whole number of seconds, but it is \"%1\".").arg(shown));
            }
            entry->seconds = *sec;
            headerExtras.insert(key, *sec);
        } else {
            QVariant v;
            YamlReader::Error error;
            if (!reader.toVariant(value, &v, &error))
                return fail(error.pos < 0 ? mark : m_regionStart + error.pos, error.message);
            entry->extra.insert(key, v);
        }
    }
    if (hasLine && hasHeader)
        return fail(mark,
            tr("This transcript item has both \"line\" and \"header\"; an item is either a spoken line or a header."));
    if (!hasLine && !hasHeader)
        return fail(mark, tr("This transcript item has neither \"line\" nor \"header\"."));
    entry->kind = hasHeader ? TranscriptEntry::Kind::Header : TranscriptEntry::Kind::Line;
    if (hasHeader) {
        entry->speaker.reset();
        entry->seconds.reset();
        entry->time.reset();
        for (auto it = headerExtras.cbegin(); it != headerExtras.cend(); ++it)
            entry->extra.insert(it.key(), it.value());
    }
    return true;
}
