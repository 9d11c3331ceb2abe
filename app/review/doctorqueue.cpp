#include "doctorqueue.h"

#include "database.h"


#include <algorithm>

DoctorQueue::DoctorQueue(SubmissionStore &submissions, ReviewStore &reviews, Database &database)
    : m_submissions(submissions), m_reviews(reviews), m_database(database)
{
}

QList<QueueEntry> DoctorQueue::load(const QDate &day, const QTimeZone &zone, QString *error, Order order) const
{
    const QList<StoredSubmission> stored = m_submissions.forDay(day, zone, error);
    QList<qint64> ids;
    for (const StoredSubmission &s : stored)
        ids << s.id;
    const QHash<qint64, Review> latest = m_reviews.latest(ids, error);
    QList<QueueEntry> entries;
    for (const StoredSubmission &s : stored) {
        QueueEntry e{s, std::nullopt};
        if (latest.contains(s.id))
            e.latestReview = latest.value(s.id);
        entries << e;
    }
    // Submissions come oldest first, so a stable sort keeps that within a level.
    if (order == Order::MostSeriousFirst) {
        std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
            return a.stored.evaluation.outcome > b.stored.evaluation.outcome;
        });
    }
    return entries;
}
