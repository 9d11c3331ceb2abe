#include "idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatch::IdleWatch(int idleSeconds, int warningSeconds, QObject *parent)
    : QObject(parent), m_idleSeconds(idleSeconds), m_warningSeconds(warningSeconds), m_secondsLeft(idleSeconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatch::setActive(bool active)
{
    m_active = active;
    restart();
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatch::restart()
{
    const bool wasWarning = m_secondsLeft <= m_warningSeconds;
    m_secondsLeft = m_idleSeconds;
    if (wasWarning && m_active)
        emit resumed();
}

void IdleWatch::tick()
{
    if (!m_active)
        return;
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        setActive(false);
        emit expired();
    } else if (m_secondsLeft <= m_warningSeconds) {
        emit warning(m_secondsLeft);
    }
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (m_active)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
