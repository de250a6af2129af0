#include "shortcutsdialog.h"

#include "retranslator.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int NameRole = Qt::UserRole;
}

ShortcutsDialog::ShortcutsDialog(const ShortcutScheme &scheme, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    // A modeless window: its texts follow a change of the interface language (the list is set by setScheme()).
    Retranslator::bind(this, "windowTitle", [] { return tr("Keyboard Shortcuts"); });
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    Retranslator::bind(m_filter, "placeholderText", [] { return tr("Action or key, e.g. merge or Ctrl+M"); });
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = Retranslator::bind(new QLabel(this), "text", [] { return tr("&Search:"); });
    filterLabel->setBuddy(m_filter);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    Retranslator::bind(m_list, [this] { m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") }); });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *note = Retranslator::bind(new QLabel(this), "text", [] { return tr("Change them in Edit > Preferences."); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    setScheme(scheme);
    resize(560, 600);
}

void ShortcutsDialog::setScheme(const ShortcutScheme &scheme)
{
    m_list->clear();
    for (const QString &name : scheme.names()) {
        auto *item = new QTreeWidgetItem(m_list,
            { scheme.text(name), QKeySequence::listToString(scheme.shortcuts(name), QKeySequence::NativeText) });
        item->setData(0, NameRole, name);
    }
    setFilter(m_filter->text());
}

void ShortcutsDialog::setFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
            || item->text(1).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

QStringList ShortcutsDialog::visibleActions() const
{
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->isHidden())
            names << m_list->topLevelItem(i)->data(0, NameRole).toString();
    }
    return names;
}
