// The interface languages: the `ui/language` setting and the system language (LANGUAGE) choose the catalogues the
// real MainWindow is built with; Qt's own strings follow; every catalogue is complete (tst_translations checks the
// .ts files) and keeps its menus' mnemonics apart.
#include "mainwindow.h"
#include "mnemonicwalker.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cstdio>
#include <memory>

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void availableLanguages();
    void mainWindowInLanguage_data();
    void mainWindowInLanguage();
    void systemLanguage_data();
    void systemLanguage();
    void childReportsLanguage(); // run by systemLanguage() in a child process
    void installedCatalogueFirst();

private:
    static void removeTranslators();
};

namespace {

/** Every mnemonic letter of the actions directly in `menu`, lower-cased; duplicates reported in `clashes`. */
void collectMnemonics(const QString &scope, const QList<QAction *> &actions, QStringList *clashes)
{
    QHash<QChar, QString> seen;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->text();
        const QChar key = MnemonicWalker::mnemonic(text);
        if (!key.isNull() && !key.isDigit()) { // "&1 Alexey": numbered speaker entries
            if (seen.contains(key))
                *clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(scope, seen.value(key), text);
            seen.insert(key, text);
        }
        if (QMenu *sub = a->menu())
            collectMnemonics(scope + QLatin1String(" > ") + text, sub->actions(), clashes);
    }
}

} // namespace

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    QSettings().clear();
}

void TestLanguages::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLanguages::cleanup()
{
    removeTranslators();
    QSettings().clear();
}

void TestLanguages::availableLanguages()
{
    QCOMPARE(TranslationLoader::availableLanguages(), (QStringList { QStringLiteral("de"), QStringLiteral("es") }));
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale::system());
    QCOMPARE(TranslationLoader::localeFor(QStringLiteral("es")).language(), QLocale::Spanish);
    QCOMPARE(TranslationLoader::installedDirectory(),
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral("../share/transcript-editor/translations")));
}

void TestLanguages::mainWindowInLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus"); // the menu bar's titles, in order
    QTest::addColumn<QString>("playerDock");
    QTest::addColumn<QString>("speakersDock");
    QTest::addColumn<QString>("cancel"); // Qt's own string (qtbase catalogue)
    QTest::newRow("en") << "en" << QStringList { "&File", "&Edit", "&View", "&Transcript", "&Playback", "&Help" }
                        << "Player"
                        << "Speakers"
                        << "Cancel";
    QTest::newRow("de") << "de"
                        << QStringList { "&Datei", "&Bearbeiten", "&Ansicht", "&Transkript", "&Wiedergabe", "&Hilfe" }
                        << "Wiedergabe"
                        << "Sprecher"
                        << "Abbrechen";
    QTest::newRow("es") << "es"
                        << QStringList { "&Archivo", "&Editar", "&Ver", "&Transcripción", "&Reproducción", "Ay&uda" }
                        << "Reproductor"
                        << "Hablantes"
                        << "Cancelar";
}

void TestLanguages::mainWindowInLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, playerDock);
    QFETCH(QString, speakersDock);
    QFETCH(QString, cancel);
    // As at startup: the setting (written by the Preferences dialog), then the catalogues, then the window.
    QSettings().setValue(QStringLiteral("ui/language"), language);
    QCOMPARE(TranslationLoader::installConfigured(qApp), language != QLatin1String("en"));
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles, menus);
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("playerDock"))->windowTitle(), playerDock);
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("speakersDock"))->windowTitle(), speakersDock);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);

    // No two entries of one menu (or of the menu bar) share a mnemonic in a translation. (The English source
    // strings' own mnemonics belong to the code that defines them, and are checked there.)
    if (language == QLatin1String("en"))
        return;
    QStringList clashes;
    collectMnemonics(QStringLiteral("menu bar"), window->menuBar()->actions(), &clashes);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestLanguages::systemLanguage_data()
{
    QTest::addColumn<QString>("languageEnv");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected"); // the File menu's title
    QTest::newRow("LANGUAGE=es") << "es"
                                 << ""
                                 << "&Archivo";
    QTest::newRow("LANGUAGE=de_AT:en") << "de_AT:en"
                                       << ""
                                       << "&Datei";
    QTest::newRow("LANGUAGE=fr (no catalogue)") << "fr"
                                                << ""
                                                << "&File";
    QTest::newRow("setting wins over LANGUAGE") << "es"
                                                << "de"
                                                << "&Datei";
    QTest::newRow("English chosen on a Spanish system") << "es"
                                                        << "en"
                                                        << "&File";
}

void TestLanguages::systemLanguage()
{
    // The system locale is read once per process, so each case runs this test executable again with its
    // environment and lets childReportsLanguage() print what the window shows.
    QFETCH(QString, languageEnv);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), languageEnv);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("TE_CHILD_LANGUAGE_SETTING"), setting.isEmpty() ? QStringLiteral("<system>") : setting);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("childReportsLanguage") });
    QVERIFY(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("FILE MENU: [%1]").arg(expected)), qPrintable(out));
}

void TestLanguages::childReportsLanguage()
{
    const QString setting = qEnvironmentVariable("TE_CHILD_LANGUAGE_SETTING");
    if (setting.isEmpty())
        QSKIP("run by systemLanguage() in a child process");
    QSettings().setValue(QStringLiteral("ui/language"), setting == QLatin1String("<system>") ? QString() : setting);
    TranslationLoader::installConfigured(qApp);
    MainWindow window;
    const QString title = window.menuBar()->actions().value(0)->text();
    // qInfo would be prefixed by the test log; print plainly for the parent.
    fprintf(stdout, "FILE MENU: [%s]\n", qPrintable(title));
    fflush(stdout);
}

void TestLanguages::installedCatalogueFirst()
{
    // The installed directory is searched before the built-in resources: a German catalogue installed as the
    // Spanish one there wins (this is how an updated catalogue beside the binary takes effect).
    const QString dir = TranslationLoader::installedDirectory();
    QVERIFY(QDir().mkpath(dir));
    const QString fake = QDir(dir).filePath(QStringLiteral("transcript-editor_es.qm"));
    QFile::remove(fake);
    QVERIFY(QFile::copy(TranslationLoader::resourceDirectory() + QStringLiteral("/transcript-editor_de.qm"), fake));
    const bool found = TranslationLoader::install(qApp, QLocale(QLocale::Spanish));
    const QString text = QCoreApplication::translate("MainWindow", "&File");
    removeTranslators();
    QFile::remove(fake);
    QDir().rmpath(dir);
    QVERIFY(found);
    QCOMPARE(text, QStringLiteral("&Datei"));
    // Without it, the built-in Spanish catalogue.
    QVERIFY(TranslationLoader::install(qApp, QLocale(QLocale::Spanish)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
