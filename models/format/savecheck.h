#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

class Episode;

/**
 * The second opinion before a save replaces the user's file: the new bytes are read back with yaml-cpp, an
 * implementation independent of the libyaml-based reader, and must give the data the editor meant to write (for
 * the rare bytes YAML 1.1 and yaml-cpp read differently, see needsYaml11(), with a fresh libyaml read instead). Two
 * implementations checking each other catch what one alone cannot (a writer that quotes wrongly, a slice that
 * swallows the next item). Used for saves and exports only, never on the typing path.
 */
class SaveCheck
{
public:
    /** The data an episode means: its top-level values, with "transcript" as the list of its items. */
    static QVariantMap meantData(const Episode &episode);
    /**
     * Reads `yaml` (one YAML mapping, the front matter without its "---" lines) with yaml-cpp and compares it with
     * `meant`. False, with a sentence naming the first difference, when they differ or yaml-cpp refuses the text.
     */
    static bool verify(const QByteArray &yaml, const QVariantMap &meant, QString *problem);
    /**
     * Whether the bytes hold what YAML 1.1 (the site's PyYAML) and yaml-cpp's YAML 1.2 read differently: NEL, LS or
     * PS line breaks, a lone CR, a byte order mark after the start, an anchor or alias name that libyaml ends before
     * the next blank. verify() then reads them back with the libyaml reader instead of yaml-cpp, so that a file the
     * site reads is not refused.
     */
    static bool needsYaml11(const QByteArray &yaml);
    /** The YAML part of serialized episode bytes: without the opening and closing pieces (front matter lines). */
    static QByteArray yamlPart(const QByteArray &bytes, const Episode &episode);
};
