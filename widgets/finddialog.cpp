#include "finddialog.h"

#include "retranslator.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FindDialog::FindDialog(TranscriptView *view, QWidget *parent)
    : QDialog(parent),
      m_view(view),
      m_findEdit(new QLineEdit(this)),
      m_replaceEdit(new QLineEdit(this)),
      m_replaceLabel(new QLabel(this)),
      m_regex(new QCheckBox(this)),
      m_caseSensitive(new QCheckBox(this)),
      m_inText(new QCheckBox(this)),
      m_inSpeakers(new QCheckBox(this)),
      m_nextButton(new QPushButton(this)),
      m_previousButton(new QPushButton(this)),
      m_replaceButton(new QPushButton(this)),
      m_replaceAllButton(new QPushButton(this)),
      m_message(new QLabel(this))
{
    // Every fixed text follows the interface language (the message line is the answer to the last search).
    Retranslator::bind(this, [this] { updateWindowTitle(); });
    Retranslator::bind(m_replaceLabel, "text", [] { return tr("Replace &with:"); });
    Retranslator::bind(m_regex, "text", [] { return tr("Regular e&xpression"); });
    Retranslator::bind(m_caseSensitive, "text", [] { return tr("&Match case"); });
    Retranslator::bind(m_inText, "text", [] { return tr("In &text"); });
    Retranslator::bind(m_inSpeakers, "text", [] { return tr("In s&peakers"); });
    Retranslator::bind(m_nextButton, "text", [] { return tr("Find &Next"); });
    Retranslator::bind(m_previousButton, "text", [] { return tr("Find Pre&vious"); });
    Retranslator::bind(m_replaceButton, "text", [] { return tr("&Replace"); });
    Retranslator::bind(m_replaceAllButton, "text", [] { return tr("Replace &All"); });
    setModal(false);
    auto *findLabel = Retranslator::bind(new QLabel(this), "text", [] { return tr("&Find:"); });
    findLabel->setBuddy(m_findEdit);
    m_replaceLabel->setBuddy(m_replaceEdit);
    m_inText->setChecked(true);
    m_findEdit->setClearButtonEnabled(true);
    Retranslator::bind(m_replaceEdit, "placeholderText", [] { return tr("regex: \\1 or $1 for groups"); });
    m_nextButton->setDefault(true);

    auto *grid = new QGridLayout;
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_findEdit, 0, 1);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replaceEdit, 1, 1);
    auto *options = new QHBoxLayout;
    for (QCheckBox *box : { m_regex, m_caseSensitive, m_inText, m_inSpeakers })
        options->addWidget(box);
    options->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    for (QPushButton *button : { m_previousButton, m_nextButton, m_replaceButton, m_replaceAllButton }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(options);
    layout->addLayout(buttons);

    connect(m_nextButton, &QPushButton::clicked, this, &FindDialog::findNext);
    connect(m_previousButton, &QPushButton::clicked, this, &FindDialog::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindDialog::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindDialog::replaceAll);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &FindDialog::findNext);
    for (QCheckBox *box : { m_regex, m_caseSensitive, m_inText, m_inSpeakers })
        connect(box, &QCheckBox::toggled, this, &FindDialog::updateButtons);
    connect(m_findEdit, &QLineEdit::textChanged, this, &FindDialog::updateButtons);
    updateButtons();
}

void FindDialog::showFor(bool replace)
{
    m_replaceLabel->setVisible(replace);
    m_replaceEdit->setVisible(replace);
    m_replaceButton->setVisible(replace);
    m_replaceAllButton->setVisible(replace);
    updateWindowTitle();
    show();
    raise();
    activateWindow();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void FindDialog::updateWindowTitle()
{
    setWindowTitle(m_replaceEdit->isHidden() ? tr("Find") : tr("Find and Replace"));
}

FindOptions FindDialog::options() const
{
    FindOptions options;
    options.pattern = m_findEdit->text();
    options.regex = m_regex->isChecked();
    options.caseSensitive = m_caseSensitive->isChecked();
    options.inText = m_inText->isChecked();
    options.inSpeakers = m_inSpeakers->isChecked();
    return options;
}

void FindDialog::setPattern(const QString &pattern)
{
    m_findEdit->setText(pattern);
}

void FindDialog::setReplacement(const QString &replacement)
{
    m_replaceEdit->setText(replacement);
}

void FindDialog::updateButtons()
{
    const FindOptions opts = options();
    const QString problem = opts.pattern.isEmpty() ? QString() : FindReplace::validate(opts);
    const bool usable = !opts.pattern.isEmpty() && problem.isEmpty() && (opts.inText || opts.inSpeakers);
    for (QPushButton *button : { m_nextButton, m_previousButton, m_replaceButton, m_replaceAllButton })
        button->setEnabled(usable);
    m_message->setText(problem);
    m_current = FindMatch();
}

void FindDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    emit statusMessage(message);
}

bool FindDialog::findNext()
{
    return find(false);
}

bool FindDialog::findPrevious()
{
    return find(true);
}

bool FindDialog::find(bool backwards)
{
    TranscriptModel *model = m_view->transcriptModel();
    const FindOptions opts = options();
    if (!model || opts.pattern.isEmpty() || !FindReplace::validate(opts).isEmpty())
        return false;
    const int currentRow = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    int position = -1;
    int length = 0;
    int column = TranscriptModel::TextColumn;
    if (m_current.row == currentRow) {
        position = backwards ? m_current.position : m_current.position + qMax(1, m_current.length);
        column = m_current.column;
    }
    const int row = FindReplace::findNext(model, opts, currentRow, backwards, &position, &length, &column);
    if (row < 0) {
        m_current = FindMatch();
        setMessage(tr("No match for “%1”.").arg(opts.pattern));
        return false;
    }
    m_current = FindMatch { row, column, position, length };
    m_view->selectionModel()->setCurrentIndex(
        model->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(model->index(row, column));
    setMessage(tr("Found in row %1.").arg(row + 1));
    return true;
}

bool FindDialog::replaceCurrent()
{
    TranscriptModel *model = m_view->transcriptModel();
    const FindOptions opts = options();
    if (!model || m_current.row < 0 || m_current.row >= model->rowCount())
        return findNext();
    const QModelIndex index = model->index(m_current.row, m_current.column);
    const QString text = m_current.column == TranscriptModel::SpeakerColumn
        ? index.data(TranscriptModel::SpeakerRole).toString()
        : index.data(TranscriptModel::TextRole).toString();
    // Replace only if the remembered match is still there (the text may have been edited since).
    if (!FindReplace::matches(text, opts).contains(qMakePair(m_current.position, m_current.length)))
        return findNext();
    const QString replaced
        = FindReplace::replaceIn(text.mid(m_current.position, m_current.length), opts, m_replaceEdit->text());
    const QString newText = text.left(m_current.position) + replaced + text.mid(m_current.position + m_current.length);
    const bool ok = m_current.column == TranscriptModel::SpeakerColumn ? model->setSpeaker({ m_current.row }, newText)
                                                                       : model->setText(m_current.row, newText);
    if (!ok)
        return false;
    m_current.length = int(replaced.size());
    findNext();
    return true;
}

int FindDialog::replaceAll()
{
    TranscriptModel *model = m_view->transcriptModel();
    const FindOptions opts = options();
    if (!model || opts.pattern.isEmpty())
        return 0;
    m_view->commitEditor();
    const int count = FindReplace::replaceAll(model, opts, m_replaceEdit->text());
    m_current = FindMatch();
    setMessage(
        count == 0 ? tr("No match for “%1”.").arg(opts.pattern) : tr("Replaced %n occurrence(s).", nullptr, count));
    return count;
}
