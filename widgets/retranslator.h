#pragma once

#include <QList>
#include <QObject>

#include <functional>

/**
 * Keeps the texts that are set once (menu titles, action texts, dock titles, labels, tooltips) in the interface
 * language. bind() sets a text now and again whenever its object receives QEvent::LanguageChange: installing or
 * removing a QTranslator sends that event to every window, and each widget passes it on to its children, QActions
 * included. So each source string stays in one place, under its tr() context, and the catalogues keep matching it.
 *
 * Texts built from state (speaker names, recent files, counts) are rebuilt by their owners instead, in changeEvent().
 */
class Retranslator : public QObject
{
public:
    using Text = std::function<QString()>;

    /** Sets `property` of `target` ("text", "title", "windowTitle", "toolTip", "statusTip", "placeholderText") to
     * make() now and after each language change; returns `target`. */
    template<typename T> static T *bind(T *target, const char *property, Text make)
    {
        bindProperty(target, property, std::move(make));
        return target;
    }
    /** Calls `apply` now and after each language change of `target`: for texts set through a function. */
    static void bind(QObject *target, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Retranslator(QObject *target);
    static void bindProperty(QObject *target, const char *property, Text make);
    /** The target's own Retranslator (a child of it), created on first use. */
    static Retranslator *of(QObject *target);

    QList<std::function<void()>> m_apply;
};
