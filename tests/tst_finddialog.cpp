// FindDialog: find next/previous select the matching row, replace changes one match, replace all is one undo step.
#include "document.h"
#include "episodefile.h"
#include "finddialog.h"
#include "speakermodel.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

class TestFindDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findNextAndPrevious();
    void replaceCurrentThenAll();
    void regexInSpeakers();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<TranscriptView> m_view;
    std::unique_ptr<FindDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFindDialog::init()
{
    m_document = std::make_unique<Document>();
    FileError error;
    QVERIFY(m_document->load(TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md")), &error));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_document->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<TranscriptView>();
    m_view->setModels(m_document->model(), m_document->speakers());
    m_view->resize(800, 600);
    m_view->show();
    m_view->selectRow(0);
    m_dialog = std::make_unique<FindDialog>(m_view.get());
}

void TestFindDialog::cleanup()
{
    m_dialog.reset();
    m_view.reset();
    m_tester.reset();
    m_document.reset();
}

void TestFindDialog::findNextAndPrevious()
{
    TranscriptModel *model = m_document->model();
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).text.contains(QLatin1String("semiconductor"), Qt::CaseInsensitive))
            rows << row;
    }
    QVERIFY(rows.size() >= 3);
    m_dialog->showFor(false);
    auto *edit = m_dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("Semiconductor"));
    // Row 0 (a header) matches first: the search starts at the current row.
    QVERIFY(m_dialog->findNext());
    QCOMPARE(m_view->currentIndex().row(), rows.at(0));
    QVERIFY(m_dialog->findNext());
    QVERIFY(m_view->currentIndex().row() >= rows.at(0));
    const int second = m_view->currentIndex().row();
    QVERIFY(m_dialog->findNext());
    QVERIFY(m_dialog->findPrevious());
    QCOMPARE(m_view->currentIndex().row(), second);
    QCOMPARE(m_view->selectedRows(), QList<int>({ second }));

    m_dialog->setPattern(QStringLiteral("no such words anywhere"));
    QVERIFY(!m_dialog->findNext());
}

void TestFindDialog::replaceCurrentThenAll()
{
    TranscriptModel *model = m_document->model();
    QUndoStack *stack = m_document->undoStack();
    m_dialog->showFor(true);
    m_dialog->setPattern(QStringLiteral("Data Docs Club"));
    m_dialog->setReplacement(QStringLiteral("DataTalks.Club"));
    QVERIFY(m_dialog->findNext());
    const int row = m_view->currentIndex().row();
    QVERIFY(m_dialog->replaceCurrent());
    QVERIFY(model->entry(row).text.contains(QLatin1String("DataTalks.Club")));
    QVERIFY(!model->entry(row).text.contains(QLatin1String("Data Docs Club")));
    QCOMPARE(stack->count(), 1);

    m_dialog->setPattern(QStringLiteral("Alexey"));
    m_dialog->setReplacement(QStringLiteral("Alex"));
    const auto inSpeakers = m_dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : inSpeakers) {
        if (box->text().contains(QLatin1String("peakers")))
            box->setChecked(true);
    }
    QVERIFY(m_dialog->options().inSpeakers);
    const int count = m_dialog->replaceAll();
    QVERIFY(count > 40);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(m_document->speakers()->rowOf(QStringLiteral("Alexey")), -1);
    stack->undo();
    QVERIFY(m_document->speakers()->rowOf(QStringLiteral("Alexey")) >= 0);
}

void TestFindDialog::regexInSpeakers()
{
    m_dialog->setPattern(QStringLiteral("(unclosed"));
    for (QCheckBox *box : m_dialog->findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("xpression")))
            box->setChecked(true);
    }
    QVERIFY(m_dialog->options().regex);
    QVERIFY(!m_dialog->findNext()); // an invalid expression finds nothing and does not crash
    m_dialog->setPattern(QStringLiteral("^Dash\\w+$"));
    for (QCheckBox *box : m_dialog->findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("peakers")))
            box->setChecked(true);
        if (box->text().contains(QLatin1String("text")))
            box->setChecked(false);
    }
    QVERIFY(m_dialog->findNext());
    QCOMPARE(m_document->model()->entry(m_view->currentIndex().row()).speaker, QStringLiteral("Dashel"));
    QCOMPARE(m_view->currentIndex().column(), int(TranscriptModel::SpeakerColumn));
}

void TestFindDialog::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_finddialog"));
    QSettings().clear();
}

QTEST_MAIN(TestFindDialog)
#include "tst_finddialog.moc"
