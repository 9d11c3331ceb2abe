#pragma once

#include "storecheck.h"

#include <QDateTime>
#include <QString>

#include <optional>

class AuditLog;
class Clock;
class Database;

// What reception is told about backups: the last one, done or failed, from
// the audit log, and whether it is too old to rely on.
struct BackupStatus
{
    enum class State { Never, Recent, Old, Failed };
    State state = State::Never;
    QDateTime at;
    QString detail;

    static constexpr int kOldAfterHours = 48;
    static BackupStatus of(const AuditLog &audit, const QDateTime &now, QString *error);
};

// A consistent copy of a SQLite store while kiosks keep writing: SQLite's
// VACUUM INTO reads one snapshot (WAL readers never block writers), so the
// copy holds every submission committed before it began. The copy is checked
// (integrity and audit chain) before it is published by a rename, and the
// backup, done or failed, is an audit row that the reception page reads.
class Backup
{
public:
    struct Result
    {
        bool ok = false;
        bool badTarget = false; // the file named is not one we may write
        QString error;
        StoreReport copy;       // what the finished copy holds
        QString anchors;        // the audit anchors file it added a line to
    };

    Backup(Database &source, const Clock &clock);
    Result writeTo(const QString &path, const QString &actor);

    static QString doneAction() { return QStringLiteral("backup"); }
    static QString failedAction() { return QStringLiteral("backup_failed"); }

private:
    QString copyAndCheck(const QString &temporary, StoreReport *report);

    Database &m_source;
    const Clock &m_clock;
};

// Makes a file durable, and its name too (the folder's entry).
namespace DurableFile {
bool sync(const QString &path, QString *error);
bool syncFolderOf(const QString &path);
// Renames over `to` in one step, then syncs the folder.
bool replace(const QString &from, const QString &to, QString *error);
} // namespace DurableFile
