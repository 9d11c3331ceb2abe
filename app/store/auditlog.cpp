#include "auditlog.h"

#include "clock.h"
#include "database.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// A row of "SELECT seq, at_utc, actor, action, submission_uuid, detail, prev_hash, hash".
AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.submissionUuid = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const AuditEntry &e)
{
    // Unit separators keep "ab"+"c" and "a"+"bc" apart.
    const QString canonical = QStringList{QString::number(e.seq), e.at.toUTC().toString(Qt::ISODateWithMs), e.actor,
                                          e.action, e.submissionUuid, e.detail, e.prevHash}
                                  .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(const QString &actor, const QString &action, const QString &submissionUuid,
                      const QString &detail, QString *error)
{
    WriteTransaction transaction(m_database);
    return transaction.begin(error) && appendInTransaction(actor, action, submissionUuid, detail, error)
        && transaction.commit(error);
}

bool AuditLog::appendInTransaction(const QString &actor, const QString &action, const QString &submissionUuid,
                                   const QString &detail, QString *error)
{
    QSqlQuery last(m_database.connection());
    // SQLite's write transaction already excludes other writers; PostgreSQL
    // needs the appenders to take turns so that two rows never claim the
    // same parent (the primary key on seq refuses the second anyway). An
    // advisory lock rather than LOCK TABLE, whose exclusive modes need
    // UPDATE or DELETE on the table, which the staff's role must not have.
    if (!m_database.isSqlite() && !last.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727373)"))) {
        *error = m_database.describe(last.lastError());
        return false;
    }
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        *error = m_database.describe(last.lastError());
        return false;
    }
    AuditEntry e;
    const bool hasLast = last.next();
    // A damaged page must not pass for an empty log: a second row 1 would
    // start a second chain.
    if (!hasLast && m_database.readFailed(last, error))
        return false;
    e.seq = hasLast ? last.value(0).toLongLong() + 1 : 1;
    e.prevHash = e.seq == 1 ? genesisHash() : last.value(1).toString();
    e.at = m_clock.now().toUTC();
    e.actor = actor;
    e.action = action;
    e.submissionUuid = submissionUuid.isNull() ? QStringLiteral("") : submissionUuid;
    e.detail = detail.isNull() ? QStringLiteral("") : detail;
    e.hash = hashOf(e);
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_utc, actor, action, submission_uuid, detail, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.seq), QVariant(e.at.toString(Qt::ISODateWithMs)), QVariant(e.actor),
                              QVariant(e.action), QVariant(e.submissionUuid), QVariant(e.detail),
                              QVariant(e.prevHash), QVariant(e.hash)})
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = QStringLiteral("could not write the audit log: %1").arg(m_database.describe(insert.lastError()));
        return false;
    }
    return true;
}

std::optional<AuditLog::Head> AuditLog::head(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log), "
                               "(SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)"))
        || !q.next()) {
        *error = m_database.describe(q.lastError());
        return std::nullopt;
    }
    Head head;
    head.rows = q.value(0).toLongLong();
    head.lastHash = q.value(1).isNull() ? genesisHash() : q.value(1).toString();
    return head;
}

QList<AuditEntry> AuditLog::entries(QString *error) const
{
    QList<AuditEntry> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at_utc, actor, action, submission_uuid, detail, prev_hash, hash "
                               "FROM audit_log ORDER BY seq"))) {
        *error = m_database.describe(q.lastError());
        return list;
    }
    while (q.next()) {
        list << entryFromRow(q);
    }
    if (m_database.readFailed(q, error))
        list.clear();
    return list;
}

std::optional<AuditEntry> AuditLog::latest(const QStringList &actions, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, at_utc, actor, action, submission_uuid, detail, prev_hash, hash FROM audit_log "
                             "WHERE action IN (%1) ORDER BY seq DESC LIMIT 1")
                  .arg(QStringList(actions.size(), QStringLiteral("?")).join(u',')));
    for (const QString &action : actions)
        q.addBindValue(action);
    if (!q.exec()) {
        *error = m_database.describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        m_database.readFailed(q, error);
        return std::nullopt;
    }
    return entryFromRow(q);
}

AuditLog::Verification AuditLog::verify(QString *error) const
{
    Verification v;
    const QList<AuditEntry> all = entries(error);
    qint64 expectedSeq = 1;
    QString previous = genesisHash();
    const auto fail = [&v](qint64 seq, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    for (int i = 0; i < all.size(); ++i) {
        const AuditEntry &e = all.at(i);
        ++v.rows;
        if (e.seq < expectedSeq) {
            // Numbers run 1, 2, 3 from the first row: a lower one was slipped in.
            fail(e.seq, QStringLiteral("row %1 (%2 by %3) was inserted: its number is out of sequence, the row "
                                       "before it is row %4").arg(e.seq).arg(e.action, e.actor).arg(expectedSeq - 1));
            break;
        }
        if (e.seq != expectedSeq) {
            fail(e.seq, expectedSeq + 1 == e.seq
                            ? QStringLiteral("row %1 is missing: it was removed").arg(expectedSeq)
                            : QStringLiteral("rows %1 to %2 are missing: they were removed").arg(expectedSeq).arg(e.seq - 1));
            break;
        }
        const bool linked = e.prevHash == previous;
        const bool sealed = hashOf(e) == e.hash;
        if (!linked || !sealed) {
            // The row after an inserted one still points at the row before it.
            const bool nextFollowsPrevious = i + 1 < all.size() && all.at(i + 1).prevHash == previous;
            // Two rows that traded places (numbers kept): each points at the other.
            const bool swapped = nextFollowsPrevious && e.prevHash == all.at(i + 1).hash;
            const bool inserted = nextFollowsPrevious && !swapped;
            if (swapped)
                fail(e.seq, QStringLiteral("rows %1 and %2 were swapped: row %1 (%3 by %4) points at the row after it")
                                .arg(e.seq).arg(e.seq + 1).arg(e.action, e.actor));
            else if (inserted)
                fail(e.seq, QStringLiteral("row %1 (%2 by %3) was inserted: the next row follows row %4")
                                .arg(e.seq).arg(e.action, e.actor).arg(e.seq - 1));
            else if (!linked)
                fail(e.seq, QStringLiteral("row %1 does not follow row %2: a row was inserted or replaced here")
                                .arg(e.seq).arg(e.seq - 1));
            else
                fail(e.seq, QStringLiteral("row %1 (%2 by %3) was changed after it was written")
                                .arg(e.seq).arg(e.action, e.actor));
            break;
        }
        previous = e.hash;
        expectedSeq = e.seq + 1;
    }
    v.lastHash = previous;
    return v;
}
