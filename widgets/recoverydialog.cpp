#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const RecoveryOffer &offer, bool allowLater, QWidget *parent)
    : QDialog(parent), m_allowLater(allowLater), m_summary(new QLabel(this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));

    const RecoveryCopy &copy = offer.copy;
    const QString name = copy.isUntitled() ? copy.displayName : QFileInfo(copy.originalPath).fileName();
    const QString when = QLocale().toString(copy.createdAt.toLocalTime(), QLocale::LongFormat);
    QStringList lines;
    lines << tr("<b>Unsaved changes to “%1” were kept when the editor closed unexpectedly.</b>")
                 .arg(name.toHtmlEscaped());
    if (!copy.isUntitled())
        lines << tr("File: %1").arg(copy.originalPath.toHtmlEscaped());
    lines << tr("Copy made: %1").arg(when.toHtmlEscaped());
    if (!offer.readable) {
        lines << tr("The copy cannot be read: %1").arg(offer.error.toString().toHtmlEscaped());
    } else {
        const QString differences = describe(offer.diff);
        if (offer.original == RecoveryOffer::Original::Untitled)
            lines << tr("An untitled transcript with %n item(s).", nullptr, int(offer.episode.entries.size()));
        else
            lines << (differences.isEmpty() ? tr("The copy has the same content as the file.")
                                            : tr("Differences from the file: %1.").arg(differences.toHtmlEscaped()));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    QString warning;
    if (offer.original == RecoveryOffer::Original::ChangedOnDisk)
        warning = tr("The file has been changed on disk since these edits began. Restoring and saving would replace "
                     "those changes.");
    else if (offer.original == RecoveryOffer::Original::Missing)
        warning = tr("The file no longer exists. Saving after restoring creates it again.");
    m_warning->setText(warning);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("recoveryWarning"));
    m_warning->setVisible(!warning.isEmpty());
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x00));
    m_warning->setPalette(palette);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(offer.readable);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    if (allowLater) {
        QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
        later->setObjectName(QStringLiteral("laterButton"));
    }
    if (offer.readable) {
        m_restore->setDefault(true);
        m_restore->setFocus();
    }
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Restore;
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_choice = Discard;
        accept();
    });

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_summary);
    texts->addWidget(m_warning);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void RecoveryDialog::reject()
{
    // Without "later" there are two answers only; Esc or the window's close button must not pick one silently.
    if (m_allowLater)
        QDialog::reject();
}

QString RecoveryDialog::summaryText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_warning->text();
}

QString RecoveryDialog::describe(const RecoveryDiff &diff)
{
    QStringList parts;
    if (diff.changed > 0)
        parts << tr("%n item(s) changed", nullptr, diff.changed);
    if (diff.added > 0)
        parts << tr("%n added", nullptr, diff.added);
    if (diff.removed > 0)
        parts << tr("%n removed", nullptr, diff.removed);
    if (diff.metadataChanged > 0)
        parts << tr("%n metadata field(s) changed", nullptr, diff.metadataChanged);
    return parts.join(QStringLiteral(", "));
}
