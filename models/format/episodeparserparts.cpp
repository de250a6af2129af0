// EpisodeParser: reading a large transcript in parts, on several threads.
//
// libyaml parses one stream on one thread, at 30 to 50 MB/s here: half a second for a 100,000-line transcript. The
// transcript is a list of independent items, so the file is cut at item lines (a
// "- " at the column of the first item) into parts of similar size. The first part is parsed as the document it
// starts; each other part is parsed after a "transcript:" line, which puts its items in the same place of the same
// structure. The parts are then joined into the result one pass gives.
//
// A cut is only as good as what proves it: a line that looks like an item may be inside a quoted text or a flow
// list, an anchor in one part may be used in another, a key may follow the list. So every part must read without
// a single error, with no anchors and no aliases past the first part, with exactly as many items as its item lines,
// the list starting at the cut and (but for the last part) running to the part's end. Anything else, and the file
// is read again in one pass, which also gives the exact message for a broken file.
#include "episodeparser.h"

#include "yamlevents.h"
#include "yamlreader.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace {

const QByteArray PartPrefix = QByteArrayLiteral("transcript:\n");

} // namespace

/** Where the transcript is cut, and how many items each part holds. */
struct EpisodeParser::Plan
{
    int regionStart = 0;
    int regionEnd = 0;
    int keyOffset = 0; ///< the "transcript:" line
    std::vector<int> cuts; ///< part k reads [cuts[k], cuts[k + 1]); part 0 starts with the document
    std::vector<int> items; ///< item lines in each part; the last part's count is an upper bound
};

/** What one part read. */
struct EpisodeParser::PartResult
{
    bool ok = false;
    Mapping mapping;
    QList<TranscriptEntry> ownEntries; ///< the last part's items (it is read after the places are handed out)
    EntryOutput entries;
};

bool EpisodeParser::planParts(int regionStart, int regionEnd, Plan *plan) const
{
    int parts = threadsAllowed();
    if (parts < 2 || regionEnd - regionStart < 2 * m_parallel.minPartBytes)
        return false;
    // The "transcript:" line, at the left margin with nothing after the colon, and its first item below it.
    const int lines = int(m_lineStarts.size());
    int keyLine = -1;
    for (int index = lineIndex(regionStart); index < lines && m_lineStarts[index] < regionEnd; ++index) {
        const char *b = m_bytes.constData() + m_lineStarts[index];
        const int left = regionEnd - m_lineStarts[index];
        if (left > 11 && std::memcmp(b, "transcript:", 11) == 0) {
            int p = 11;
            while (p < left && (b[p] == ' ' || b[p] == '\r'))
                ++p;
            if (p < left && b[p] == '\n')
                keyLine = index;
            break;
        }
    }
    if (keyLine < 0 || keyLine + 1 >= lines)
        return false;
    const int firstItemLine = keyLine + 1;
    const int firstItem = m_lineStarts[firstItemLine];
    const int column = itemColumn(firstItemLine);
    if (column < 0)
        return false;

    // Every item line of the list's column is a place to cut; parts of similar size, the last one small (it is
    // read after the others, and it holds whatever follows the list).
    std::vector<int> itemLines;
    itemLines.reserve(std::size_t(lines - firstItemLine) / 4 + 1);
    for (int index = firstItemLine; index < lines && m_lineStarts[index] < regionEnd; ++index) {
        if (m_bytes.at(m_lineStarts[index] - 1) == '\n' && itemColumn(index) == column)
            itemLines.push_back(index);
    }
    const int listBytes = regionEnd - firstItem;
    parts = std::min<qsizetype>(parts, listBytes / m_parallel.minPartBytes);
    if (parts < 2 || itemLines.size() < std::size_t(parts) + 1)
        return false;
    const int tailBytes = std::clamp(listBytes / 64, 1, 64 * 1024);
    std::size_t tail = itemLines.size() - 1;
    while (tail > 1 && m_lineStarts[itemLines[tail]] > regionEnd - tailBytes)
        --tail;
    plan->regionStart = regionStart;
    plan->regionEnd = regionEnd;
    plan->keyOffset = m_lineStarts[keyLine];
    plan->cuts = { regionStart };
    plan->items.clear();
    std::size_t from = 0;
    const int spread = m_lineStarts[itemLines[tail]] - firstItem;
    for (int k = 1; k < parts; ++k) {
        const int target = firstItem + int(qint64(spread) * k / parts);
        std::size_t at = from + 1;
        while (at < tail && m_lineStarts[itemLines[at]] < target)
            ++at;
        if (at >= tail)
            break;
        plan->cuts.push_back(m_lineStarts[itemLines[at]]);
        plan->items.push_back(int(at - from));
        from = at;
    }
    plan->cuts.push_back(m_lineStarts[itemLines[tail]]);
    plan->items.push_back(int(tail - from));
    plan->cuts.push_back(regionEnd);
    plan->items.push_back(int(itemLines.size() - tail));
    return plan->cuts.size() >= 3;
}

void EpisodeParser::readPart(const Plan &plan, int part, PartResult *result)
{
    const bool first = part == 0;
    const bool last = part + 2 == int(plan.cuts.size());
    const int begin = plan.cuts[std::size_t(part)];
    const int end = plan.cuts[std::size_t(part) + 1];
    const int yamlStart = std::min(m_yamlStart, begin);
    std::unique_ptr<YamlEvents> parsed = first
        ? std::make_unique<YamlEvents>(m_bytes, yamlStart, end, lineIndex(yamlStart) + 1)
        : std::make_unique<YamlEvents>(m_bytes, begin, end, PartPrefix);
    YamlEvents &events = *parsed;
    YamlReader reader(events, qint64(plan.regionEnd - plan.regionStart) + 100000, 1);
    // stream start, document start (without %TAG directives: they would change what tags mean in later parts)
    if (!events.next() || !events.next() || events.type() != YAML_DOCUMENT_START_EVENT
        || events.event().data.document_start.tag_directives.start
            != events.event().data.document_start.tag_directives.end)
        return;
    if (!events.next() || events.type() != YAML_MAPPING_START_EVENT
        || events.event().data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        || events.event().data.mapping_start.anchor || events.event().data.mapping_start.tag)
        return;
    result->mapping.rootOffset = events.start();
    if (!readKeys(events, reader, &result->mapping, &result->entries))
        return;
    // The document must end where the part ends (the last part: as the whole file's does).
    if (!events.next() || events.type() != YAML_DOCUMENT_END_EVENT || !events.next()
        || events.type() != YAML_STREAM_END_EVENT)
        return;
    // Which key is the list, and where it is: the first part's last key, the only key of a middle part, the first
    // key of the last part. Its items start at the cut, and there are as many as the part has item lines.
    const QList<MetadataField> &fields = result->mapping.fields;
    const int listIndex = first ? int(fields.size()) - 1 : 0;
    if (listIndex < 0 || fields.at(listIndex).key != QLatin1String("transcript")
        || (!first && !last && fields.size() != 1))
        return;
    const Slice &list = result->mapping.slices[std::size_t(listIndex)];
    if (fields.at(listIndex).listInSource || list.itemStarts.empty())
        return;
    if (first ? list.keyOffset != plan.keyOffset : list.itemStarts.front() != begin)
        return;
    if (!first && reader.sawAnchorOrAlias())
        return;
    if (!last && result->entries.count != plan.items[std::size_t(part)])
        return;
    result->ok = true;
}

bool EpisodeParser::readInParts(int regionStart, int regionEnd, Episode *episode)
{
    Plan plan;
    if (!planParts(regionStart, regionEnd, &plan))
        return false;
    const int parts = int(plan.cuts.size()) - 1;
    // All items but the last part's go straight into their places in the list, sized once.
    int slotted = 0;
    for (int k = 0; k + 1 < parts; ++k)
        slotted += plan.items[std::size_t(k)];
    // The parts fill a copy of what was read so far (layout and opening only), which replaces the episode only when
    // every part has read: on any way out before that, the episode is as it came, for one pass to read.
    Episode attempt = *episode;
    QList<TranscriptEntry> &entries = attempt.entries;
    entries.clear();
    entries.reserve(slotted + plan.items.back());
    entries.resize(slotted);
    TranscriptEntry *places = entries.data();

    std::vector<std::unique_ptr<EpisodeParser>> parsers;
    std::vector<PartResult> results(static_cast<std::size_t>(parts));
    int offset = 0;
    for (int k = 0; k < parts; ++k) {
        PartResult &r = results[std::size_t(k)];
        if (k + 1 < parts) {
            r.entries.places = places + offset;
            r.entries.capacity = plan.items[std::size_t(k)];
            offset += r.entries.capacity;
            if (k == 0) // the list's item starts are joined into the first part's
                r.entries.startsRoom = slotted + plan.items.back();
        } else {
            r.entries.list = &r.ownEntries;
        }
        parsers.push_back(k == 0 ? nullptr : std::unique_ptr<EpisodeParser>(new EpisodeParser(*this, 0)));
    }
    std::vector<std::function<void()>> middle;
    for (int k = 1; k + 1 < parts; ++k)
        middle.emplace_back([&, k] { parsers[std::size_t(k)]->readPart(plan, k, &results[std::size_t(k)]); });
    runOnThreads(middle, [&] {
        readPart(plan, 0, &results[0]);
        parsers.back()->readPart(plan, parts - 1, &results.back());
    });

    const bool allRead = std::all_of(results.begin(), results.end(), [](const PartResult &r) { return r.ok; });
    if (!allRead)
        return false;
    // Join: the first part's keys, the list's items from every part, then the keys after the list.
    Mapping &joined = results[0].mapping;
    for (TranscriptEntry &entry : results.back().ownEntries)
        entries.append(std::move(entry));
    results.back().ownEntries.clear();
    Slice &list = joined.slices.back();
    for (int k = 1; k < parts; ++k) {
        const Slice &more = results[std::size_t(k)].mapping.slices.front();
        list.itemStarts.insert(list.itemStarts.end(), more.itemStarts.begin(), more.itemStarts.end());
        list.keyColumns.insert(list.keyColumns.end(), more.keyColumns.begin(), more.keyColumns.end());
    }
    Mapping &tail = results.back().mapping;
    for (int i = 1; i < tail.fields.size(); ++i) {
        const QString &key = tail.fields.at(i).key;
        if (joined.seen.contains(key)) // one pass gives the message
            return false;
        joined.seen.insert(key, tail.seen.value(key));
        joined.fields.append(tail.fields.at(i));
        joined.slices.push_back(std::move(tail.slices[std::size_t(i)]));
    }
    if (!sliceFields(joined, regionStart, regionEnd, &attempt))
        return false;
    *episode = std::move(attempt);
    m_partsRead = parts;
    return true;
}
