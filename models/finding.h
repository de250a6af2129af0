#pragma once

#include "episode.h"

#include <QCoreApplication>
#include <QString>

/** One problem the Validator found in an episode, tied to an entry and the line of the file it came from. */
struct Finding
{
    enum class Severity { Error, Warning, Info };
    enum class Kind {
        TimeMismatch, ///< `time` and `sec` disagree (or `time` does not parse)
        MissingTime, ///< `sec` without `time`, or `time` without `sec`
        Backwards, ///< `sec` smaller than the previous timed line's
        RepeatedTime, ///< same `sec` as the previous timed line
        EmptyLine, ///< a line or header with no text
        TrailingSpace, ///< text with white space at either end
        MissingSpeaker, ///< a line without `who` in an episode that has speakers
        UnknownSpeaker, ///< a rarely used speaker while others dominate
        SpeakerVariant, ///< a case or spelling variant of a main speaker
        EmptySection, ///< a header with no line after it
        LongParagraph ///< a very long line
    };

    Severity severity = Severity::Warning;
    Kind kind = Kind::TimeMismatch;
    EntryId entry = 0;
    int fileLine = 0; ///< the entry's sourceLine, 0 when unknown
    QString message; ///< translated, one sentence
    bool fixable = false;
    QString suggestion; ///< for fixable findings: the replacement value (main speaker name, corrected time)

    /** "error", "warning" or "info" (translated). */
    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Error:
            return QCoreApplication::translate("Finding", "error");
        case Severity::Warning:
            return QCoreApplication::translate("Finding", "warning");
        case Severity::Info:
            break;
        }
        return QCoreApplication::translate("Finding", "info");
    }

    /** A stable, untranslated name of the check ("backwards", "time-mismatch" ...) for machine-readable output. */
    static const char *kindId(Kind kind)
    {
        switch (kind) {
        case Kind::TimeMismatch:
            return "time-mismatch";
        case Kind::MissingTime:
            return "missing-time";
        case Kind::Backwards:
            return "backwards";
        case Kind::RepeatedTime:
            return "repeated-time";
        case Kind::EmptyLine:
            return "empty-line";
        case Kind::TrailingSpace:
            return "trailing-space";
        case Kind::MissingSpeaker:
            return "missing-speaker";
        case Kind::UnknownSpeaker:
            return "unknown-speaker";
        case Kind::SpeakerVariant:
            return "speaker-variant";
        case Kind::EmptySection:
            return "empty-section";
        case Kind::LongParagraph:
            break;
        }
        return "long-paragraph";
    }
};
