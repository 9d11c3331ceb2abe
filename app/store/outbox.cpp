#include "outbox.h"

#include "database.h"
#include "privatelog.h"

Outbox::Outbox(Database &server, Database &local, const Clock &clock, QObject *parent)
    : QObject(parent), m_server(server), m_local(local), m_serverStore(server, clock), m_localStore(local, clock)
{
}

bool Outbox::toServer(const Submission &submission, const Evaluation &evaluation, QString *error)
{
    if (m_server.isOpen() && m_serverStore.save(submission, evaluation, error))
        return true;
    // A server that restarted leaves a dead connection behind: one fresh try.
    return m_server.reopen(error) && m_serverStore.save(submission, evaluation, error);
}

bool Outbox::deliver(const Submission &submission, const Evaluation &evaluation, QString *error)
{
    if (m_wakeCourier) {
        if (!m_localStore.save(submission, evaluation, error))
            return false;
        emit pendingChanged(pendingCount());
        m_wakeCourier();
        return true;
    }
    if (toServer(submission, evaluation, error))
        return true;
    qCWarning(lcStore, "server unavailable, keeping submission %s in the outbox: %s", qPrintable(submission.uuid),
              qPrintable(PrivateLog::withoutPatientText(*error, submission)));
    error->clear();
    if (!m_localStore.save(submission, evaluation, error))
        return false;
    emit pendingChanged(pendingCount());
    return true;
}

int Outbox::deliverPending(QString *error)
{
    int delivered = 0;
    for (const StoredSubmission &waiting : m_localStore.oldest(50, error)) {
        // Removed from the outbox only once the server has committed it.
        if (!toServer(waiting.submission, waiting.evaluation, error) || !m_localStore.remove(waiting.submission.uuid, error))
            break;
        ++delivered;
    }
    if (delivered > 0)
        emit pendingChanged(pendingCount());
    return delivered;
}

qint64 Outbox::pendingCount() const
{
    QString error;
    return m_localStore.count(&error);
}

void Outbox::deliverThrough(std::function<void()> wake)
{
    m_wakeCourier = std::move(wake);
}
