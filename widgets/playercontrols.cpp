#include "playercontrols.h"

#include "audioplayer.h"
#include "retranslator.h"
#include "timecode.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

PlayerControls::PlayerControls(AudioPlayer *player, QWidget *parent)
    : QWidget(parent),
      m_player(player),
      m_back(new QToolButton(this)),
      m_playPause(new QToolButton(this)),
      m_forward(new QToolButton(this)),
      m_position(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this)),
      m_rate(new QComboBox(this)),
      m_volume(new QSlider(Qt::Horizontal, this)),
      m_message(new QLabel(this))
{
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    Retranslator::bind(m_back, "toolTip", [] { return tr("Back 5 seconds"); });
    m_playPause->setObjectName(QStringLiteral("playPauseButton"));
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    Retranslator::bind(m_forward, "toolTip", [] { return tr("Forward 5 seconds"); });
    // The editor keeps the keyboard focus; the transport is driven by window shortcuts.
    for (QToolButton *button : { m_back, m_playPause, m_forward })
        button->setFocusPolicy(Qt::NoFocus);

    m_position->setObjectName(QStringLiteral("positionSlider"));
    m_position->setRange(0, 0);
    m_position->setFocusPolicy(Qt::NoFocus);
    Retranslator::bind(m_position, "toolTip", [] { return tr("Position"); });
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setTextFormat(Qt::PlainText);

    m_rate->setObjectName(QStringLiteral("rateCombo"));
    m_rate->setFocusPolicy(Qt::NoFocus);
    Retranslator::bind(m_rate, "toolTip", [] { return tr("Playback speed"); });
    for (double step : AudioPlayer::rateSteps())
        m_rate->addItem(QString(), step);
    Retranslator::bind(m_rate, [this] {
        for (int i = 0; i < m_rate->count(); ++i)
            m_rate->setItemText(i, tr("%1×").arg(QLocale().toString(m_rate->itemData(i).toDouble(), 'g', 3)));
    });

    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setMaximumWidth(100);
    m_volume->setFocusPolicy(Qt::NoFocus);
    Retranslator::bind(m_volume, "toolTip", [] { return tr("Volume"); });
    m_volume->setValue(player->volume());

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_playPause);
    bar->addWidget(m_forward);
    bar->addWidget(m_position, 1);
    bar->addWidget(m_time);
    bar->addWidget(m_rate);
    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));
    bar->addWidget(volumeIcon);
    bar->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addStretch(1); // a tall dock keeps the transport and its message together at the top

    connect(m_back, &QToolButton::clicked, player, &AudioPlayer::skipBackward);
    connect(m_forward, &QToolButton::clicked, player, &AudioPlayer::skipForward);
    connect(m_playPause, &QToolButton::clicked, player, &AudioPlayer::togglePlayPause);
    // While the handle is dragged only the label follows; the seek happens on release, so GStreamer is not
    // flooded with seeks. Clicks and page steps seek at once.
    connect(m_position, &QSlider::sliderMoved, this, &PlayerControls::updateTimeLabel);
    connect(m_position, &QSlider::sliderReleased, this, [this] { m_player->seek(m_position->value()); });
    connect(m_position, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            m_player->seek(m_position->sliderPosition());
    });
    connect(m_rate, &QComboBox::activated, this,
        [this](int index) { m_player->setRate(m_rate->itemData(index).toDouble()); });
    connect(m_volume, &QSlider::valueChanged, player, &AudioPlayer::setVolume);

    connect(player, &AudioPlayer::playingChanged, this, &PlayerControls::updatePlaying);
    connect(player, &AudioPlayer::positionChanged, this, &PlayerControls::updatePosition);
    connect(player, &AudioPlayer::durationChanged, this, &PlayerControls::updateDuration);
    connect(player, &AudioPlayer::loaded, this, [this](qint64 duration) {
        updateDuration(duration);
        updatePosition(m_player->position());
        updateEnabled();
        setMessage(QFileInfo(m_player->filePath()).fileName());
    });
    connect(player, &AudioPlayer::unloaded, this, [this] {
        updateDuration(0);
        updateEnabled();
        showNoAudio();
    });
    connect(player, &AudioPlayer::errorOccurred, this, [this](const QString &message) {
        updateDuration(0);
        updateEnabled();
        setMessage(message, true);
    });
    connect(player, &AudioPlayer::rateChanged, this, &PlayerControls::updateRate);
    connect(player, &AudioPlayer::volumeChanged, this, [this](int volume) {
        const QSignalBlocker blocker(m_volume);
        m_volume->setValue(volume);
    });

    updateRate(player->rate());
    updatePlaying(player->isPlaying());
    updateDuration(player->duration());
    updateEnabled();
    showNoAudio();
}

void PlayerControls::setAttachAction(QAction *action)
{
    if (!m_attach) {
        m_attach = new QToolButton(this);
        m_attach->setObjectName(QStringLiteral("attachButton"));
        m_attach->setFocusPolicy(Qt::NoFocus);
        m_attach->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (auto *bar = qobject_cast<QBoxLayout *>(layout()->itemAt(0)->layout()))
            bar->addWidget(m_attach);
    }
    m_attach->setDefaultAction(action);
}

void PlayerControls::setMessage(const QString &text, bool isError)
{
    m_showsNoAudio = false;
    m_message->setText(text);
    // Errors in red and bold, so a missing recording is noticed; the rest in the normal text colour.
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(palette);
    QFont font = m_message->font();
    font.setBold(isError);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

QString PlayerControls::message() const
{
    return m_message->text();
}

void PlayerControls::updateEnabled()
{
    const bool loaded = m_player->isLoaded();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_back, m_playPause, m_forward, m_position, m_rate })
        widget->setEnabled(loaded);
}

void PlayerControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    updatePlaying(m_player->isPlaying());
    // The file name and the messages given by others stay; the note that nothing is loaded follows the language.
    if (m_showsNoAudio)
        showNoAudio();
}

void PlayerControls::showNoAudio()
{
    setMessage(tr("No audio loaded."));
    m_showsNoAudio = true;
}

void PlayerControls::updatePlaying(bool playing)
{
    m_playPause->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playPause->setToolTip(playing ? tr("Pause") : tr("Play"));
}

void PlayerControls::updatePosition(qint64 ms)
{
    if (m_position->isSliderDown())
        return;
    const QSignalBlocker blocker(m_position);
    m_position->setValue(int(ms));
    updateTimeLabel(ms);
}

void PlayerControls::updateDuration(qint64 ms)
{
    m_position->setRange(0, int(ms));
    m_position->setPageStep(int(std::min<qint64>(ms, 10000)));
    m_position->setSingleStep(1000);
    updateTimeLabel(m_player->position());
}

void PlayerControls::updateRate(double rate)
{
    int best = 0;
    for (int i = 1; i < m_rate->count(); ++i) {
        if (std::abs(m_rate->itemData(i).toDouble() - rate) < std::abs(m_rate->itemData(best).toDouble() - rate))
            best = i;
    }
    m_rate->setCurrentIndex(best);
}

void PlayerControls::updateTimeLabel(qint64 ms)
{
    m_time->setText(tr("%1 / %2").arg(Timecode::formatMs(ms), Timecode::formatMs(m_player->duration())));
}
