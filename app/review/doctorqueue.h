#pragma once

#include "reviewstore.h"
#include "submissionstore.h"

#include <QList>
#include <QTimeZone>

class Database;

struct QueueEntry
{
    StoredSubmission stored;
    std::optional<Review> latestReview;
};

// The doctor's list: one clinic day, or a search across all days; and a
// patient's earlier screenings. Each entry comes with its latest review.
class DoctorQueue
{
public:
    DoctorQueue(SubmissionStore &submissions, ReviewStore &reviews, Database &database);
    Database &database() const { return m_database; }

    enum class Order { MostSeriousFirst, ByTime };
    // Most serious outcome first, then oldest first (or all by time).
    QList<QueueEntry> load(const QDate &day, const QTimeZone &zone, QString *error,
                           Order order = Order::MostSeriousFirst) const;

    // A search returns at most this many submissions, the latest.
    static constexpr int searchLimit = 200;
    // `text` is a birth date (1985-04-12, 1985/4/12, 19850412), or the start
    // of a name or kana reading compared as PatientName keys ("やまだ" finds
    // "ヤマダ ハナコ" and "山田 花子（やまだ はなこ）"). Oldest first.
    QList<QueueEntry> search(const QString &text, QString *error) const;
    // The same person's screenings before this one, the latest first: the
    // same birth date and the same name or the same kana as PatientName keys.
    QList<QueueEntry> earlier(const StoredSubmission &stored, QString *error) const;
    // Every screening of one person, oldest first: this birth date and this
    // name or this kana reading as PatientName keys (either may be empty,
    // not both). For a patient asking what is held about them.
    QList<QueueEntry> person(const QString &name, const QString &kana, const QDate &birthDate, QString *error) const;
    // These submissions with their latest reviews.
    QList<QueueEntry> byIds(const QList<qint64> &ids, QString *error) const
    {
        return withReviews(m_submissions.byIds(ids, error), error);
    }
    // A birth date as the search box takes it; invalid when it is not one.
    static QDate birthDateOf(const QString &text);

private:
    QList<QueueEntry> withReviews(const QList<StoredSubmission> &stored, QString *error) const;
    QList<qint64> ids(const QString &sql, const QVariantList &values, QString *error) const;

    SubmissionStore &m_submissions;
    ReviewStore &m_reviews;
    Database &m_database;
};
