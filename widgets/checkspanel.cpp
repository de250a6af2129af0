#include "checkspanel.h"

#include "document.h"
#include "retranslator.h"
#include "timecode.h"
#include "transcriptmodel.h"
#include "validator.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace {

enum ListColumn { LineColumn, TimeColumn, MessageColumn };

constexpr int FindingIndexRole = Qt::UserRole + 1;

} // namespace

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent),
      m_list(new QTreeWidget(this)),
      m_summary(new QLabel(this)),
      m_fixButton(new QPushButton(this)),
      m_fixAllButton(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    m_title = tr("Checks");
    m_list->setColumnCount(3);
    Retranslator::bind(m_list, [this] { m_list->setHeaderLabels({ tr("Line"), tr("Time"), tr("Message") }); });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);

    Retranslator::bind(m_fixButton, "text", [] { return tr("Fi&x"); });
    Retranslator::bind(m_fixButton, "toolTip", [] { return tr("Apply the suggested fix to the selected finding"); });
    Retranslator::bind(m_fixAllButton, "text", [] { return tr("Fix &All of This Kind"); });
    Retranslator::bind(
        m_fixAllButton, "toolTip", [] { return tr("Fix every finding of the selected kind in one undoable step"); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_fixAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ChecksPanel::recheck);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChecksPanel::updateButtons);
    // Only the user moves the transcript selection: a click, Enter, or the arrow keys while the list has the focus
    // (like a click). A re-check that restores the current item runs with the list's signals blocked, so it never
    // steals the selection from someone typing.
    connect(m_list, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { showFinding(item->data(0, FindingIndexRole).toInt()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && m_list->hasFocus())
            showFinding(item->data(0, FindingIndexRole).toInt());
    });
    // Enter or a double-click also hands the keyboard to the transcript, ready to correct the line.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (showFinding(item->data(0, FindingIndexRole).toInt()) && m_view)
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_fixButton, &QPushButton::clicked, this, &ChecksPanel::fixCurrent);
    connect(m_fixAllButton, &QPushButton::clicked, this, &ChecksPanel::fixAllOfCurrentKind);

    populate();
}

ChecksPanel::~ChecksPanel() = default;

void ChecksPanel::setDocument(Document *document, QAbstractItemView *view)
{
    m_view = view;
    // The same long-lived document: a file opened in it resets its model, which has re-checked already (checking
    // 100,000 lines again would cost the opening a tenth of a second for nothing).
    if (document == m_document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->model(), nullptr, this, nullptr);
    }
    if (document) {
        TranscriptModel *model = document->model();
        connect(model, &QAbstractItemModel::dataChanged, this, &ChecksPanel::scheduleRecheck);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChecksPanel::scheduleRecheck);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChecksPanel::scheduleRecheck);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ChecksPanel::scheduleRecheck);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ChecksPanel::scheduleRecheck);
        // A newly opened file is checked at once: the list must never show the previous file's findings.
        connect(model, &QAbstractItemModel::modelReset, this, &ChecksPanel::recheck);
        connect(document, &Document::metadataChanged, this, &ChecksPanel::scheduleRecheck);
        connect(document, &QObject::destroyed, this, [this] {
            m_findings.clear();
            populate();
        });
    }
    m_document = document;
    recheck();
}

int ChecksPanel::count(Finding::Severity severity) const
{
    int n = 0;
    for (const Finding &finding : m_findings)
        n += finding.severity == severity ? 1 : 0;
    return n;
}

QString ChecksPanel::title() const
{
    return m_title;
}

void ChecksPanel::setRecheckDelay(int ms)
{
    m_timer->setInterval(ms);
}

int ChecksPanel::recheckDelay() const
{
    return m_timer->interval();
}

int ChecksPanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, FindingIndexRole).toInt() : -1;
}

void ChecksPanel::setCurrentFinding(int index)
{
    if (index >= 0 && index < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(index));
    else
        m_list->setCurrentItem(nullptr);
}

void ChecksPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The findings' messages, the summary and the title (with its counts) are made in the interface language.
    if (event->type() == QEvent::LanguageChange)
        recheck();
}

void ChecksPanel::scheduleRecheck()
{
    m_timer->start();
}

void ChecksPanel::recheck()
{
    m_timer->stop();
    m_findings = m_document ? Validator::check(m_document->episode()) : QList<Finding>();
    populate();
}

void ChecksPanel::populate()
{
    // Keep the user's place: the same kind of finding on the same entry, else the same position in the list.
    const int oldIndex = currentFinding();
    std::optional<QPair<EntryId, Finding::Kind>> oldKey;
    if (oldIndex >= 0 && oldIndex < m_list->topLevelItemCount()) {
        const QTreeWidgetItem *item = m_list->topLevelItem(oldIndex);
        oldKey = qMakePair(item->data(LineColumn, FindingIndexRole + 1).value<EntryId>(),
            Finding::Kind(item->data(TimeColumn, FindingIndexRole + 1).toInt()));
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_findings.size());
    int restore = -1;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        auto *item = new QTreeWidgetItem;
        QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
        if (finding.severity == Finding::Severity::Error)
            pixmap = QStyle::SP_MessageBoxCritical;
        else if (finding.severity == Finding::Severity::Warning)
            pixmap = QStyle::SP_MessageBoxWarning;
        item->setIcon(LineColumn, style()->standardIcon(pixmap));
        item->setText(LineColumn, lineText(finding));
        item->setText(TimeColumn, timeText(finding));
        item->setText(MessageColumn, finding.message);
        item->setToolTip(
            MessageColumn, Finding::severityName(finding.severity) + QStringLiteral(": ") + finding.message);
        item->setData(0, FindingIndexRole, i);
        item->setData(LineColumn, FindingIndexRole + 1, QVariant::fromValue(finding.entry));
        item->setData(TimeColumn, FindingIndexRole + 1, int(finding.kind));
        if (oldKey && restore < 0 && finding.entry == oldKey->first && finding.kind == oldKey->second)
            restore = i;
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (restore < 0 && oldIndex >= 0 && !items.isEmpty())
        restore = qMin(oldIndex, int(items.size()) - 1);
    if (restore >= 0)
        m_list->setCurrentItem(items.at(restore));

    const int errors = count(Finding::Severity::Error);
    const int warnings = count(Finding::Severity::Warning);
    const int infos = count(Finding::Severity::Info);
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (infos)
        parts << tr("%n note(s)", nullptr, infos);
    const QString title = parts.isEmpty() ? tr("Checks") : tr("Checks: %1").arg(parts.join(QStringLiteral(", ")));
    if (!m_document)
        m_summary->setText(tr("No document."));
    else if (m_findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(parts.join(QStringLiteral(", ")));
    updateButtons();
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
    emit findingsChanged();
}

void ChecksPanel::updateButtons()
{
    const int index = currentFinding();
    const bool fixable = index >= 0 && index < m_findings.size() && m_findings.at(index).fixable;
    m_fixButton->setEnabled(fixable && m_document);
    m_fixAllButton->setEnabled(fixable && m_document);
}

QString ChecksPanel::lineText(const Finding &finding) const
{
    if (finding.fileLine > 0)
        return QString::number(finding.fileLine);
    // New entries have no file line yet: show the row, marked so it is not mistaken for a line of the file.
    if (m_document && finding.entry) {
        const int row = m_document->model()->rowOfId(finding.entry);
        if (row >= 0)
            return tr("row %1").arg(row + 1);
    }
    return QString();
}

QString ChecksPanel::timeText(const Finding &finding) const
{
    if (!m_document || !finding.entry)
        return QString();
    const int row = m_document->model()->rowOfId(finding.entry);
    if (row < 0)
        return QString();
    const TranscriptEntry &entry = m_document->model()->entry(row);
    if (entry.seconds)
        return Timecode::format(*entry.seconds);
    return entry.time.value_or(QString());
}

bool ChecksPanel::showFinding(int index)
{
    if (!m_document || !m_view || index < 0 || index >= m_findings.size())
        return false;
    TranscriptModel *model = m_document->model();
    const int row = m_findings.at(index).entry ? model->rowOfId(m_findings.at(index).entry) : -1;
    if (row < 0)
        return false;
    const QModelIndex target = model->index(row, TranscriptModel::TextColumn);
    if (QItemSelectionModel *selection = m_view->selectionModel()) {
        selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    return true;
}

bool ChecksPanel::fixCurrent()
{
    const int index = currentFinding();
    if (!m_document || index < 0 || index >= m_findings.size() || !m_findings.at(index).fixable)
        return false;
    const bool fixed = Validator::fix(m_document->model(), m_findings.at(index));
    if (!fixed)
        emit statusMessage(tr("This finding could not be fixed automatically."));
    recheck();
    return fixed;
}

int ChecksPanel::fixAllOfCurrentKind()
{
    const int index = currentFinding();
    if (!m_document || index < 0 || index >= m_findings.size() || !m_findings.at(index).fixable)
        return 0;
    const Finding::Kind kind = m_findings.at(index).kind;
    QUndoStack *stack = m_document->undoStack();
    // One fix may change what the next one should do (a corrected time moves its neighbour's finding), so the
    // episode is re-checked after every fix; each entry is tried once, which also bounds the loop.
    QSet<EntryId> tried;
    int fixed = 0;
    bool macroOpen = false;
    QList<Finding> findings = m_findings;
    for (;;) {
        const Finding *next = nullptr;
        for (const Finding &finding : findings) {
            if (finding.kind == kind && finding.fixable && !tried.contains(finding.entry)) {
                next = &finding;
                break;
            }
        }
        if (!next)
            break;
        tried.insert(next->entry);
        if (!macroOpen) {
            stack->beginMacro(tr("Fix All of This Kind"));
            macroOpen = true;
        }
        if (Validator::fix(m_document->model(), *next))
            ++fixed;
        findings = Validator::check(m_document->episode());
    }
    if (macroOpen) {
        stack->endMacro();
        if (fixed == 0)
            stack->undo(); // nothing changed: take the empty step off the undo history
    }
    emit statusMessage(tr("Fixed %n finding(s).", nullptr, fixed));
    recheck();
    return fixed;
}
