#pragma once

#include "doctorqueue.h"
#include "staffaccounts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class AuditLog;
class Clock;
class Database;
struct RuleSet;

// A patient's requests under the APPI (個人情報保護法, articles 33 and 35):
// to be told what the clinic holds about them, and to have it deleted.
// Staff find the person's screenings by name or kana reading and birth
// date, disclose everything held (Disclosure writes it), and delete it with
// a second staff member's confirmation. Each step is an audit row that
// names no patient; deleting works as the retention purge does, with
// secure_delete and a checkpoint, so nothing of the person stays in the file.
class PatientRequests
{
public:
    PatientRequests(Database &database, DoctorQueue &queue, ReviewStore &reviews, AuditLog &audit,
                    StaffAccounts &accounts);

    struct Person
    {
        QString name; // either may be empty, not both
        QString kana;
        QDate birthDate;
    };
    // Why a search cannot be made ("" when it can).
    static QString problem(const Person &person);

    // Every screening of the person, oldest first; audited as `actor`.
    QList<QueueEntry> find(const Person &person, const QString &actor, QString *error);
    // The same for a staff member (StaffRoles::Duty::FindPatient).
    QList<QueueEntry> findFor(const StaffAccount &who, const Person &person, QString *error);
    // The screenings with these UUIDs (an unknown one is an error naming it).
    QList<QueueEntry> byUuids(const QStringList &uuids, QString *error) const;
    // Everything held about these screenings (Disclosure) written to
    // `folder` as JSON and PDF; audited as `actor`. The paths written.
    QStringList disclose(const QList<QueueEntry> &entries, const QString &folder, const QString &actor,
                         const RuleSet *ruleSet, const QDateTime &now, QString *error);
    // The same for a staff member (StaffRoles::Duty::DisclosePatient).
    QStringList discloseFor(const StaffAccount &who, const QList<QueueEntry> &entries, const QString &folder,
                            const RuleSet *ruleSet, const QDateTime &now, QString *error);

    // Deletes the screenings when `confirmLogin` signs in with
    // `confirmSecret` as another enabled account than the one asking. From
    // the command line (`asker` empty) the confirming account must itself be
    // allowed to delete (a doctor or an administrator); from the staff
    // screens the asker must be. Audited with both names; secure_delete and a
    // checkpoint leave nothing of them in the file.
    struct Erased
    {
        bool ok = false;
        qint64 deleted = 0;
        // Refused (the confirmation, a role, nothing chosen) rather than a storage failure.
        bool refused = false;
        QString error;
        // What is still to be done for the bytes to go (PostgreSQL: VACUUM FULL by the owner).
        QString notice;
    };
    Erased erase(const QList<QueueEntry> &entries, const std::optional<StaffAccount> &asker, const QString &actor,
                 const QString &confirmLogin, const QString &confirmSecret);

private:
    Database &m_database;
    DoctorQueue &m_queue;
    ReviewStore &m_reviews;
    AuditLog &m_audit;
    StaffAccounts &m_accounts;
};
