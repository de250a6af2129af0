#pragma once

#include "optionalstring.h"
#include "sourcetext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

/** Stable identity of a transcript entry for the lifetime of a document; never reused, survives undo/redo. */
using EntryId = quint64;

/**
 * One item of the `transcript` list: a spoken line or a section header.
 *
 * Values are typed; `source` keeps the exact original text of the item so that an untouched item is written back
 * byte for byte. Anything that changes a value must call touch(), after which the item is written in the
 * canonical (PyYAML safe_dump) style. Undo restores whole entries, source included, so undoing every edit gives
 * back the original bytes.
 */
struct TranscriptEntry
{
    enum class Kind { Line, Header };

    EntryId id = 0;
    QString text; ///< `line` text, or the `header` title
    OptionalString speaker; ///< `who`; absent stays absent on save
    std::optional<qint64> seconds; ///< `sec`
    OptionalString time; ///< `time` as its value reads (display form; may be odd, e.g. empty)
    QVariantMap extra; ///< keys we do not know, written back with the others in key order
    SourceText source; ///< original text from the item's "- " through its last line's newline; empty = edited/new
    SourceText trailer; ///< blank or comment lines after the item, kept even when the item is edited
    Kind kind = Kind::Line;
    int sourceLine = 0; ///< 1-based line of the item's "- " in the file it was read from; 0 for new entries

    bool isHeader() const { return kind == Kind::Header; }
    bool isLine() const { return kind == Kind::Line; }
    /** Marks the entry as edited: it will be written in canonical style. */
    void touch() { source.clear(); }
    /** Sets `sec` and the matching `time` display form together (they always agree after an edit). */
    void setSeconds(std::optional<qint64> sec);
    /** The values as a mapping with the file's key names (`line`/`header`, `sec`, `time`, `who`, extras). */
    QVariantMap toVariant() const;
    /** Value equality (id, source, trailer and sourceLine are not compared). */
    bool sameValues(const TranscriptEntry &other) const;
};

/**
 * One top-level key of the metadata with its parsed value and its exact original text.
 *
 * Values use: QString, qint64, double, bool, QVariant::fromValue(nullptr) for null, QVariantList, and QVariantMap
 * for nested mappings (PyYAML sorts keys on output, so a sorted map loses nothing that a canonical writer keeps).
 */
struct MetadataField
{
    QString key;
    QVariant value;
    SourceText source; ///< text from the key's first line through its value's last line; empty = edited/new
    SourceText trailer; ///< blank or comment lines after the value, up to the next key; kept even when edited
    /** `transcript` only: the source holds the list itself (`transcript: []`), so items cannot follow it as they are.
     */
    bool listInSource = false;
};

/**
 * An episode file in memory: front matter (or a plain YAML mapping), the transcript entries and the markdown body,
 * arranged so that writing the pieces back in order reproduces the file.
 *
 * Serialised as: opening, then each field in order (the field named "transcript" is its key text followed by the
 * entries), then closing. Reading and writing live in EpisodeFile; this class is plain data plus small helpers.
 */
class Episode
{
public:
    enum class Layout { FrontMatter, PlainYaml };

    Layout layout = Layout::FrontMatter;
    QByteArray opening; ///< front matter: the opening "---" line and any blank lines before the first key
    QList<MetadataField> fields; ///< top-level keys in file order; "transcript" holds only its key text in source
    QList<TranscriptEntry> entries; ///< the transcript items, in order
    QByteArray closing; ///< front matter: the closing "---" line, the body, and the final newline or its absence

    /** Index of the top-level key, or -1. */
    int fieldIndex(const QString &key) const;
    /** The value of a top-level key; an invalid QVariant when absent. */
    QVariant field(const QString &key) const;
    /** Sets a top-level value; the key is marked edited (canonical style), or appended when new. */
    void setField(const QString &key, const QVariant &value);
    /** Whether the file has a `transcript` key. */
    bool hasTranscript() const { return fieldIndex(QStringLiteral("transcript")) >= 0; }
    /** Adds an empty `transcript` key (for caption import into an episode that has none). */
    void ensureTranscript();

    /** The `title` value, or an empty string. */
    QString title() const;

    /**
     * The first way this episode differs from `other` in what was read or will be written (layout, opening and
     * closing, each field's key, value and text, each entry's values, text, trailer and line), in words; empty when
     * there is none. Ids are not compared. For checks that two ways of reading a file give the same episode.
     */
    QString differenceFrom(const Episode &other) const;

    /** A fresh id for a new entry. */
    EntryId newEntryId() { return m_nextId++; }
    /** Row of the entry with this id, or -1 (linear; models keep their own index for speed). */
    int rowOf(EntryId id) const;
    /** Gives every entry an id (called by readers after filling entries). */
    void assignIds();

private:
    EntryId m_nextId = 1;
};
