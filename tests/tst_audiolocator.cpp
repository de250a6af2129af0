// Tests for AudioLocator: finding an episode's audio beside it, in an audio/ folder, or remembered in settings.
#include "audiolocator.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class TestAudioLocator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsFile_data();
    void findsFile();
    void nothingFound();
    void remembered();
    void rememberedButMissing();
    void besideWinsOverRemembered();
    void dialogFilterListsExtensions();

private:
    void touch(const QString &relative);
    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAudioLocator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestAudioLocator::touch(const QString &relative)
{
    const QString full = path(relative);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void TestAudioLocator::findsFile_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("source");

    const int beside = int(AudioLocator::Source::Beside);
    const int folder = int(AudioLocator::Source::AudioFolder);
    QTest::newRow("mp3 beside") << QStringList { "ep.mp3" } << "ep.mp3" << beside;
    QTest::newRow("wav beside") << QStringList { "ep.wav" } << "ep.wav" << beside;
    QTest::newRow("flac beside") << QStringList { "ep.flac" } << "ep.flac" << beside;
    QTest::newRow("upper-case extension") << QStringList { "ep.MP3" } << "ep.MP3" << beside;
    QTest::newRow("preference mp3 over ogg") << QStringList { "ep.ogg", "ep.mp3" } << "ep.mp3" << beside;
    QTest::newRow("preference m4a over opus") << QStringList { "ep.opus", "ep.m4a" } << "ep.m4a" << beside;
    QTest::newRow("audio folder") << QStringList { "audio/ep.ogg" } << "audio/ep.ogg" << folder;
    QTest::newRow("beside wins over folder") << QStringList { "audio/ep.mp3", "ep.opus" } << "ep.opus" << beside;
    QTest::newRow("tagged name") << QStringList { "ep.first3min.mp3" } << "ep.first3min.mp3" << beside;
    QTest::newRow("exact wins over tagged") << QStringList { "ep.first3min.mp3", "ep.wav" } << "ep.wav" << beside;
    QTest::newRow("other episode ignored") << QStringList { "other.mp3", "audio/ep.m4a" } << "audio/ep.m4a" << folder;
    QTest::newRow("not audio ignored") << QStringList { "ep.txt", "ep.yaml", "audio/ep.flac" } << "audio/ep.flac"
                                       << folder;
}

void TestAudioLocator::findsFile()
{
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    QFETCH(int, source);

    touch(QStringLiteral("ep.md"));
    for (const QString &file : files)
        touch(file);
    AudioLocator locator(m_settings.get());
    AudioLocator::Source found = AudioLocator::Source::None;
    QCOMPARE(locator.locate(path(QStringLiteral("ep.md")), &found), QFileInfo(path(expected)).absoluteFilePath());
    QCOMPARE(int(found), source);
    QCOMPARE(AudioLocator::findNear(path(QStringLiteral("ep.md"))), QFileInfo(path(expected)).absoluteFilePath());
}

void TestAudioLocator::nothingFound()
{
    touch(QStringLiteral("ep.md"));
    touch(QStringLiteral("epi.mp3")); // a longer name is another episode
    touch(QStringLiteral("audio/x.mp3"));
    AudioLocator locator(m_settings.get());
    AudioLocator::Source found = AudioLocator::Source::Beside;
    QCOMPARE(locator.locate(path(QStringLiteral("ep.md")), &found), QString());
    QCOMPARE(found, AudioLocator::Source::None);
    QCOMPARE(locator.locate(QString()), QString());
}

void TestAudioLocator::remembered()
{
    touch(QStringLiteral("episodes/ep.md"));
    touch(QStringLiteral("recordings/final master.ogg"));
    const QString episode = path(QStringLiteral("episodes/ep.md"));
    const QString audio = path(QStringLiteral("recordings/final master.ogg"));
    {
        AudioLocator locator(m_settings.get());
        QCOMPARE(locator.locate(episode), QString());
        locator.remember(episode, audio);
    }
    m_settings->sync();
    // A fresh settings object reads what was stored: it survives a restart.
    QSettings reread(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AudioLocator locator(&reread);
    AudioLocator::Source found = AudioLocator::Source::None;
    QCOMPARE(locator.locate(episode, &found), audio);
    QCOMPARE(found, AudioLocator::Source::Remembered);
    // Keyed by the absolute path: a relative spelling of the same file finds it too.
    QDir::setCurrent(m_dir->path());
    QCOMPARE(locator.locate(QStringLiteral("episodes/ep.md")), audio);
    // Other episodes are unaffected; forgetting removes it.
    QCOMPARE(locator.remembered(path(QStringLiteral("episodes/other.md"))), QString());
    locator.forget(episode);
    QCOMPARE(locator.locate(episode), QString());
    // The episode file itself is never touched.
    QFile file(episode);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("x"));
}

void TestAudioLocator::rememberedButMissing()
{
    touch(QStringLiteral("ep.md"));
    AudioLocator locator(m_settings.get());
    locator.remember(path(QStringLiteral("ep.md")), path(QStringLiteral("gone.mp3")));
    QCOMPARE(locator.locate(path(QStringLiteral("ep.md"))), QString());
    QCOMPARE(locator.remembered(path(QStringLiteral("ep.md"))), path(QStringLiteral("gone.mp3")));
}

void TestAudioLocator::besideWinsOverRemembered()
{
    touch(QStringLiteral("ep.md"));
    touch(QStringLiteral("ep.mp3"));
    touch(QStringLiteral("elsewhere.wav"));
    AudioLocator locator(m_settings.get());
    locator.remember(path(QStringLiteral("ep.md")), path(QStringLiteral("elsewhere.wav")));
    QCOMPARE(locator.locate(path(QStringLiteral("ep.md"))), path(QStringLiteral("ep.mp3")));
}

void TestAudioLocator::dialogFilterListsExtensions()
{
    const QString filter = AudioLocator::fileDialogFilter();
    for (const QString &ext : AudioLocator::extensions())
        QVERIFY2(filter.contains(QStringLiteral("*.") + ext), qPrintable(filter));
    QCOMPARE(AudioLocator::extensions().size(), 6);
}

QTEST_GUILESS_MAIN(TestAudioLocator)
#include "tst_audiolocator.moc"
