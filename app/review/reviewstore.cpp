#include "reviewstore.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "staffroles.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

QString Review::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Proceed: return QStringLiteral("proceed");
    case Decision::DoNotTreat: return QStringLiteral("do_not_treat");
    case Decision::NeedsInformation: return QStringLiteral("needs_information");
    }
    return {};
}

std::optional<Review::Decision> Review::decisionFromName(const QString &name)
{
    for (Decision d : {Decision::Proceed, Decision::DoNotTreat, Decision::NeedsInformation}) {
        if (decisionName(d) == name)
            return d;
    }
    return std::nullopt;
}

ReviewStore::ReviewStore(Database &database, AuditLog &audit, const Clock &clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

std::optional<Review> ReviewStore::record(const StoredSubmission &submission, const StaffAccount &doctor,
                                          Review::Decision decision, const QString &note, QString *error)
{
    if (!StaffRoles::require(doctor, StaffRoles::Duty::Review, error))
        return std::nullopt;
    const bool overrule = decision == Review::Decision::Proceed && submission.evaluation.outcome >= Outcome::Avoid;
    if (overrule && note.trimmed().isEmpty()) {
        *error = QStringLiteral("proceeding despite an outcome of %1 needs a note that says why")
                     .arg(outcomeName(submission.evaluation.outcome));
        return std::nullopt;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    const QDateTime at = m_clock.now().toUTC();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO reviews (submission_id, reviewer_id, decision, note, reviewed_utc) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(submission.id);
    q.addBindValue(doctor.id);
    q.addBindValue(Review::decisionName(decision));
    q.addBindValue(note.trimmed().isNull() ? QStringLiteral("") : note.trimmed());
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next()) {
        *error = m_database.describe(q.lastError());
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!m_audit.appendInTransaction(doctor.login, QStringLiteral("review"), submission.submission.uuid,
                                     Review::decisionName(decision) + (overrule ? QStringLiteral(" (overrules ") +
                                         outcomeName(submission.evaluation.outcome) + u')' : QString()),
                                     error)
        || !m_database.notifyChange(error) || !transaction.commit(error))
        return std::nullopt;
    return Review{id, submission.id, doctor.login, doctor.displayName, decision, note.trimmed(), at};
}

QList<Review> ReviewStore::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<Review> list;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT r.id, r.submission_id, a.login, a.display_name, r.decision, r.note, r.reviewed_utc "
                             "FROM reviews r JOIN staff_accounts a ON a.id = r.reviewer_id WHERE %1 ORDER BY r.id")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = m_database.describe(q.lastError());
        return list;
    }
    while (q.next()) {
        Review r;
        r.id = q.value(0).toLongLong();
        r.submissionId = q.value(1).toLongLong();
        r.reviewerLogin = q.value(2).toString();
        r.reviewerName = q.value(3).toString();
        r.decision = Review::decisionFromName(q.value(4).toString()).value_or(Review::Decision::NeedsInformation);
        r.note = q.value(5).toString();
        r.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        list << r;
    }
    if (m_database.readFailed(q, error))
        list.clear();
    return list;
}

QList<Review> ReviewStore::history(qint64 submissionId, QString *error) const
{
    return select(QStringLiteral("r.submission_id = ?"), {submissionId}, error);
}

QHash<qint64, Review> ReviewStore::latest(const QList<qint64> &submissionIds, QString *error) const
{
    QHash<qint64, Review> result;
    if (submissionIds.isEmpty())
        return result;
    QStringList marks;
    QVariantList values;
    for (qint64 id : submissionIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    // Ordered by id, so each later review overwrites the one before.
    for (const Review &r : select(QStringLiteral("r.submission_id IN (%1)").arg(marks.join(u',')), values, error))
        result.insert(r.submissionId, r);
    return result;
}
