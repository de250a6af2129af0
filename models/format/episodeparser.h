#pragma once

#include "episode.h"
#include "episodefile.h"

#include <QByteArray>
#include <QString>

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
 */
class EpisodeParser
{
public:
    /** Files larger than this are refused before parsing (the largest real episode is 140 KB). */
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    /** Lines longer than this are refused (the longest real line is under 2 KB). */
    static constexpr int MaxLineLength = 1024 * 1024;

    EpisodeParser(const QByteArray &bytes, const QString &fileName);

    bool parse(Episode *episode, FileError *error);

private:
    bool checkBytes();
    bool splitFrontMatter(Episode *episode, int *regionStart, int *regionEnd);
    bool readDocument(int regionStart, int regionEnd, Episode *episode);
    bool readMapping(YamlEvents &events, YamlReader &reader, int regionStart, int regionEnd, Episode *episode);
    bool readTranscript(YamlEvents &events, YamlReader &reader, MetadataField *field, QList<TranscriptEntry> *entries,
        std::vector<int> *itemStarts, std::vector<int> *keyColumns);
    void sliceTranscript(const std::vector<int> &starts, const std::vector<int> &keyColumns, int fieldStart,
        int fieldEnd, MetadataField *field, QList<TranscriptEntry> *entries);
    bool readEntry(YamlEvents &events, YamlReader &reader, TranscriptEntry *entry, int *endMark);
    /** How many lines start with "- ": room to reserve for the transcript's items. */
    int listItemLines() const;
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
    std::vector<int> m_lineStarts;
    mutable int m_lineHint = 0; ///< the line lineIndex() found last
    std::vector<QString> m_speakers; ///< names read so far, shared by the entries
    /** Where libyaml starts reading: the line after an opening "---", as the site's tooling cuts the front matter
     *  (blank lines after "---" belong to the opening but are part of the YAML text PyYAML reads). */
    int m_yamlStart = 0;
};
