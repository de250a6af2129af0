#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtTest>

/**
 * Where tests find data: tests/data inside the project (always there), and the shared oracle (corpus, fixtures,
 * audio) beside the project. The shared directory is optional on a user's machine; under CI (environment variable
 * CI set) its absence is an error, so the corpus tests can never be skipped silently where they must run.
 */
namespace TestSupport {

inline QString dataDir()
{
    return QStringLiteral(TE_TESTS_DATA_DIR);
}
inline QString dataFile(const QString &name)
{
    return dataDir() + QLatin1Char('/') + name;
}

/** The whole content of a file, or an empty array when it cannot be read. */
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString sharedDir()
{
    const QByteArray env = qgetenv("TE_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(TE_SHARED_DIR) : QString::fromLocal8Bit(env);
}

/** The corpus directory: $TE_CORPUS_DIR, else <shared>/corpus. Empty when it does not exist. */
inline QString corpusDir()
{
    const QByteArray env = qgetenv("TE_CORPUS_DIR");
    const QString dir = env.isEmpty() ? sharedDir() + QStringLiteral("/corpus") : QString::fromLocal8Bit(env);
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

inline bool underCi()
{
    return !qEnvironmentVariableIsEmpty("CI");
}

/** Every episode file of the corpus plus the shared fixtures, sorted; empty when the corpus is absent. */
inline QStringList corpusFiles()
{
    QStringList files;
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        return files;
    for (const QString &name :
        QDir(corpus).entryList({ QStringLiteral("*.md"), QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
        files << corpus + QLatin1Char('/') + name;
    const QString fixtures = sharedDir() + QStringLiteral("/fixtures/episodes");
    for (const QString &name : QDir(fixtures).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name))
        files << fixtures + QLatin1Char('/') + name;
    return files;
}

} // namespace TestSupport

/** Skips the current test when the corpus is absent, or fails it under CI. Use in a _data() function too. */
#define TE_REQUIRE_CORPUS()                                                                                            \
    do {                                                                                                               \
        if (TestSupport::corpusDir().isEmpty()) {                                                                      \
            if (TestSupport::underCi())                                                                                \
                QFAIL("CI is set but the corpus is missing: set TE_CORPUS_DIR or TE_SHARED_DIR");                      \
            QSKIP("corpus not found (set TE_CORPUS_DIR); corpus-wide test skipped");                                   \
        }                                                                                                              \
    } while (false)
