#include "timelineview.h"

#include "onsetdetector.h"
#include "speakermodel.h"
#include "transcriptmodel.h"
#include "waveformloader.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double MinVisibleMs = 5000; // the closest zoom shows about 5 s across the view
constexpr double ZoomStep = 1.5;
} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractItemView(parent), m_waveform(new WaveformLoader(this))
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMouseTracking(true);
    setAutoScroll(true);
    setMinimumHeight(RulerHeight + WaveformHeight + 2 * LaneHeight);
    // No reason yet: the painting says that no audio is loaded, in the language of the moment.
    m_geometryTimer.setSingleShot(true);
    m_geometryTimer.setInterval(0);
    connect(&m_geometryTimer, &QTimer::timeout, this, &TimelineView::updateGeometries);
    connect(m_waveform, &WaveformLoader::updated, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncingScrollBar)
            return;
        m_scale.setOriginMs(value);
        viewport()->update();
    });
}

TimelineView::~TimelineView() = default;

void TimelineView::setModels(TranscriptModel *model, SpeakerModel *speakers)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_speakers)
        disconnect(m_speakers, nullptr, this, nullptr);
    m_model = model;
    m_speakers = speakers;
    setModel(model);
    if (model) {
        // Removals and moves change the layout after the fact; QAbstractItemView only tells us beforehand.
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::invalidateLayout);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::invalidateLayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::invalidateLayout);
    }
    if (speakers) {
        // Lanes follow renames and merges: the speaker list changes with them.
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(speakers, signal, this, &TimelineView::invalidateLayout);
        connect(speakers, &QAbstractItemModel::modelReset, this, &TimelineView::invalidateLayout);
        connect(speakers, &QAbstractItemModel::dataChanged, this, &TimelineView::invalidateLayout);
    }
    m_fitPending = true;
    invalidateLayout();
}

void TimelineView::loadAudio(const QString &audioPath, qint64 durationMs)
{
    m_durationMs = std::max<qint64>(durationMs, 0);
    m_noAudioReason.clear();
    m_fitPending = true;
    m_waveform->load(audioPath);
    invalidateLayout();
}

void TimelineView::clearAudio(const QString &reason)
{
    m_durationMs = 0;
    m_noAudioReason = reason;
    m_waveform->clear();
    invalidateLayout();
}

void TimelineView::setPlayhead(qint64 ms, bool keepVisible)
{
    if (ms == m_playheadMs && !keepVisible)
        return;
    const double oldX = xForMs(double(m_playheadMs));
    m_playheadMs = ms;
    const double span = timeWidth() * m_scale.msPerPixel();
    if (keepVisible && (ms < m_scale.originMs() || ms >= m_scale.originMs() + span)) {
        setOrigin(double(ms) - span * 0.1);
        return;
    }
    const double newX = xForMs(double(ms));
    viewport()->update(QRect(int(std::min(oldX, newX)) - 2, 0, int(std::abs(newX - oldX)) + 5, viewport()->height()));
}

// ---------------------------------------------------------------------------------------------------------------
// layout and geometry

void TimelineView::invalidateLayout()
{
    // The layout is rebuilt once, when next needed (paint, hit test, the scroll bars after this event), however
    // many signals one edit sends.
    m_layoutDirty = true;
    m_geometryTimer.start();
    viewport()->update();
}

void TimelineView::keyboardSearch(const QString &)
{
    // Typing a letter must not jump the shared selection to a row whose time starts with it.
}

const TimelineLayout &TimelineView::layout() const
{
    if (m_layoutDirty) {
        m_layoutDirty = false;
        if (m_model)
            m_layout.rebuild(*m_model, m_speakers ? m_speakers->names() : QStringList(), m_durationMs);
        else
            m_layout = TimelineLayout();
    }
    return m_layout;
}

int TimelineView::timeWidth() const
{
    return std::max(1, viewport()->width() - TimeLeft);
}

double TimelineView::minMsPerPixel() const
{
    return MinVisibleMs / timeWidth();
}

double TimelineView::maxMsPerPixel() const
{
    return std::max(minMsPerPixel(), double(std::max<qint64>(layout().endMs(), 1000)) / timeWidth());
}

void TimelineView::setOrigin(double ms)
{
    m_scale.setOriginMs(ms);
    m_scale.clampOrigin(double(layout().endMs()), timeWidth());
    updateGeometries();
    viewport()->update();
}

void TimelineView::zoomAt(double factor, double x)
{
    m_fitPending = false;
    m_scale.zoomAround(x - TimeLeft, factor, minMsPerPixel(), maxMsPerPixel());
    m_scale.clampOrigin(double(layout().endMs()), timeWidth());
    updateGeometries();
    viewport()->update();
}

void TimelineView::showAll()
{
    m_scale.setMsPerPixel(maxMsPerPixel());
    setOrigin(0);
}

void TimelineView::showRange(double fromMs, double toMs)
{
    m_fitPending = false;
    m_scale.setMsPerPixel(std::clamp((toMs - fromMs) / timeWidth(), minMsPerPixel(), maxMsPerPixel()));
    setOrigin(fromMs);
}

void TimelineView::updateGeometries()
{
    if (m_fitPending && m_model && viewport()->width() > TimeLeft) {
        m_fitPending = false;
        m_scale.setMsPerPixel(maxMsPerPixel());
        m_scale.setOriginMs(0);
    }
    const double span = timeWidth() * m_scale.msPerPixel();
    m_syncingScrollBar = true;
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, int(std::max(0.0, double(layout().endMs()) - span)));
    h->setPageStep(int(span));
    h->setSingleStep(std::max(1, int(span / 10)));
    h->setValue(int(m_scale.originMs()));
    QScrollBar *v = verticalScrollBar();
    const int lanesHeight = int(layout().lanes().size()) * LaneHeight;
    v->setRange(0, std::max(0, lanesHeight - (viewport()->height() - lanesTop())));
    v->setPageStep(std::max(1, viewport()->height() - lanesTop()));
    v->setSingleStep(LaneHeight);
    m_syncingScrollBar = false;
    QAbstractItemView::updateGeometries();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    m_scale.setMsPerPixel(std::clamp(m_scale.msPerPixel(), minMsPerPixel(), maxMsPerPixel()));
    updateGeometries();
}

QRect TimelineView::rulerRect() const
{
    return QRect(TimeLeft, 0, timeWidth(), RulerHeight);
}

QRect TimelineView::waveformRect() const
{
    return QRect(TimeLeft, RulerHeight, timeWidth(), WaveformHeight);
}

QRect TimelineView::laneRect(int lane) const
{
    return QRect(0, lanesTop() + lane * LaneHeight - verticalOffset(), viewport()->width(), LaneHeight);
}

int TimelineView::laneAt(int y) const
{
    if (y < lanesTop())
        return -1;
    const int lane = (y - lanesTop() + verticalOffset()) / LaneHeight;
    return lane < int(layout().lanes().size()) ? lane : -1;
}

QRect TimelineView::blockRect(const TimelineLayout::Block &block) const
{
    const QRect lane = laneRect(block.lane);
    const double x0 = xForMs(double(block.startMs));
    const double x1 = xForMs(double(block.endMs));
    const int left = int(std::floor(x0));
    return QRect(QPoint(left, lane.top() + 2), QPoint(std::max(left, int(std::ceil(x1)) - 1), lane.bottom() - 2));
}

int TimelineView::blockAt(const QPoint &point, bool *onEdge) const
{
    if (onEdge)
        *onEdge = false;
    const int lane = laneAt(point.y());
    if (lane < 0 || point.x() < TimeLeft)
        return -1;
    const TimelineLayout &l = layout();
    const double ms = msAtX(point.x());
    const double grip = EdgeGrip * m_scale.msPerPixel();
    const auto [first, last] = l.visibleRange(qint64(ms - grip), qint64(ms + grip) + 1);
    int found = -1;
    for (int i = first; i < last; ++i) {
        const TimelineLayout::Block &block = l.blocks()[std::size_t(i)];
        if (block.lane != lane)
            continue;
        const double x0 = xForMs(double(block.startMs));
        if (std::abs(point.x() - x0) <= EdgeGrip) {
            if (onEdge)
                *onEdge = true;
            return i; // an edge wins over the block it sits in
        }
        if (point.x() >= x0 && point.x() < xForMs(double(block.endMs)))
            found = i;
    }
    return found;
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || !m_model)
        return QRect();
    const TimelineLayout &l = layout();
    const int block = l.blockOfRow(index.row());
    if (block >= 0)
        return blockRect(l.blocks()[std::size_t(block)]);
    for (const TimelineLayout::Marker &marker : l.markers()) {
        if (marker.row == index.row()) {
            const int x = int(std::lround(xForMs(double(marker.ms))));
            return QRect(x - 2, RulerHeight, 5, viewport()->height() - RulerHeight);
        }
    }
    return QRect();
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const TimelineLayout &l = layout();
    const int block = l.blockOfRow(index.row());
    if (block < 0)
        return;
    const TimelineLayout::Block &b = l.blocks()[std::size_t(block)];
    const double span = timeWidth() * m_scale.msPerPixel();
    const bool visible = b.startMs >= m_scale.originMs() && b.startMs < m_scale.originMs() + span;
    if (!visible || hint == PositionAtCenter)
        setOrigin(double(b.startMs) - span / 3);
    const QRect lane = laneRect(b.lane);
    if (lane.top() < lanesTop())
        verticalScrollBar()->setValue(verticalOffset() - (lanesTop() - lane.top()));
    else if (lane.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalOffset() + lane.bottom() - viewport()->height());
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    const int block = blockAt(point);
    if (block < 0 || !m_model)
        return QModelIndex();
    return m_model->index(layout().blocks()[std::size_t(block)].row, TranscriptModel::TextColumn);
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const TimelineLayout &l = layout();
    if (!m_model || l.blocks().empty())
        return QModelIndex();
    const int count = int(l.blocks().size());
    int block = l.blockOfRow(currentIndex().row());
    switch (cursorAction) {
    case MoveLeft:
    case MoveUp:
    case MovePrevious:
        block = block < 0 ? 0 : std::max(0, block - 1);
        break;
    case MoveRight:
    case MoveDown:
    case MoveNext:
        block = block < 0 ? 0 : std::min(count - 1, block + 1);
        break;
    case MoveHome:
        block = 0;
        break;
    case MoveEnd:
        block = count - 1;
        break;
    case MovePageUp:
    case MovePageDown: {
        const double span = timeWidth() * m_scale.msPerPixel();
        const qint64 from = block < 0 ? 0 : l.blocks()[std::size_t(block)].startMs;
        const qint64 target = from + qint64(cursorAction == MovePageDown ? span : -span);
        const auto it = std::lower_bound(l.blocks().begin(), l.blocks().end(), target,
            [](const TimelineLayout::Block &b, qint64 ms) { return b.startMs < ms; });
        block = std::clamp(int(it - l.blocks().begin()), 0, count - 1);
        break;
    }
    }
    return m_model->index(l.blocks()[std::size_t(block)].row, TranscriptModel::TextColumn);
}

int TimelineView::horizontalOffset() const
{
    return int(m_scale.originMs() / m_scale.msPerPixel());
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TimelineView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

QItemSelection TimelineView::rowsSelection(const QList<int> &rows) const
{
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row : rows)
        selection.merge(
            QItemSelection(m_model->index(row, 0), m_model->index(row, lastColumn)), QItemSelectionModel::Select);
    return selection;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!m_model || !selectionModel())
        return;
    const QRect r = rect.normalized();
    const TimelineLayout &l = layout();
    const auto [first, last] = l.visibleRange(qint64(msAtX(r.left())), qint64(msAtX(r.right() + 1)) + 1);
    QList<int> rows;
    for (int i = first; i < last; ++i) {
        const TimelineLayout::Block &block = l.blocks()[std::size_t(i)];
        if (blockRect(block).intersects(r))
            rows << block.row;
    }
    selectionModel()->select(rowsSelection(rows), command | QItemSelectionModel::Rows);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &) const
{
    // Selected blocks can be anywhere in time; repainting the viewport costs no more than finding them.
    return QRegion(viewport()->rect());
}

// ---------------------------------------------------------------------------------------------------------------
// model signals

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidateLayout();
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateLayout();
}

void TimelineView::reset()
{
    QAbstractItemView::reset();
    m_fitPending = true;
    invalidateLayout();
}

// ---------------------------------------------------------------------------------------------------------------
// mouse and keys

qint64 TimelineView::edgeSecondsAt(int x, bool toSpeech) const
{
    const std::shared_ptr<const SharedPeaks> peaks = m_waveform->peaks();
    QReadLocker locker(&peaks->lock);
    return OnsetDetector::edgeSeconds(peaks->onsets, qint64(msAtX(x)), m_dragPreviousSec, m_dragNextSec, toSpeech);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_dragPos = pos;
    m_drag = Drag::None;
    if (!m_model || event->button() != Qt::LeftButton) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    if (pos.y() < lanesTop() && pos.x() >= TimeLeft) {
        emit seekRequested(std::max<qint64>(0, qint64(msAtX(pos.x()))));
        return;
    }
    bool onEdge = false;
    const int block = blockAt(pos, &onEdge);
    if (block >= 0) {
        const int row = layout().blocks()[std::size_t(block)].row;
        m_dragRow = row;
        if (onEdge) {
            // Neighbours bound the new time: the previous and the next timed line in row order.
            m_dragPreviousSec.reset();
            for (int r = row - 1; r >= 0 && !m_dragPreviousSec; --r) {
                if (m_model->entry(r).isLine())
                    m_dragPreviousSec = m_model->entry(r).seconds;
            }
            const int next = m_model->nextTimedRow(row);
            m_dragNextSec.reset();
            if (next >= 0)
                m_dragNextSec = m_model->entry(next).seconds;
            m_drag = Drag::Edge;
            m_dragFree = event->modifiers().testFlag(Qt::ShiftModifier);
            m_dragSeconds = m_model->entry(row).seconds.value_or(0);
            selectionModel()->setCurrentIndex(m_model->index(row, TranscriptModel::TextColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            viewport()->update();
            return;
        }
        QAbstractItemView::mousePressEvent(event);
        m_drag = Drag::PendingLane;
        return;
    }
    if (laneAt(pos.y()) >= 0 || pos.y() >= lanesTop()) {
        m_drag = Drag::Rubber;
        m_rubberBase = (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) && selectionModel()
            ? selectionModel()->selection()
            : QItemSelection();
        if (selectionModel())
            selectionModel()->select(m_rubberBase, QItemSelectionModel::ClearAndSelect);
        return;
    }
    QAbstractItemView::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
        bool onEdge = false;
        const int block = blockAt(pos, &onEdge);
        setCursor(block >= 0 && onEdge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        if (m_drag == Drag::None && (event->buttons() & Qt::LeftButton))
            QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    m_dragPos = pos;
    switch (m_drag) {
    case Drag::Edge:
        m_dragFree = event->modifiers().testFlag(Qt::ShiftModifier);
        m_dragSeconds = edgeSecondsAt(pos.x(), !m_dragFree);
        viewport()->update();
        break;
    case Drag::PendingLane: {
        const int block = layout().blockOfRow(m_dragRow);
        if (block >= 0 && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()
            && laneAt(pos.y()) >= 0 && laneAt(pos.y()) != layout().blocks()[std::size_t(block)].lane) {
            m_drag = Drag::Lane;
            viewport()->update();
        }
        break;
    }
    case Drag::Lane:
        viewport()->update();
        break;
    case Drag::Rubber: {
        QItemSelection selection = m_rubberBase;
        const QRect band = QRect(m_pressPos, pos).normalized();
        const TimelineLayout &l = layout();
        const auto [first, last] = l.visibleRange(qint64(msAtX(band.left())), qint64(msAtX(band.right() + 1)) + 1);
        QList<int> rows;
        for (int i = first; i < last; ++i) {
            if (blockRect(l.blocks()[std::size_t(i)]).intersects(band))
                rows << l.blocks()[std::size_t(i)].row;
        }
        selection.merge(rowsSelection(rows), QItemSelectionModel::Select);
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!rows.isEmpty())
            selectionModel()->setCurrentIndex(
                m_model->index(rows.first(), TranscriptModel::TextColumn), QItemSelectionModel::NoUpdate);
        viewport()->update();
        break;
    }
    case Drag::None:
        break;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QPoint pos = event->position().toPoint();
    if (drag == Drag::Edge && m_model) {
        m_dragSeconds = edgeSecondsAt(pos.x(), !event->modifiers().testFlag(Qt::ShiftModifier));
        const int row = m_dragRow;
        if (m_model->entry(row).seconds != std::optional<qint64>(m_dragSeconds))
            m_model->setSeconds(row, m_dragSeconds); // one undo step for the whole drag
        viewport()->update();
        return;
    }
    if (drag == Drag::Lane && m_model) {
        const int lane = laneAt(pos.y());
        if (lane >= 0) {
            QList<int> rows;
            if (selectionModel() && selectionModel()->isRowSelected(m_dragRow, QModelIndex())) {
                for (const QModelIndex &index : selectionModel()->selectedRows())
                    rows << index.row();
            } else {
                rows << m_dragRow;
            }
            std::sort(rows.begin(), rows.end());
            m_model->setSpeaker(rows, layout().lanes().value(lane));
        }
        QAbstractItemView::mouseReleaseEvent(event);
        viewport()->update();
        return;
    }
    if (drag == Drag::Rubber) {
        viewport()->update();
        return;
    }
    QAbstractItemView::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int block = blockAt(pos);
    if (block >= 0 && event->button() == Qt::LeftButton) {
        emit rowActivated(layout().blocks()[std::size_t(block)].row);
        return;
    }
    if (pos.y() < lanesTop())
        return; // a double click on the ruler is two seeks, nothing more
    QAbstractItemView::mouseDoubleClickEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(std::pow(1.25, steps / 120.0), event->position().x());
    } else {
        const double span = timeWidth() * m_scale.msPerPixel();
        setOrigin(m_scale.originMs() - steps / 120.0 * span / 8);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double centre = TimeLeft + timeWidth() / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(ZoomStep, centre);
        return;
    case Qt::Key_Minus:
        zoomAt(1 / ZoomStep, centre);
        return;
    case Qt::Key_0:
        showAll();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid() && !(event->modifiers() & Qt::ControlModifier)) {
            emit rowActivated(currentIndex().row());
            return;
        }
        break;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const int block = blockAt(event->pos());
    int row = -1;
    if (block >= 0 && m_model && selectionModel()) {
        row = layout().blocks()[std::size_t(block)].row;
        if (!selectionModel()->isRowSelected(row, QModelIndex()))
            selectionModel()->setCurrentIndex(m_model->index(row, TranscriptModel::TextColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    emit contextMenuRequested(event->globalPos(), row, std::max<qint64>(0, qint64(msAtX(event->pos().x()))));
}
