#include "episodepanel.h"

#include "document.h"
#include "retranslator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <initializer_list>

namespace {
/** Spin box value shown as "—" for a key the file does not have. */
constexpr int Absent = -1;

QString listText(const QVariant &value)
{
    QStringList items;
    for (const QVariant &item : value.toList())
        items << item.toString();
    return items.join(QStringLiteral(", "));
}

/** A form label for `field` whose text follows the interface language. */
QLabel *formLabel(QWidget *field, Retranslator::Text text)
{
    auto *label = Retranslator::bind(new QLabel(field->parentWidget()), "text", std::move(text));
    label->setBuddy(field);
    return label;
}
} // namespace

EpisodePanel::EpisodePanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLineEdit(this)),
      m_short(new QLineEdit(this)),
      m_season(new QSpinBox(this)),
      m_episode(new QSpinBox(this)),
      m_guests(new QLabel(this)),
      m_links(new QLabel(this))
{
    for (QSpinBox *box : { m_season, m_episode }) {
        box->setRange(Absent, 9999);
        box->setSpecialValueText(QStringLiteral("—"));
        box->setKeyboardTracking(false);
    }
    m_guests->setWordWrap(true);
    m_guests->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(formLabel(m_title, [] { return tr("T&itle:"); }), m_title);
    form->addRow(formLabel(m_short, [] { return tr("Sh&ort:"); }), m_short);
    form->addRow(formLabel(m_season, [] { return tr("Seaso&n:"); }), m_season);
    form->addRow(formLabel(m_episode, [] { return tr("Episo&de:"); }), m_episode);
    form->addRow(formLabel(m_guests, [] { return tr("Guests:"); }), m_guests);
    form->addRow(formLabel(m_links, [] { return tr("Links:"); }), m_links);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commitText(QStringLiteral("title"), m_title); });
    connect(m_short, &QLineEdit::editingFinished, this, [this] { commitText(QStringLiteral("short"), m_short); });
    connect(m_season, &QSpinBox::editingFinished, this, [this] { commitNumber(QStringLiteral("season"), m_season); });
    connect(
        m_episode, &QSpinBox::editingFinished, this, [this] { commitNumber(QStringLiteral("episode"), m_episode); });
    setEnabled(false);
}

EpisodePanel::~EpisodePanel()
{
    // A focused editor emits editingFinished when it loses the focus while being deleted, which happens after this
    // destructor: the commit would run on a half-destroyed panel. Stop listening while the panel is still whole;
    // pending values are committed explicitly (commitEdits) before saving or closing, never during teardown.
    for (QObject *editor : std::initializer_list<QObject *> { m_title, m_short, m_season, m_episode })
        disconnect(editor, nullptr, this, nullptr);
}

void EpisodePanel::commitEdits()
{
    // Only the editor with the focus can hold a value that was not committed (the others committed when they lost
    // it); committing the others could rewrite values the spin boxes cannot show (e.g. a season beyond 9999).
    if (m_title->hasFocus())
        commitText(QStringLiteral("title"), m_title);
    if (m_short->hasFocus())
        commitText(QStringLiteral("short"), m_short);
    // Spin boxes without keyboard tracking take the typed text as their value only when asked.
    if (m_season->hasFocus()) {
        m_season->interpretText();
        commitNumber(QStringLiteral("season"), m_season);
    }
    if (m_episode->hasFocus()) {
        m_episode->interpretText();
        commitNumber(QStringLiteral("episode"), m_episode);
    }
}

void EpisodePanel::setDocument(Document *document)
{
    m_document = document;
    connect(document, &Document::loaded, this, &EpisodePanel::refresh);
    connect(document, &Document::metadataChanged, this, &EpisodePanel::refreshKey);
    refresh();
}

void EpisodePanel::refresh()
{
    for (const char *key : { "title", "short", "season", "episode", "guests", "links" })
        refreshKey(QString::fromLatin1(key));
    setEnabled(m_document && (!m_document->filePath().isEmpty() || !m_document->episode().fields.isEmpty()));
}

void EpisodePanel::refreshKey(const QString &key)
{
    if (!m_document)
        return;
    const QVariant value = m_document->episode().field(key);
    if (key == QLatin1String("title") || key == QLatin1String("short")) {
        QLineEdit *edit = key == QLatin1String("title") ? m_title : m_short;
        const QSignalBlocker blocker(edit);
        edit->setText(value.toString());
        edit->setCursorPosition(0);
    } else if (key == QLatin1String("season") || key == QLatin1String("episode")) {
        QSpinBox *box = key == QLatin1String("season") ? m_season : m_episode;
        const QSignalBlocker blocker(box);
        bool ok = false;
        const int number = value.toInt(&ok);
        box->setValue(value.isValid() && ok ? number : Absent);
    } else if (key == QLatin1String("guests")) {
        m_guests->setText(listText(value));
    } else if (key == QLatin1String("links")) {
        QStringList rows;
        const QVariantMap links = value.toMap();
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            const QString url = it.value().toString();
            rows << QStringLiteral("%1: <a href=\"%2\">%3</a>")
                        .arg(it.key().toHtmlEscaped(), url.toHtmlEscaped(),
                            (url.size() > 40 ? url.left(37) + QStringLiteral("...") : url).toHtmlEscaped());
        }
        m_links->setText(rows.join(QStringLiteral("<br>")));
    }
}

void EpisodePanel::commitText(const QString &key, QLineEdit *edit)
{
    if (!m_document)
        return;
    const QVariant current = m_document->episode().field(key);
    const QString text = edit->text();
    // Untouched (or absent and still empty) means no change: nothing is pushed, nothing is rewritten.
    if (text == current.toString() && (current.isValid() || text.isEmpty()))
        return;
    m_document->setMetadata(key, text);
}

void EpisodePanel::commitNumber(const QString &key, QSpinBox *box)
{
    if (!m_document || box->value() == Absent)
        return;
    const QVariant current = m_document->episode().field(key);
    bool ok = false;
    if (current.isValid() && current.toLongLong(&ok) == box->value() && ok)
        return;
    m_document->setMetadata(key, QVariant::fromValue<qint64>(box->value()));
}
