#pragma once
// The mnemonic walker of tst_mnemonics, shared with tst_languageswitch (which runs it after a live language switch):
// no two mnemonics (Alt+letter) in one scope. A scope is the main window (its menu bar, every dock's labels and
// buttons, and Alt+key shortcuts of window actions), each menu and submenu, and each dialog.

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>

namespace MnemonicWalker {

/** The mnemonic character of a text ("&Merge" -> 'm'; "&&" is a literal ampersand), or a null QChar. */
inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

/** One scope's mnemonics: character -> where it is used. */
class Scope
{
public:
    explicit Scope(QString name) : m_name(std::move(name)) { }
    void add(const QString &text, const QString &where)
    {
        const QChar key = mnemonic(text);
        if (!key.isNull())
            m_uses[key] << QStringLiteral("%1 (\"%2\")").arg(where, text);
    }
    void addKey(QChar key, const QString &where) { m_uses[key.toLower()] << where; }
    QStringList duplicates() const
    {
        QStringList result;
        for (auto it = m_uses.cbegin(); it != m_uses.cend(); ++it) {
            if (it.value().size() > 1)
                result << QStringLiteral("%1: Alt+%2 for %3").arg(m_name, it.key().toUpper(), it.value().join(", "));
        }
        return result;
    }
    int size() const { return int(m_uses.size()); }

private:
    QString m_name;
    QMap<QChar, QStringList> m_uses;
};

/** Labels with a buddy, buttons, group boxes and tabs whose window is `window` (menus are windows of their own). */
inline void addWidgets(QWidget *window, Scope *scope)
{
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window)
            continue;
        const QString where = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
            + (widget->objectName().isEmpty() ? QStringLiteral("?") : widget->objectName());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                scope->add(label->text(), where);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            scope->add(button->text(), where);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            scope->add(group->title(), where);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                scope->add(tabs->tabText(i), where + QStringLiteral(" tab"));
        }
    }
}

inline void addMenu(QMenu *menu, QStringList *failures, int *scopes)
{
    Scope scope(QStringLiteral("menu \"%1\"").arg(menu->title()));
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        scope.add(action->text(), action->objectName().isEmpty() ? QStringLiteral("action") : action->objectName());
        if (action->menu())
            addMenu(action->menu(), failures, scopes);
    }
    *failures << scope.duplicates();
    ++*scopes;
}

/** What a walk over a window found: the clashes, how many scopes were walked, how many keys the window scope holds. */
struct Result
{
    QStringList failures;
    int scopes = 0;
    int mainKeys = 0;
};

/** Walks `window`: its own scope, every menu of its menu bar, and every QDialog child (open them first). */
inline Result walk(QMainWindow *window)
{
    Result result;
    Scope main(QStringLiteral("main window"));
    for (QAction *action : window->menuBar()->actions())
        main.add(action->text(), QStringLiteral("menu bar"));
    addWidgets(window, &main);
    // Alt+key shortcuts of the window's actions live in the same scope as the mnemonics.
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier)
                main.addKey(QChar(key[0].key()), action->objectName());
        }
    }
    result.failures << main.duplicates();
    ++result.scopes;
    result.mainKeys = main.size();

    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            addMenu(action->menu(), &result.failures, &result.scopes);
    }
    for (QDialog *dialog : window->findChildren<QDialog *>()) {
        Scope scope(QStringLiteral("dialog \"%1\"").arg(dialog->windowTitle()));
        addWidgets(dialog, &scope);
        result.failures << scope.duplicates();
        ++result.scopes;
    }
    return result;
}

} // namespace MnemonicWalker
