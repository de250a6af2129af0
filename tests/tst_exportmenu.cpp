// Transcript > Export in the real MainWindow: SRT and WebVTT export readable cues by default, and the
// "One Cue per Paragraph" entries write the paragraph-per-cue form, each exactly as TranscriptExport makes it.
#include "document.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "transcriptexport.h"
#include "transcripttools.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestExportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportFromMenu_data();
    void exportFromMenu();
};

void TestExportMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportmenu"));
    QSettings().clear();
}

void TestExportMenu::exportFromMenu_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cues");
    const int srt = int(TranscriptExport::Format::Srt), vtt = int(TranscriptExport::Format::Vtt);
    QTest::newRow("srt") << QStringLiteral("export%1Action").arg(srt) << srt << int(TranscriptExport::Cues::Readable);
    QTest::newRow("vtt") << QStringLiteral("export%1Action").arg(vtt) << vtt << int(TranscriptExport::Cues::Readable);
    QTest::newRow("srt paragraph") << QStringLiteral("export%1ParagraphAction").arg(srt) << srt
                                   << int(TranscriptExport::Cues::Paragraph);
    QTest::newRow("vtt paragraph") << QStringLiteral("export%1ParagraphAction").arg(vtt) << vtt
                                   << int(TranscriptExport::Cues::Paragraph);
}

void TestExportMenu::exportFromMenu()
{
    QFETCH(QString, actionName);
    QFETCH(int, format);
    QFETCH(int, cues);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"))));
    auto *tools = window.findChild<TranscriptTools *>();
    QVERIFY(tools);

    // The entry sits in Transcript > Export.
    auto *exportMenu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    QAction *action = nullptr;
    for (QAction *a : exportMenu->actions()) {
        if (a->objectName() == actionName)
            action = a;
    }
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(action->isEnabled());

    QTemporaryDir dir;
    const QString path
        = dir.filePath(QStringLiteral("episode.") + (format == int(TranscriptExport::Format::Srt) ? "srt" : "vtt"));
    tools->setNextFilePath(path);
    action->trigger();

    const QByteArray written = TestSupport::readAll(path);
    const Episode &episode = window.document()->episode();
    QCOMPARE(
        written, TranscriptExport::exportAs(episode, TranscriptExport::Format(format), TranscriptExport::Cues(cues)));
    const auto other = TranscriptExport::Cues(cues) == TranscriptExport::Cues::Readable
        ? TranscriptExport::Cues::Paragraph
        : TranscriptExport::Cues::Readable;
    QVERIFY(written != TranscriptExport::exportAs(episode, TranscriptExport::Format(format), other));
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
