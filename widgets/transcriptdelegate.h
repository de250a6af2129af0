#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

class TranscriptView;
class QPlainTextEdit;

/**
 * Paints and edits the cells of a TranscriptView.
 *
 * Painting and height measurement share one text layout (word wrap at the column width), so heightForRow() is
 * exactly what paint() needs. Header rows are painted over the whole span in bold on a tinted background; the row
 * the player is on gets a highlight that is independent of selection and focus.
 *
 * Editors: text in a QPlainTextEdit (Enter commits, Shift+Enter inserts a line break, Esc cancels); speaker in an
 * editable QComboBox over the view's SpeakerModel (new names accepted); time in a QLineEdit that refuses what
 * Timecode::parse refuses and says why through inputRejected(). All edits reach the model through setData (EditRole),
 * which pushes undo commands.
 */
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TranscriptDelegate(TranscriptView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** Height the row needs at the view's current column widths. */
    int heightForRow(const QModelIndex &index) const;
    /** Height of one line of text plus margins (the smallest row). */
    int singleLineHeight() const;

    /** The editor currently open, if any, and the index it edits. */
    QWidget *openEditor() const { return m_editor; }
    QModelIndex openEditorIndex() const { return m_editorIndex; }
    /** The open text editor, or nullptr when none is open (or another column is being edited). */
    QPlainTextEdit *openTextEditor() const;

signals:
    /** Typed input was refused (e.g. an invalid time); the message says what is accepted. */
    void inputRejected(const QString &message) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QFont headerFont() const;
    int textHeight(const QString &text, const QFont &font, int width) const;

    TranscriptView *m_view;
    mutable QPointer<QWidget> m_editor;
    mutable QPersistentModelIndex m_editorIndex;
};
