#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Clock;

// Notices when nobody has touched the kiosk for a while, so that one
// patient's answers are never left for the next. Any touch, click or key
// anywhere in the application restarts the wait.
//
// The wait is a deadline on the Clock, checked every second, not a count of
// timer ticks: a busy tablet that runs a tick late still wipes on time, and
// a test moves its clock on and calls check() instead of sleeping.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    IdleWatch(const Clock &clock, int idleSeconds, int warningSeconds, QObject *parent = nullptr);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    int secondsLeft() const;
    void restart();
    // Compares the clock with the deadline; the one-second timer calls it.
    void check();

signals:
    // Each second of the last `warningSeconds`: a countdown to show.
    void warning(int secondsLeft);
    // The warning was answered by a touch.
    void resumed();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    int m_idleSeconds;
    int m_warningSeconds;
    QDateTime m_deadline;
    bool m_warned = false;
    bool m_active = false;
    QTimer m_timer;
};
