// Editing actions of the main window: merge, split, speakers, headers, delete, undo/redo, find. Every action only
// expresses intent through the TranscriptModel API, which pushes one undo command.
#include "mainwindow.h"

#include "actionicon.h"
#include "document.h"
#include "finddialog.h"
#include "retranslator.h"
#include "speakermodel.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace {
/** A named action whose text (when `text` is given) follows the interface language. */
QAction *makeAction(
    QObject *parent, const QString &name, const QString &icon, Retranslator::Text text, const QKeySequence &key)
{
    auto *action = new QAction(parent);
    if (text)
        Retranslator::bind(action, "text", std::move(text));
    action->setObjectName(name); // the key of its shortcut in the preferences (shortcuts/<name>)
    if (!icon.isEmpty())
        action->setIcon(actionIcon(icon));
    if (!key.isEmpty())
        action->setShortcut(key);
    // Window-wide, so the shortcuts also work while a cell editor has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setShortcutVisibleInContextMenu(true);
    return action;
}
} // namespace

void MainWindow::createEditActions()
{
    QUndoStack *stack = m_document->undoStack();
    // Not QUndoStack::createUndoAction(): its "&Undo" prefix is fixed at creation and would stay in the old
    // language. The command texts already on the stack were made in the language of their time and stay so.
    QAction *undoAction = new QAction(actionIcon(QStringLiteral("undo")), QString(), this);
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    const auto undoText = [undoAction, stack] {
        const QString command = stack->undoText();
        undoAction->setText(command.isEmpty() ? tr("&Undo") : tr("&Undo") + QLatin1Char(' ') + command);
    };
    Retranslator::bind(undoAction, undoText);
    undoAction->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::undoTextChanged, undoAction, undoText);
    connect(stack, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    QAction *redoAction = new QAction(actionIcon(QStringLiteral("redo")), QString(), this);
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    const auto redoText = [redoAction, stack] {
        const QString command = stack->redoText();
        redoAction->setText(command.isEmpty() ? tr("&Redo") : tr("&Redo") + QLatin1Char(' ') + command);
    };
    Retranslator::bind(redoAction, redoText);
    redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::redoTextChanged, redoAction, redoText);
    connect(stack, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_editMenu->addAction(undoAction);
    m_editMenu->addAction(redoAction);
    m_editMenu->addSeparator();

    m_findAction = makeAction(
        this, QStringLiteral("actionFind"), QStringLiteral("find"), [] { return tr("&Find..."); },
        QKeySequence(Qt::CTRL | Qt::Key_F));
    m_replaceAction = makeAction(
        this, QStringLiteral("actionReplace"), QString(), [] { return tr("R&eplace..."); },
        QKeySequence(Qt::CTRL | Qt::Key_R));
    m_findNextAction = makeAction(
        this, QStringLiteral("actionFindNext"), QString(), [] { return tr("Find &Next"); }, QKeySequence(Qt::Key_F3));
    m_findPreviousAction = makeAction(
        this, QStringLiteral("actionFindPrevious"), QString(), [] { return tr("Find Pre&vious"); },
        QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_findAction, &QAction::triggered, this, [this] { showFind(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { showFind(true); });
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (!m_findDialog)
            showFind(false);
        else
            m_findDialog->findNext();
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (!m_findDialog)
            showFind(false);
        else
            m_findDialog->findPrevious();
    });
    m_editMenu->addActions({ m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction });
    m_editMenu->addSeparator();

    m_mergeNextAction = makeAction(
        this, QStringLiteral("actionMergeNext"), QStringLiteral("merge"), [] { return tr("&Merge with Next Line"); },
        QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mergeSelectionAction = makeAction(
        this, QStringLiteral("actionMergeSelection"), QString(), [] { return tr("Merge &Selected Lines"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_splitAction = makeAction(
        this, QStringLiteral("actionSplitAtCursor"), QStringLiteral("split"),
        [] { return tr("S&plit Line at Cursor"); }, QKeySequence(Qt::CTRL | Qt::Key_B));
    m_insertHeaderAction = makeAction(
        this, QStringLiteral("actionInsertHeader"), QStringLiteral("header"), [] { return tr("Insert &Header Above"); },
        QKeySequence(Qt::CTRL | Qt::Key_H));
    m_insertLineAction = makeAction(
        this, QStringLiteral("actionInsertLine"), QString(), [] { return tr("Insert &Line Below"); },
        QKeySequence(Qt::CTRL | Qt::Key_I));
    m_toggleHeaderAction = makeAction(
        this, QStringLiteral("actionToggleHeader"), QString(), [] { return tr("&Toggle Line/Header"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_deleteAction = makeAction(
        this, QStringLiteral("actionDeleteRows"), QStringLiteral("delete"), [] { return tr("&Delete Rows"); },
        QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_mergeNextAction, &QAction::triggered, this, &MainWindow::mergeWithNext);
    connect(m_mergeSelectionAction, &QAction::triggered, this, &MainWindow::mergeSelection);
    connect(m_splitAction, &QAction::triggered, this, &MainWindow::splitAtCursor);
    connect(m_insertHeaderAction, &QAction::triggered, this, &MainWindow::insertHeaderAbove);
    connect(m_insertLineAction, &QAction::triggered, this, &MainWindow::insertLineBelow);
    connect(m_toggleHeaderAction, &QAction::triggered, this, &MainWindow::toggleHeader);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteRows);
    m_editMenu->addActions({ m_mergeNextAction, m_mergeSelectionAction, m_splitAction, m_insertHeaderAction,
        m_insertLineAction, m_toggleHeaderAction, m_deleteAction });
    // Plain Delete removes rows only when the table itself has the focus (not in editors or other panels).
    auto *deleteKey = new QAction(this);
    Retranslator::bind(deleteKey, "text", [] { return tr("Delete Rows (Table Focused)"); });
    deleteKey->setObjectName(QStringLiteral("actionDeleteRowsTable"));
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &MainWindow::deleteRows);
    m_view->addAction(deleteKey);

    m_speakerMenu = m_editMenu->addMenu(actionIcon(QStringLiteral("speaker")), QString());
    Retranslator::bind(m_speakerMenu, "title", [] { return tr("Set Spea&ker"); });
    for (int number = 1; number <= 9; ++number) {
        // Named after the episode's speakers: updateSpeakerActions() sets the text, also after a language change.
        QAction *action = makeAction(this, QStringLiteral("actionSpeaker%1").arg(number), QString(), {},
            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, number] { setSpeakerNumber(number); });
        m_speakerActions << action;
        m_speakerMenu->addAction(action);
        addAction(action); // stays reachable while the menu entry is hidden
    }
    m_clearSpeakerAction = makeAction(
        this, QStringLiteral("actionNoSpeaker"), QString(), [] { return tr("&No Speaker"); },
        QKeySequence(Qt::ALT | Qt::Key_0));
    connect(m_clearSpeakerAction, &QAction::triggered, this, [this] { setSpeakerNumber(0); });
    m_speakerMenu->addSeparator();
    m_speakerMenu->addAction(m_clearSpeakerAction);

    m_toolBar->addAction(undoAction);
    m_toolBar->addAction(redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_mergeNextAction, m_splitAction, m_insertHeaderAction, m_deleteAction });
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);

    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    SpeakerModel *speakers = m_document->speakers();
    connect(speakers, &QAbstractItemModel::modelReset, this, &MainWindow::updateSpeakerActions);
    connect(speakers, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateSpeakerActions);
    connect(speakers, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSpeakerActions);
    connect(speakers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSpeakerActions);
    connect(speakers, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSpeakerActions);
    updateSpeakerActions();
    updateActions();
}

void MainWindow::updateActions()
{
    const TranscriptModel *model = m_document->model();
    const bool any = model->rowCount() > 0;
    const QList<int> rows = targetRows();
    m_mergeNextAction->setEnabled(any);
    m_mergeSelectionAction->setEnabled(rows.size() > 1);
    m_splitAction->setEnabled(any);
    m_toggleHeaderAction->setEnabled(!rows.isEmpty());
    m_deleteAction->setEnabled(!rows.isEmpty());
}

void MainWindow::updateSpeakerActions()
{
    const SpeakerModel *speakers = m_document->speakers();
    for (int number = 1; number <= m_speakerActions.size(); ++number) {
        const QString name = speakers->speakerForNumber(number);
        QAction *action = m_speakerActions.at(number - 1);
        action->setText(name.isEmpty() ? tr("Speaker %1").arg(number) : tr("&%1 %2").arg(number).arg(name));
        action->setVisible(!name.isEmpty());
    }
}

QList<int> MainWindow::targetRows() const
{
    const int editing = m_view->editingRow();
    if (editing >= 0)
        return { editing };
    QList<int> rows = m_view->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    return rows;
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const int row = m_view->rowAt(pos.y());
    if (row >= 0 && !m_view->selectedRows().contains(row))
        m_view->selectRow(row);
    menu.addActions({ m_mergeNextAction, m_mergeSelectionAction, m_splitAction });
    menu.addSeparator();
    menu.addMenu(m_speakerMenu);
    menu.addSeparator();
    menu.addActions({ m_insertHeaderAction, m_insertLineAction, m_toggleHeaderAction });
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::mergeWithNext()
{
    m_view->commitEditor();
    const QList<int> rows = targetRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first();
    mergeRows({ row, row + 1 });
}

void MainWindow::mergeSelection()
{
    m_view->commitEditor();
    mergeRows(targetRows());
}

void MainWindow::mergeRows(const QList<int> &rows)
{
    TranscriptModel *model = m_document->model();
    switch (model->checkMerge(rows)) {
    case TranscriptModel::MergeCheck::Ok:
        break;
    case TranscriptModel::MergeCheck::SpeakersDiffer: {
        const QString keeps = model->entry(rows.first()).speaker.value_or(QString());
        const auto answer = QMessageBox::question(this, tr("Merge Lines"),
            tr("The lines have different speakers. Merge them anyway? The merged line keeps the speaker “%1”.")
                .arg(keeps),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        break;
    }
    case TranscriptModel::MergeCheck::HeaderBetween:
        showStatus(tr("Cannot merge across a section header."));
        return;
    case TranscriptModel::MergeCheck::NotConsecutive:
        showStatus(tr("Only consecutive lines can be merged."));
        return;
    case TranscriptModel::MergeCheck::TooFewRows:
        showStatus(tr("Select at least two lines to merge (or a line that has a next line)."));
        return;
    }
    if (model->mergeLines(rows))
        m_view->selectRow(rows.first());
}

void MainWindow::splitAtCursor()
{
    if (!m_view->isEditingText()) {
        showStatus(tr("To split a line, edit its text (F2 or Enter), place the cursor and press %1.")
                       .arg(m_splitAction->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    const int row = m_view->editingRow();
    const int position = m_view->editorCursorPosition();
    m_view->commitEditor();
    TranscriptModel *model = m_document->model();
    if (model->entry(row).isHeader()) {
        showStatus(tr("A section header cannot be split."));
        return;
    }
    const int newRow = model->splitLine(row, position);
    if (newRow >= 0)
        m_view->selectRow(newRow);
    else
        showStatus(tr("The line could not be split here."));
}

void MainWindow::setSpeakerNumber(int number)
{
    const QString name = number > 0 ? m_document->speakers()->speakerForNumber(number) : QString();
    if (number > 0 && name.isEmpty()) {
        showStatus(tr("No speaker has the number %1.").arg(number));
        return;
    }
    const QList<int> rows = targetRows();
    if (rows.isEmpty())
        return;
    // The text editor stays open: a speaker can be assigned while typing.
    if (m_document->model()->setSpeaker(rows, name))
        showStatus(name.isEmpty() ? tr("Speaker removed.") : tr("Speaker set to %1.").arg(name));
}

void MainWindow::insertHeaderAbove()
{
    m_view->commitEditor();
    const QList<int> rows = targetRows();
    const int row = rows.isEmpty() ? 0 : rows.first();
    const int newRow = m_document->model()->insertHeader(row, tr("New section"));
    if (newRow < 0)
        return;
    m_view->selectRow(newRow);
    m_view->edit(m_document->model()->index(newRow, TranscriptModel::TextColumn));
}

void MainWindow::insertLineBelow()
{
    m_view->commitEditor();
    TranscriptModel *model = m_document->model();
    const QList<int> rows = targetRows();
    const int row = rows.isEmpty() ? model->rowCount() : rows.last() + 1;
    TranscriptEntry entry;
    if (row > 0 && model->entry(row - 1).isLine())
        entry.speaker = model->entry(row - 1).speaker;
    const int newRow = model->insertLine(row, entry);
    if (newRow < 0)
        return;
    m_view->selectRow(newRow);
    m_view->edit(model->index(newRow, TranscriptModel::TextColumn));
}

void MainWindow::toggleHeader()
{
    m_view->commitEditor();
    const QList<int> rows = targetRows();
    if (rows.isEmpty())
        return;
    TranscriptModel *model = m_document->model();
    const int row = rows.first();
    if (model->entry(row).isHeader())
        model->convertToLine(row);
    else
        model->convertToHeader(row);
    m_view->selectRow(row);
}

void MainWindow::deleteRows()
{
    m_view->commitEditor();
    const QList<int> rows = targetRows();
    if (rows.isEmpty())
        return;
    if (m_document->model()->removeEntries(rows)) {
        m_view->selectRow(qMin(rows.first(), m_document->model()->rowCount() - 1));
        showStatus(tr("Deleted %n row(s).", nullptr, int(rows.size())));
    }
}

void MainWindow::showFind(bool replace)
{
    m_view->commitEditor();
    if (!m_findDialog) {
        m_findDialog = new FindDialog(m_view, this);
        connect(m_findDialog, &FindDialog::statusMessage, this, &MainWindow::showStatus);
    }
    m_findDialog->showFor(replace);
}
