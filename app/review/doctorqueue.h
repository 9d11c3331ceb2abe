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

// The doctor's list for one clinic day: most serious outcome first, then
// oldest first, each with its latest review.
class DoctorQueue
{
public:
    DoctorQueue(SubmissionStore &submissions, ReviewStore &reviews, Database &database);
    Database &database() const { return m_database; }

    enum class Order { MostSeriousFirst, ByTime };
    QList<QueueEntry> load(const QDate &day, const QTimeZone &zone, QString *error,
                           Order order = Order::MostSeriousFirst) const;

private:
    SubmissionStore &m_submissions;
    ReviewStore &m_reviews;
    Database &m_database;
};
