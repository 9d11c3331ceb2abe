#include "idlewatch.h"

#include "clock.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatch::IdleWatch(const Clock &clock, int idleSeconds, int warningSeconds, QObject *parent)
    : QObject(parent), m_clock(clock), m_idleSeconds(idleSeconds), m_warningSeconds(warningSeconds)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::check);
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

int IdleWatch::secondsLeft() const
{
    if (!m_deadline.isValid())
        return m_idleSeconds;
    // Rounded up: "5 seconds" shows until the fifth-last second has passed.
    const qint64 ms = m_clock.now().msecsTo(m_deadline);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void IdleWatch::restart()
{
    const bool wasWarning = m_warned;
    m_warned = false;
    m_deadline = m_clock.now().addSecs(m_idleSeconds);
    if (wasWarning && m_active)
        emit resumed();
}

void IdleWatch::check()
{
    if (!m_active)
        return;
    const int left = secondsLeft();
    if (left <= 0) {
        setActive(false);
        emit expired();
    } else if (left <= m_warningSeconds) {
        m_warned = true;
        emit warning(left);
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
