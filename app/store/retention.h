#pragma once

#include <QDateTime>
#include <QString>

class AuditLog;
class Clock;
class Database;

// Deletes submissions past the retention period, with their flags and
// reviews, so that nothing of them stays in the database file; the audit
// log keeps a record of the purge and is never purged itself.
class Retention
{
public:
    Retention(Database &database, AuditLog &audit, const Clock &clock);

    // The clinic's setting (PRESCREEN_RETENTION_DAYS), 5 years by default.
    static int configuredDays();

    struct Result
    {
        bool ok = false;
        qint64 purged = 0;
        QDateTime before;
        QString error;
    };
    Result purgeOlderThan(int days, const QString &actor);

private:
    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
};
