#pragma once

#include <QTableView>
#include <QTimer>

class SpeakerModel;
class TranscriptDelegate;
class TranscriptModel;

/**
 * The transcript table: Time | Speaker | Text, one row per entry, header rows spanning all columns.
 *
 * Row heights follow the wrapped text. They are computed by the delegate (no resizeRowsToContents): rows that
 * change are measured at once, and after a reset or a column resize the visible rows are measured first and the
 * rest in small batches from the event loop, so a 10,000-row episode stays responsive.
 *
 * The view only expresses intent: edits go through the model (setData / intent API), which pushes undo commands.
 */
class TranscriptView : public QTableView
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);
    using QTableView::edit;

    /** Sets the transcript and the speakers offered by the speaker editor. */
    void setModels(TranscriptModel *model, SpeakerModel *speakers);
    TranscriptModel *transcriptModel() const { return m_model; }
    SpeakerModel *speakerModel() const { return m_speakers; }

    /** Highlights the row being heard; scrolls to it when asked, never touching selection, current index or focus. -1
     * clears. */
    void setPlayingRow(int row, bool scrollTo);
    int playingRow() const { return m_playingRow; }

    bool isEditingText() const;
    /** Row of the open editor (any column), or -1. */
    int editingRow() const;
    /** Cursor position in the open text editor, or -1 when no text editor is open. */
    int editorCursorPosition() const;
    /** Writes the open editor's content to the model and closes it; no-op when nothing is being edited. */
    void commitEditor();

    /** Sorted unique rows of the selection. */
    QList<int> selectedRows() const;
    /** Makes `row` current and the only selected row, and scrolls to it. */
    void selectRow(int row);

    /** Measures the rows around `index` first, so that the scroll lands where the rows will really be. */
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    /** Number of rows whose height is still waiting to be measured (0 when all are up to date). */
    int pendingRowHeights() const;
    /** Measures every pending row now (tests and benchmarks). */
    void updateAllRowHeights();

signals:
    /** Double-click or Ctrl+Enter on a row: the audio part seeks and plays. */
    void rowActivated(int row);
    /** Something the user typed was refused; for the status bar. */
    void statusMessage(const QString &message);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onModelReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateSpan(int row);
    void updateRowHeight(int row);
    void updateRows(int first, int last);
    void scheduleAllRows();
    void processPendingRows();
    void updateVisibleRows();

    TranscriptModel *m_model = nullptr;
    SpeakerModel *m_speakers = nullptr;
    TranscriptDelegate *m_delegate = nullptr;
    int m_playingRow = -1;
    int m_nextPendingRow = -1; ///< first row not measured since the last full invalidation; -1 = none pending
    QTimer m_heightTimer;
};
