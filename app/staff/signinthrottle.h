#pragma once

#include <QDateTime>

class Clock;

// This device's count of failed sign-ins, whatever login was typed. It slows
// down whoever stands at this tablet guessing, without locking any account:
// a patient who types wrong PINs on the kiosk makes the kiosk wait, not the
// doctor at the consultation PC. Kept in memory: it belongs to the device,
// and a restart costs the guesser more time than the wait it clears.
class SignInThrottle
{
public:
    explicit SignInThrottle(const Clock &clock);

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstWaitSeconds = 30;
    static constexpr qint64 kLongestWaitSeconds = 300;

    // Invalid when an attempt may be made now; otherwise when the next may.
    QDateTime waitUntil() const;
    void failed();
    void succeeded();

private:
    const Clock &m_clock;
    int m_failures = 0;
    QDateTime m_waitUntil;
};
