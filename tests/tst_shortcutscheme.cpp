// ShortcutScheme: defaults, conflicts refused, reset, and storage under shortcuts/<name> in QSettings.
#include "shortcutscheme.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestShortcutScheme : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsAndText();
    void conflictsAreRefused();
    void sameKeyTwiceIsRefused();
    void resetOneAndAll();
    void saveWritesOnlyChanges();
    void loadRoundTripsAndSwaps();
    void loadIgnoresDamagedEntries_data();
    void loadIgnoresDamagedEntries();
    void toolTipNamesTheKeys();

private:
    std::unique_ptr<QSettings> settings();

    QTemporaryDir m_dir;
    ShortcutScheme m_scheme;
};

namespace {
QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}
} // namespace

void TestShortcutScheme::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_scheme = ShortcutScheme();
    m_scheme.addAction(
        QStringLiteral("actionMerge"), QStringLiteral("&Merge with Next Line"), { key(Qt::CTRL | Qt::Key_M) });
    m_scheme.addAction(
        QStringLiteral("actionSplit"), QStringLiteral("S&plit Line at Cursor"), { key(Qt::CTRL | Qt::Key_B) });
    m_scheme.addAction(QStringLiteral("actionPlay"), QStringLiteral("&Play/Pause"),
        { key(Qt::CTRL | Qt::Key_Space), key(Qt::Key_F5) });
    m_scheme.addAction(QStringLiteral("actionAttach"), QStringLiteral("Attach &Audio..."), {});
}

std::unique_ptr<QSettings> TestShortcutScheme::settings()
{
    return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestShortcutScheme::defaultsAndText()
{
    QCOMPARE(m_scheme.names(),
        QStringList({ QStringLiteral("actionMerge"), QStringLiteral("actionSplit"), QStringLiteral("actionPlay"),
            QStringLiteral("actionAttach") }));
    QCOMPARE(m_scheme.text(QStringLiteral("actionMerge")), QStringLiteral("Merge with Next Line"));
    QCOMPARE(m_scheme.text(QStringLiteral("actionAttach")), QStringLiteral("Attach Audio"));
    QCOMPARE(m_scheme.shortcuts(QStringLiteral("actionPlay")),
        QList<QKeySequence>({ key(Qt::CTRL | Qt::Key_Space), key(Qt::Key_F5) }));
    QVERIFY(m_scheme.shortcuts(QStringLiteral("actionAttach")).isEmpty());
    QVERIFY(m_scheme.isDefault(QStringLiteral("actionMerge")));
    QCOMPARE(ShortcutScheme::plainText(QStringLiteral("Save && &Quit")), QStringLiteral("Save & Quit"));
    QCOMPARE(m_scheme.conflict(key(Qt::Key_F5)), QStringLiteral("actionPlay"));
    QVERIFY(m_scheme.conflict(key(Qt::Key_F5), QStringLiteral("actionPlay")).isEmpty());
    QVERIFY(m_scheme.conflict(key(Qt::Key_F9)).isEmpty());
    QVERIFY(m_scheme.conflict(QKeySequence()).isEmpty());
}

void TestShortcutScheme::conflictsAreRefused()
{
    QString other;
    QVERIFY(!m_scheme.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::Key_B) }, &other));
    QCOMPARE(other, QStringLiteral("actionSplit"));
    QCOMPARE(m_scheme.shortcuts(QStringLiteral("actionMerge")), QList<QKeySequence>({ key(Qt::CTRL | Qt::Key_M) }));
    // A conflict on the second key refuses the whole change.
    QVERIFY(
        !m_scheme.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::Key_J), key(Qt::Key_F5) }, &other));
    QCOMPARE(other, QStringLiteral("actionPlay"));
    QCOMPARE(m_scheme.shortcuts(QStringLiteral("actionMerge")), QList<QKeySequence>({ key(Qt::CTRL | Qt::Key_M) }));

    // A free key is taken; the old one becomes free for another action.
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::Key_J) }, &other));
    QVERIFY(!m_scheme.isDefault(QStringLiteral("actionMerge")));
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionSplit"), { key(Qt::CTRL | Qt::Key_M) }));
    QCOMPARE(m_scheme.conflict(key(Qt::CTRL | Qt::Key_M)), QStringLiteral("actionSplit"));
    // No key at all is allowed.
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionPlay"), {}));
    QVERIFY(m_scheme.shortcuts(QStringLiteral("actionPlay")).isEmpty());
    QVERIFY(!m_scheme.setShortcuts(QStringLiteral("noSuchAction"), { key(Qt::Key_F9) }));
}

void TestShortcutScheme::sameKeyTwiceIsRefused()
{
    QString other;
    QVERIFY(!m_scheme.setShortcuts(QStringLiteral("actionPlay"), { key(Qt::Key_F9), key(Qt::Key_F9) }, &other));
    QCOMPARE(other, QStringLiteral("actionPlay"));
    QVERIFY(m_scheme.isDefault(QStringLiteral("actionPlay")));
}

void TestShortcutScheme::resetOneAndAll()
{
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::Key_J) }));
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionPlay"), { key(Qt::Key_F9) }));
    // Another action took Merge's default meanwhile: resetting Merge is refused and names it.
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionAttach"), { key(Qt::CTRL | Qt::Key_M) }));
    QString other;
    QVERIFY(!m_scheme.reset(QStringLiteral("actionMerge"), &other));
    QCOMPARE(other, QStringLiteral("actionAttach"));
    QVERIFY(m_scheme.reset(QStringLiteral("actionPlay")));
    QVERIFY(m_scheme.isDefault(QStringLiteral("actionPlay")));
    m_scheme.resetAll();
    for (const QString &name : m_scheme.names()) {
        QVERIFY(m_scheme.isDefault(name));
        QCOMPARE(m_scheme.shortcuts(name), m_scheme.defaults(name));
    }
}

void TestShortcutScheme::saveWritesOnlyChanges()
{
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::SHIFT | Qt::Key_J) }));
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionPlay"), {}));
    {
        auto stored = settings();
        stored->setValue(ShortcutScheme::settingsKey(QStringLiteral("actionSplit")), QStringLiteral("F12"));
        m_scheme.save(*stored);
    }
    auto stored = settings();
    QCOMPARE(stored->value(QStringLiteral("shortcuts/actionMerge")).toString(), QStringLiteral("Ctrl+Shift+J"));
    QVERIFY(stored->contains(QStringLiteral("shortcuts/actionPlay")));
    QCOMPARE(stored->value(QStringLiteral("shortcuts/actionPlay")).toString(), QString());
    // Back at its default: the stale entry is removed, not left to be read next time.
    QVERIFY(!stored->contains(QStringLiteral("shortcuts/actionSplit")));
    QVERIFY(!stored->contains(QStringLiteral("shortcuts/actionAttach")));
}

void TestShortcutScheme::loadRoundTripsAndSwaps()
{
    ShortcutScheme edited = m_scheme;
    // Swap the keys of Merge and Split (through a free key, as a user would in the dialog).
    QVERIFY(edited.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::Key_F9) }));
    QVERIFY(edited.setShortcuts(QStringLiteral("actionSplit"), { key(Qt::CTRL | Qt::Key_M) }));
    QVERIFY(edited.setShortcuts(QStringLiteral("actionMerge"), { key(Qt::CTRL | Qt::Key_B) }));
    QVERIFY(edited.setShortcuts(QStringLiteral("actionPlay"), { key(Qt::Key_F5) }));
    {
        auto stored = settings();
        edited.save(*stored);
    }
    ShortcutScheme loaded = m_scheme;
    auto stored = settings();
    QCOMPARE(loaded.load(*stored), 3);
    for (const QString &name : m_scheme.names())
        QCOMPARE(loaded.shortcuts(name), edited.shortcuts(name));
}

void TestShortcutScheme::loadIgnoresDamagedEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the keys of `name` after loading, portable text

    QTest::newRow("garbage") << "actionMerge"
                             << "Ctrl+Nonsense+Q"
                             << "Ctrl+M";
    QTest::newRow("taken by an unchanged action") << "actionMerge"
                                                  << "Ctrl+B"
                                                  << "Ctrl+M";
    QTest::newRow("taken by the second key") << "actionAttach"
                                             << "F5"
                                             << "";
    QTest::newRow("unknown action") << "actionGone"
                                    << "Ctrl+M"
                                    << "";
    QTest::newRow("empty = no key") << "actionMerge"
                                    << ""
                                    << "";
    QTest::newRow("two keys") << "actionAttach"
                              << "Ctrl+K; F9"
                              << "Ctrl+K; F9";
}

void TestShortcutScheme::loadIgnoresDamagedEntries()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    {
        auto stored = settings();
        stored->setValue(ShortcutScheme::settingsKey(name), value);
    }
    auto stored = settings();
    m_scheme.load(*stored);
    if (m_scheme.contains(name)) {
        QCOMPARE(QKeySequence::listToString(m_scheme.shortcuts(name), QKeySequence::PortableText), expected);
    } else {
        QVERIFY(!m_scheme.contains(name));
    }
    // Whatever was stored, no key ever belongs to two actions.
    QList<QKeySequence> seen;
    for (const QString &action : m_scheme.names()) {
        for (const QKeySequence &sequence : m_scheme.shortcuts(action)) {
            QVERIFY2(!seen.contains(sequence), qPrintable(sequence.toString()));
            seen << sequence;
        }
    }
}

void TestShortcutScheme::toolTipNamesTheKeys()
{
    QCOMPARE(m_scheme.toolTip(QStringLiteral("actionMerge")),
        QStringLiteral("Merge with Next Line (%1)").arg(key(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
    QCOMPARE(m_scheme.toolTip(QStringLiteral("actionPlay")),
        QStringLiteral("Play/Pause (%1)")
            .arg(QKeySequence::listToString(
                { key(Qt::CTRL | Qt::Key_Space), key(Qt::Key_F5) }, QKeySequence::NativeText)));
    QCOMPARE(m_scheme.toolTip(QStringLiteral("actionAttach")), QStringLiteral("Attach Audio"));
    QVERIFY(m_scheme.setShortcuts(QStringLiteral("actionAttach"), { key(Qt::Key_F9) }));
    QCOMPARE(m_scheme.toolTip(QStringLiteral("actionAttach")), QStringLiteral("Attach Audio (F9)"));
}

QTEST_MAIN(TestShortcutScheme)
#include "tst_shortcutscheme.moc"
