#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int NameRole = Qt::UserRole;
}

PreferencesDialog::PreferencesDialog(const Preferences &preferences, const ShortcutScheme &shortcuts, QWidget *parent)
    : QDialog(parent), m_shortcuts(shortcuts)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createPlaybackPage(), tr("&Playback"));
    m_tabs->addTab(createShortcutsPage(), tr("Short&cuts"));

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        commitKeys();
        emit applied();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        commitKeys();
        emit applied();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setPreferences(preferences);
    fillShortcutList();
    resize(620, 560);
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    // A new language applies to the open window at once (OK or Apply): no note about a restart.

    m_autosave = new QSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosave->setRange(Preferences::MinAutosaveSeconds, Preferences::MaxAutosaveSeconds);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(tr("The longest time an edit waits before it is in the recovery copy."));

    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    // 0 stands for "the system's size"; the spin box jumps from it straight to the smallest real size.
    m_fontSize->setRange(Preferences::MinFontPointSize - 1, Preferences::MaxFontPointSize);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("Table &font size:"), m_fontSize);
    return page;
}

QWidget *PreferencesDialog::createPlaybackPage()
{
    auto *page = new QWidget(this);
    m_skip = new QSpinBox(page);
    m_skip->setObjectName(QStringLiteral("skipSpin"));
    m_skip->setRange(Preferences::MinSkipSeconds, Preferences::MaxSkipSeconds);
    m_skip->setSuffix(tr(" s"));
    m_rewind = new QSpinBox(page);
    m_rewind->setObjectName(QStringLiteral("rewindSpin"));
    m_rewind->setRange(0, Preferences::MaxRewindOnPauseMs);
    m_rewind->setSingleStep(250);
    m_rewind->setSuffix(tr(" ms"));
    m_rewind->setSpecialValueText(tr("Off"));
    m_rateStep = new QDoubleSpinBox(page);
    m_rateStep->setObjectName(QStringLiteral("rateStepSpin"));
    m_rateStep->setRange(Preferences::MinRateStep, Preferences::MaxRateStep);
    m_rateStep->setSingleStep(0.05);
    m_rateStep->setDecimals(2);
    m_rateStep->setPrefix(tr("±"));
    m_rateStep->setSuffix(tr("×"));
    m_follow = new QCheckBox(tr("Follo&w playback by default (the table scrolls to the line being heard)"), page);
    m_follow->setObjectName(QStringLiteral("followCheck"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Skip back and forward by:"), m_skip);
    form->addRow(tr("&Rewind on pause:"), m_rewind);
    form->addRow(tr("Speed s&tep (Faster / Slower):"), m_rateStep);
    form->addRow(m_follow);
    return page;
}

QWidget *PreferencesDialog::createShortcutsPage()
{
    auto *page = new QWidget(this);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Action or key, e.g. merge or Ctrl+M"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("Searc&h:"), page);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &PreferencesDialog::filterShortcuts);

    m_list = new QTreeWidget(page);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelectedKeys(); });

    m_primary = new QKeySequenceEdit(page);
    m_primary->setObjectName(QStringLiteral("primaryKeyEdit"));
    m_alternate = new QKeySequenceEdit(page);
    m_alternate->setObjectName(QStringLiteral("alternateKeyEdit"));
    for (QKeySequenceEdit *edit : { m_primary, m_alternate }) {
        edit->setClearButtonEnabled(true);
        edit->installEventFilter(this);
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, edit] { finishRecording(edit); });
        // A recording empties the edit at its first key press (Qt's QKeySequenceEdit clears itself, and a modifier
        // pressed alone keeps it empty until the real key comes), so an empty key during a recording is not the
        // user's choice: editingFinished commits the recorded key. Outside a recording, an edit becomes empty only
        // through its clear button, which does not "finish" editing: that is committed at once.
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this, edit](const QKeySequence &key) {
            if (key.isEmpty() && !m_updatingEditors && m_recording != edit)
                commitKeys();
        });
    }
    auto *primaryLabel = new QLabel(tr("&Key:"), page);
    primaryLabel->setBuddy(m_primary);
    auto *alternateLabel = new QLabel(tr("Alter&nate key:"), page);
    alternateLabel->setBuddy(m_alternate);
    m_reset = new QPushButton(tr("Reset to &Default"), page);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_resetAll = new QPushButton(tr("Reset All to Defa&ults"), page);
    m_resetAll->setObjectName(QStringLiteral("resetAllButton"));
    connect(m_reset, &QPushButton::clicked, this, &PreferencesDialog::resetSelected);
    connect(m_resetAll, &QPushButton::clicked, this, &PreferencesDialog::resetAll);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *keys = new QGridLayout;
    keys->addWidget(primaryLabel, 0, 0);
    keys->addWidget(m_primary, 0, 1);
    keys->addWidget(m_reset, 0, 2);
    keys->addWidget(alternateLabel, 1, 0);
    keys->addWidget(m_alternate, 1, 1);
    keys->addWidget(m_resetAll, 1, 2);
    keys->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(keys);
    layout->addWidget(m_message);
    return page;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const Preferences value = preferences.clamped();
    const int language = m_language->findData(value.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_autosave->setValue(value.autosaveIntervalSeconds);
    m_fontSize->setValue(value.tableFontPointSize <= 0 ? m_fontSize->minimum() : value.tableFontPointSize);
    m_skip->setValue(value.skipSeconds);
    m_rewind->setValue(value.rewindOnPauseMs);
    m_rateStep->setValue(value.rateStep);
    m_follow->setChecked(value.followPlayback);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences value;
    value.language = m_language->currentData().toString();
    value.autosaveIntervalSeconds = m_autosave->value();
    value.tableFontPointSize = m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value();
    value.skipSeconds = m_skip->value();
    value.rewindOnPauseMs = m_rewind->value();
    value.rateStep = m_rateStep->value();
    value.followPlayback = m_follow->isChecked();
    return value.clamped();
}

void PreferencesDialog::fillShortcutList()
{
    m_list->clear();
    for (const QString &name : m_shortcuts.names()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, NameRole, name);
        updateItem(name);
    }
    filterShortcuts(m_filter->text());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void PreferencesDialog::updateItem(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, NameRole).toString() != name)
            continue;
        item->setText(0, m_shortcuts.text(name));
        item->setText(1, QKeySequence::listToString(m_shortcuts.shortcuts(name), QKeySequence::NativeText));
        QFont font = item->font(0);
        font.setBold(!m_shortcuts.isDefault(name)); // the user's own keys stand out
        item->setFont(0, font);
        item->setFont(1, font);
    }
}

void PreferencesDialog::selectAction(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, NameRole).toString() == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

QString PreferencesDialog::selectedAction() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, NameRole).toString() : QString();
}

QString PreferencesDialog::shortcutMessage() const
{
    return m_message->text();
}

void PreferencesDialog::showSelectedKeys()
{
    const QString name = selectedAction();
    const QList<QKeySequence> keys = m_shortcuts.shortcuts(name);
    m_updatingEditors = true;
    m_primary->setKeySequence(keys.value(0));
    m_alternate->setKeySequence(keys.value(1));
    m_updatingEditors = false;
    const bool any = !name.isEmpty();
    m_primary->setEnabled(any);
    m_alternate->setEnabled(any);
    m_reset->setEnabled(any);
}

void PreferencesDialog::commitKeys()
{
    const QString name = selectedAction();
    if (m_updatingEditors || name.isEmpty())
        return;
    QList<QKeySequence> keys { m_primary->keySequence(), m_alternate->keySequence() };
    // A third and fourth key the action had (none has today) survive editing the first two.
    const QList<QKeySequence> current = m_shortcuts.shortcuts(name);
    for (int i = 2; i < current.size(); ++i)
        keys << current.at(i);
    QList<QKeySequence> cleaned;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            cleaned << key;
    }
    if (cleaned == current)
        return;
    QString other;
    if (!m_shortcuts.setShortcuts(name, cleaned, &other)) {
        QKeySequence taken;
        for (const QKeySequence &key : std::as_const(cleaned)) {
            if (m_shortcuts.conflict(key, name) == other || (other == name && cleaned.count(key) > 1))
                taken = key;
        }
        m_message->setText(other == name
                ? tr("%1 is given twice to “%2”.").arg(taken.toString(QKeySequence::NativeText), m_shortcuts.text(name))
                : tr("%1 is already the shortcut of “%2”. Change or clear that one first.")
                      .arg(taken.toString(QKeySequence::NativeText), m_shortcuts.text(other)));
        showSelectedKeys();
        return;
    }
    m_message->clear();
    updateItem(name);
}

bool PreferencesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_primary || watched == m_alternate)) {
        auto *edit = static_cast<QKeySequenceEdit *>(watched);
        if (m_recording != edit) {
            m_recording = edit;
            m_recordedKey = false;
        }
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Control:
        case Qt::Key_Shift:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
        case Qt::Key_AltGr:
        case Qt::Key_unknown:
            break;
        default:
            m_recordedKey = true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PreferencesDialog::finishRecording(QKeySequenceEdit *edit)
{
    const bool onlyModifiers = m_recording == edit && !m_recordedKey;
    m_recording = nullptr;
    m_recordedKey = false;
    if (onlyModifiers)
        showSelectedKeys();
    else
        commitKeys();
}

void PreferencesDialog::resetSelected()
{
    const QString name = selectedAction();
    if (name.isEmpty())
        return;
    QString other;
    if (!m_shortcuts.reset(name, &other)) {
        m_message->setText(tr("The default keys of “%1” are now used by “%2”. Change that one first.")
                               .arg(m_shortcuts.text(name), m_shortcuts.text(other)));
        return;
    }
    m_message->clear();
    updateItem(name);
    showSelectedKeys();
}

void PreferencesDialog::resetAll()
{
    m_shortcuts.resetAll();
    m_message->clear();
    for (const QString &name : m_shortcuts.names())
        updateItem(name);
    showSelectedKeys();
}

void PreferencesDialog::filterShortcuts(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!wanted.isEmpty() && !item->text(0).contains(wanted, Qt::CaseInsensitive)
            && !item->text(1).contains(wanted, Qt::CaseInsensitive));
    }
}
