#include "retranslator.h"

#include <QEvent>
#include <QVariant>

namespace {
const char *const retranslatorName = "retranslator";
} // namespace

Retranslator::Retranslator(QObject *target) : QObject(target)
{
    setObjectName(QLatin1String(retranslatorName));
    // A filter on the target itself: QActions have no changeEvent(), but their parent widget sends them the event.
    target->installEventFilter(this);
}

Retranslator *Retranslator::of(QObject *target)
{
    // No Q_OBJECT (no signals or slots), so no findChild<Retranslator *>: the target's children are few.
    for (QObject *child : target->children()) {
        if (child->objectName() == QLatin1String(retranslatorName)) {
            if (auto *retranslator = dynamic_cast<Retranslator *>(child))
                return retranslator;
        }
    }
    return new Retranslator(target);
}

void Retranslator::bind(QObject *target, std::function<void()> apply)
{
    apply();
    of(target)->m_apply << std::move(apply);
}

void Retranslator::bindProperty(QObject *target, const char *property, Text make)
{
    bind(target, [target, property, make = std::move(make)] { target->setProperty(property, make()); });
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent()) {
        for (const auto &apply : std::as_const(m_apply))
            apply();
    }
    return QObject::eventFilter(watched, event);
}
