#include "patientrequests.h"

#include "auditlog.h"
#include "database.h"
#include "retention.h"
#include "disclosure.h"
#include "settings.h"
#include "staffroles.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

PatientRequests::PatientRequests(Database &database, DoctorQueue &queue, ReviewStore &reviews, AuditLog &audit,
                                 StaffAccounts &accounts)
    : m_database(database), m_queue(queue), m_reviews(reviews), m_audit(audit), m_accounts(accounts)
{
}

QString PatientRequests::problem(const Person &person)
{
    if (person.name.trimmed().isEmpty() && person.kana.trimmed().isEmpty())
        return QStringLiteral("give the name or the kana reading as the patient wrote it");
    if (!person.birthDate.isValid())
        return QStringLiteral("give the date of birth (YYYY-MM-DD)");
    return {};
}

QList<QueueEntry> PatientRequests::find(const Person &person, const QString &actor, QString *error)
{
    if (const QString p = problem(person); !p.isEmpty()) {
        *error = p;
        return {};
    }
    const QList<QueueEntry> found = m_queue.person(person.name, person.kana, person.birthDate, error);
    if (!error->isEmpty())
        return {};
    // The audit names who looked and how many were found, never the person.
    if (!m_audit.append(actor, QStringLiteral("patient_find"), QString(),
                        QStringLiteral("%1 submissions by %2 and birth date")
                            .arg(found.size())
                            .arg(person.name.trimmed().isEmpty() ? QStringLiteral("kana") : QStringLiteral("name")),
                        error))
        return {};
    return found;
}

QList<QueueEntry> PatientRequests::findFor(const StaffAccount &who, const Person &person, QString *error)
{
    if (!StaffRoles::require(who, StaffRoles::Duty::FindPatient, error))
        return {};
    return find(person, who.login, error);
}

QList<QueueEntry> PatientRequests::byUuids(const QStringList &uuids, QString *error) const
{
    QList<qint64> ids;
    for (const QString &uuid : uuids) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id FROM submissions WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec()) {
            *error = m_database.describe(q.lastError());
            return {};
        }
        if (!q.next()) {
            if (!m_database.readFailed(q, error))
                *error = QStringLiteral("--id %1: no such submission").arg(uuid);
            return {};
        }
        ids << q.value(0).toLongLong();
    }
    return m_queue.byIds(ids, error);
}

QStringList PatientRequests::disclose(const QList<QueueEntry> &entries, const QString &folder, const QString &actor,
                                     const RuleSet *ruleSet, const QDateTime &now, QString *error)
{
    if (entries.isEmpty()) {
        *error = QStringLiteral("nothing to disclose");
        return {};
    }
    Disclosure disclosure;
    disclosure.clinicName = Settings::clinicName();
    disclosure.madeAt = now;
    disclosure.zone = Settings::clinicTimeZone();
    disclosure.ruleSet = ruleSet;
    QHash<QString, int> byUuid;
    for (const QueueEntry &e : entries) {
        Disclosure::Held held{e, m_reviews.history(e.stored.id, error), {}};
        if (!error->isEmpty())
            return {};
        byUuid.insert(e.stored.submission.uuid, int(disclosure.held.size()));
        disclosure.held << held;
    }
    const QList<AuditEntry> audit = m_audit.entries(error);
    if (!error->isEmpty())
        return {};
    for (const AuditEntry &a : audit) {
        if (const auto it = byUuid.constFind(a.submissionUuid); it != byUuid.cend())
            disclosure.held[*it].audit << a;
    }
    const QStringList paths = disclosure.write(folder, error);
    if (paths.isEmpty())
        return {};
    if (!m_audit.append(actor, QStringLiteral("patient_export"), QString(),
                        QStringLiteral("%1 submissions at the patient's request to %2").arg(entries.size()).arg(folder),
                        error))
        return {};
    return paths;
}

QStringList PatientRequests::discloseFor(const StaffAccount &who, const QList<QueueEntry> &entries, const QString &folder,
                                         const RuleSet *ruleSet, const QDateTime &now, QString *error)
{
    if (!StaffRoles::require(who, StaffRoles::Duty::DisclosePatient, error))
        return {};
    return disclose(entries, folder, who.login, ruleSet, now, error);
}

PatientRequests::Erased PatientRequests::erase(const QList<QueueEntry> &entries, const std::optional<StaffAccount> &asker,
                                               const QString &actor, const QString &confirmLogin,
                                               const QString &confirmSecret)
{
    Erased result;
    result.refused = true;
    if (entries.isEmpty()) {
        result.error = QStringLiteral("nothing to delete");
        return result;
    }
    if (asker && !StaffRoles::require(*asker, StaffRoles::Duty::DeletePatient, &result.error))
        return result;
    // The second person proves who they are as at sign-in (same lockout).
    const StaffAccounts::SignIn confirm = m_accounts.signIn(confirmLogin, confirmSecret, StaffAccounts::Purpose::Confirmation);
    if (confirm.result != StaffAccounts::SignIn::Result::SignedIn) {
        result.refused = confirm.result != StaffAccounts::SignIn::Result::StorageError;
        result.error = result.refused
            ? QStringLiteral("the confirmation was refused: wrong login or PIN, or that account cannot sign in now")
            : confirm.error;
        return result;
    }
    const StaffAccount &confirmer = *confirm.account;
    if (asker ? confirmer.id == asker->id : false) {
        result.error = QStringLiteral("%1 cannot confirm their own request: a second staff member confirms")
                           .arg(confirmer.login);
        return result;
    }
    if (!asker && !StaffRoles::require(confirmer, StaffRoles::Duty::DeletePatient, &result.error))
        return result;
    QStringList uuids;
    QStringList marks;
    QVariantList ids;
    for (const QueueEntry &e : entries) {
        uuids << e.stored.submission.uuid;
        marks << QStringLiteral("?");
        ids << e.stored.id;
    }
    result.refused = false;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(&result.error))
        return result;
    // Flags, reviews and the name keys go with their submission (ON DELETE CASCADE).
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM submissions WHERE id IN (%1)").arg(marks.join(u',')));
    for (const QVariant &id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        result.error = m_database.describe(q.lastError());
        return result;
    }
    result.deleted = q.numRowsAffected();
    if (!m_audit.appendInTransaction(asker ? asker->login : actor, QStringLiteral("patient_delete"), QString(),
                                     QStringLiteral("%1 submissions at the patient's request, confirmed by %2: %3")
                                         .arg(result.deleted)
                                         .arg(confirmer.login, uuids.join(QStringLiteral(", "))),
                                     &result.error)
        || !transaction.commit(&result.error))
        return result;
    result.notice = Retention::scrubDeleted(m_database); // as the purge
    result.ok = true;
    return result;
}
