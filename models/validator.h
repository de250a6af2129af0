#pragma once

#include "finding.h"

#include <QList>

class TranscriptModel;

/**
 * Checks an episode for what the site would render wrong (errors: `time` and `sec` disagreeing, times going
 * backwards) and for what is probably a mistake (warnings and info: repeated timestamps, empty lines, missing or
 * unknown speakers, case/spelling variants of a main speaker, headers with no line after them, very long
 * paragraphs, white space around text). Findings come in entry order.
 */
class Validator
{
public:
    /** A paragraph longer than this (characters) is reported as Info. */
    static constexpr int LongParagraphChars = 1500;

    static QList<Finding> check(const Episode &episode);

    /**
     * Applies the fix of a fixable finding through the model's intent API (one undo step): `time` rewritten from
     * `sec` (or `sec` from a valid `time` when it is missing), white space trimmed, an empty entry removed, a
     * variant speaker name replaced by the main speaker's. Only fixes that are certainly right are offered.
     * Returns false when the finding is not fixable or no longer applies (the entry changed or is gone).
     */
    static bool fix(TranscriptModel *model, const Finding &finding);

    /** The speakers that dominate the episode (used by many lines), most used first. */
    static QStringList mainSpeakers(const Episode &episode);
};
