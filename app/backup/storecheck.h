#pragma once

#include <QString>
#include <QStringList>

class Clock;
class Database;

// What `prescreen check` and a backup's own check find in a store: SQLite's
// full integrity check, the audit chain, and what it holds.
struct StoreReport
{
    QStringList problems; // each says what and where; empty when all is well
    qint64 submissions = -1;
    qint64 reviews = -1;
    qint64 staffAccounts = -1;
    qint64 auditRows = -1;
    QString auditLastHash;

    bool ok() const { return problems.isEmpty(); }
    // "200 submissions, 12 reviews, 3 staff accounts, 1,024 audit rows (last hash H)"
    QString summary() const;
};

class StoreCheck
{
public:
    StoreCheck(Database &database, const Clock &clock);

    // Every page, every index (SQLite integrity_check; PostgreSQL checks its
    // own pages), then the audit chain, then the counts.
    StoreReport run() const;

private:
    bool integrity(QStringList *problems) const;
    qint64 count(const QString &table, QStringList *problems) const;

    Database &m_database;
    const Clock &m_clock;
};
