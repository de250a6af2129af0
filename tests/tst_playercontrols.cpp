// Tests for PlayerControls: the transport widget mirrors the AudioPlayer and drives it.
#include "audioplayer.h"
#include "playercontrols.h"
#include "testsupport.h"

#include <QComboBox>
#include <QEventLoop>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

namespace {

bool loadAndWait(AudioPlayer *player, const QString &path)
{
    QEventLoop loop;
    QObject::connect(player, &AudioPlayer::loaded, &loop, &QEventLoop::quit);
    QObject::connect(player, &AudioPlayer::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!player->load(path))
        return false;
    if (!player->isLoaded())
        loop.exec();
    return player->isLoaded();
}

} // namespace

class TestPlayerControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void disabledWithoutAudio();
    void mirrorsPlayer();
    void drivesPlayer();
    void showsErrors();
};

void TestPlayerControls::disabledWithoutAudio()
{
    AudioPlayer player;
    PlayerControls controls(&player);
    QVERIFY(!controls.playPauseButton()->isEnabled());
    QVERIFY(!controls.positionSlider()->isEnabled());
    QCOMPARE(controls.timeLabel()->text(), QStringLiteral("0:00 / 0:00"));
    QCOMPARE(controls.message(), QStringLiteral("No audio loaded."));
    QCOMPARE(controls.rateCombo()->count(), AudioPlayer::rateSteps().size());
    QCOMPARE(controls.rateCombo()->currentData().toDouble(), 1.0);
}

void TestPlayerControls::mirrorsPlayer()
{
    AudioPlayer player;
    PlayerControls controls(&player);
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3"))));
    QVERIFY(controls.playPauseButton()->isEnabled());
    QCOMPARE(controls.message(), QStringLiteral("semiconductors-to-ml.first60s.mp3"));
    QCOMPARE(controls.positionSlider()->maximum(), int(player.duration()));

    QSignalSpy positions(&player, &AudioPlayer::positionChanged);
    player.seek(14000);
    QVERIFY(positions.count() > 0 || positions.wait(5000));
    QCOMPARE(controls.timeLabel()->text(), QStringLiteral("0:14 / 1:00"));
    QVERIFY(qAbs(controls.positionSlider()->value() - 14000) <= 100);

    player.setRate(1.5);
    QCOMPARE(controls.rateCombo()->currentData().toDouble(), 1.5);
    player.setRate(0.75);
    QCOMPARE(controls.rateCombo()->currentData().toDouble(), 0.75);

    player.setVolume(40);
    QCOMPARE(controls.findChild<QSlider *>(QStringLiteral("volumeSlider"))->value(), 40);

    QCOMPARE(controls.playPauseButton()->toolTip(), QStringLiteral("Play"));
    player.play();
    QCOMPARE(controls.playPauseButton()->toolTip(), QStringLiteral("Pause"));
    player.pause();
    QCOMPARE(controls.playPauseButton()->toolTip(), QStringLiteral("Play"));
}

void TestPlayerControls::drivesPlayer()
{
    AudioPlayer player;
    PlayerControls controls(&player);
    controls.show();
    QVERIFY(loadAndWait(&player, TestSupport::dataFile(QStringLiteral("semiconductors-to-ml.first60s.mp3"))));

    // Rate combo.
    QComboBox *rate = controls.rateCombo();
    const int twice = rate->findData(2.0);
    QVERIFY(twice >= 0);
    rate->setCurrentIndex(twice);
    emit rate->activated(twice);
    QCOMPARE(player.rate(), 2.0);

    // Forward / back buttons.
    player.seek(30000);
    controls.findChild<QToolButton *>(QStringLiteral("forwardButton"))->click();
    QVERIFY(qAbs(player.position() - 35000) <= 100);
    controls.findChild<QToolButton *>(QStringLiteral("backButton"))->click();
    controls.findChild<QToolButton *>(QStringLiteral("backButton"))->click();
    QVERIFY(qAbs(player.position() - 25000) <= 100);

    // A page step on the slider seeks.
    QSlider *slider = controls.positionSlider();
    slider->triggerAction(QAbstractSlider::SliderPageStepAdd);
    QVERIFY2(qAbs(player.position() - 35000) <= 100, qPrintable(QString::number(player.position())));

    // Volume slider.
    controls.findChild<QSlider *>(QStringLiteral("volumeSlider"))->setValue(25);
    QCOMPARE(player.volume(), 25);

    // Play / pause button.
    controls.playPauseButton()->click();
    QVERIFY(player.isPlaying());
    controls.playPauseButton()->click();
    QVERIFY(!player.isPlaying());
}

void TestPlayerControls::showsErrors()
{
    AudioPlayer player;
    PlayerControls controls(&player);
    QVERIFY(!player.load(TestSupport::dataFile(QStringLiteral("nothing-here.ogg"))));
    QVERIFY(controls.message().contains(QStringLiteral("nothing-here.ogg")));
    QVERIFY(controls.message().contains(QStringLiteral("does not exist")));
    QVERIFY(!controls.playPauseButton()->isEnabled());
}

void TestPlayerControls::initTestCase()
{
    // Settings, caches and app data go to a test location and start empty: nothing left in HOME by the user or an
    // earlier run shapes what this test sees.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TranscriptEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_playercontrols"));
    QSettings().clear();
}

QTEST_MAIN(TestPlayerControls)
#include "tst_playercontrols.moc"
