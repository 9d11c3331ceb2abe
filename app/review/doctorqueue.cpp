#include "doctorqueue.h"

#include "database.h"
#include "patientname.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

DoctorQueue::DoctorQueue(SubmissionStore &submissions, ReviewStore &reviews, Database &database)
    : m_submissions(submissions), m_reviews(reviews), m_database(database)
{
}

QList<QueueEntry> DoctorQueue::withReviews(const QList<StoredSubmission> &stored, QString *error) const
{
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
    return entries;
}

QList<QueueEntry> DoctorQueue::load(const QDate &day, const QTimeZone &zone, QString *error, Order order) const
{
    QList<QueueEntry> entries = withReviews(m_submissions.forDay(day, zone, error), error);
    // Submissions come oldest first, so a stable sort keeps that within a level.
    if (order == Order::MostSeriousFirst) {
        std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
            return a.stored.evaluation.outcome > b.stored.evaluation.outcome;
        });
    }
    return entries;
}

QList<qint64> DoctorQueue::ids(const QString &sql, const QVariantList &values, QString *error) const
{
    QList<qint64> found;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return found;
    }
    while (q.next())
        found << q.value(0).toLongLong();
    // A damaged page ends the loop early and looks like the end of the data.
    if (q.lastError().isValid())
        *error = q.lastError().text();
    return found;
}

QDate DoctorQueue::birthDateOf(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
                                  QStringLiteral("yyyy.M.d"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(t, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QList<QueueEntry> DoctorQueue::search(const QString &text, QString *error) const
{
    const QString limit = QString::number(searchLimit);
    QList<qint64> found;
    if (const QDate born = birthDateOf(text); born.isValid()) {
        found = ids(QStringLiteral("SELECT id FROM submissions WHERE patient_birth_date = ? "
                                   "ORDER BY submitted_utc DESC LIMIT ") + limit,
                    {born.toString(Qt::ISODate)}, error);
    } else {
        const QString key = PatientName::key(text);
        if (key.isEmpty())
            return {};
        // Anywhere in the name or the reading: 花子 finds 山田 花子 and
        // garcia finds Maria Garcia-Lopez. A LIKE with a leading % reads
        // the whole index rather than a range of it; over 50,000 stored
        // submissions that stays far below the 100 ms target (bench_desk
        // prints it). The keys are already folded (width, case, kana), so
        // LIKE needs no case rules of its own, the same on both databases.
        QString escaped = key;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        found = ids(QStringLiteral("SELECT submission_id, submitted_utc FROM patient_keys "
                                   "WHERE name_key LIKE ? ESCAPE '\\' OR kana_key LIKE ? ESCAPE '\\' "
                                   "ORDER BY 2 DESC LIMIT ") + limit,
                    {pattern, pattern}, error);
    }
    if (!error->isEmpty())
        return {};
    return withReviews(m_submissions.byIds(found, error), error);
}

QList<QueueEntry> DoctorQueue::person(const QString &name, const QString &kana, const QDate &birthDate,
                                      QString *error) const
{
    const QString nameKey = PatientName::key(name);
    const QString kanaKey = PatientName::key(kana);
    // "-" is no key any name has: an empty one matches nothing. Either key
    // is looked for in both fields: a patient who wrote her name in kana
    // and left the reading empty is found by her reading too.
    const QString byName = nameKey.isEmpty() ? QStringLiteral("-") : nameKey;
    const QString byKana = kanaKey.isEmpty() ? QStringLiteral("-") : kanaKey;
    const QList<qint64> found = ids(
        QStringLiteral("SELECT s.id FROM submissions s JOIN patient_keys k ON k.submission_id = s.id "
                       "WHERE s.patient_birth_date = ? AND (k.name_key IN (?, ?) OR (k.kana_key <> '' AND k.kana_key IN (?, ?))) "
                       "ORDER BY s.submitted_utc"),
        {birthDate.toString(Qt::ISODate), byName, byKana, byName, byKana},
        error);
    if (!error->isEmpty())
        return {};
    return withReviews(m_submissions.byIds(found, error), error);
}

QList<QueueEntry> DoctorQueue::earlier(const StoredSubmission &stored, QString *error) const
{
    const Submission &s = stored.submission;
    const QString kana = PatientName::key(s.patient.kana);
    const QList<qint64> found = ids(
        QStringLiteral("SELECT s.id FROM submissions s JOIN patient_keys k ON k.submission_id = s.id "
                       "WHERE s.patient_birth_date = ? AND s.id <> ? AND s.submitted_utc <= ? "
                       "AND (k.name_key = ? OR (k.kana_key <> '' AND k.kana_key = ?))"),
        {s.patient.birthDate.toString(Qt::ISODate), stored.id,
         s.submittedAt.toUTC().toString(Qt::ISODateWithMs), PatientName::key(s.patient.name),
         kana.isEmpty() ? QStringLiteral("-") : kana},
        error);
    if (!error->isEmpty())
        return {};
    QList<QueueEntry> entries = withReviews(m_submissions.byIds(found, error), error);
    std::reverse(entries.begin(), entries.end());
    return entries;
}
