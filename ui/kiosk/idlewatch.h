#pragma once

#include <QObject>
#include <QTimer>

// Notices when nobody has touched the kiosk for a while, so that one
// patient's answers are never left for the next. Any touch, click or key
// anywhere in the application restarts the wait.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    IdleWatch(int idleSeconds, int warningSeconds, QObject *parent = nullptr);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    int secondsLeft() const { return m_secondsLeft; }
    void restart();

signals:
    // Each second of the last `warningSeconds`: a countdown to show.
    void warning(int secondsLeft);
    // The warning was answered by a touch.
    void resumed();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    int m_idleSeconds;
    int m_warningSeconds;
    int m_secondsLeft;
    bool m_active = false;
    QTimer m_timer;
};
