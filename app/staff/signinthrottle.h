#pragma once

#include <QDateTime>
#include <QString>

class Clock;

// This device's count of failed sign-ins, whatever login was typed. It slows
// down whoever stands at this tablet guessing, without locking any account:
// a patient who types wrong PINs on the kiosk makes the kiosk wait, not the
// doctor at the consultation PC.
//
// Kept in a small file of the device's own (`statePath`, 0600, in the
// folder of its outbox), not in the store: the wait belongs to the device,
// and on a shared server the store is every device's (and a kiosk's role may
// not write there). A patient can restart a kiosk by pulling its plug; the
// file makes the restarted kiosk wait as long as before.
class SignInThrottle
{
public:
    // Without `statePath` the count lives in memory only (tests, tools).
    explicit SignInThrottle(const Clock &clock, const QString &statePath = QString());

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstWaitSeconds = 30;
    static constexpr qint64 kLongestWaitSeconds = 300;

    // Invalid when an attempt may be made now; otherwise when the next may.
    QDateTime waitUntil() const;
    void failed();
    void succeeded();
    // Why the file could not be read or written (the wait still holds in
    // memory; a file that cannot be read starts a first wait). Empty if none.
    const QString &problem() const { return m_problem; }

private:
    void load();
    void save();

    const Clock &m_clock;
    QString m_path;
    QString m_problem;
    int m_failures = 0;
    QDateTime m_waitUntil;
};
