// Preferences: defaults, storage under the shared settings keys, and damaged values brought into range.
#include "preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsFromEmptySettings();
    void saveAndLoadRoundTrip();
    void sharedKeys();
    void interfaceLocale();
    void damagedValuesAreClamped_data();
    void damagedValuesAreClamped();

private:
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    QTemporaryDir m_dir;
};

void TestPreferences::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestPreferences::defaultsFromEmptySettings()
{
    const Preferences loaded = Preferences::load(*settings());
    QCOMPARE(loaded.skipSeconds, 5);
    QCOMPARE(loaded.rewindOnPauseMs, 1000);
    QCOMPARE(loaded.rateStep, 0.1);
    QCOMPARE(loaded.followPlayback, true);
    QCOMPARE(loaded.autosaveIntervalSeconds, 30);
    QCOMPARE(loaded.tableFontPointSize, 0);
    QCOMPARE(loaded.language, QString());
    QVERIFY(loaded == Preferences());
}

void TestPreferences::saveAndLoadRoundTrip()
{
    Preferences edited;
    edited.skipSeconds = 10;
    edited.rewindOnPauseMs = 2500;
    edited.rateStep = 0.25;
    edited.followPlayback = false;
    edited.autosaveIntervalSeconds = 120;
    edited.tableFontPointSize = 14;
    edited.language = QStringLiteral("es");
    {
        auto stored = settings();
        edited.save(*stored);
    }
    const Preferences loaded = Preferences::load(*settings());
    QVERIFY(loaded == edited);
    QVERIFY(loaded != Preferences());
}

void TestPreferences::sharedKeys()
{
    // Other parts of the editor (autosave, the translation loader, the audio part) read these very keys.
    Preferences edited;
    edited.autosaveIntervalSeconds = 45;
    edited.language = QStringLiteral("de");
    edited.skipSeconds = 7;
    edited.rateStep = 0.05;
    edited.tableFontPointSize = 12;
    {
        auto stored = settings();
        edited.save(*stored);
    }
    auto stored = settings();
    QCOMPARE(stored->value(QStringLiteral("autosave/intervalSeconds")).toInt(), 45);
    QCOMPARE(stored->value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(stored->value(QStringLiteral("audio/skipSeconds")).toInt(), 7);
    QCOMPARE(stored->value(QStringLiteral("audio/rateStep")).toDouble(), 0.05);
    QCOMPARE(stored->value(QStringLiteral("audio/rewindOnPauseMs")).toInt(), 1000);
    QCOMPARE(stored->value(QStringLiteral("audio/follow")).toBool(), true);
    QCOMPARE(stored->value(QStringLiteral("view/tableFontPointSize")).toInt(), 12);
}

void TestPreferences::interfaceLocale()
{
    Preferences preferences;
    QCOMPARE(preferences.interfaceLocale(), QLocale::system());
    preferences.language = QStringLiteral("es");
    QCOMPARE(preferences.interfaceLocale().language(), QLocale::Spanish);
    preferences.language = QStringLiteral("de");
    QCOMPARE(preferences.interfaceLocale().language(), QLocale::German);
    preferences.language = QStringLiteral("en");
    QCOMPARE(preferences.interfaceLocale().language(), QLocale::English);
}

void TestPreferences::damagedValuesAreClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("skip too long") << "audio/skipSeconds" << QVariant(3600) << QVariant(60);
    QTest::newRow("skip zero") << "audio/skipSeconds" << QVariant(0) << QVariant(1);
    QTest::newRow("skip not a number") << "audio/skipSeconds" << QVariant(QStringLiteral("abc")) << QVariant(5);
    QTest::newRow("rewind negative") << "audio/rewindOnPauseMs" << QVariant(-500) << QVariant(0);
    QTest::newRow("rate step huge") << "audio/rateStep" << QVariant(3.0) << QVariant(0.5);
    QTest::newRow("rate step noise") << "audio/rateStep" << QVariant(0.1500000001) << QVariant(0.15);
    QTest::newRow("rate step nan") << "audio/rateStep" << QVariant(QStringLiteral("nan")) << QVariant(0.1);
    QTest::newRow("autosave too often") << "autosave/intervalSeconds" << QVariant(1) << QVariant(5);
    QTest::newRow("autosave too rare") << "autosave/intervalSeconds" << QVariant(100000) << QVariant(600);
    QTest::newRow("font tiny") << "view/tableFontPointSize" << QVariant(2) << QVariant(6);
    QTest::newRow("font negative = system") << "view/tableFontPointSize" << QVariant(-3) << QVariant(0);
    QTest::newRow("unknown language") << "ui/language" << QVariant(QStringLiteral("klingon")) << QVariant(QString());
}

void TestPreferences::damagedValuesAreClamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QVariant, expected);
    {
        auto damaged = settings();
        damaged->setValue(key, stored);
    }
    const Preferences loaded = Preferences::load(*settings());
    QVariant actual;
    if (key == QLatin1String("audio/skipSeconds"))
        actual = loaded.skipSeconds;
    else if (key == QLatin1String("audio/rewindOnPauseMs"))
        actual = loaded.rewindOnPauseMs;
    else if (key == QLatin1String("audio/rateStep"))
        actual = loaded.rateStep;
    else if (key == QLatin1String("autosave/intervalSeconds"))
        actual = loaded.autosaveIntervalSeconds;
    else if (key == QLatin1String("view/tableFontPointSize"))
        actual = loaded.tableFontPointSize;
    else if (key == QLatin1String("ui/language"))
        actual = loaded.language;
    QVERIFY(actual.isValid());
    if (expected.typeId() == QMetaType::Double)
        QCOMPARE(actual.toDouble(), expected.toDouble());
    else
        QCOMPARE(actual, expected);
    QVERIFY(loaded.clamped() == loaded);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
