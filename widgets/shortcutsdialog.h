#pragma once

#include "shortcutscheme.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/**
 * Help > Keyboard Shortcuts: every action with its keys, filtered by what is typed in the search box (action text
 * or key, e.g. "merge" or "ctrl+m"). Read-only; the keys are changed in the Preferences.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const ShortcutScheme &scheme, QWidget *parent = nullptr);

    /** Shows the keys of `scheme` (the dialog stays open while the shortcuts change). */
    void setScheme(const ShortcutScheme &scheme);
    /** Hides the rows matching neither the action text nor the key text. */
    void setFilter(const QString &text);
    /** The action names of the rows shown, in order. */
    QStringList visibleActions() const;

private:
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
