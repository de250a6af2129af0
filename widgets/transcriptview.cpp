#include "transcriptview.h"

#include "speakermodel.h"
#include "transcriptdelegate.h"
#include "transcriptmodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>

#include <algorithm>

namespace {
/** Time slice for measuring off-screen rows between events: short enough that typing and scrolling stay smooth. */
constexpr int SliceMs = 8;
/** Changes touching more rows than this are measured in the background instead of at once. */
constexpr int ImmediateRowLimit = 300;
} // namespace

TranscriptView::TranscriptView(QWidget *parent) : QTableView(parent), m_delegate(new TranscriptDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(
        QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setWordWrap(true);
    setShowGrid(false);
    setAlternatingRowColors(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabKeyNavigation(false);
    setContextMenuPolicy(Qt::CustomContextMenu);

    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(4);
    verticalHeader()->setDefaultSectionSize(m_delegate->singleLineHeight());
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(40);

    m_heightTimer.setSingleShot(true);
    m_heightTimer.setInterval(0);
    connect(&m_heightTimer, &QTimer::timeout, this, &TranscriptView::processPendingRows);
    // Any column width change changes wrapping: re-measure (visible rows first).
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { scheduleAllRows(); });
    connect(m_delegate, &TranscriptDelegate::inputRejected, this, &TranscriptView::statusMessage);
}

void TranscriptView::setModels(TranscriptModel *model, SpeakerModel *speakers)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_speakers = speakers;
    setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &TranscriptView::onModelReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        // Keep the background sweep's cursor on the same entry, or rows after the removal would be skipped.
        if (m_nextPendingRow > first)
            m_nextPendingRow = std::max(first, m_nextPendingRow - (last - first + 1));
        if (m_playingRow > last)
            m_playingRow -= last - first + 1;
        else if (m_playingRow >= first)
            m_playingRow = -1;
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &TranscriptView::onDataChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TranscriptView::onModelReset);
    horizontalHeader()->resizeSection(
        TranscriptModel::TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")) + 24);
    horizontalHeader()->resizeSection(
        TranscriptModel::SpeakerColumn, fontMetrics().horizontalAdvance(QStringLiteral("Alexandra")) + 36);
    onModelReset();
}

void TranscriptView::onModelReset()
{
    m_playingRow = -1;
    clearSpans();
    if (!m_model)
        return;
    // Straight from the entries: 100,000 rows through data() and QVariant would take longer than the paint.
    for (int row = 0, rows = m_model->rowCount(); row < rows; ++row) {
        if (m_model->entry(row).isHeader())
            setSpan(row, 0, 1, TranscriptModel::ColumnCount);
    }
    scheduleAllRows();
}

void TranscriptView::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (m_nextPendingRow >= first)
        m_nextPendingRow += last - first + 1;
    if (m_playingRow >= first)
        m_playingRow += last - first + 1;
    for (int row = first; row <= last; ++row)
        updateSpan(row);
    updateRows(first, last);
}

void TranscriptView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        updateSpan(row);
    updateRows(topLeft.row(), bottomRight.row());
}

void TranscriptView::updateSpan(int row)
{
    const bool header = m_model->index(row, 0).data(TranscriptModel::IsHeaderRole).toBool();
    const bool spanned = columnSpan(row, 0) > 1;
    if (header != spanned)
        setSpan(row, 0, 1, header ? int(TranscriptModel::ColumnCount) : 1);
}

void TranscriptView::updateRowHeight(int row)
{
    const int height = m_delegate->heightForRow(m_model->index(row, TranscriptModel::TextColumn));
    if (rowHeight(row) != height)
        setRowHeight(row, height);
}

void TranscriptView::updateRows(int first, int last)
{
    if (last - first + 1 > ImmediateRowLimit) {
        scheduleAllRows();
        return;
    }
    for (int row = first; row <= last; ++row)
        updateRowHeight(row);
}

void TranscriptView::scheduleAllRows()
{
    if (!m_model)
        return;
    m_nextPendingRow = 0;
    updateVisibleRows();
    m_heightTimer.start();
}

void TranscriptView::updateVisibleRows()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int first = std::max(0, rowAt(0));
    const int bottom = viewport()->height();
    for (int row = first, rows = m_model->rowCount(); row < rows; ++row) {
        updateRowHeight(row);
        if (rowViewportPosition(row) + rowHeight(row) >= bottom)
            break;
    }
}

void TranscriptView::processPendingRows()
{
    if (!m_model || m_nextPendingRow < 0)
        return;
    updateVisibleRows();
    QElapsedTimer clock;
    clock.start();
    const int rows = m_model->rowCount();
    // With updates on, every QHeaderView::resizeSection recomputes all section positions to repaint (O(rows));
    // off, a batch costs O(batch) and the view catches up once from its row-resize timer.
    verticalHeader()->setUpdatesEnabled(false);
    while (m_nextPendingRow < rows) {
        updateRowHeight(m_nextPendingRow++);
        if ((m_nextPendingRow & 3) == 0 && clock.elapsed() >= SliceMs)
            break;
    }
    verticalHeader()->setUpdatesEnabled(true);
    if (m_nextPendingRow >= rows)
        m_nextPendingRow = -1;
    else
        m_heightTimer.start();
}

int TranscriptView::pendingRowHeights() const
{
    if (!m_model || m_nextPendingRow < 0)
        return 0;
    return std::max(0, m_model->rowCount() - m_nextPendingRow);
}

void TranscriptView::updateAllRowHeights()
{
    while (m_nextPendingRow >= 0)
        processPendingRows();
}

void TranscriptView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // Rows not measured yet have the default height; measuring a viewport's worth of rows on either side keeps
    // the target from being pushed away when those rows get their real heights after the scroll.
    if (m_model && index.isValid() && m_nextPendingRow >= 0) {
        const int around = viewport()->height() / qMax(1, m_delegate->singleLineHeight()) + 1;
        const int first = qMax(0, index.row() - around);
        const int last = qMin(m_model->rowCount() - 1, index.row() + around);
        for (int row = first; row <= last; ++row)
            updateRowHeight(row);
    }
    // QTableView brings the scroll bar range up to date with row resizes only from a zero timer. Right after a
    // batch of rows was measured (the last one of the background sweep, or the ones above) that timer has not run
    // yet, and a scroll to a row below the stale maximum would be clamped short of it. Whether the sweep had just
    // finished when a scroll came depended on the machine's speed; bring the range up to date every time.
    if (m_model && index.isValid())
        updateGeometries();
    QTableView::scrollTo(index, hint);
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateVisibleRows();
}

void TranscriptView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    // A new font size (Preferences) changes every row's wrapping and the height of an unmeasured row.
    if (event->type() == QEvent::FontChange) {
        verticalHeader()->setDefaultSectionSize(m_delegate->singleLineHeight());
        scheduleAllRows();
    }
    // The model has no widget to hear of a new language; the column titles are its texts.
    if (event->type() == QEvent::LanguageChange && m_model)
        m_model->retranslate();
}

void TranscriptView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    // While the sweep is running, rows scrolled into view are measured before they are painted at a stale height.
    if (m_nextPendingRow >= 0)
        updateVisibleRows();
}

void TranscriptView::setPlayingRow(int row, bool scrollTo)
{
    if (!m_model || row >= m_model->rowCount())
        row = -1;
    if (row == m_playingRow && !scrollTo)
        return;
    const int old = m_playingRow;
    m_playingRow = row;
    auto repaintRow = [this](int r) {
        if (r < 0)
            return;
        const int y = rowViewportPosition(r);
        viewport()->update(QRect(0, y, viewport()->width(), rowHeight(r)));
    };
    repaintRow(old);
    repaintRow(row);
    if (row >= 0 && scrollTo) {
        // Scroll only when the row is not already fully visible, so a reader is not yanked around on every line.
        const int y = rowViewportPosition(row);
        if (y < 0 || y + rowHeight(row) > viewport()->height())
            this->scrollTo(m_model->index(row, TranscriptModel::TextColumn), QAbstractItemView::PositionAtCenter);
    }
}

bool TranscriptView::isEditingText() const
{
    return state() == QAbstractItemView::EditingState && m_delegate->openTextEditor();
}

int TranscriptView::editingRow() const
{
    if (state() != QAbstractItemView::EditingState || !m_delegate->openEditor())
        return -1;
    return m_delegate->openEditorIndex().row();
}

int TranscriptView::editorCursorPosition() const
{
    QPlainTextEdit *edit = isEditingText() ? m_delegate->openTextEditor() : nullptr;
    return edit ? edit->textCursor().position() : -1;
}

void TranscriptView::commitEditor()
{
    QWidget *editor = m_delegate->openEditor();
    if (state() != QAbstractItemView::EditingState || !editor)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

QList<int> TranscriptView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void TranscriptView::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, TranscriptModel::TextColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

bool TranscriptView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // A header row shows its title over the whole span, but only its text cell is editable.
    if (index.isValid() && index.column() != TranscriptModel::TextColumn
        && index.data(TranscriptModel::IsHeaderRole).toBool())
        return QTableView::edit(index.siblingAtColumn(TranscriptModel::TextColumn), trigger, event);
    return QTableView::edit(index, trigger, event);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != QAbstractItemView::EditingState && currentIndex().isValid()) {
        if (mods == Qt::ControlModifier) {
            emit rowActivated(currentIndex().row());
            return;
        }
        if (mods == Qt::NoModifier) {
            edit(currentIndex(), QAbstractItemView::EditKeyPressed, event);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        emit rowActivated(index.row());
        event->accept();
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}
