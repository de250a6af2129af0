#include "savefiletemporaries.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

bool SaveFileTemporaries::matches(const QString &fileName, const QString &candidate)
{
    // QTemporaryFileName: the template is the file name plus ".XXXXXX"; each X becomes one of [A-Za-z0-9].
    if (fileName.isEmpty() || candidate.size() != fileName.size() + 7 || !candidate.startsWith(fileName)
        || candidate.at(fileName.size()) != QLatin1Char('.'))
        return false;
    bool lower = false, upper = false, digit = false;
    for (qsizetype i = fileName.size() + 1; i < candidate.size(); ++i) {
        const char16_t c = candidate.at(i).unicode();
        lower |= c >= u'a' && c <= u'z';
        upper |= c >= u'A' && c <= u'Z';
        digit |= c >= u'0' && c <= u'9';
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    // Six random characters nearly always mix classes; a suffix of one class reads like a word ("backup", "ORIGIN",
    // "202611") and may be the user's own file: never touched (the ~1% of temporaries that look so are left).
    return int(lower) + int(upper) + int(digit) >= 2;
}

QStringList SaveFileTemporaries::find(const QString &path, qint64 minAgeMs)
{
    const QFileInfo target(path);
    const QString fileName = target.fileName();
    const QDir dir = target.absoluteDir();
    // The pattern with literal dots would also be matched by QDir's wildcard '?', so filter again exactly.
    const QFileInfoList candidates = dir.entryInfoList(
        { fileName + QStringLiteral(".??????") }, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList stale;
    for (const QFileInfo &info : candidates) {
        if (!matches(fileName, info.fileName()) || info.isSymLink() || !info.isFile())
            continue;
        if (info.ownerId() != uint(::getuid()))
            continue;
        if (info.lastModified().toUTC().msecsTo(now) < minAgeMs)
            continue;
        stale << info.absoluteFilePath();
    }
    return stale;
}

int SaveFileTemporaries::removeStale(const QString &path, qint64 minAgeMs)
{
    int removed = 0;
    for (const QString &file : find(path, minAgeMs))
        removed += QFile::remove(file) ? 1 : 0;
    return removed;
}
