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
    result.notice = scrubDeleted(m_database);
    result.ok = true;
    return result;
}

QString Retention::scrubDeleted(Database &database)
{
    QSqlQuery q(database.connection());
    if (database.isSqlite()) {
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return {};
    }
    // VACUUM by a login that does not own a table only warns and skips it,
    // so ownership is asked first rather than trusted.
    static const QStringList tables{QStringLiteral("submissions"), QStringLiteral("submission_flags"),
                                    QStringLiteral("reviews"), QStringLiteral("patient_keys")};
    QStringList notOwned;
    for (const QString &table : tables) {
        q.prepare(QStringLiteral("SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
                                 "WHERE schemaname = current_schema() AND tablename = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next() || !q.value(0).toBool())
            notOwned << table;
    }
    // ANALYZE too: the statistics would otherwise keep sampled values of the purged rows.
    if (notOwned.isEmpty() && q.exec(QStringLiteral("VACUUM (FULL, ANALYZE) ") + tables.join(QStringLiteral(", "))))
        return {};
    return QStringLiteral("the deleted rows stay readable in the server's table files until the database owner runs "
                          "\"VACUUM FULL %1\" (%2)")
        .arg(tables.join(QStringLiteral(", ")),
             notOwned.isEmpty() ? database.describe(q.lastError())
                                : QStringLiteral("this login does not own %1").arg(notOwned.join(QStringLiteral(", "))));
}
