#pragma once

#include <QWidget>

class AudioPlayer;
class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

/**
 * The transport bar of the Player dock: back, play/pause, forward, a position slider with "M:SS / M:SS", the
 * rate combo box, a volume slider and a line that names the loaded file or says why there is none.
 *
 * It only expresses intent to the AudioPlayer and mirrors its state; it holds no playback logic of its own.
 */
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(AudioPlayer *player, QWidget *parent = nullptr);

    /** Shows a button for `action` (e.g. "Attach audio...") at the end of the bar. */
    void setAttachAction(QAction *action);
    /** The status line text: the file name, or a message such as why no audio is loaded. */
    void setMessage(const QString &text, bool isError = false);
    QString message() const;

    QSlider *positionSlider() const { return m_position; }
    QComboBox *rateCombo() const { return m_rate; }
    QToolButton *playPauseButton() const { return m_playPause; }
    QLabel *timeLabel() const { return m_time; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /** The message that no audio is loaded (retranslated on a language change, unlike other messages). */
    void showNoAudio();
    void updateEnabled();
    void updatePlaying(bool playing);
    void updatePosition(qint64 ms);
    void updateDuration(qint64 ms);
    void updateRate(double rate);
    void updateTimeLabel(qint64 ms);

    AudioPlayer *m_player;
    QToolButton *m_back;
    QToolButton *m_playPause;
    QToolButton *m_forward;
    QSlider *m_position;
    QLabel *m_time;
    QComboBox *m_rate;
    QSlider *m_volume;
    QLabel *m_message;
    bool m_showsNoAudio = false; ///< m_message is showNoAudio()'s note
    QToolButton *m_attach = nullptr;
};
