#pragma once

#include <QDateTime>

// The one source of "now". Everything that stamps or compares times asks a
// Clock, so tests can fix time instead of racing it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now) : m_now(now) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
