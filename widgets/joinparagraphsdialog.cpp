#include "joinparagraphsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

int countLines(const QList<TranscriptEntry> &entries)
{
    int n = 0;
    for (const TranscriptEntry &entry : entries)
        n += entry.isLine() ? 1 : 0;
    return n;
}

} // namespace

JoinParagraphsDialog::JoinParagraphsDialog(const QList<TranscriptEntry> &lines, QWidget *parent)
    : QDialog(parent),
      m_lines(lines),
      m_fragments(countLines(lines)),
      m_maxPause(new QSpinBox(this)),
      m_maxChars(new QSpinBox(this)),
      m_sentenceEnd(new QCheckBox(tr("Start a new paragraph after a sentence once it is long enough"), this)),
      m_preview(new QLabel(this))
{
    setWindowTitle(tr("Join into Paragraphs"));

    m_maxPause->setRange(0, 600);
    m_maxPause->setSuffix(tr(" s"));
    m_maxPause->setToolTip(tr("A longer silence between two fragments starts a new paragraph"));
    m_maxChars->setRange(40, 20000);
    m_maxChars->setSingleStep(50);
    m_maxChars->setSuffix(tr(" characters"));
    m_maxChars->setToolTip(tr("No paragraph grows beyond this length"));

    auto *form = new QFormLayout;
    form->addRow(tr("Maximum &pause:"), m_maxPause);
    form->addRow(tr("Maximum &length:"), m_maxChars);
    form->addRow(m_sentenceEnd);

    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    // Named here too, so the dialog is fully translated even where Qt's own catalogue (qtbase_*.qm) is missing.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    setOptions(ParagraphJoiner::Options());
    connect(m_maxPause, &QSpinBox::valueChanged, this, &JoinParagraphsDialog::updatePreview);
    connect(m_maxChars, &QSpinBox::valueChanged, this, &JoinParagraphsDialog::updatePreview);
    connect(m_sentenceEnd, &QCheckBox::toggled, this, &JoinParagraphsDialog::updatePreview);
}

ParagraphJoiner::Options JoinParagraphsDialog::options() const
{
    ParagraphJoiner::Options options = m_base;
    options.maxPauseSeconds = m_maxPause->value();
    options.maxChars = m_maxChars->value();
    options.breakAtSentenceEnd = m_sentenceEnd->isChecked();
    return options;
}

void JoinParagraphsDialog::setOptions(const ParagraphJoiner::Options &options)
{
    m_base = options;
    {
        const QSignalBlocker b1(m_maxPause), b2(m_maxChars), b3(m_sentenceEnd);
        m_maxPause->setValue(options.maxPauseSeconds);
        m_maxChars->setValue(options.maxChars);
        m_sentenceEnd->setChecked(options.breakAtSentenceEnd);
    }
    updatePreview();
}

QString JoinParagraphsDialog::previewText() const
{
    return m_preview->text();
}

void JoinParagraphsDialog::updatePreview()
{
    // Joining is linear in the text, so even an hour of caption fragments previews instantly.
    m_paragraphs = countLines(ParagraphJoiner::join(m_lines, options()));
    m_preview->setText(tr("%1 fragments \u2192 %2 paragraphs").arg(m_fragments).arg(m_paragraphs));
}
