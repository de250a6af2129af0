#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

bool TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings first, so the editor's catalogue (installed last, searched first) wins on any overlap.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    // QTranslator::load(QLocale, ...) tries every UI language of the locale ("de-DE", "de", ...), so de_AT finds _de.
    auto *appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, QStringLiteral("transcript-editor"), QStringLiteral("_"), resourceDirectory())) {
        delete appTranslator;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    return true;
}
