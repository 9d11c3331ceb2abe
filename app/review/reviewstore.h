#pragma once

#include "staffaccounts.h"
#include "submissionstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class AuditLog;
class Clock;
class Database;

struct Review
{
    enum class Decision { Proceed, DoNotTreat, NeedsInformation };

    qint64 id = 0;
    qint64 submissionId = 0;
    QString reviewerLogin;
    QString reviewerName;
    Decision decision = Decision::NeedsInformation;
    QString note;
    QDateTime at;

    static QString decisionName(Decision decision);
    static std::optional<Decision> decisionFromName(const QString &name);
};

// The doctor's reviews: each its own record with the doctor and the time.
// A later review supersedes an earlier one without erasing it.
class ReviewStore
{
public:
    ReviewStore(Database &database, AuditLog &audit, const Clock &clock);

    // Only a doctor reviews, and an `avoid` or `decline` outcome is only
    // overruled (proceed to counselling) with a note that says why.
    std::optional<Review> record(const StoredSubmission &submission, const StaffAccount &doctor,
                                 Review::Decision decision, const QString &note, QString *error);
    QList<Review> history(qint64 submissionId, QString *error) const;
    // The latest review of each of these submissions that has one.
    QHash<qint64, Review> latest(const QList<qint64> &submissionIds, QString *error) const;

private:
    QList<Review> select(const QString &where, const QVariantList &values, QString *error) const;

    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
};
