#include "yamlscalaranalysis.h"

namespace {

// Character classes for the indicator checks, looked up instead of searched: analyze() runs over every character
// of every value written.
enum : unsigned char { LeadingIndicator = 1, InnerFlowIndicator = 2 };

struct IndicatorTable
{
    unsigned char flags[128] = {};
    IndicatorTable()
    {
        for (const char *p = "#,[]{}&*!|>'\"%@`"; *p; ++p)
            flags[uchar(*p)] |= LeadingIndicator;
        for (const char *p = ",?[]{}"; *p; ++p)
            flags[uchar(*p)] |= InnerFlowIndicator;
    }
};

const IndicatorTable indicators;

bool hasFlag(uint ch, unsigned char flag)
{
    return ch < 128 && (indicators.flags[ch] & flag);
}

bool startsWith(const QList<uint> &text, const char *prefix)
{
    int i = 0;
    for (const char *p = prefix; *p; ++p, ++i) {
        if (i >= text.size() || text.at(i) != static_cast<uchar>(*p))
            return false;
    }
    return true;
}

} // namespace

YamlScalarAnalysis YamlScalarAnalysis::analyze(const QList<uint> &text, bool allowUnicode)
{
    YamlScalarAnalysis result;
    if (text.isEmpty()) {
        // PyYAML: an empty scalar may be block-plain (it is then quoted anyway, because it resolves to null).
        result.empty = true;
        result.allowFlowPlain = false;
        return result;
    }

    bool blockIndicators = false;
    bool flowIndicators = false;
    bool lineBreaks = false;
    bool specialCharacters = false;
    bool leadingSpace = false;
    bool leadingBreak = false;
    bool trailingSpace = false;
    bool trailingBreak = false;
    bool breakSpace = false;
    bool spaceBreak = false;

    // Document indicators.
    if (startsWith(text, "---") || startsWith(text, "..."))
        blockIndicators = flowIndicators = true;

    const int size = text.size();
    bool precededByWhitespace = true;
    bool followedByWhitespace = size == 1 || isBlankOrBreak(text.at(1));
    bool previousSpace = false;
    bool previousBreak = false;

    for (int index = 0; index < size; ++index) {
        const uint ch = text.at(index);

        if (index == 0) {
            // Leading indicators are special characters.
            if (hasFlag(ch, LeadingIndicator))
                flowIndicators = blockIndicators = true;
            if (ch == '?' || ch == ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch == '-' && followedByWhitespace)
                flowIndicators = blockIndicators = true;
        } else {
            if (hasFlag(ch, InnerFlowIndicator))
                flowIndicators = true;
            if (ch == ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch == '#' && precededByWhitespace)
                flowIndicators = blockIndicators = true;
        }

        const bool isLineBreak = isBreak(ch);
        if (isLineBreak)
            lineBreaks = true;
        if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) {
            // Printable non-ASCII is fine with allow_unicode; the ranges (and the exclusive upper bound) are PyYAML's.
            const bool printable = (ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                                       || (ch >= 0x10000 && ch < 0x10FFFF))
                && ch != 0xFEFF;
            if (!printable || !allowUnicode)
                specialCharacters = true;
        }

        if (ch == ' ') {
            if (index == 0)
                leadingSpace = true;
            if (index == size - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        } else if (isLineBreak) {
            if (index == 0)
                leadingBreak = true;
            if (index == size - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }

        precededByWhitespace = isBlankOrBreak(ch);
        followedByWhitespace = index + 2 >= size || isBlankOrBreak(text.at(index + 2));
    }

    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        result.allowFlowPlain = result.allowBlockPlain = false;
    if (breakSpace)
        result.allowFlowPlain = result.allowBlockPlain = result.allowSingleQuoted = false;
    if (spaceBreak || specialCharacters)
        result.allowFlowPlain = result.allowBlockPlain = result.allowSingleQuoted = false;
    // The plain writer could fold breaks, but PyYAML never emits multiline plain scalars.
    if (lineBreaks)
        result.allowFlowPlain = result.allowBlockPlain = false;
    if (flowIndicators)
        result.allowFlowPlain = false;
    if (blockIndicators)
        result.allowBlockPlain = false;
    result.multiline = lineBreaks;
    return result;
}
