#include "changewatch.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

ChangeWatch::ChangeWatch(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!m_database.isSqlite() && driver && driver->subscribeToNotification(channel())) {
        m_notified = true;
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == channel())
                emit changed();
        });
        return;
    }
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::poll);
    reset();
    m_poll.start();
}

QString ChangeWatch::channel()
{
    return QStringLiteral("prescreen_changes");
}

void ChangeWatch::reset()
{
    if (!m_notified)
        m_stamp = stamp();
}

void ChangeWatch::poll()
{
    if (m_notified)
        return;
    const QString now = stamp();
    if (now != m_stamp) {
        m_stamp = now;
        emit changed();
    }
}

QString ChangeWatch::stamp() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM submissions) || '/' || "
                               "(SELECT COALESCE(MAX(id), 0) FROM reviews)"))
        || !q.next())
        return {};
    return q.value(0).toString();
}
