#include "speakerspanel.h"

#include "retranslator.h"
#include "speakermodel.h"
#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/** One speaker per row: colour swatch, name, then "Alt+N · 12 lines" on the right. */
class SpeakerItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget *widget = opt.widget;
        widget->style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        painter->save();
        const QRect rect = opt.rect.adjusted(6, 0, -6, 0);
        const int swatch = opt.fontMetrics.height() - 2;
        const QRect swatchRect(rect.left(), rect.center().y() - swatch / 2, swatch, swatch);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(index.data(SpeakerModel::ColorRole).value<QColor>());
        painter->drawRoundedRect(swatchRect, 3, 3);

        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const int number = index.data(SpeakerModel::NumberRole).toInt();
        const int lines = index.data(SpeakerModel::LineCountRole).toInt();
        const QString right = number > 0
            ? QCoreApplication::translate("SpeakersPanel", "Alt+%1 · %n line(s)", nullptr, lines).arg(number)
            : QCoreApplication::translate("SpeakersPanel", "%n line(s)", nullptr, lines);
        painter->setPen(selected ? text : opt.palette.color(QPalette::PlaceholderText));
        const QRect textRect = rect.adjusted(swatch + 8, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, right);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const int nameWidth = textRect.width() - opt.fontMetrics.horizontalAdvance(right) - 8;
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data(SpeakerModel::NameRole).toString(), Qt::ElideRight, nameWidth));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() + 10);
        return size;
    }
};

} // namespace

SpeakersPanel::SpeakersPanel(QWidget *parent)
    : QWidget(parent),
      m_list(new QListView(this)),
      m_renameButton(new QToolButton(this)),
      m_mergeButton(new QToolButton(this)),
      m_selectButton(new QToolButton(this))
{
    m_list->setItemDelegate(new SpeakerItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    Retranslator::bind(m_list, "toolTip", [] { return tr("Double-click a speaker to rename it."); });

    Retranslator::bind(m_renameButton, "text", [] { return tr("Rename..."); });
    Retranslator::bind(m_mergeButton, "text", [] { return tr("Merge Into"); });
    m_mergeButton->setPopupMode(QToolButton::InstantPopup);
    auto *mergeMenu = new QMenu(m_mergeButton);
    m_mergeButton->setMenu(mergeMenu);
    connect(mergeMenu, &QMenu::aboutToShow, this, &SpeakersPanel::fillMergeMenu);
    Retranslator::bind(m_selectButton, "text", [] { return tr("Select Lines"); });
    Retranslator::bind(
        m_selectButton, "toolTip", [] { return tr("Select every line of this speaker in the transcript"); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_mergeButton);
    buttons->addWidget(m_selectButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_renameButton, &QToolButton::clicked, this, &SpeakersPanel::renameCurrent);
    connect(m_selectButton, &QToolButton::clicked, this, &SpeakersPanel::selectLinesOfCurrent);
    connect(m_list, &QListView::doubleClicked, this, &SpeakersPanel::renameCurrent);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (currentSpeaker().isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Rename..."), this, &SpeakersPanel::renameCurrent);
        QMenu *merge = menu.addMenu(tr("Merge Into"));
        const QString from = currentSpeaker();
        for (const QString &name : m_speakers->names()) {
            if (name != from)
                merge->addAction(name, this, [this, from, name] { mergeInto(from, name); });
        }
        merge->setEnabled(!merge->isEmpty());
        menu.addAction(tr("Select Lines"), this, &SpeakersPanel::selectLinesOfCurrent);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

void SpeakersPanel::setModels(TranscriptModel *transcript, SpeakerModel *speakers, QItemSelectionModel *selection)
{
    m_transcript = transcript;
    m_speakers = speakers;
    m_selection = selection;
    m_list->setModel(speakers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SpeakersPanel::updateButtons);
    connect(speakers, &QAbstractItemModel::modelReset, this, &SpeakersPanel::updateButtons);
    connect(speakers, &QAbstractItemModel::rowsRemoved, this, &SpeakersPanel::updateButtons);
    updateButtons();
}

QString SpeakersPanel::currentSpeaker() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(SpeakerModel::NameRole).toString() : QString();
}

void SpeakersPanel::setCurrentSpeaker(const QString &name)
{
    const int row = m_speakers ? m_speakers->rowOf(name) : -1;
    m_list->setCurrentIndex(row >= 0 ? m_speakers->index(row) : QModelIndex());
}

void SpeakersPanel::updateButtons()
{
    const bool any = !currentSpeaker().isEmpty();
    m_renameButton->setEnabled(any);
    m_mergeButton->setEnabled(any && m_speakers && m_speakers->rowCount() > 1);
    m_selectButton->setEnabled(any);
}

void SpeakersPanel::fillMergeMenu()
{
    QMenu *menu = m_mergeButton->menu();
    menu->clear();
    const QString from = currentSpeaker();
    if (!m_speakers || from.isEmpty())
        return;
    for (const QString &name : m_speakers->names()) {
        if (name != from)
            menu->addAction(name, this, [this, from, name] { mergeInto(from, name); });
    }
}

void SpeakersPanel::renameCurrent()
{
    const QString from = currentSpeaker();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Speaker"),
        tr("New name for “%1” (on all %n line(s)):", nullptr, m_speakers->lineCount(from)).arg(from), QLineEdit::Normal,
        from, &ok)
                           .trimmed();
    if (ok)
        rename(from, to);
}

bool SpeakersPanel::rename(const QString &from, const QString &to)
{
    if (!m_transcript || to.isEmpty() || to == from)
        return false;
    if (m_speakers->rowOf(to) >= 0) {
        const auto answer = QMessageBox::question(this, tr("Merge Speakers"),
            tr("“%1” already exists. Give all lines of “%2” to “%1”?").arg(to, from),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        return answer == QMessageBox::Yes && mergeInto(from, to);
    }
    if (!m_transcript->renameSpeaker(from, to))
        return false;
    setCurrentSpeaker(to);
    emit statusMessage(tr("Renamed “%1” to “%2”.").arg(from, to));
    return true;
}

bool SpeakersPanel::mergeInto(const QString &from, const QString &into)
{
    if (!m_transcript || !m_transcript->mergeSpeaker(from, into))
        return false;
    setCurrentSpeaker(into);
    emit statusMessage(tr("Merged “%1” into “%2”.").arg(from, into));
    return true;
}

int SpeakersPanel::selectLinesOfCurrent()
{
    const QString name = currentSpeaker();
    if (!m_transcript || !m_selection || name.isEmpty())
        return 0;
    // One selection range per run of consecutive lines keeps the selection small on long episodes.
    QItemSelection selection;
    int count = 0;
    int runStart = -1;
    int first = -1;
    const int rows = m_transcript->rowCount();
    const int lastColumn = TranscriptModel::ColumnCount - 1;
    for (int row = 0; row <= rows; ++row) {
        const bool match = row < rows && m_transcript->entry(row).isLine() && m_transcript->entry(row).speaker == name;
        if (match) {
            ++count;
            if (runStart < 0)
                runStart = row;
            if (first < 0)
                first = row;
        } else if (runStart >= 0) {
            selection.select(m_transcript->index(runStart, 0), m_transcript->index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        m_selection->setCurrentIndex(
            m_transcript->index(first, TranscriptModel::TextColumn), QItemSelectionModel::NoUpdate);
    emit statusMessage(tr("Selected %n line(s) of %1.", nullptr, count).arg(name));
    emit linesSelected(first);
    return count;
}
