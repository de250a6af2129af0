#include "shortcutoverridefilter.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace {
/**
 * Keys that move, select or delete text in a line or text editor. They are never taken from an editor, whatever
 * shortcut a window action has: a user typing in a cell must get the text meaning (issue 12).
 */
bool isTextEditingKey(const QKeySequence &pressed)
{
    static const QKeySequence::StandardKey keys[] = { QKeySequence::MoveToNextChar, QKeySequence::MoveToPreviousChar,
        QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord, QKeySequence::MoveToNextLine,
        QKeySequence::MoveToPreviousLine, QKeySequence::MoveToStartOfLine, QKeySequence::MoveToEndOfLine,
        QKeySequence::MoveToStartOfBlock, QKeySequence::MoveToEndOfBlock, QKeySequence::MoveToStartOfDocument,
        QKeySequence::MoveToEndOfDocument, QKeySequence::MoveToNextPage, QKeySequence::MoveToPreviousPage,
        QKeySequence::SelectNextChar, QKeySequence::SelectPreviousChar, QKeySequence::SelectNextWord,
        QKeySequence::SelectPreviousWord, QKeySequence::SelectNextLine, QKeySequence::SelectPreviousLine,
        QKeySequence::SelectStartOfLine, QKeySequence::SelectEndOfLine, QKeySequence::SelectStartOfBlock,
        QKeySequence::SelectEndOfBlock, QKeySequence::SelectStartOfDocument, QKeySequence::SelectEndOfDocument,
        QKeySequence::SelectNextPage, QKeySequence::SelectPreviousPage, QKeySequence::SelectAll, QKeySequence::Deselect,
        QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord, QKeySequence::DeleteEndOfLine,
        QKeySequence::DeleteCompleteLine, QKeySequence::Backspace, QKeySequence::Delete, QKeySequence::Copy,
        QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo, QKeySequence::Redo,
        QKeySequence::InsertLineSeparator, QKeySequence::InsertParagraphSeparator };
    for (QKeySequence::StandardKey key : keys) {
        for (const QKeySequence &binding : QKeySequence::keyBindings(key)) {
            if (binding.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}
bool isEditableText(QWidget *widget)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        return !rich->isReadOnly();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return !line->isReadOnly();
    return false;
}
} // namespace

ShortcutOverrideFilter::ShortcutOverrideFilter(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

ShortcutOverrideFilter::~ShortcutOverrideFilter()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void ShortcutOverrideFilter::addAction(QAction *action)
{
    m_actions << action;
}

void ShortcutOverrideFilter::addActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        addAction(action);
}

bool ShortcutOverrideFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Cheap test first: this sees every event of the application.
    if (event->type() != QEvent::ShortcutOverride || !m_window || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // Keypad Enter carries the keypad modifier; shortcuts are written without it.
    const QKeySequence pressed(QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
    if (isTextEditingKey(pressed)) {
        // Claimed for a text field, whatever the window's actions say: Ctrl+Delete deletes the next word in a
        // cell, not the row (QPlainTextEdit itself claims only some of these keys, e.g. not Ctrl+Delete).
        if (isEditableText(widget)) {
            event->accept();
            return true;
        }
        return false;
    }
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isEnabled())
            continue;
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (sequence.matches(pressed) == QKeySequence::ExactMatch) {
                // Not accepted and filtered: the editor never claims the key, so the shortcut map gets it.
                event->ignore();
                return true;
            }
        }
    }
    return false;
}
