#pragma once

#include "evaluation.h"
#include "submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <functional>
#include <optional>

class Clock;
class Database;
class QSqlQuery;

struct StoredSubmission
{
    qint64 id = 0;
    Submission submission;
    Evaluation evaluation;
    QDateTime storedAt;
};

// Where the kiosk hands a finished submission: the store itself, or an
// outbox in front of a server that may be out of reach.
class SubmissionSink
{
public:
    virtual ~SubmissionSink() = default;
    // True once the submission is durably kept somewhere it will not be lost.
    virtual bool deliver(const Submission &submission, const Evaluation &evaluation, QString *error) = 0;
};

// Submissions in the store: written once, in one transaction with their
// flags, and never updated.
class SubmissionStore : public SubmissionSink
{
public:
    SubmissionStore(Database &database, const Clock &clock);

    // Stores the submission as evaluated. A submission whose uuid is already
    // stored with the same content is not stored again: its stored record is
    // returned, so a device may safely resend. The same uuid with other
    // content is refused, with `conflict` set. Gives a uuid to a submission
    // without one.
    std::optional<StoredSubmission> save(Submission submission, const Evaluation &evaluation, QString *error,
                                         bool *conflict = nullptr);

    bool deliver(const Submission &submission, const Evaluation &evaluation, QString *error) override
    {
        return save(submission, evaluation, error).has_value();
    }

    // The oldest first, at most `limit`.
    QList<StoredSubmission> oldest(int limit, QString *error) const;
    bool remove(const QString &uuid, QString *error);

    std::optional<StoredSubmission> byUuid(const QString &uuid, QString *error) const;
    // These submissions, oldest first; ids not stored are left out.
    QList<StoredSubmission> byIds(const QList<qint64> &ids, QString *error) const;
    // The submissions of one of the clinic's days, oldest first.
    QList<StoredSubmission> forDay(const QDate &day, const QTimeZone &clinicZone, QString *error) const;
    qint64 count(QString *error) const;
    // Every submission of the clinic's days `first` to `last` (a null date
    // leaves that end open), oldest first, handed over one at a time so that
    // a year of them needs no more memory than one. `visit` returns false to
    // stop. False on a storage error, also one met half-way.
    bool forEachInDays(const QDate &first, const QDate &last, const QTimeZone &clinicZone,
                       const std::function<bool(const StoredSubmission &)> &visit, QString *error) const;
    // How many submissions each clinic day from `first` to `last` had, by outcome.
    QMap<QDate, QHash<Outcome, int>> countsByDay(const QDate &first, const QDate &last, const QTimeZone &clinicZone,
                                                 QString *error) const;

    // The columns a stored submission is read from, for a query on table
    // alias `s`, and the submission in a row that starts with them; shared
    // with the readers that join other tables (the exports' cursor).
    static QString columns(const Database &database);
    static int columnCount();
    // False, with `error` naming the store and the submission, when its
    // stored answers or flags are damaged.
    bool readRow(const QSqlQuery &query, StoredSubmission *stored, QString *error) const;

private:
    // For a resent uuid: the stored row's id when it holds the same
    // submission, 0 when it holds another; null with `error` set otherwise.
    std::optional<qint64> storedIdIfSame(const Submission &submission, const QString &answersJson, QString *error) const;
    QList<StoredSubmission> select(const QString &where, const QVariantList &values, QString *error) const;
    bool visitRows(const QString &where, const QVariantList &values,
                   const std::function<bool(const StoredSubmission &)> &visit, QString *error) const;

    Database &m_database;
    const Clock &m_clock;
    // The fired rules as stored, by their JSON text: a clinic's year holds
    // a few dozen combinations, and parsing each row's anew was a sixth of
    // reading it. Bounded, since a damaged store could hold any text.
    mutable QHash<QByteArray, QList<Flag>> m_flagsSeen;
};
