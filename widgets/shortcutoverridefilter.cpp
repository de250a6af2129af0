#include "shortcutoverridefilter.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

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
