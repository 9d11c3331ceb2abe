#pragma once

#include "database.h"

#include <QObject>
#include <QThread>

class Clock;

// Carries a tablet's outbox to the server from a thread of its own. A server
// that does not answer holds a connection attempt for up to its connect
// timeout (5 s), at every retry; on the kiosk's own thread that froze the
// patient's screen for 5 s in every 10 while the network was down. Here the
// patient's submit only commits to the local outbox and wakes the courier.
class OutboxCourier : public QObject
{
    Q_OBJECT

public:
    // `server` and `local` are opened again in the courier's thread: a Qt SQL
    // connection serves only the thread that made it.
    OutboxCourier(const DatabaseUrl &server, const DatabaseUrl &local, const Clock &clock, int retrySeconds,
                  QObject *parent = nullptr);
    ~OutboxCourier() override;

    // Safe from any thread: deliver what waits now (after a submit).
    void wake();

signals:
    // From the courier's thread, received queued: how many reached the
    // server, and how many still wait.
    void delivered(int count, qint64 stillWaiting);
    // Why the last attempt did not reach the server; empty once it does.
    void problem(const QString &error);

private:
    QThread m_thread;
    QObject *m_worker;
};
