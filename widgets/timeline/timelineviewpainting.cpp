// Painting of the TimelineView: ruler, waveform, lanes with their blocks, header markers, the dragged edge, the rubber
// band and the playhead. Only what is in view is touched: blocks and markers come from binary searches in the
// layout, and at wide zooms blocks that share a pixel column are painted once.
#include "timelineview.h"

#include "speakermodel.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "waveformloader.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());
    paintLanes(painter);
    paintWaveform(painter, waveformRect());
    paintRuler(painter, rulerRect());

    // The corner above the lane names: how many lines have no time (and so no block).
    const QRect corner(0, 0, TimeLeft, RulerHeight);
    painter.fillRect(corner, pal.window());
    painter.setPen(pal.color(QPalette::WindowText));
    const int untimed = layout().untimedLines();
    const QString cornerText = untimed > 0 ? tr("%n without time", nullptr, untimed) : tr("All lines timed");
    painter.drawText(corner.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font()).elidedText(cornerText, Qt::ElideRight, TimeLeft - 6));

    // Header markers across ruler, waveform and lanes, with their titles at the top of the waveform.
    const TimelineLayout &l = layout();
    const double span = timeWidth() * m_scale.msPerPixel();
    const auto [mFirst, mLast] = l.visibleMarkers(qint64(m_scale.originMs()), qint64(m_scale.originMs() + span) + 1);
    painter.setClipRect(QRect(TimeLeft, 0, timeWidth(), viewport()->height()));
    const QColor markerColor(0x8e, 0x44, 0xad);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    int lastMarkerX = std::numeric_limits<int>::min();
    int labelsEnd = std::numeric_limits<int>::min();
    for (int i = mFirst; i < mLast; ++i) {
        const TimelineLayout::Marker &marker = l.markers()[std::size_t(i)];
        const int x = int(std::lround(xForMs(double(marker.ms))));
        if (x == lastMarkerX)
            continue; // several headers on one pixel: one line is enough
        lastMarkerX = x;
        painter.setPen(QPen(markerColor, 2));
        painter.drawLine(x, RulerHeight, x, viewport()->height());
        if (x < labelsEnd)
            continue; // no room for the title: the line alone marks the header
        const QString title = m_model->entry(marker.row).text;
        const QFontMetrics fm(small);
        const QString shown = fm.elidedText(title, Qt::ElideRight, 220);
        const QRect label(x + 1, RulerHeight + 1, fm.horizontalAdvance(shown) + 8, fm.height() + 2);
        labelsEnd = label.right() + 4;
        painter.fillRect(label, markerColor);
        painter.setPen(Qt::white);
        painter.drawText(label.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
    }

    // The edge being dragged, with the time it will get.
    if (m_drag == Drag::Edge) {
        const int x = int(std::lround(xForMs(double(m_dragSeconds * 1000))));
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawLine(x, RulerHeight, x, viewport()->height());
        const QString text = Timecode::format(m_dragSeconds);
        const QFontMetrics fm(small);
        const QRect box(x + 4, m_dragPos.y() - fm.height() - 6, fm.horizontalAdvance(text) + 8, fm.height() + 4);
        painter.fillRect(box, pal.color(QPalette::ToolTipBase));
        painter.setPen(pal.color(QPalette::ToolTipText));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    if (m_drag == Drag::Rubber) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.drawRect(QRect(m_pressPos, m_dragPos).normalized());
        painter.setBrush(Qt::NoBrush);
    }

    // The playhead.
    const int px = int(std::lround(xForMs(double(m_playheadMs))));
    painter.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
    painter.drawLine(px, 0, px, viewport()->height());
}

void TimelineView::paintRuler(QPainter &painter, const QRect &rect)
{
    const QPalette &pal = palette();
    painter.fillRect(rect, pal.window());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    const QFontMetrics fm(font());
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("0:00:00")) + 16;
    const qint64 step = TimelineScale::rulerStepMs(m_scale.msPerPixel(), labelWidth);
    const qint64 minor = step / 5 >= 200 ? step / 5 : step;
    const qint64 from = qint64(m_scale.originMs()) / minor * minor;
    const qint64 to = qint64(m_scale.originMs() + rect.width() * m_scale.msPerPixel());
    painter.setPen(pal.color(QPalette::WindowText));
    for (qint64 t = from; t <= to; t += minor) {
        const int x = int(std::lround(xForMs(double(t))));
        if (x < rect.left())
            continue;
        const bool major = t % step == 0;
        painter.drawLine(x, rect.bottom() - (major ? 8 : 4), x, rect.bottom());
        if (major)
            painter.drawText(QRect(x + 3, rect.top(), int(labelWidth), rect.height() - 6),
                Qt::AlignLeft | Qt::AlignVCenter, Timecode::formatMs(t));
    }
}

void TimelineView::paintWaveform(QPainter &painter, const QRect &rect)
{
    const QPalette &pal = palette();
    painter.fillRect(rect, pal.color(QPalette::AlternateBase));
    painter.fillRect(QRect(0, rect.top(), TimeLeft, rect.height()), pal.window());
    painter.setPen(pal.color(QPalette::WindowText));
    const std::shared_ptr<const SharedPeaks> peaks = m_waveform->peaks();
    QString message;
    {
        QReadLocker locker(&peaks->lock);
        const PeakPyramid &pyramid = peaks->pyramid;
        if (!pyramid.isEmpty() && pyramid.sampleRate() > 0) {
            const int columns = rect.width();
            std::vector<PeakPair> pairs(std::size_t(std::max(columns, 0)));
            const double samplesPerMs = pyramid.sampleRate() / 1000.0;
            pyramid.columns(
                m_scale.originMs() * samplesPerMs, m_scale.msPerPixel() * samplesPerMs, columns, pairs.data());
            const int mid = rect.center().y();
            const double half = rect.height() / 2.0 - 2;
            QColor wave = pal.color(QPalette::Highlight).darker(110);
            painter.setPen(wave);
            std::vector<QLine> lines;
            lines.reserve(pairs.size());
            for (int c = 0; c < columns; ++c) {
                const PeakPair &p = pairs[std::size_t(c)];
                if (p.min == 0 && p.max == 0)
                    continue;
                const int y0 = mid - int(p.max * half / 32768.0);
                const int y1 = mid - int(p.min * half / 32768.0);
                lines.emplace_back(rect.left() + c, y0, rect.left() + c, std::max(y0, y1));
            }
            painter.drawLines(lines.data(), int(lines.size()));
        }
    }
    switch (m_waveform->state()) {
    case WaveformLoader::State::Empty:
        message = m_noAudioReason.isEmpty() ? tr("No audio loaded.") : m_noAudioReason;
        break;
    case WaveformLoader::State::Loading:
        message = tr("Reading the waveform… %1%").arg(int(m_waveform->progress() * 100));
        break;
    case WaveformLoader::State::Failed:
        message = tr("No waveform: %1").arg(m_waveform->errorString());
        break;
    case WaveformLoader::State::Ready:
        break;
    }
    painter.drawText(
        QRect(4, rect.top(), TimeLeft - 8, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("Waveform"));
    if (!message.isEmpty()) {
        const QFontMetrics fm(font());
        const QRect box = fm.boundingRect(
            rect.adjusted(8, 8, -8, -8), Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, message);
        painter.fillRect(box.adjusted(-4, -2, 4, 2), pal.window());
        painter.drawText(box, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, message);
        if (m_waveform->state() == WaveformLoader::State::Loading) {
            const QRect bar(rect.left(), rect.bottom() - 3, int(rect.width() * m_waveform->progress()), 3);
            painter.fillRect(bar, pal.color(QPalette::Highlight));
        }
    }
}

void TimelineView::paintLanes(QPainter &painter)
{
    const QPalette &pal = palette();
    const TimelineLayout &l = layout();
    const QFontMetrics fm(font());
    const int lanes = int(l.lanes().size());
    painter.save();
    painter.setClipRect(QRect(0, lanesTop(), viewport()->width(), viewport()->height() - lanesTop()));
    for (int lane = 0; lane < lanes; ++lane) {
        const QRect r = laneRect(lane);
        if (r.bottom() < lanesTop() || r.top() > viewport()->height())
            continue;
        painter.fillRect(r, lane % 2 ? pal.base() : pal.alternateBase());
        const QString name = l.lanes()[lane];
        const QColor color = name.isEmpty() || !m_speakers ? pal.color(QPalette::Mid) : m_speakers->colorOf(name);
        const QRect label(0, r.top(), TimeLeft, r.height());
        painter.fillRect(label, pal.window());
        painter.fillRect(QRect(4, r.top() + 6, 6, r.height() - 12), color);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label.adjusted(14, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(name.isEmpty() ? tr("(no speaker)") : name, Qt::ElideRight, TimeLeft - 18));
    }

    painter.setClipRect(QRect(TimeLeft, lanesTop(), timeWidth(), viewport()->height() - lanesTop()));
    const double span = timeWidth() * m_scale.msPerPixel();
    const auto [first, last] = l.visibleRange(qint64(m_scale.originMs()), qint64(m_scale.originMs() + span) + 1);
    QItemSelectionModel *selection = selectionModel();
    const int current = currentIndex().row();
    // At a wide zoom many blocks share a pixel: per lane, a block that ends where the last painted one already
    // covers is skipped, so a frame costs about one rectangle per pixel column at most.
    std::vector<int> paintedTo(std::size_t(lanes), std::numeric_limits<int>::min());
    std::vector<QColor> laneColors;
    for (const QString &name : l.lanes())
        laneColors.push_back(name.isEmpty() || !m_speakers ? pal.color(QPalette::Mid) : m_speakers->colorOf(name));
    // Blocks a few pixels wide (a whole long episode in view) merge into one run per lane, painted with one call.
    std::vector<QRect> runs(static_cast<std::size_t>(lanes));
    const auto paintRun = [&painter, &laneColors](int lane, const QRect &run) {
        QColor fill = laneColors[std::size_t(lane)];
        fill.setAlpha(140);
        painter.fillRect(run, fill);
    };
    for (int i = first; i < last; ++i) {
        const TimelineLayout::Block &block = l.blocks()[std::size_t(i)];
        const int x1 = int(std::ceil(xForMs(double(block.endMs))));
        int &covered = paintedTo[std::size_t(block.lane)];
        if (x1 <= covered || x1 < TimeLeft)
            continue;
        const QRect r = blockRect(block);
        if (r.bottom() < lanesTop() || r.top() > viewport()->height())
            continue;
        covered = std::max(r.left() + 1, x1 - 1);
        const QColor color = laneColors[std::size_t(block.lane)];
        const bool selected = selection && selection->isRowSelected(block.row, QModelIndex());
        if (r.width() < 4 && !selected && block.row != current) {
            QRect &run = runs[std::size_t(block.lane)];
            if (run.isValid() && r.left() <= run.right() + 1) {
                run.setRight(std::max(run.right(), r.right()));
            } else {
                if (run.isValid())
                    paintRun(block.lane, run);
                run = r;
            }
            continue;
        }
        QColor fill = color;
        fill.setAlpha(selected ? 230 : 90);
        painter.fillRect(r, fill);
        painter.setPen(selected ? QPen(pal.color(QPalette::Highlight), 2) : QPen(color.darker(130), 1));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        if (block.row == current) {
            painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
            painter.drawRect(r.adjusted(2, 2, -3, -3));
        }
        // The left edge is the line's start, the handle a drag re-times.
        painter.fillRect(QRect(r.left(), r.top(), 2, r.height()), color.darker(160));
        if (r.width() > 24) {
            const QRect text
                = r.adjusted(5, 0, -3, 0).intersected(QRect(TimeLeft + 2, r.top(), timeWidth(), r.height()));
            const QString line = m_model->entry(block.row).text;
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(line.left(200).simplified(), Qt::ElideRight, text.width()));
        }
    }
    for (int lane = 0; lane < lanes; ++lane) {
        if (runs[std::size_t(lane)].isValid())
            paintRun(lane, runs[std::size_t(lane)]);
    }
    // A lane drag shows where the block would go.
    if (m_drag == Drag::Lane) {
        const int lane = laneAt(m_dragPos.y());
        const int block = l.blockOfRow(m_dragRow);
        if (lane >= 0 && block >= 0) {
            TimelineLayout::Block ghost = l.blocks()[std::size_t(block)];
            ghost.lane = lane;
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
            painter.drawRect(blockRect(ghost));
        }
    }
    painter.restore();
}
