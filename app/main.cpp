#include "commandline.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <memory>

static void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditor"));
    QCoreApplication::setApplicationName(QStringLiteral("transcript-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TE_VERSION));
}

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Commands run without a display: they must work in a website repository's CI.
    if (CommandLine::isCommand(args)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        return CommandLine::run(args);
    }

    QApplication app(argc, argv);
    setApplicationInfo();
    // Before any widget exists, so every tr() sees the chosen language (ui/language, else LANGUAGE/LC_*/LANG).
    TranslationLoader::installConfigured(&app);
    QApplication::setApplicationDisplayName(QObject::tr("Transcript Editor"));
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!args.isEmpty())
        window->openFile(args.first()); // offers that file's recovery copy, if a crash left one
    else
        window->offerRecovery();
    return app.exec();
}
