#pragma once

#include <QString>
#include <QStringList>

/**
 * Stale temporaries of QSaveFile beside a file. QSaveFile writes `name.md` through a temporary that, on Linux, is
 * unnamed until commit, then linked as `name.md.XXXXXX` (six letters or digits) and renamed over `name.md`. A
 * process killed between the link and the rename leaves that temporary behind (about 1 in 800 kills, measured).
 *
 * Only names of exactly that pattern for exactly that file are touched, whose six characters mix letter cases or
 * letters and digits (so `name.md.backup` is never taken for one), only regular files owned by this user, and only
 * when older than `minAgeMs` (so another process's save in progress is never disturbed).
 */
class SaveFileTemporaries
{
public:
    static constexpr qint64 DefaultMinAgeMs = 60 * 1000;

    /** Whether `candidate` (a file name, no directory) is a QSaveFile temporary name for `fileName`. */
    static bool matches(const QString &fileName, const QString &candidate);
    /** The stale temporaries of `path` (absolute paths). */
    static QStringList find(const QString &path, qint64 minAgeMs = DefaultMinAgeMs);
    /** Removes them; returns how many were removed. */
    static int removeStale(const QString &path, qint64 minAgeMs = DefaultMinAgeMs);
};
