#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const char *const languageKey = "ui/language";
/** The object name of the translators install() made, so the next install() finds and replaces them. */
const char *const translatorName = "transcriptEditorTranslator";

/** Removes and deletes the catalogues an earlier install() put on `app`. */
void removeInstalled(QCoreApplication *app)
{
    const QList<QTranslator *> installed
        = app->findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::installedDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/transcript-editor/translations"));
}

QString TranslationLoader::configuredLanguage()
{
    return QSettings().value(QLatin1String(languageKey)).toString();
}

QLocale TranslationLoader::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    QDirIterator it(resourceDirectory(), { QStringLiteral("transcript-editor_*.qm") });
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).completeBaseName();
        languages << name.mid(name.indexOf(QLatin1Char('_')) + 1);
    }
    languages.sort();
    return languages;
}

bool TranslationLoader::installConfigured(QCoreApplication *app)
{
    return install(app, localeFor(configuredLanguage()));
}

bool TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    // A change of language at run time: the old catalogues go first, else they would still answer for any string the
    // new ones lack (English needs none at all). Each install and removal sends QEvent::LanguageChange to every window.
    removeInstalled(app);
    // Qt's own strings first, so the editor's catalogue (installed last, searched first) wins on any overlap.
    auto *qtTranslator = new QTranslator(app);
    qtTranslator->setObjectName(QLatin1String(translatorName));
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // QTranslator::load(QLocale, ...) tries every UI language of the locale ("de-DE", "de", ...), so de_AT finds _de.
    auto *appTranslator = new QTranslator(app);
    appTranslator->setObjectName(QLatin1String(translatorName));
    for (const QString &directory : { installedDirectory(), resourceDirectory() }) {
        if (appTranslator->load(locale, QStringLiteral("transcript-editor"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(appTranslator);
            return true;
        }
    }
    delete appTranslator;
    return false;
}
