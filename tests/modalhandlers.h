#pragma once
// Answering modal dialogs in GUI tests: the code under test blocks in exec(), so a timer finds the dialog once it
// is shown and hands it to the test.

#include <QApplication>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace ModalHandlers {

/** Handlers still waiting for their dialog. */
inline QList<QPointer<QTimer>> pending;

/** Runs `handle` on the next modal dialog as soon as it is shown; gives up after about ten seconds. */
inline void whenModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    pending << timer;
    auto ticks = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        } else if (++*ticks > 1000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

/** Drops the handlers whose dialog never came, so they cannot answer the next test's (call from cleanup()). */
inline void cancelPending()
{
    for (const QPointer<QTimer> &timer : std::as_const(pending))
        delete timer.data();
    pending.clear();
}

} // namespace ModalHandlers
