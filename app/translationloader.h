#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

/**
 * Installs the user-interface translations for a locale: the editor's own catalogue and Qt's qtbase catalogue
 * (standard dialog buttons, file dialogs) from Qt's translations directory. The editor's catalogue is looked for in
 * the installed share/transcript-editor/translations beside the binary (so a packaged catalogue can be updated on
 * its own) and then in the built-in resources (:/i18n, compiled from the translations folder's .ts files). Missing
 * catalogues are not an error: the UI stays English.
 *
 * The language comes from the `ui/language` setting: "" follows the system (LANGUAGE, LC_MESSAGES, LANG), "en",
 * "de" or "es" force one.
 */
class TranslationLoader
{
public:
    /** Loads and installs the catalogues for `locale` on `app`, replacing those an earlier call installed (a change
     * of language at run time); returns true when the editor's own one was found. */
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale::system());
    /** Installs the catalogues for the `ui/language` setting (read with the application's QSettings). */
    static bool installConfigured(QCoreApplication *app);

    /** The locale for a `ui/language` value: the system's for "", else that language. */
    static QLocale localeFor(const QString &language);
    /** The `ui/language` setting, "" when unset. */
    static QString configuredLanguage();
    /** The languages the editor is translated into, besides English: {"de", "es"}. */
    static QStringList availableLanguages();

    /** The resource directory holding the editor's compiled catalogues. */
    static QString resourceDirectory();
    /** Where `cmake --install` puts the catalogues, relative to the binary: ../share/transcript-editor/translations. */
    static QString installedDirectory();
};
