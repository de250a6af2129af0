#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

/**
 * Lets window-level shortcuts win over the focused editor inside one window.
 *
 * Text editors claim many Ctrl combinations (Ctrl+Left/Right move by word, Ctrl+Up/Down scroll) by accepting the
 * ShortcutOverride event, and then the window's QAction never fires. Installed on the application, this filter
 * swallows the ShortcutOverride for the key sequences of the given actions when the receiver lies inside `window`,
 * so Qt's shortcut map dispatches them to the actions. Other keys and other windows are left alone, and so are the
 * standard text keys (word moves, Home/End, selection, Ctrl+Backspace, Ctrl+Delete, ...): a focused text field
 * claims those even when a window action has one of them as its shortcut.
 */
class ShortcutOverrideFilter : public QObject
{
    Q_OBJECT

public:
    /** `window` is the top-level widget whose children are affected; the filter is a child of it. */
    explicit ShortcutOverrideFilter(QWidget *window);
    ~ShortcutOverrideFilter() override;

    void addAction(QAction *action);
    void addActions(const QList<QAction *> &actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
};
