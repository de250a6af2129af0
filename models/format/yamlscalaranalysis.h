#pragma once

#include <QList>

/**
 * What PyYAML's Emitter.analyze_scalar finds out about a scalar's text: which output styles may represent it.
 * The text is given as code points, since PyYAML reasons (and counts columns) in code points.
 */
struct YamlScalarAnalysis
{
    bool empty = false;
    bool multiline = false;
    bool allowFlowPlain = true;
    bool allowBlockPlain = true;
    bool allowSingleQuoted = true;
    bool allowDoubleQuoted = true;

    /** Analyses `text`; with `allowUnicode` false every non-ASCII character forces double quotes. */
    static YamlScalarAnalysis analyze(const QList<uint> &text, bool allowUnicode);

    /** A line break as YAML 1.1 (and PyYAML) sees it: LF, NEL, LS, PS. */
    static bool isBreak(uint ch) { return ch == 0x0A || ch == 0x85 || ch == 0x2028 || ch == 0x2029; }
    /** Whitespace or end marker for indicator checks: NUL, space, tab, CR, and the breaks. */
    static bool isBlankOrBreak(uint ch) { return ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || isBreak(ch); }
};
