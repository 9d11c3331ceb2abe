#pragma once

#include "submissionstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

class Clock;
class Database;

// A tablet's safety net in front of a shared server. A submission the server
// does not take is committed to a local SQLite outbox instead, so the patient
// is thanked as usual and nothing is lost; the outbox is delivered when the
// server is back. Each submission keeps the uuid made on the tablet, and the
// server stores a uuid once, so a delivery that is interrupted and repeated
// never stores anything twice.
class Outbox : public QObject, public SubmissionSink
{
    Q_OBJECT

public:
    Outbox(Database &server, Database &local, const Clock &clock, QObject *parent = nullptr);

    bool deliver(const Submission &submission, const Evaluation &evaluation, QString *error) override;

    // Sends what waits to the server; returns how many were delivered.
    int deliverPending(QString *error);
    qint64 pendingCount() const;
    // Local first: deliver() only commits to the outbox and calls `wake`,
    // never the server (the kiosk, whose courier delivers from its own thread).
    void deliverThrough(std::function<void()> wake);

signals:
    void pendingChanged(qint64 pending);

private:
    bool toServer(const Submission &submission, const Evaluation &evaluation, QString *error);

    Database &m_server;
    Database &m_local;
    SubmissionStore m_serverStore;
    SubmissionStore m_localStore;
    std::function<void()> m_wakeCourier;
};
