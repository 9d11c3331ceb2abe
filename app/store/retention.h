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
        // Set when deleted rows may still be readable in the store's files
        // (on PostgreSQL, when this login may not rewrite the tables).
        QString notice;
    };
    Result purgeOlderThan(int days, const QString &actor);

    // After rows holding patient text are deleted and committed: makes their
    // bytes unreadable in the store's own files. SQLite's secure_delete has
    // zeroed the freed pages already; its write-ahead log still holds the old
    // page images until a checkpoint. PostgreSQL keeps deleted rows in its
    // pages until a table is rewritten, which VACUUM FULL does (a brief
    // exclusive lock: the kiosks' next submits wait, or go to their outbox).
    // Returns what is left readable and why, or an empty string.
    static QString scrubDeleted(Database &database);

private:
    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
};
