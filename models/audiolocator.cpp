#include "audiolocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <memory>

namespace {

// All remembered files live in one map value: QSettings treats '/' in keys as group separators, so absolute paths
// cannot be keys themselves without mangling them.
const char *const RememberedKey = "audio/rememberedFiles";

QString episodeKey(const QString &episodePath)
{
    return QFileInfo(episodePath).absoluteFilePath();
}

/** The best audio file in `dir` for `base`: exact "<base>.<ext>" first, then "<base>.<tag>.<ext>". */
QString findInDir(const QDir &dir, const QString &base)
{
    if (!dir.exists() || base.isEmpty())
        return QString();
    const QStringList exts = AudioLocator::extensions();
    // Case-insensitive listing (QDir filters ignore case unless QDir::CaseSensitive is given).
    const QFileInfoList candidates
        = dir.entryInfoList({ base + QStringLiteral(".*") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &ext : exts) {
        for (const QFileInfo &info : candidates) {
            if (info.suffix().compare(ext, Qt::CaseInsensitive) == 0
                && info.completeBaseName().compare(base, Qt::CaseInsensitive) == 0)
                return info.absoluteFilePath();
        }
    }
    for (const QString &ext : exts) {
        for (const QFileInfo &info : candidates) {
            if (info.suffix().compare(ext, Qt::CaseInsensitive) == 0)
                return info.absoluteFilePath();
        }
    }
    return QString();
}

} // namespace

AudioLocator::AudioLocator(QSettings *settings) : m_settings(settings)
{
}

QStringList AudioLocator::extensions()
{
    return { QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("ogg"), QStringLiteral("opus"),
        QStringLiteral("wav"), QStringLiteral("flac") };
}

QString AudioLocator::fileDialogFilter()
{
    QStringList patterns;
    for (const QString &ext : extensions())
        patterns << QStringLiteral("*.") + ext;
    return QCoreApplication::translate("AudioLocator", "Audio files (%1)").arg(patterns.join(QLatin1Char(' ')))
        + QStringLiteral(";;") + QCoreApplication::translate("AudioLocator", "All files (*)");
}

QString AudioLocator::findNear(const QString &episodePath, Source *source)
{
    if (source)
        *source = Source::None;
    if (episodePath.isEmpty())
        return QString();
    const QFileInfo episode(episodePath);
    const QString base = episode.completeBaseName();
    const QDir dir = episode.absoluteDir();
    QString found = findInDir(dir, base);
    if (!found.isEmpty()) {
        if (source)
            *source = Source::Beside;
        return found;
    }
    found = findInDir(QDir(dir.filePath(QStringLiteral("audio"))), base);
    if (!found.isEmpty() && source)
        *source = Source::AudioFolder;
    return found;
}

QString AudioLocator::locate(const QString &episodePath, Source *source) const
{
    QString found = findNear(episodePath, source);
    if (!found.isEmpty())
        return found;
    const QString stored = remembered(episodePath);
    if (!stored.isEmpty() && QFileInfo(stored).isFile()) {
        if (source)
            *source = Source::Remembered;
        return stored;
    }
    return QString();
}

QString AudioLocator::remembered(const QString &episodePath) const
{
    if (episodePath.isEmpty())
        return QString();
    std::unique_ptr<QSettings> own;
    QSettings *settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    return settings->value(QLatin1String(RememberedKey)).toMap().value(episodeKey(episodePath)).toString();
}

void AudioLocator::remember(const QString &episodePath, const QString &audioPath)
{
    if (episodePath.isEmpty())
        return;
    std::unique_ptr<QSettings> own;
    QSettings *settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    QVariantMap map = settings->value(QLatin1String(RememberedKey)).toMap();
    if (audioPath.isEmpty())
        map.remove(episodeKey(episodePath));
    else
        map.insert(episodeKey(episodePath), QFileInfo(audioPath).absoluteFilePath());
    settings->setValue(QLatin1String(RememberedKey), map);
}
