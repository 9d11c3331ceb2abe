#include "submissioncursor.h"

#include "clock.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

SubmissionCursor::SubmissionCursor(Database &database) : m_database(database) {}

bool SubmissionCursor::forDays(const QDate &first, const QDate &last, const QTimeZone &zone, const Visit &visit,
                               QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The latest review by id (reviews_by_submission serves the lookup); a
    // submission without one has NULLs there.
    query.prepare(QStringLiteral("SELECT %1, r.id, r.decision, r.note, r.reviewed_utc, a.login, a.display_name "
                                 "FROM submissions s "
                                 "LEFT JOIN reviews r ON r.id = (SELECT MAX(l.id) FROM reviews l WHERE l.submission_id = s.id) "
                                 "LEFT JOIN staff_accounts a ON a.id = r.reviewer_id "
                                 "WHERE s.submitted_utc >= ? AND s.submitted_utc < ? ORDER BY s.submitted_utc, s.id")
                      .arg(SubmissionStore::columns(m_database)));
    const auto isoUtc = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    query.addBindValue(isoUtc(QDateTime(first, QTime(0, 0), zone)));
    query.addBindValue(isoUtc(QDateTime(last.addDays(1), QTime(0, 0), zone)));
    if (!query.exec()) {
        *error = m_database.describe(query.lastError());
        return false;
    }
    const SubmissionStore store(m_database, Clock::system());
    const int r = SubmissionStore::columnCount();
    QueueEntry entry;
    while (query.next()) {
        if (!store.readRow(query, &entry.stored, error))
            return false;
        entry.latestReview.reset();
        if (!query.isNull(r)) {
            Review review;
            review.id = query.value(r).toLongLong();
            review.submissionId = entry.stored.id;
            review.decision = Review::decisionFromName(query.value(r + 1).toString())
                                  .value_or(Review::Decision::NeedsInformation);
            review.note = query.value(r + 2).toString();
            review.at = QDateTime::fromString(query.value(r + 3).toString(), Qt::ISODateWithMs);
            review.reviewerLogin = query.value(r + 4).toString();
            review.reviewerName = query.value(r + 5).toString();
            entry.latestReview = review;
        }
        if (!visit(entry))
            return true;
    }
    // A damaged page ends the loop early; that is not the end of the data.
    return !m_database.readFailed(query, error);
}
