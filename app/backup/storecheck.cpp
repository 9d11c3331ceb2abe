#include "storecheck.h"

#include "auditlog.h"
#include "database.h"

#include <QSqlQuery>

QString StoreReport::summary() const
{
    return QStringLiteral("%1 submissions, %2 reviews, %3 staff accounts, %4 audit rows (last hash %5)")
        .arg(submissions)
        .arg(reviews)
        .arg(staffAccounts)
        .arg(auditRows)
        .arg(auditLastHash);
}

StoreCheck::StoreCheck(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

StoreReport StoreCheck::run() const
{
    StoreReport report;
    if (!integrity(&report.problems))
        return report; // counts and chain read from a damaged file would mislead
    QString error;
    const AuditLog::Verification chain = AuditLog(m_database, m_clock).verify(&error);
    if (!error.isEmpty())
        report.problems << error;
    else if (!chain.intact)
        report.problems << QStringLiteral("%1: the audit log was tampered with: %2")
                               .arg(m_database.url().toString(), chain.problem);
    report.auditRows = chain.rows;
    report.auditLastHash = chain.lastHash;
    report.submissions = count(QStringLiteral("submissions"), &report.problems);
    report.reviews = count(QStringLiteral("reviews"), &report.problems);
    report.staffAccounts = count(QStringLiteral("staff_accounts"), &report.problems);
    return report;
}

bool StoreCheck::integrity(QStringList *problems) const
{
    if (!m_database.isSqlite())
        return true;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        *problems << m_database.describe(query.lastError());
        return false;
    }
    QStringList found;
    while (query.next()) {
        // One row may hold several lines, under a "*** in database main ***" heading.
        for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                found << line;
        }
    }
    QString error;
    if (m_database.readFailed(query, &error)) {
        *problems << error;
        return false;
    }
    if (found.isEmpty())
        return true;
    // SQLite names the table or index and the page; a handful says enough.
    *problems << QStringLiteral("%1 is damaged: SQLite's integrity check found %2%3 problem(s):")
                     .arg(m_database.url().toString(), found.size() >= 100 ? QStringLiteral("at least ") : QString())
                     .arg(found.size());
    for (const QString &line : found.mid(0, 5))
        *problems << QStringLiteral("  ") + line.left(200);
    *problems << QStringLiteral("Restore the last good backup: prescreen restore --from FILE --db %1 --force")
                     .arg(m_database.url().toString());
    return false;
}

qint64 StoreCheck::count(const QString &table, QStringList *problems) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next()) {
        *problems << m_database.describe(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}
