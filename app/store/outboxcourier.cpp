#include "outboxcourier.h"

#include "outbox.h"

#include <QTimer>

#include <memory>

namespace {

// Lives in the courier's thread, with connections of its own.
class CourierWork : public QObject
{
public:
    CourierWork(DatabaseUrl server, DatabaseUrl local, const Clock &clock, int retrySeconds, OutboxCourier *courier)
        : m_serverUrl(std::move(server)), m_localUrl(std::move(local)), m_clock(clock), m_retrySeconds(retrySeconds),
          m_courier(courier)
    {
    }

    void begin()
    {
        m_retry = std::make_unique<QTimer>();
        QObject::connect(m_retry.get(), &QTimer::timeout, this, &CourierWork::deliver);
        m_retry->start(m_retrySeconds * 1000);
        deliver();
    }

    void deliver()
    {
        QString error;
        // Opened on the first try, in this thread; a server that did not
        // answer then is asked again at each try.
        if (!openOnce(m_local, m_localUrl, &error) || !openOnce(m_server, m_serverUrl, &error)) {
            emit m_courier->problem(error);
            return;
        }
        if (!m_outbox)
            m_outbox = std::make_unique<Outbox>(*m_server, *m_local, m_clock);
        const int count = m_outbox->deliverPending(&error);
        emit m_courier->delivered(count, m_outbox->pendingCount());
        emit m_courier->problem(error);
    }

    static bool openOnce(std::unique_ptr<Database> &database, const DatabaseUrl &url, QString *error)
    {
        if (database)
            return true;
        auto opened = std::make_unique<Database>();
        if (!opened->open(url, error))
            return false;
        database = std::move(opened);
        return true;
    }

    // In the courier's thread, before it ends: Qt SQL connections close where they were made.
    void end()
    {
        m_retry.reset();
        m_outbox.reset();
        m_server.reset();
        m_local.reset();
    }

private:
    DatabaseUrl m_serverUrl;
    DatabaseUrl m_localUrl;
    const Clock &m_clock;
    int m_retrySeconds;
    OutboxCourier *m_courier;
    std::unique_ptr<Database> m_server;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<QTimer> m_retry;
};

} // namespace

OutboxCourier::OutboxCourier(const DatabaseUrl &server, const DatabaseUrl &local, const Clock &clock, int retrySeconds,
                             QObject *parent)
    : QObject(parent), m_worker(new CourierWork(server, local, clock, retrySeconds, this))
{
    m_thread.setObjectName(QStringLiteral("outbox courier"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = static_cast<CourierWork *>(m_worker)] { w->begin(); }, Qt::QueuedConnection);
}

OutboxCourier::~OutboxCourier()
{
    // Waits for a delivery under way: what the server committed is then
    // also gone from the outbox, or still in it and sent again next time.
    QMetaObject::invokeMethod(m_worker, [w = static_cast<CourierWork *>(m_worker)] { w->end(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void OutboxCourier::wake()
{
    QMetaObject::invokeMethod(m_worker, [w = static_cast<CourierWork *>(m_worker)] { w->deliver(); }, Qt::QueuedConnection);
}
