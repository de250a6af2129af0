#pragma once

#include "episode.h"
#include "episodefile.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class YamlEvents;
class YamlReader;
struct YamlValue;

/**
 * The reading half of EpisodeFile: checks the bytes (UTF-8, no NUL, sane line lengths), splits front matter from
 * the body, parses the YAML with libyaml's event parser (the one PyYAML's C loader uses, so the editor accepts
 * exactly what the site's tooling accepts) and builds the episode straight from the events, slicing the source at
 * event positions so that every top-level key and every transcript item keeps its exact text. One parser reads one
 * file.
 *
 * A large transcript is read in parts on several threads (episodeparserparts.cpp): the file is cut at item lines,
 * each part is parsed on its own after a "transcript:" line, and the parts are joined. The result is the one a
 * single pass gives; whenever a part does not prove that (a cut inside a quoted text, an anchor, an error), the
 * file is read again in one pass, which also gives the exact message for a broken file.
 */
class EpisodeParser
{
public:
    /** Files larger than this are refused before parsing (the largest real episode is 140 KB). */
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    /** Lines longer than this are refused (the longest real line is under 2 KB). */
    static constexpr int MaxLineLength = 1024 * 1024;

    /** When a transcript is read in parts. */
    struct Parallel
    {
        int maxParts = 0; ///< 0: one per processor (at most 8); 1: always in one pass
        qsizetype minPartBytes = 1024 * 1024; ///< smaller transcripts are read in one pass
    };

    EpisodeParser(const QByteArray &bytes, const QString &fileName);
    EpisodeParser(const QByteArray &bytes, const QString &fileName, Parallel parallel);

    bool parse(Episode *episode, FileError *error);
    /** How many parts the transcript was read in by parse(): 1 when in one pass (small, or a part did not fit). */
    int partsRead() const { return m_partsRead; }

private:
    /** A top-level key as read: where it starts and, for the transcript, where its items start. */
    struct Slice
    {
        int keyOffset = 0;
        std::vector<int> itemStarts;
        std::vector<int> keyColumns;
    };
    /** The keys of the metadata mapping as read, before they are cut from the source. */
    struct Mapping
    {
        int rootOffset = 0;
        bool flow = false;
        QList<MetadataField> fields;
        std::vector<Slice> slices;
        QHash<QString, int> seen; ///< key -> line
    };
    /** Where read items go: appended to a list, or into the places of a list sized in advance (parts). */
    struct EntryOutput
    {
        QList<TranscriptEntry> *list = nullptr;
        TranscriptEntry *places = nullptr;
        int capacity = 0;
        int count = 0;
        int startsRoom = 0; ///< item starts to make room for at once (the first part: the whole list's)
        TranscriptEntry *add();
    };
    struct Plan;
    struct PartResult;

    /** A parser for one part of a transcript, on another thread: shares the bytes and lines, nothing else. */
    EpisodeParser(const EpisodeParser &whole, int);

    bool readInParts(int regionStart, int regionEnd, Episode *episode);
    bool planParts(int regionStart, int regionEnd, Plan *plan) const;
    void readPart(const Plan &plan, int part, PartResult *result);
    bool readKeys(YamlEvents &events, YamlReader &reader, Mapping *mapping, EntryOutput *entries);
    bool sliceFields(Mapping &mapping, int regionStart, int regionEnd, Episode *episode);

    /** What checking a range of the bytes found: the line starts in it, and its first problem. */
    struct RangeCheck
    {
        std::vector<int> lineStarts;
        int errorAt = -1;
        QString message; ///< empty: no problem
        bool limit = false;
        bool onlyWhitespace = true;
    };
    bool checkBytes();
    static void checkRange(const QByteArray &bytes, int from, int to, RangeCheck *result);
    /** How many threads may read at once (Parallel::maxParts, or one per processor up to 8). */
    int threadsAllowed() const;
    /** Runs each job of `elsewhere` on a thread of its own (here when none can be started) and `here` here. */
    static void runOnThreads(const std::vector<std::function<void()>> &elsewhere, const std::function<void()> &here);
    bool splitFrontMatter(Episode *episode, int *regionStart, int *regionEnd);
    bool readDocument(int regionStart, int regionEnd, Episode *episode);
    bool readMapping(YamlEvents &events, YamlReader &reader, int regionStart, int regionEnd, Episode *episode);
    bool readTranscript(YamlEvents &events, YamlReader &reader, MetadataField *field, EntryOutput *entries,
        std::vector<int> *itemStarts, std::vector<int> *keyColumns);
    void sliceTranscript(const std::vector<int> &starts, const std::vector<int> &keyColumns, int fieldStart,
        int fieldEnd, MetadataField *field, QList<TranscriptEntry> *entries);
    bool readEntry(YamlEvents &events, YamlReader &reader, TranscriptEntry *entry, int *endMark);
    bool readKnownValue(YamlEvents &events, int key, TranscriptEntry *entry);
    /** Stores the text of `line`/`header`, `who` or `time` in the entry. */
    void setKnownText(int key, QString text, TranscriptEntry *entry);
    /** How many lines in [from, to) start with "- ": room to reserve for a transcript's items. */
    int listItemLines(int from, int to) const;
    /** The column of the "- " (or "-" alone) a line starts with after spaces: a block list item; -1 if none. */
    int itemColumn(int index) const;
    QString sharedSpeaker(const QString &name);
    bool scalarText(int keyOffset, const QString &key, const YamlValue &value, QString *text);
    bool next(YamlEvents &events);
    bool failYaml(const YamlEvents &events);

    int lineIndex(int offset) const;
    /** 3 when a byte order mark starts at offset (libyaml skips one at the start of a line), else 0. */
    int bomAt(int offset) const;
    int lineStart(int offset) const { return m_lineStarts[lineIndex(offset)]; }
    QByteArray lineText(int index) const;
    bool isDelimiterLine(int index) const;
    int itemStart(int markOffset, int floor, int dashColumn) const;
    int contentEnd(int start, int end, int maxCommentColumn) const;
    bool fail(int offset, const QString &message, bool limit = false);

    QExplicitlySharedDataPointer<SourceText::Buffer> m_buffer; ///< the file; the items' SourceText ranges share it
    const QByteArray &m_bytes; ///< m_buffer's bytes
    QString m_fileName;
    FileError m_error;
    std::shared_ptr<std::vector<int>> m_lineTable; ///< shared with the parsers of parts, which only read it
    std::vector<int> &m_lineStarts; ///< *m_lineTable
    mutable int m_lineHint = 0; ///< the line lineIndex() found last
    std::vector<QString> m_speakers; ///< names read so far, shared by the entries
    /** Where libyaml starts reading: the line after an opening "---", as the site's tooling cuts the front matter
     *  (blank lines after "---" belong to the opening but are part of the YAML text PyYAML reads). */
    int m_yamlStart = 0;
    Parallel m_parallel;
    int m_partsRead = 1;
};
