#pragma once

#include "episode.h"
#include "episodefile.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct YamlNode;
class YamlReader;

/**
 * The reading half of EpisodeFile: checks the bytes (UTF-8, no NUL, sane line lengths), splits front matter from
 * the body, parses the YAML with yaml-cpp and slices the source between node positions, so that every top-level
 * key and every transcript item keeps its exact text. One parser reads one file.
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
    bool readMapping(const YamlNode &root, YamlReader &reader, int regionStart, int regionEnd, Episode *episode);
    bool readTranscript(const YamlNode &value, YamlReader &reader, int fieldStart, int fieldEnd, MetadataField *field,
        QList<TranscriptEntry> *entries);
    bool readEntry(const YamlNode &item, YamlReader &reader, TranscriptEntry *entry);
    bool scalarText(const YamlNode &keyNode, const YamlNode &value, YamlReader &reader, QString *text);

    int lineIndex(int offset) const;
    int lineStart(int offset) const { return m_lineStarts[lineIndex(offset)]; }
    QByteArray lineText(int index) const;
    bool isDelimiterLine(int index) const;
    int itemStart(int markOffset, int floor, int dashColumn) const;
    int contentEnd(int start, int end, int maxCommentColumn) const;
    bool fail(int offset, const QString &message);

    const QByteArray &m_bytes;
    QString m_fileName;
    FileError m_error;
    std::vector<int> m_lineStarts;
    int m_regionStart = 0; ///< file offset of the YAML text handed to yaml-cpp (node positions are relative to it)
};
