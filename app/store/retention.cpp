#include "retention.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

Retention::Retention(Database &database, AuditLog &audit, const Clock &clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

int Retention::configuredDays()
{
    bool ok = false;
    const int days = qEnvironmentVariableIntValue("PRESCREEN_RETENTION_DAYS", &ok);
    return ok && days > 0 ? days : 5 * 365;
}

Retention::Result Retention::purgeOlderThan(int days, const QString &actor)
{
    Result result;
    result.before = m_clock.now().toUTC().addDays(-days);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(&result.error))
        return result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM submissions WHERE submitted_utc < ?"));
    q.addBindValue(result.before.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        result.error = m_database.describe(q.lastError());
        return result;
    }
    result.purged = q.numRowsAffected();
    if (!m_audit.appendInTransaction(actor, QStringLiteral("purge"), QString(),
                                     QStringLiteral("%1 submissions from before %2 (older than %3 days)")
                                         .arg(result.purged)
                                         .arg(result.before.toString(Qt::ISODate))
                                         .arg(days),
                                     &result.error)
        || !transaction.commit(&result.error))
        return result;
    // secure_delete zeroed the freed pages; the checkpoint also clears the
    // old page images out of the write-ahead log.
    if (m_database.isSqlite()) {
        QSqlQuery checkpoint(m_database.connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    result.ok = true;
    return result;
}
