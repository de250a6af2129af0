#include "transcriptdelegate.h"

#include "speakermodel.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QValidator>

namespace {

constexpr int HMargin = 6;
constexpr int VMargin = 4;
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

/** Accepts what Timecode::parse accepts; characters that can never form a time are refused while typing. */
class TimeValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        for (const QChar c : input) {
            if (!c.isDigit() && c != QLatin1Char(':') && c != QLatin1Char('.') && !c.isSpace())
                return Invalid;
        }
        return Timecode::parse(input) ? Acceptable : Intermediate;
    }
};

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
        a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB, a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QString timeHint()
{
    return QCoreApplication::translate(
        "TranscriptDelegate", "Invalid time: type M:SS, H:MM:SS or a number of seconds (e.g. 1:02 or 1:06:26).");
}

bool isHeader(const QModelIndex &index)
{
    return index.data(TranscriptModel::IsHeaderRole).toBool();
}

} // namespace

TranscriptDelegate::TranscriptDelegate(TranscriptView *view) : QStyledItemDelegate(view), m_view(view)
{
}

QFont TranscriptDelegate::headerFont() const
{
    QFont font = m_view->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.1);
    return font;
}

int TranscriptDelegate::textHeight(const QString &text, const QFont &font, int width) const
{
    const QFontMetrics metrics(font);
    if (text.isEmpty())
        return metrics.height();
    const QRect bounds = metrics.boundingRect(QRect(0, 0, qMax(1, width), 1 << 24), TextFlags, text);
    return qMax(bounds.height(), metrics.height());
}

int TranscriptDelegate::singleLineHeight() const
{
    return QFontMetrics(m_view->font()).height() + 2 * VMargin;
}

int TranscriptDelegate::heightForRow(const QModelIndex &index) const
{
    const QModelIndex textIndex = index.siblingAtColumn(TranscriptModel::TextColumn);
    if (isHeader(index)) {
        int width = 0;
        for (int column = 0; column < TranscriptModel::ColumnCount; ++column)
            width += m_view->columnWidth(column);
        return textHeight(textIndex.data(TranscriptModel::TextRole).toString(), headerFont(), width - 2 * HMargin)
            + 2 * VMargin + 4;
    }
    const int width = m_view->columnWidth(TranscriptModel::TextColumn) - 2 * HMargin;
    return textHeight(textIndex.data(Qt::DisplayRole).toString(), m_view->font(), width) + 2 * VMargin;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int width = index.column() == TranscriptModel::TextColumn
        ? m_view->columnWidth(TranscriptModel::TextColumn)
        : metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * HMargin + 12;
    return QSize(width, heightForRow(index));
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool header = isHeader(index);
    const bool playing = index.row() == m_view->playingRow();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;

    painter->save();
    // Background: header tint or playing highlight first, then the style's selection/hover panel on top, so a
    // selected playing row still reads as selected.
    if (header)
        painter->fillRect(opt.rect, mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.16));
    if (playing)
        painter->fillRect(opt.rect, mix(palette.color(QPalette::Base), QColor(255, 170, 0), 0.28));
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (playing && (index.column() == TranscriptModel::TimeColumn || header))
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), QColor(230, 120, 0));

    const QRect textRect = opt.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (header) {
        painter->setFont(headerFont());
        painter->setPen(textColor);
        painter->drawText(textRect.adjusted(0, 2, 0, 0), TextFlags,
            index.siblingAtColumn(TranscriptModel::TextColumn).data(TranscriptModel::TextRole).toString());
    } else if (index.column() == TranscriptModel::SpeakerColumn) {
        const QColor speakerColor = index.data(TranscriptModel::SpeakerColorRole).value<QColor>();
        const QString name = index.data(Qt::DisplayRole).toString();
        if (!name.isEmpty() && speakerColor.isValid()) {
            const int dot = QFontMetrics(opt.font).height() / 2;
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(speakerColor);
            painter->drawEllipse(QRect(textRect.left(), textRect.top() + dot / 2, dot, dot));
            if (!selected)
                textColor = speakerColor.darker(130);
        }
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(textColor);
        const int indent = QFontMetrics(opt.font).height() / 2 + 4;
        painter->drawText(textRect.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(font).elidedText(name, Qt::ElideRight, textRect.width() - indent));
    } else {
        if (index.column() == TranscriptModel::TimeColumn && !selected)
            textColor = mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
        painter->setFont(opt.font);
        painter->setPen(textColor);
        painter->drawText(textRect, TextFlags, index.data(Qt::DisplayRole).toString());
    }
    painter->restore();
}

QWidget *TranscriptDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    if (index.column() == TranscriptModel::TextColumn || isHeader(index)) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setFrameShape(QFrame::NoFrame);
        edit->setTabChangesFocus(true);
        edit->setFont(isHeader(index) ? headerFont() : option.font);
        edit->document()->setDocumentMargin(HMargin - 2);
        editor = edit;
    } else if (index.column() == TranscriptModel::SpeakerColumn) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (SpeakerModel *speakers = m_view->speakerModel())
            combo->setModel(speakers);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::InlineCompletion);
        // Enter in the line edit only accepts an inline completion; watch it so Enter commits at once.
        combo->lineEdit()->installEventFilter(const_cast<TranscriptDelegate *>(this));
        editor = combo;
    } else {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        line->setValidator(new TimeValidator(line));
        line->setPlaceholderText(tr("M:SS"));
        editor = line;
    }
    m_editor = editor;
    m_editorIndex = index;
    return editor;
}

QPlainTextEdit *TranscriptDelegate::openTextEditor() const
{
    return qobject_cast<QPlainTextEdit *>(m_editor.data());
}

void TranscriptDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The view calls this again when the edited cell's data changes (e.g. a speaker was assigned with Alt+N while
    // typing); only the first call may fill the editor, or the typed text would be lost.
    if (editor->property("te_initialised").toBool())
        return;
    editor->setProperty("te_initialised", true);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(
            index.siblingAtColumn(TranscriptModel::TextColumn).data(TranscriptModel::TextRole).toString());
        edit->moveCursor(QTextCursor::End);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString name = index.data(Qt::DisplayRole).toString();
        const int found = combo->findText(name);
        combo->setCurrentIndex(found);
        combo->setEditText(name);
        combo->lineEdit()->selectAll();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::DisplayRole).toString());
        line->selectAll();
    }
}

void TranscriptDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        const QModelIndex textIndex = index.siblingAtColumn(TranscriptModel::TextColumn);
        const QString text = edit->toPlainText();
        if (text != textIndex.data(TranscriptModel::TextRole).toString())
            model->setData(textIndex, text, Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        QString name = combo->currentText().trimmed();
        // Inline completion keeps the typed case ("mar" -> "maria"): prefer the known spelling of the name.
        if (SpeakerModel *speakers = m_view->speakerModel()) {
            for (const QString &known : speakers->names()) {
                if (known.compare(name, Qt::CaseInsensitive) == 0)
                    name = known;
            }
        }
        if (name != index.data(Qt::DisplayRole).toString())
            model->setData(index, name, Qt::EditRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const QString typed = line->text().trimmed();
        if (typed == index.data(Qt::DisplayRole).toString())
            return;
        if (!Timecode::parse(typed) || !model->setData(index, typed, Qt::EditRole))
            emit inputRejected(timeHint());
    }
}

void TranscriptDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect rect = option.rect;
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // A long paragraph gets room for its wrapped text (plus a spare line for typing), within the viewport.
        const int wanted = heightForRow(index) + QFontMetrics(option.font).height();
        rect.setHeight(
            qMin(qMax(rect.height(), wanted), qMax(rect.height(), m_view->viewport()->height() - rect.top())));
    }
    editor->setGeometry(rect);
}

bool TranscriptDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QPlainTextEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
            if (mods == Qt::ShiftModifier) {
                edit->textCursor().insertText(QStringLiteral("\n"));
                return true;
            }
            if (mods == Qt::NoModifier) {
                emit commitData(edit);
                emit closeEditor(edit, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
    }
    if (auto *line = qobject_cast<QLineEdit *>(object); line && event->type() == QEvent::KeyPress) {
        auto *combo = qobject_cast<QComboBox *>(line->parentWidget());
        auto *key = static_cast<QKeyEvent *>(event);
        if (combo && combo == m_editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            emit commitData(combo);
            emit closeEditor(combo, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    if (auto *line = qobject_cast<QLineEdit *>(object);
        line && line->validator() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !line->hasAcceptableInput()) {
            emit inputRejected(timeHint());
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
