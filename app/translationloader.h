#pragma once

#include <QLocale>

class QCoreApplication;

/**
 * Installs the user-interface translations for a locale: the editor's own catalogue (embedded from
 * translations/transcript-editor_<lang>.ts as :/i18n/transcript-editor_<lang>.qm) and Qt's qtbase catalogue (standard
 * dialog buttons, file dialogs) from Qt's translations directory. Missing catalogues are not an error: the UI stays
 * English.
 */
class TranslationLoader
{
public:
    /** Loads and installs the catalogues for `locale` on `app`; returns true when the editor's own one was found. */
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale::system());

    /** The resource directory holding the editor's compiled catalogues. */
    static QString resourceDirectory();
};
