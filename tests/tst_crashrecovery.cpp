// The crash-recovery test: a child editor process (this executable started again with --child-editor, running a
// real MainWindow) opens an episode, makes edits through its document, waits until the autosave has written the copy,
// reports it and is killed with SIGKILL. A new MainWindow opening the same file offers the copy and restores the
// edits exactly; saving then gives the bytes a normal save of those edits gives.
#include "autosaver.h"
#include "autosavescheduler.h"
#include "document.h"
#include "episodefile.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "recoverystore.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <cstdio>

namespace {

const char *const ChildFlag = "--child-editor";
const QString TypedText = QStringLiteral("Typed in the child, kept by the autosave.");

void setIdentity()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_crashrecovery"));
}

/** The edits, made through the window's document as its views would make them. */
void makeEdits(MainWindow &window)
{
    window.document()->model()->setText(1, TypedText);
    window.document()->model()->setSpeaker({ 5 }, QStringLiteral("Alexey"));
}

/** The child: a real editor that is killed after its autosave. */
int runChild(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    setIdentity();
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    if (!window.openFile(path))
        return 2;
    window.autosaver()->scheduler()->setIdleMs(100);
    QObject::connect(window.autosaver(), &Autosaver::copyWritten, [&window] {
        // Report what the copy holds, then wait to be killed (a crash: no destructor, no clean close).
        std::printf("autosaved %d\n", window.document()->model()->rowCount());
        std::fflush(stdout);
    });
    makeEdits(window);
    return app.exec();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setIdentity();
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
    }

    void killedEditorsEditsAreRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("semiconductors-to-ml.md"));
        QVERIFY(QFile::copy(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = TestSupport::readAll(path);

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(ChildFlag), path });
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("autosaved") && child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("autosaved"), out.constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(TestSupport::readAll(path), original); // the user's file was never touched
        QVERIFY(RecoveryStore().exists(RecoveryStore::idForPath(path)));

        // What a normal save of the same edits gives (made the same way in this process, then saved elsewhere).
        QByteArray expected;
        Document doc;
        FileError error;
        QVERIFY(doc.load(path, &error));
        QVERIFY(doc.model()->setText(1, TypedText));
        QVERIFY(doc.model()->setSpeaker({ 5 }, QStringLiteral("Alexey")));
        const QString normal = dir.filePath(QStringLiteral("normal.md"));
        QVERIFY(doc.saveAs(normal, &error));
        expected = TestSupport::readAll(normal);

        // A new editor opening the file offers the copy; Restore brings the edits back.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool offered = false;
        auto *timer = new QTimer(&window);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [&] {
            if (auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                offered = true;
                QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            }
        });
        timer->start();
        QVERIFY(window.openFile(path));
        QVERIFY(offered);
        Document *restored = window.document();
        QVERIFY(restored->isModified());
        QCOMPARE(restored->model()->entry(1).text, TypedText);
        QCOMPARE(restored->model()->entry(5).speaker, QStringLiteral("Alexey"));
        QCOMPARE(EpisodeFile::serialize(restored->episode()), expected);
        QVERIFY(window.save());
        QCOMPARE(TestSupport::readAll(path), expected);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], ChildFlag) == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
