// ChecksPanel on a real Document: lists Validator findings, a click selects the entry's row in the shared
// selection model, Fix is one undo step and undo restores the entry, edits re-check after the debounce.
#include "checkspanel.h"
#include "document.h"
#include "episodefile.h"
#include "testsupport.h"
#include "transcriptmodel.h"
#include "validator.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

class TestChecksPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsFindings_data();
    void listsFindings();
    void titleCountsBySeverity();
    void clickSelectsRow();
    void arrowKeysSelectRowLikeAClick();
    void fixAppliesAndUndoRestores();
    void fixAllIsOneUndoStep();
    void editsRecheckAfterDebounce();
    void newDocumentReplacesFindings();

private:
    /** Index of the first finding of `kind` in the panel, or -1. */
    int findingOf(Finding::Kind kind) const;
    QList<QVariantMap> snapshot() const;

    std::unique_ptr<Document> m_document;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<ChecksPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChecksPanel::init()
{
    m_document = std::make_unique<Document>();
    FileError error;
    QVERIFY2(m_document->load(TestSupport::dataFile(QStringLiteral("checks-problems.md")), &error),
        qPrintable(error.toString()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_document->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_document->model());
    m_view->resize(600, 300);
    m_panel = std::make_unique<ChecksPanel>();
    m_panel->resize(600, 300);
    m_panel->setDocument(m_document.get(), m_view.get());
    m_panel->show();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestChecksPanel::cleanup()
{
    m_panel.reset();
    m_view.reset();
    m_tester.reset();
    m_document.reset();
}

int TestChecksPanel::findingOf(Finding::Kind kind) const
{
    for (int i = 0; i < m_panel->findings().size(); ++i) {
        if (m_panel->findings().at(i).kind == kind)
            return i;
    }
    return -1;
}

QList<QVariantMap> TestChecksPanel::snapshot() const
{
    QList<QVariantMap> values;
    for (const TranscriptEntry &entry : m_document->episode().entries)
        values << entry.toVariant();
    return values;
}

void TestChecksPanel::listsFindings_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("problems") << TestSupport::dataFile(QStringLiteral("checks-problems.md"));
    QTest::newRow("clean fixture") << TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.md"));
}

void TestChecksPanel::listsFindings()
{
    QFETCH(QString, file);
    FileError error;
    QVERIFY2(m_document->load(file, &error), qPrintable(error.toString()));

    // The list is exactly what the validator says, in its order, each row naming the finding's file line.
    const QList<Finding> expected = Validator::check(m_document->episode());
    QCOMPARE(m_panel->findings().size(), expected.size());
    QTreeWidget *list = m_panel->findingList();
    QCOMPARE(list->topLevelItemCount(), int(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(list->topLevelItem(i)->text(2), expected.at(i).message);
        if (expected.at(i).fileLine > 0)
            QCOMPARE(list->topLevelItem(i)->text(0), QString::number(expected.at(i).fileLine));
        QVERIFY(!list->topLevelItem(i)->icon(0).isNull());
    }
}

void TestChecksPanel::titleCountsBySeverity()
{
    // checks-problems.md has a line whose time goes backwards (after 0:40 comes 0:30, file line 17).
    const int backwards = findingOf(Finding::Kind::Backwards);
    QVERIFY(backwards >= 0);
    QCOMPARE(m_panel->findings().at(backwards).fileLine, 17);
    int total = 0;
    for (auto severity : { Finding::Severity::Error, Finding::Severity::Warning, Finding::Severity::Info })
        total += m_panel->count(severity);
    QCOMPARE(total, int(m_panel->findings().size()));
    QVERIFY(m_panel->title() != QStringLiteral("Checks"));
    if (const int errors = m_panel->count(Finding::Severity::Error))
        QVERIFY2(m_panel->title().contains(QString::number(errors)), qPrintable(m_panel->title()));
}

void TestChecksPanel::clickSelectsRow()
{
    const int index = findingOf(Finding::Kind::Backwards);
    QVERIFY(index >= 0);
    const int row = m_document->model()->rowOfId(m_panel->findings().at(index).entry);
    QCOMPARE(row, 4); // header, 0:00, 0:10, 0:40, then the 0:30 line

    QTreeWidget *list = m_panel->findingList();
    QTreeWidgetItem *item = list->topLevelItem(index);
    const QRect rect = list->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());

    QItemSelectionModel *selection = m_view->selectionModel();
    QCOMPARE(selection->currentIndex().row(), row);
    QVERIFY(selection->isRowSelected(row, QModelIndex()));
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_panel->currentFinding(), index);
}

void TestChecksPanel::arrowKeysSelectRowLikeAClick()
{
    QTreeWidget *list = m_panel->findingList();
    QVERIFY(list->topLevelItemCount() >= 3);
    // Rows of the findings, from their entries (not from the list's text).
    const auto rowOf = [this](int index) {
        const EntryId id = m_panel->findings().at(index).entry;
        return id ? m_document->model()->rowOfId(id) : -1;
    };
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    list->setFocus();
    QVERIFY(list->hasFocus());
    m_panel->setCurrentFinding(0);
    QItemSelectionModel *selection = m_view->selectionModel();
    int checked = 0;
    for (int index = 1; index < list->topLevelItemCount(); ++index) {
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(m_panel->currentFinding(), index);
        const int row = rowOf(index);
        if (row < 0)
            continue; // a finding about the metadata has no row
        QCOMPARE(selection->currentIndex().row(), row);
        QVERIFY(selection->isRowSelected(row, QModelIndex()));
        QCOMPARE(selection->selectedRows().size(), 1);
        ++checked;
    }
    QVERIFY(checked >= 2);
    // And back up.
    QTest::keyClick(list, Qt::Key_Up);
    const int up = m_panel->currentFinding();
    QCOMPARE(up, list->topLevelItemCount() - 2);
    if (rowOf(up) >= 0)
        QCOMPARE(selection->currentIndex().row(), rowOf(up));
}

void TestChecksPanel::fixAppliesAndUndoRestores()
{
    // The first fixable finding, whatever the validator offers for this file.
    int index = -1;
    for (int i = 0; i < m_panel->findings().size() && index < 0; ++i) {
        if (m_panel->findings().at(i).fixable)
            index = i;
    }
    QVERIFY2(index >= 0, "checks-problems.md should produce a fixable finding");
    const Finding finding = m_panel->findings().at(index);
    const QList<QVariantMap> before = snapshot();
    const int findingsBefore = int(m_panel->findings().size());

    m_panel->setCurrentFinding(index);
    QVERIFY(m_panel->fixButton()->isEnabled());
    QTest::mouseClick(m_panel->fixButton(), Qt::LeftButton);

    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(snapshot() != before);
    // Re-checked at once: that finding on that entry is gone.
    QCOMPARE(m_panel->findings().size(), findingsBefore - 1);
    for (const Finding &f : m_panel->findings())
        QVERIFY(!(f.entry == finding.entry && f.kind == finding.kind));

    m_document->undoStack()->undo();
    QCOMPARE(snapshot(), before);
    QTRY_COMPARE(m_panel->findings().size(), findingsBefore);
}

void TestChecksPanel::fixAllIsOneUndoStep()
{
    const int index = findingOf(Finding::Kind::TrailingSpace);
    if (index < 0 || !m_panel->findings().at(index).fixable)
        QSKIP("the validator offers no fixable trailing-space finding");
    // A second trailing space of the same kind, so that "all" means more than one.
    TranscriptModel *model = m_document->model();
    QVERIFY(model->setText(1, QStringLiteral("Welcome to the show.  ")));
    m_panel->recheck();
    int sameKind = 0;
    for (const Finding &f : m_panel->findings())
        sameKind += f.kind == Finding::Kind::TrailingSpace ? 1 : 0;
    QCOMPARE(sameKind, 2);
    const int steps = m_document->undoStack()->count();
    const QList<QVariantMap> before = snapshot();

    m_panel->setCurrentFinding(findingOf(Finding::Kind::TrailingSpace));
    QCOMPARE(m_panel->fixAllOfCurrentKind(), 2);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(findingOf(Finding::Kind::TrailingSpace), -1);

    m_document->undoStack()->undo();
    QCOMPARE(snapshot(), before);
}

void TestChecksPanel::editsRecheckAfterDebounce()
{
    const int before = int(m_panel->findings().size());
    QVERIFY(findingOf(Finding::Kind::Backwards) >= 0);
    // Give the backwards line a time after 0:40 (row 4): the finding disappears, but only after the debounce.
    QVERIFY(m_document->model()->setTimeText(4, QStringLiteral("0:45")));
    QCOMPARE(m_panel->findings().size(), before); // no event loop yet: not re-checked synchronously
    QTRY_COMPARE(findingOf(Finding::Kind::Backwards), -1);
    QVERIFY(m_panel->findings().size() < before);
}

void TestChecksPanel::newDocumentReplacesFindings()
{
    QVERIFY(!m_panel->findings().isEmpty());
    Episode episode;
    episode.ensureTranscript();
    m_document->loadEpisode(episode, QString());
    // A reset re-checks at once: no stale findings of the previous file.
    QCOMPARE(m_panel->findings().size(), Validator::check(m_document->episode()).size());
    QCOMPARE(m_panel->findingList()->topLevelItemCount(), int(m_panel->findings().size()));
    QVERIFY(!m_panel->fixButton()->isEnabled());
}

void TestChecksPanel::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_checkspanel"));
    QSettings().clear();
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
