#include "episodeparser.h"

#include "yamlevents.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <system_error>
#include <thread>

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

/** Only spaces, tabs and CRs: what YAML itself skips (a form feed is no blank to it). */
bool isBlankLine(const QByteArray &line)
{
    return std::all_of(line.cbegin(), line.cend(), isBlank);
}

QString kindName(const YamlValue &value)
{
    if (value.isNull())
        return QCoreApplication::translate("EpisodeFile", "empty");
    switch (value.kind) {
    case YamlValue::Kind::Scalar:
        return QCoreApplication::translate("EpisodeFile", "text");
    case YamlValue::Kind::Sequence:
        return QCoreApplication::translate("EpisodeFile", "a list");
    case YamlValue::Kind::Mapping:
        return QCoreApplication::translate("EpisodeFile", "a mapping");
    }
    return QString();
}

} // namespace

EpisodeParser::EpisodeParser(const QByteArray &bytes, const QString &fileName, Parallel parallel)
    // Items keep ranges of these bytes (SourceText); bytes that are not owned (QByteArray::fromRawData, literals)
    // are copied first, so that the items never outlive them.
    : m_buffer(new SourceText::Buffer(
        bytes.capacity() == 0 && !bytes.isEmpty() ? QByteArray(bytes.constData(), bytes.size()) : bytes)),
      m_bytes(m_buffer->bytes),
      m_fileName(fileName),
      m_lineTable(std::make_shared<std::vector<int>>()),
      m_lineStarts(*m_lineTable),
      m_parallel(parallel)
{
    m_error.file = fileName;
}

EpisodeParser::EpisodeParser(const QByteArray &bytes, const QString &fileName)
    : EpisodeParser(bytes, fileName, Parallel())
{
}

EpisodeParser::EpisodeParser(const EpisodeParser &whole, int)
    : m_buffer(whole.m_buffer),
      m_bytes(m_buffer->bytes),
      m_fileName(whole.m_fileName),
      m_lineTable(whole.m_lineTable),
      m_lineStarts(*m_lineTable),
      m_yamlStart(whole.m_yamlStart),
      m_parallel(whole.m_parallel)
{
    m_error.file = m_fileName;
}

TranscriptEntry *EpisodeParser::EntryOutput::add()
{
    if (list) {
        ++count;
        return &list->emplaceBack();
    }
    return count < capacity ? &places[count++] : nullptr;
}

bool EpisodeParser::fail(int offset, const QString &message, bool limit)
{
    m_error.message = message;
    m_error.limit = limit;
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

int EpisodeParser::bomAt(int offset) const
{
    return offset + 3 <= m_bytes.size() && std::memcmp(m_bytes.constData() + offset, Bom, 3) == 0 ? 3 : 0;
}

int EpisodeParser::lineIndex(int offset) const
{
    // Offsets mostly come in file order: look a few lines on from the last answer before searching them all.
    const int lines = int(m_lineStarts.size());
    int index = m_lineHint;
    if (index < lines && m_lineStarts[index] <= offset) {
        for (int step = 0; step < 8; ++step, ++index) {
            if (index + 1 >= lines || m_lineStarts[index + 1] > offset) {
                m_lineHint = index;
                return index;
            }
        }
    }
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    m_lineHint = std::max(0, int(it - m_lineStarts.begin()) - 1);
    return int(it - m_lineStarts.begin()) - 1;
}

QByteArray EpisodeParser::lineText(int index) const
{
    const int start = m_lineStarts[index];
    int end = index + 1 < int(m_lineStarts.size()) ? m_lineStarts[index + 1] : m_bytes.size();
    // Without its line break: LF, a lone CR, NEL (C2 85), LS or PS (E2 80 A8/A9), as libyaml counts lines.
    if (end > start && m_bytes.at(end - 1) == '\n')
        --end;
    else if (end > start && m_bytes.at(end - 1) == '\r')
        --end;
    else if (end - start >= 2 && uchar(m_bytes.at(end - 2)) == 0xC2 && uchar(m_bytes.at(end - 1)) == 0x85)
        end -= 2;
    else if (end - start >= 3 && uchar(m_bytes.at(end - 3)) == 0xE2 && uchar(m_bytes.at(end - 2)) == 0x80
        && (uchar(m_bytes.at(end - 1)) == 0xA8 || uchar(m_bytes.at(end - 1)) == 0xA9))
        end -= 3;
    return m_bytes.mid(start, end - start);
}

bool EpisodeParser::isDelimiterLine(int index) const
{
    // Exactly three dashes on a line of its own between LF line breaks (the front matter is split on LF alone);
    // trailing blanks (and the CR of CRLF files) are tolerated.
    const int start = m_lineStarts[index];
    const int next = index + 1 < int(m_lineStarts.size()) ? m_lineStarts[index + 1] : m_bytes.size();
    if (next - start < 3 || m_bytes.at(start) != '-') // most lines: no copy of the line to see that
        return false;
    if ((start > 0 && m_bytes.at(start - 1) != '\n') || (next < m_bytes.size() && m_bytes.at(next - 1) != '\n'))
        return false;
    QByteArray line = lineText(index);
    while (!line.isEmpty() && isBlank(line.back()))
        line.chop(1);
    return line == "---";
}

void EpisodeParser::checkRange(const QByteArray &bytes, int from, int to, RangeCheck *r)
{
    // One pass: line starts, NUL bytes, UTF-8 validity and line length, so later steps see only sane text. A range
    // starts at the start of a line and ends after a line feed (or at the end), so no line or character spans two.
    const int size = bytes.size();
    const uchar *b = reinterpret_cast<const uchar *>(bytes.constData());
    std::vector<int> &lineStarts = r->lineStarts;
    lineStarts.reserve(std::size_t(to - from) / 32 + 1);
    const auto fail = [r](int offset, const QString &message, bool limit = false) {
        r->errorAt = offset;
        r->message = message;
        r->limit = limit;
    };
    int lineBegin = from;
    bool &onlyWhitespace = r->onlyWhitespace;
    for (int i = from; i < to;) {
        // Runs of plain ASCII text (no byte below 0x0E, which takes in NUL, LF and CR, and none above 0x7F) are
        // skipped eight bytes at a time: that is nearly the whole of a real episode.
        if (!onlyWhitespace) {
            while (i + 8 <= to) {
                quint64 word;
                std::memcpy(&word, b + i, 8);
                constexpr quint64 Ones = 0x0101010101010101ULL;
                constexpr quint64 Highs = 0x8080808080808080ULL;
                if (((word - Ones * 0x0E) & ~word & Highs) != 0 || (word & Highs) != 0)
                    break;
                i += 8;
            }
            if (i - lineBegin > MaxLineLength)
                return fail(lineBegin,
                    tr("This line is longer than %1 bytes; that is not an episode file.").arg(MaxLineLength), true);
            if (i >= to)
                break;
        }
        const uchar c = b[i];
        if (c < 0x80) {
            if (c == '\n' || (c == '\r' && (i + 1 >= size || b[i + 1] != '\n'))) {
                lineStarts.push_back(i + 1); // a lone CR breaks the line for YAML too
                lineBegin = i + 1;
            } else if (c == 0) {
                return fail(i, tr("The file contains a NUL byte: it is a binary file, not an episode."));
            } else if (onlyWhitespace && c != ' ' && c != '\t' && c != '\r') {
                onlyWhitespace = false;
            }
            if (i - lineBegin > MaxLineLength)
                return fail(lineBegin,
                    tr("This line is longer than %1 bytes; that is not an episode file.").arg(MaxLineLength), true);
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
        // NEL, LS and PS are line breaks for YAML: lines and positions must agree with libyaml's.
        if ((length == 2 && c == 0xC2 && b[i - 1] == 0x85)
            || (length == 3 && c == 0xE2 && b[i - 2] == 0x80 && (b[i - 1] == 0xA8 || b[i - 1] == 0xA9))) {
            lineStarts.push_back(i);
            lineBegin = i;
        }
    }
}

bool EpisodeParser::checkBytes()
{
    // A large file is checked in ranges on several threads, cut after line feeds.
    const int size = m_bytes.size();
    const int threads = size >= 2 * m_parallel.minPartBytes
        ? std::min<qsizetype>(threadsAllowed(), size / m_parallel.minPartBytes)
        : 1;
    std::vector<int> bounds { 0 };
    for (int k = 1; k < threads; ++k) {
        const int from = std::max(bounds.back(), int(qint64(size) * k / threads));
        const int feed = int(m_bytes.indexOf('\n', from));
        if (feed >= 0 && feed + 1 < size)
            bounds.push_back(feed + 1);
    }
    bounds.push_back(size);
    std::vector<RangeCheck> checks(bounds.size() - 1);
    std::vector<std::function<void()>> others;
    for (std::size_t k = 1; k < checks.size(); ++k)
        others.emplace_back([this, &bounds, &checks, k] { checkRange(m_bytes, bounds[k], bounds[k + 1], &checks[k]); });
    runOnThreads(others, [this, &bounds, &checks] { checkRange(m_bytes, bounds[0], bounds[1], &checks[0]); });

    std::size_t lines = 1;
    for (const RangeCheck &c : checks)
        lines += c.lineStarts.size();
    m_lineStarts.reserve(lines); // kept as long as the items are being read: no room to spare
    m_lineStarts.push_back(0);
    bool onlyWhitespace = true;
    for (const RangeCheck &c : checks) {
        m_lineStarts.insert(m_lineStarts.end(), c.lineStarts.begin(), c.lineStarts.end());
        if (!c.message.isEmpty())
            return fail(c.errorAt, c.message, c.limit); // the first problem in the file
        onlyWhitespace = onlyWhitespace && c.onlyWhitespace;
    }
    if (onlyWhitespace)
        return fail(-1, tr("The file is empty."));
    return true;
}

void EpisodeParser::runOnThreads(const std::vector<std::function<void()>> &elsewhere, const std::function<void()> &here)
{
    std::vector<std::thread> threads;
    threads.reserve(elsewhere.size());
    for (const std::function<void()> &job : elsewhere) {
        try {
            threads.emplace_back(job);
        } catch (const std::system_error &) {
            job(); // no thread to be had: the same work, here
        }
    }
    here();
    for (std::thread &t : threads)
        t.join();
}

int EpisodeParser::threadsAllowed() const
{
    return m_parallel.maxParts > 0 ? m_parallel.maxParts : std::min(8, QThread::idealThreadCount());
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
        while (bodyLine < lines && isBlankLine(lineText(bodyLine)) && !isDelimiterLine(bodyLine))
            ++bodyLine;
        const int openingEnd = bodyLine < lines ? m_lineStarts[bodyLine] : m_bytes.size();
        episode->opening = m_bytes.left(openingEnd);
        *regionStart = openingEnd;
        m_yamlStart = lines > 1 ? m_lineStarts[1] : openingEnd;
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
    m_yamlStart = first;
    *regionEnd = m_bytes.size();
    // A second document or an explicit end marker ends the mapping; what follows is kept as it is.
    for (int i = 1; i < lines; ++i) {
        const bool dot = m_lineStarts[i] < m_bytes.size() && m_bytes.at(m_lineStarts[i]) == '.';
        if (isDelimiterLine(i) || (dot && lineText(i).startsWith("..."))) {
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
            return fail(
                -1, tr("The file is too large (%1 MB) to be an episode.").arg(m_bytes.size() / (1024 * 1024)), true);
        if (!checkBytes())
            return false;
        int regionStart = 0;
        int regionEnd = 0;
        if (!splitFrontMatter(&result, &regionStart, &regionEnd))
            return false;
        if (readInParts(regionStart, regionEnd, &result))
            return true;
        m_partsRead = 1;
        return readDocument(regionStart, regionEnd, &result);
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

bool EpisodeParser::failYaml(const YamlEvents &events)
{
    const YamlEvents::Error &e = events.error();
    if (e.offset >= 0 && e.offset < m_bytes.size()) {
        // A tab in the indentation shows as many different problems; say what is really wrong.
        const QByteArray line = lineText(lineIndex(e.offset));
        int indent = 0;
        while (indent < line.size() && (line.at(indent) == ' ' || line.at(indent) == '\t'))
            ++indent;
        if (line.left(indent).contains('\t'))
            return fail(e.offset, tr("Tabs cannot be used for indentation; use spaces."));
        // "-line: x" (no space after the dash) is a key, not a list item; libyaml notices only on a later line.
        for (int index = lineIndex(e.offset), k = 0; index >= 0 && k < 4; --index, ++k) {
            const QByteArray text = lineText(index).trimmed();
            if (text.size() > 1 && text.at(0) == '-' && text.at(1) != '-' && text.at(1) != ' ' && text.contains(':'))
                return fail(m_lineStarts[index] + lineText(index).indexOf('-'),
                    tr("A list item needs a space after \"-\" (\"- line: ...\"); this line has none, so the lines "
                       "after it do not fit."));
        }
    }
    return fail(e.offset, e.message);
}

bool EpisodeParser::next(YamlEvents &events)
{
    return events.next() || failYaml(events);
}

bool EpisodeParser::readDocument(int regionStart, int regionEnd, Episode *episode)
{
    const int yamlStart = std::min(m_yamlStart, regionStart);
    YamlEvents events(m_bytes, yamlStart, regionEnd, lineIndex(yamlStart) + 1);
    // Aliases may repeat data, but never blow it up: at most as many nodes again as the text has bytes, plus a little.
    YamlReader reader(events, qint64(regionEnd - regionStart) + 100000, lineIndex(yamlStart) + 1);
    if (!next(events) || !next(events)) // stream start, then document start or stream end
        return false;
    if (events.type() == YAML_STREAM_END_EVENT) {
        // Nothing but comments and blank lines: a null document, kept as it is.
        episode->opening += m_bytes.mid(regionStart, regionEnd - regionStart);
        return true;
    }
    if (!next(events)) // the root node
        return false;
    if (!readMapping(events, reader, regionStart, regionEnd, episode))
        return false;
    if (!next(events) || !next(events)) // document end, then stream end or another document
        return false;
    if (events.type() != YAML_STREAM_END_EVENT)
        return fail(events.start(), tr("The file holds more than one YAML document; an episode is one mapping."));
    return true;
}

bool EpisodeParser::readMapping(
    YamlEvents &events, YamlReader &reader, int regionStart, int regionEnd, Episode *episode)
{
    const int rootOffset = events.start();
    if (events.type() == YAML_SCALAR_EVENT || events.type() == YAML_ALIAS_EVENT) {
        YamlValue value;
        YamlReader::Error error;
        if (!reader.read(&value, &error))
            return fail(error.pos, error.message, error.limit);
        if (value.isNull()) { // "--- ~" or a lone "null": a null document
            episode->opening += m_bytes.mid(regionStart, regionEnd - regionStart);
            return true;
        }
        return fail(rootOffset,
            tr("The metadata must be a mapping of keys (title:, transcript:, ...), but it is %1.")
                .arg(kindName(value)));
    }
    if (events.type() != YAML_MAPPING_START_EVENT) {
        YamlValue value; // read it first: a YAML error inside it is the more useful message
        YamlReader::Error error;
        if (!reader.read(&value, &error))
            return fail(error.pos, error.message, error.limit);
        return fail(
            rootOffset, tr("The metadata must be a mapping of keys (title:, transcript:, ...), but it is a list."));
    }
    const yaml_event_t &root = events.event();
    if (root.data.mapping_start.anchor
        || (root.data.mapping_start.tag
            && std::strcmp(reinterpret_cast<const char *>(root.data.mapping_start.tag), "!") != 0
            && std::strcmp(reinterpret_cast<const char *>(root.data.mapping_start.tag), "tag:yaml.org,2002:map") != 0))
        return fail(rootOffset, tr("An anchor or tag on the whole metadata is not supported in an episode."), true);
    Mapping mapping;
    mapping.rootOffset = rootOffset;
    // A flow mapping ({title: x, ...}) has no per-key text: its keys are written canonically when saved.
    mapping.flow = root.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
    EntryOutput entries;
    entries.list = &episode->entries;
    return readKeys(events, reader, &mapping, &entries) && sliceFields(mapping, regionStart, regionEnd, episode);
}

bool EpisodeParser::readKeys(YamlEvents &events, YamlReader &reader, Mapping *mapping, EntryOutput *entries)
{
    while (true) {
        if (!next(events))
            return false;
        if (events.type() == YAML_MAPPING_END_EVENT)
            return true;
        const int keyOffset = events.start();
        YamlValue key;
        YamlReader::Error error;
        if (!reader.readKey(&key, &error))
            return fail(error.pos, error.message, error.limit);
        if (key.kind != YamlValue::Kind::Scalar)
            return fail(keyOffset, tr("A top-level key must be plain text, but here it is %1.").arg(kindName(key)));
        if (key.mergeKey)
            return fail(
                keyOffset, tr("A merge key (<<) among the top-level keys is not supported in an episode."), true);
        MetadataField field;
        field.key = key.text;
        if (mapping->seen.contains(field.key))
            return fail(keyOffset,
                tr("The key \"%1\" appears twice (first on line %2).")
                    .arg(field.key)
                    .arg(mapping->seen.value(field.key)));
        mapping->seen.insert(field.key, lineIndex(keyOffset) + 1);
        if (!next(events))
            return false;
        Slice slice;
        slice.keyOffset = keyOffset;
        if (field.key == QLatin1String("transcript")) {
            if (!readTranscript(events, reader, &field, entries, &slice.itemStarts, &slice.keyColumns))
                return false;
        } else {
            YamlValue value;
            if (!reader.read(&value, &error))
                return fail(error.pos, error.message, error.limit);
            field.value = value.value;
        }
        mapping->fields.append(field);
        mapping->slices.push_back(std::move(slice));
    }
}

bool EpisodeParser::sliceFields(Mapping &mapping, int regionStart, int regionEnd, Episode *episode)
{
    const std::vector<Slice> &slices = mapping.slices;
    const bool sliced = !mapping.flow && !slices.empty();
    const int firstKey = slices.empty() ? regionEnd : std::max(regionStart, lineStart(slices.front().keyOffset));
    episode->opening += m_bytes.mid(regionStart, (sliced ? firstKey : lineStart(mapping.rootOffset)) - regionStart);
    episode->fields = std::move(mapping.fields);
    for (std::size_t i = 0; i < slices.size(); ++i) {
        MetadataField &field = episode->fields[int(i)];
        if (!sliced) {
            field.source.clear();
            field.trailer.clear();
            field.listInSource = false;
            continue;
        }
        const int start = std::max(regionStart, lineStart(slices[i].keyOffset)); // a BOM stays in the opening
        const int end = i + 1 < slices.size() ? lineStart(slices[i + 1].keyOffset) : regionEnd;
        if (end <= start)
            return fail(slices[i + 1].keyOffset, tr("Each top-level key must start on a line of its own."));
        if (field.key == QLatin1String("transcript")) {
            sliceTranscript(slices[i].itemStarts, slices[i].keyColumns, start, end, &field, &episode->entries);
            for (std::size_t k = 0; k < slices[i].itemStarts.size(); ++k) {
                if (slices[i].itemStarts[k] < start + 1)
                    return fail(slices[i].itemStarts[k], tr("Each transcript item must start on a line of its own."));
            }
        } else {
            const int content = contentEnd(start, end, 0);
            field.source = SourceText(m_buffer, start, content - start);
            field.trailer = SourceText(m_buffer, content, end - content);
        }
    }
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
        int p = ls + bomAt(ls); // a byte order mark at a line start counts as a blank
        while (p < m_bytes.size() && (m_bytes.at(p) == ' '))
            ++p;
        const bool dash = p < m_bytes.size() && m_bytes.at(p) == '-'
            && (p + 1 >= m_bytes.size() || isBlank(m_bytes.at(p + 1)) || m_bytes.at(p + 1) == '\n');
        if (dash && p < markOffset && (dashColumn < 0 || p - ls == dashColumn))
            return ls;
    }
    return lineStart(markOffset);
}

bool EpisodeParser::readTranscript(YamlEvents &events, YamlReader &reader, MetadataField *field, EntryOutput *entries,
    std::vector<int> *itemStarts, std::vector<int> *keyColumns)
{
    field->value = QVariantList();
    const int valueOffset = events.start();
    if (events.type() != YAML_SEQUENCE_START_EVENT) {
        YamlValue value;
        YamlReader::Error error;
        if (!reader.read(&value, &error))
            return fail(error.pos, error.message, error.limit);
        if (value.isNull() && events.type() != YAML_ALIAS_EVENT) {
            field->listInSource = true; // "transcript:" with nothing: written as it was
            return true;
        }
        return fail(valueOffset,
            tr("\"transcript\" must be a list of items (\"- line: ...\"), but it is %1.")
                .arg(events.type() == YAML_ALIAS_EVENT ? tr("an alias") : kindName(value)));
    }
    const yaml_event_t &seq = events.event();
    if (seq.data.sequence_start.anchor
        || (seq.data.sequence_start.tag
            && std::strcmp(reinterpret_cast<const char *>(seq.data.sequence_start.tag), "!") != 0
            && std::strcmp(reinterpret_cast<const char *>(seq.data.sequence_start.tag), "tag:yaml.org,2002:seq") != 0))
        return fail(valueOffset, tr("An anchor or tag on the transcript list is not supported in an episode."), true);
    const bool block = seq.data.sequence_start.style != YAML_FLOW_SEQUENCE_STYLE;
    // Room for the items and their starts at once: growing vectors would leave their old blocks behind.
    int room = std::max(entries->startsRoom, entries->capacity);
    if (entries->list) {
        const int lines = listItemLines(valueOffset, m_bytes.size());
        entries->list->reserve(entries->list->size() + lines);
        room = std::max(room, lines);
    }
    itemStarts->reserve(std::size_t(room));
    keyColumns->reserve(std::size_t(room));
    // The "- " of a block item: the first is where the list starts; each next one is where the item before it ends
    // (libyaml ends a block mapping at the token that follows it).
    int dash = block ? valueOffset : -1;
    while (true) {
        if (!next(events))
            return false;
        if (events.type() == YAML_SEQUENCE_END_EVENT)
            break;
        const int mark = events.start();
        if (events.type() == YAML_ALIAS_EVENT)
            return fail(mark, tr("A transcript item cannot be an alias (*name); write the item out."));
        if (events.type() != YAML_MAPPING_START_EVENT) {
            YamlValue value;
            YamlReader::Error error;
            if (!reader.read(&value, &error))
                return fail(error.pos, error.message, error.limit);
            return fail(mark,
                tr("A transcript item must be a mapping with \"line:\" or \"header:\", but this one is %1.")
                    .arg(kindName(value)));
        }
        const bool blockItem = events.event().data.mapping_start.style != YAML_FLOW_MAPPING_STYLE;
        int start = -1;
        if (block) {
            if (dash >= 0 && dash < mark && m_bytes.at(dash) == '-') {
                start = lineStart(dash);
                // libyaml skips a byte order mark at the start of any line, as if it were one space.
                for (int p = start + bomAt(start); p < dash; ++p) {
                    if (m_bytes.at(p) != ' ')
                        start = -1;
                }
            }
            if (start < 0)
                start = itemStart(mark, itemStarts->empty() ? -1 : itemStarts->back(), -1);
            if (!itemStarts->empty() && start <= itemStarts->back())
                return fail(mark, tr("Each transcript item must start on a line of its own."));
            itemStarts->push_back(start);
            keyColumns->push_back(mark - lineStart(mark));
        }
        TranscriptEntry *added = entries->add();
        if (!added) // a part holds more items than its lines showed: read in one pass instead
            return fail(mark, QString());
        TranscriptEntry &entry = *added;
        int endMark = -1;
        if (!readEntry(events, reader, &entry, &endMark))
            return false;
        dash = blockItem ? endMark : -1;
        entry.sourceLine = lineIndex(block ? start : mark) + 1;
    }
    if (!block || itemStarts->empty())
        field->listInSource = true; // "transcript: []" or a flow list: items are written canonically
    return true;
}

void EpisodeParser::sliceTranscript(const std::vector<int> &starts, const std::vector<int> &keyColumns, int fieldStart,
    int fieldEnd, MetadataField *field, QList<TranscriptEntry> *entries)
{
    if (field->listInSource) {
        const int content = fieldEnd > fieldStart ? contentEnd(fieldStart, fieldEnd, 0) : fieldStart;
        field->source = SourceText(m_buffer, fieldStart, content - fieldStart);
        field->trailer = SourceText(m_buffer, content, fieldEnd - content);
        return;
    }
    field->source = SourceText(m_buffer, fieldStart, starts.front() - fieldStart);
    int dashColumn = 0;
    while (m_bytes.at(starts.front() + dashColumn) == ' ')
        ++dashColumn;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int start = starts[i];
        const int end = i + 1 < starts.size() ? starts[i + 1] : fieldEnd;
        const int content = contentEnd(start, end, std::max(keyColumns[i], dashColumn));
        TranscriptEntry &entry = (*entries)[entries->size() - int(starts.size()) + int(i)];
        entry.source = SourceText(m_buffer, start, content - start);
        entry.trailer = SourceText(m_buffer, content, end - content);
    }
}

int EpisodeParser::listItemLines(int from, int to) const
{
    // Lines whose first text is "- ": at least as many as the transcript has block items, and not many more.
    int count = 0;
    for (int index = lineIndex(from); index < int(m_lineStarts.size()) && m_lineStarts[index] < to; ++index)
        count += itemColumn(index) >= 0;
    return count;
}

int EpisodeParser::itemColumn(int index) const
{
    const int start = m_lineStarts[index];
    const int size = m_bytes.size();
    int p = start;
    while (p < size && m_bytes.at(p) == ' ')
        ++p;
    if (p >= size || m_bytes.at(p) != '-')
        return -1;
    const char after = p + 1 < size ? m_bytes.at(p + 1) : '\n';
    return after == ' ' || after == '\n' || after == '\t' || after == '\r' ? p - start : -1;
}

bool EpisodeParser::scalarText(int keyOffset, const QString &key, const YamlValue &value, QString *text)
{
    if (value.isNull()) // an empty value is marked at the next token: point at the key instead
        return fail(keyOffset, tr("\"%1\" has no value. Write a value or remove the key.").arg(key));
    if (value.kind != YamlValue::Kind::Scalar)
        return fail(value.offset, tr("\"%1\" must be text, but it is %2.").arg(key, kindName(value)));
    *text = value.text;
    return true;
}

namespace {

enum KnownKey { LineKey = 1, HeaderKey = 2, SecKey = 4, TimeKey = 8, WhoKey = 16 };

/**
 * Which of the item keys the editor knows a key event names, when it is a scalar without anchor or tag (then its
 * text is the key, whatever its quoting, and none of these texts resolves to anything but a string); 0 for any
 * other key, which the reader reads in full.
 */
int knownKey(const yaml_event_t &e)
{
    if (e.type != YAML_SCALAR_EVENT || e.data.scalar.anchor || e.data.scalar.tag)
        return 0;
    const char *v = reinterpret_cast<const char *>(e.data.scalar.value);
    switch (e.data.scalar.length) {
    case 3:
        return std::memcmp(v, "sec", 3) == 0 ? SecKey : std::memcmp(v, "who", 3) == 0 ? WhoKey : 0;
    case 4:
        return std::memcmp(v, "line", 4) == 0 ? LineKey : std::memcmp(v, "time", 4) == 0 ? TimeKey : 0;
    case 6:
        return std::memcmp(v, "header", 6) == 0 ? HeaderKey : 0;
    default:
        return 0;
    }
}

QString knownKeyName(int key)
{
    switch (key) {
    case LineKey:
        return QStringLiteral("line");
    case HeaderKey:
        return QStringLiteral("header");
    case SecKey:
        return QStringLiteral("sec");
    case TimeKey:
        return QStringLiteral("time");
    default:
        return QStringLiteral("who");
    }
}

} // namespace

QString EpisodeParser::sharedSpeaker(const QString &name)
{
    // A handful of people speak in thousands of lines: one shared string per name instead of one per line.
    for (const QString &known : m_speakers) {
        if (known == name)
            return known;
    }
    if (m_speakers.size() < 64)
        m_speakers.push_back(name);
    return name;
}

bool EpisodeParser::readKnownValue(YamlEvents &events, int key, TranscriptEntry *entry)
{
    // The common case straight from the event: text (or a whole number for "sec") without anchor or tag. Anything
    // else, a value the reader refuses included, returns false and is read in full, which gives the message.
    const yaml_event_t &e = events.event();
    if (e.type != YAML_SCALAR_EVENT || e.data.scalar.anchor || e.data.scalar.tag)
        return false;
    QString text
        = YamlReader::fromUtf8(reinterpret_cast<const char *>(e.data.scalar.value), qsizetype(e.data.scalar.length));
    QVariant resolved;
    if (e.data.scalar.plain_implicit) {
        QString problem;
        bool limit = false;
        if (text == QLatin1String("<<") || text == QLatin1String("=")
            || !YamlReader::resolvePlain(text, &resolved, &problem, &limit))
            return false;
    }
    if (key == SecKey) {
        if (resolved.metaType().id() != QMetaType::LongLong)
            return false;
        entry->seconds = resolved.toLongLong();
        return true;
    }
    // A number or a date is kept as its text too, but through the general path.
    if (e.data.scalar.plain_implicit && resolved.metaType().id() != QMetaType::QString)
        return false;
    setKnownText(key, std::move(text), entry);
    return true;
}

void EpisodeParser::setKnownText(int key, QString text, TranscriptEntry *entry)
{
    if (key == WhoKey)
        entry->speaker = sharedSpeaker(text);
    else if (key == TimeKey)
        entry->time = std::move(text);
    else
        entry->text = std::move(text); // line or header
}

bool EpisodeParser::readEntry(YamlEvents &events, YamlReader &reader, TranscriptEntry *entry, int *endMark)
{
    const int mark = events.start();
    const yaml_event_t &item = events.event();
    if (item.data.mapping_start.anchor
        || (item.data.mapping_start.tag
            && std::strcmp(reinterpret_cast<const char *>(item.data.mapping_start.tag), "!") != 0
            && std::strcmp(reinterpret_cast<const char *>(item.data.mapping_start.tag), "tag:yaml.org,2002:map") != 0))
        return fail(mark, tr("An anchor or tag on a whole transcript item is not supported in an episode."), true);
    int seen = 0; // the known keys read so far; other keys are in entry->extra once read
    while (true) {
        if (!next(events))
            return false;
        if (events.type() == YAML_MAPPING_END_EVENT)
            break;
        const int keyOffset = events.start();
        YamlReader::Error error;
        int known = knownKey(events.event());
        QString key;
        if (!known) {
            YamlValue keyValue;
            if (!reader.readKey(&keyValue, &error))
                return fail(error.pos, error.message, error.limit);
            if (keyValue.kind != YamlValue::Kind::Scalar)
                return fail(keyOffset,
                    tr("A key in a transcript item must be plain text, but here it is %1.").arg(kindName(keyValue)));
            if (keyValue.mergeKey)
                return fail(
                    keyOffset, tr("A merge key (<<) in a transcript item is not supported in an episode."), true);
            key = keyValue.text;
            // "line" written with an anchor or tag ("&a line", "!!str line") is still the key "line".
            for (int k = LineKey; k <= WhoKey && !known; k <<= 1) {
                if (key == knownKeyName(k))
                    known = k;
            }
        }
        if (known ? (seen & known) != 0 : entry->extra.contains(key))
            return fail(keyOffset,
                tr("The key \"%1\" appears twice in this transcript item.").arg(known ? knownKeyName(known) : key));
        seen |= known;
        if (!next(events))
            return false;
        if (known && readKnownValue(events, known, entry))
            continue;
        YamlValue value;
        if (!reader.read(&value, &error))
            return fail(error.pos, error.message, error.limit);
        switch (known) {
        case LineKey:
        case HeaderKey:
        case WhoKey:
        case TimeKey: {
            QString text;
            if (!scalarText(keyOffset, knownKeyName(known), value, &text))
                return false;
            setKnownText(known, std::move(text), entry);
            break;
        }
        case SecKey:
            if (value.value.metaType().id() != QMetaType::LongLong) {
                const QString shown = value.kind == YamlValue::Kind::Scalar ? value.text : kindName(value);
                return fail(
                    value.offset, tr("\"sec\" must be a whole number of seconds, but it is \"%1\".").arg(shown));
            }
            entry->seconds = value.value.toLongLong();
            break;
        default:
            entry->extra.insert(key, value.value);
        }
    }
    *endMark = events.start();
    const bool hasLine = seen & LineKey;
    const bool hasHeader = seen & HeaderKey;
    if (hasLine && hasHeader)
        return fail(mark,
            tr("This transcript item has both \"line\" and \"header\"; an item is either a spoken line or a header."));
    if (!hasLine && !hasHeader)
        return fail(mark, tr("This transcript item has neither \"line\" nor \"header\"."));
    entry->kind = hasHeader ? TranscriptEntry::Kind::Header : TranscriptEntry::Kind::Line;
    if (hasHeader) {
        // sec/time/who on a header are kept as extras, since a header has no such values.
        if (entry->seconds)
            entry->extra.insert(QStringLiteral("sec"), *entry->seconds);
        if (entry->time)
            entry->extra.insert(QStringLiteral("time"), *entry->time);
        if (entry->speaker)
            entry->extra.insert(QStringLiteral("who"), *entry->speaker);
        entry->speaker.reset();
        entry->seconds.reset();
        entry->time.reset();
    }
    return true;
}
