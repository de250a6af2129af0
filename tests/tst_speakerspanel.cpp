// SpeakersPanel: shows the speakers, renames (or merges into an existing name), merges, selects a speaker's lines.
#include "document.h"
#include "episodefile.h"
#include "speakermodel.h"
#include "speakerspanel.h"
#include "testsupport.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

namespace {
/** Answers the next message box with `button` once it is shown. */
void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, button, seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *seen = true;
            timer->deleteLater();
            timer->stop();
            box->button(button)->click();
        } else if (++*ticks > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}
} // namespace

class TestSpeakersPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsSpeakers();
    void selectLinesOfSpeaker();
    void renameAndUndo();
    void renameToExistingAsksToMerge();
    void mergeInto();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<SpeakersPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSpeakersPanel::init()
{
    m_document = std::make_unique<Document>();
    FileError error;
    QVERIFY(m_document->load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_document->speakers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_selection = std::make_unique<QItemSelectionModel>(m_document->model());
    m_panel = std::make_unique<SpeakersPanel>();
    m_panel->setModels(m_document->model(), m_document->speakers(), m_selection.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSpeakersPanel::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_tester.reset();
    m_document.reset();
}

void TestSpeakersPanel::listsSpeakers()
{
    QListView *list = m_panel->listView();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Alexey"));
    QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Dashel"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, 0)).center());
    QCOMPARE(m_panel->currentSpeaker(), QStringLiteral("Dashel"));
}

void TestSpeakersPanel::selectLinesOfSpeaker()
{
    TranscriptModel *model = m_document->model();
    m_panel->setCurrentSpeaker(QStringLiteral("Dashel"));
    QSignalSpy selected(m_panel.get(), &SpeakersPanel::linesSelected);
    const int count = m_panel->selectLinesOfCurrent();
    QCOMPARE(count, m_document->speakers()->lineCount(QStringLiteral("Dashel")));
    QCOMPARE(selected.count(), 1);
    int selectedRows = 0;
    int firstRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool dashel = model->entry(row).speaker == QStringLiteral("Dashel");
        QCOMPARE(m_selection->isRowSelected(row), dashel);
        selectedRows += dashel;
        if (dashel && firstRow < 0)
            firstRow = row;
    }
    QCOMPARE(selectedRows, count);
    QCOMPARE(selected.first().first().toInt(), firstRow);
    QCOMPARE(m_selection->currentIndex().row(), firstRow);
}

void TestSpeakersPanel::renameAndUndo()
{
    SpeakerModel *speakers = m_document->speakers();
    const int lines = speakers->lineCount(QStringLiteral("Alexey"));
    QVERIFY(m_panel->rename(QStringLiteral("Alexey"), QStringLiteral("Alexey G.")));
    QCOMPARE(speakers->lineCount(QStringLiteral("Alexey G.")), lines);
    QCOMPARE(speakers->numberOf(QStringLiteral("Alexey G.")), 1);
    QCOMPARE(m_panel->currentSpeaker(), QStringLiteral("Alexey G."));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(speakers->lineCount(QStringLiteral("Alexey")), lines);
    QCOMPARE(speakers->rowOf(QStringLiteral("Alexey G.")), -1);
}

void TestSpeakersPanel::renameToExistingAsksToMerge()
{
    SpeakerModel *speakers = m_document->speakers();
    const int total = speakers->lineCount(QStringLiteral("Alexey")) + speakers->lineCount(QStringLiteral("Dashel"));
    bool seen = false;
    answerNextMessageBox(QMessageBox::No, &seen);
    QVERIFY(!m_panel->rename(QStringLiteral("Dashel"), QStringLiteral("Alexey")));
    QVERIFY(seen);
    QCOMPARE(speakers->rowCount(), 2);
    QCOMPARE(m_document->undoStack()->count(), 0);

    seen = false;
    answerNextMessageBox(QMessageBox::Yes, &seen);
    QVERIFY(m_panel->rename(QStringLiteral("Dashel"), QStringLiteral("Alexey")));
    QVERIFY(seen);
    QCOMPARE(speakers->rowCount(), 1);
    QCOMPARE(speakers->lineCount(QStringLiteral("Alexey")), total);
}

void TestSpeakersPanel::mergeInto()
{
    SpeakerModel *speakers = m_document->speakers();
    QVERIFY(m_panel->mergeInto(QStringLiteral("Alexey"), QStringLiteral("Dashel")));
    QCOMPARE(speakers->rowCount(), 1);
    QCOMPARE(m_panel->currentSpeaker(), QStringLiteral("Dashel"));
    m_document->undoStack()->undo();
    QCOMPARE(speakers->rowCount(), 2);
    QCOMPARE(speakers->speakerForNumber(1), QStringLiteral("Alexey"));
}

void TestSpeakersPanel::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_speakerspanel"));
    QSettings().clear();
}

QTEST_MAIN(TestSpeakersPanel)
#include "tst_speakerspanel.moc"
