#pragma once

#include <QString>
#include <QStringList>

class QSettings;

/**
 * Finds the audio recording of an episode file.
 *
 * Search order: a file with the episode's base name beside the episode ("ep.md" -> "ep.mp3"), then the same in an
 * `audio/` folder next to it, then a file named "<base>.<anything>.<ext>" in those places (for example
 * "ep.first3min.mp3"), and finally the file the user attached earlier, remembered in QSettings under the episode's
 * absolute path. Nothing is ever written into the episode file itself. Extensions are tried in the order of
 * extensions(); matching is case-insensitive.
 *
 * Pure logic over the file system and QSettings: no multimedia, usable from tests and the command line.
 */
class AudioLocator
{
public:
    /** Where a located file came from. */
    enum class Source { None, Beside, AudioFolder, Remembered };

    /** Uses `settings` (not owned) for remembered files, or the application's default QSettings when null. */
    explicit AudioLocator(QSettings *settings = nullptr);

    /** Audio file name extensions we look for, in order of preference (lower case, no dot). */
    static QStringList extensions();
    /** A QFileDialog name filter for audio files ("Audio files (*.mp3 ...);;All files (*)"). */
    static QString fileDialogFilter();

    /**
     * The audio file for the episode at `episodePath`, or an empty string. `source`, when given, says where it was
     * found. A remembered file that no longer exists is not returned (see remembered()).
     */
    QString locate(const QString &episodePath, Source *source = nullptr) const;

    /** Only the file-system search (beside the episode, then `audio/`), without remembered files. */
    static QString findNear(const QString &episodePath, Source *source = nullptr);

    /** The audio file remembered for this episode (it may no longer exist), or an empty string. */
    QString remembered(const QString &episodePath) const;
    /** Remembers `audioPath` (made absolute) for the episode; an empty path forgets it. */
    void remember(const QString &episodePath, const QString &audioPath);
    /** Forgets the remembered file of the episode. */
    void forget(const QString &episodePath) { remember(episodePath, QString()); }

private:
    QSettings *m_settings;
};
