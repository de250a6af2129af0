#pragma once

#include "timelinelayout.h"
#include "timelinescale.h"

#include <QAbstractItemView>
#include <QItemSelection>
#include <QPointer>
#include <QTimer>

#include <optional>

class SpeakerModel;
class TranscriptModel;
class WaveformLoader;

/**
 * The timeline: a time ruler, the waveform, and one lane per speaker with a block per timed line; headers are
 * markers across all lanes. It is the second view of the table's TranscriptModel and shares its
 * QItemSelectionModel (setSelectionModel), so selection, current row and edits agree by construction.
 *
 * Mouse: a click on a block selects its row (Ctrl/Shift as in the table), a drag on empty lane space draws a rubber
 * band, a click on the ruler or waveform asks to seek (seekRequested), a double-click plays the line (rowActivated).
 * Dragging a block's left edge re-times its line to whole seconds, snapping to the nearest speech onset within 2 s
 * (Shift drags freely); dragging a block into another lane gives the line that speaker. Each drag is one undo step
 * through the model's intent API. Ctrl+wheel and +/- zoom around the pointer (from the whole episode to about 5 s
 * across), the wheel and the scroll bar move in time, 0 shows the whole episode.
 *
 * The layout (TimelineLayout) is rebuilt lazily after model signals; painting touches only what is in view.
 */
class TimelineView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /** Uses `model` (setModel) and takes lane order and colours from `speakers`. */
    void setModels(TranscriptModel *model, SpeakerModel *speakers);
    TranscriptModel *transcriptModel() const { return m_model; }
    WaveformLoader *waveform() const { return m_waveform; }

    /** Loads the waveform of `audioPath` (cache or decode, off the UI thread); `durationMs` is the player's. */
    void loadAudio(const QString &audioPath, qint64 durationMs);
    /** No audio: the waveform area shows `reason`; lanes and ruler keep working. */
    void clearAudio(const QString &reason);
    qint64 durationMs() const { return m_durationMs; }

    qint64 playhead() const { return m_playheadMs; }
    /** Moves the playhead; with `keepVisible`, scrolls when it leaves the view (follow mode while playing). */
    void setPlayhead(qint64 ms, bool keepVisible = false);

    // ---- geometry (viewport coordinates), public for the main window and tests ----
    const TimelineLayout &layout() const;
    const TimelineScale &scale() const { return m_scale; }
    double xForMs(double ms) const { return TimeLeft + m_scale.xForMs(ms); }
    double msAtX(double x) const { return m_scale.msAtX(x - TimeLeft); }
    QRect rulerRect() const;
    QRect waveformRect() const;
    QRect laneRect(int lane) const;
    int laneAt(int y) const;
    /** Zooms by `factor` (> 1 in) keeping the time at viewport x `x` in place. */
    void zoomAt(double factor, double x);
    /** The whole episode across the view. */
    void showAll();
    /** Shows [fromMs, toMs) across the view. */
    void showRange(double fromMs, double toMs);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void keyboardSearch(const QString &search) override;

    static constexpr int TimeLeft = 110; ///< width of the lane-name column; time starts here
    static constexpr int RulerHeight = 22;
    static constexpr int WaveformHeight = 72;
    static constexpr int LaneHeight = 30;
    static constexpr int EdgeGrip = 5; ///< pixels either side of a block's left edge that grab it

signals:
    void seekRequested(qint64 ms);
    void rowActivated(int row);
    /** Right click: `row` is the block's row or -1, `ms` the time under the pointer. */
    void contextMenuRequested(const QPoint &globalPos, int row, qint64 ms);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

protected slots:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void reset() override;

private:
    enum class Drag { None, Edge, PendingLane, Lane, Rubber };

    void invalidateLayout();
    void setOrigin(double ms);
    double maxMsPerPixel() const;
    double minMsPerPixel() const;
    int timeWidth() const;
    int lanesTop() const { return RulerHeight + WaveformHeight; }
    /** Index into layout().blocks() under the point, or -1; `onEdge` tells whether the point grabs its left edge. */
    int blockAt(const QPoint &point, bool *onEdge = nullptr) const;
    QRect blockRect(const TimelineLayout::Block &block) const;
    qint64 edgeSecondsAt(int x, bool toSpeech) const;
    QItemSelection rowsSelection(const QList<int> &rows) const;
    void paintRuler(QPainter &painter, const QRect &rect);
    void paintWaveform(QPainter &painter, const QRect &rect);
    void paintLanes(QPainter &painter);

    TranscriptModel *m_model = nullptr;
    QPointer<SpeakerModel> m_speakers;
    WaveformLoader *m_waveform;
    QString m_noAudioReason;
    qint64 m_durationMs = 0;
    qint64 m_playheadMs = 0;
    TimelineScale m_scale;
    bool m_fitPending = true; ///< show the whole episode at the next layout (new document or audio)
    mutable TimelineLayout m_layout;
    mutable bool m_layoutDirty = true;
    bool m_syncingScrollBar = false;
    QTimer m_geometryTimer;

    Drag m_drag = Drag::None;
    int m_dragRow = -1;
    QPoint m_pressPos;
    QPoint m_dragPos;
    qint64 m_dragSeconds = 0;
    bool m_dragFree = false;
    std::optional<qint64> m_dragPreviousSec; ///< the neighbours' starts bound the edge
    std::optional<qint64> m_dragNextSec;
    QItemSelection m_rubberBase;
};
