#include "submissionstore.h"

#include "clock.h"
#include "database.h"
#include "jsontext.h"
#include "patientname.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Dates come back as ISO text: the stored record keeps the answer's meaning,
// not a type from a rule set that may have changed since. A stored text that
// does not parse is damage, never an empty set of answers.
std::optional<QVariantMap> answersFromJson(const QByteArray &json)
{
    QVariantMap answers;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            QStringList list;
            for (const QJsonValue &v : it.value().toArray())
                list << v.toString();
            answers.insert(it.key(), list);
        } else {
            answers.insert(it.key(), it.value().toVariant());
        }
    }
    return answers;
}

// The times this store writes (ISO 8601 with milliseconds, then Z or an
// offset), read without QDateTime::fromString's general parser, which was
// a fifth of reading a year for an export. Anything else takes that parser.
QDateTime parseStoredTime(const QString &text)
{
    const auto number = [&text](int at, int length) {
        int value = 0;
        for (int i = at; i < at + length; ++i) {
            const unsigned digit = unsigned(text.at(i).unicode()) - u'0';
            if (digit > 9)
                return -1;
            value = value * 10 + int(digit);
        }
        return value;
    };
    const bool utc = text.size() == 24 && text.at(23) == u'Z';
    const bool offset = text.size() == 29 && (text.at(23) == u'+' || text.at(23) == u'-') && text.at(26) == u':';
    if ((utc || offset) && text.at(10) == u'T' && text.at(19) == u'.') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid()) {
            if (utc)
                return QDateTime(date, time, Qt::UTC);
            const int seconds = (number(24, 2) * 60 + number(27, 2)) * 60;
            if (number(24, 2) >= 0 && number(27, 2) >= 0)
                return QDateTime(date, time, Qt::OffsetFromUTC, text.at(23) == u'-' ? -seconds : seconds);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the columns hold empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool execPrepared(const Database &database, QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = database.describe(query.lastError());
        return false;
    }
    return true;
}

} // namespace

SubmissionStore::SubmissionStore(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

std::optional<StoredSubmission> SubmissionStore::save(Submission s, const Evaluation &evaluation, QString *error,
                                                      bool *conflict)
{
    if (s.uuid.isEmpty())
        s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (conflict)
        *conflict = false;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QSqlQuery &query) {
        *error = QStringLiteral("could not store the submission: %1").arg(m_database.describe(query.lastError()));
        return std::nullopt;
    };

    // A resent uuid inserts nothing and changes nothing. No conflict target:
    // naming (uuid) would need SELECT on it, which a kiosk's role has not;
    // uuid is the only unique column the insert does not draw from a sequence.
    QSqlQuery *prepared = m_database.prepared(QStringLiteral(
        "INSERT INTO submissions (uuid, submitted_at, submitted_utc, stored_utc, language, patient_name, "
        "patient_kana, patient_birth_date, consent_given, consent_notice_version, answers_json, outcome, "
        "outcome_rank, flags_json, ruleset_id, ruleset_version, ruleset_sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"), error);
    if (!prepared)
        return std::nullopt;
    QSqlQuery &insert = *prepared;
    const QDateTime storedAt = m_clock.now();
    insert.addBindValue(s.uuid);
    insert.addBindValue(s.submittedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(isoUtc(s.submittedAt));
    insert.addBindValue(isoUtc(storedAt));
    insert.addBindValue(notNull(s.language));
    insert.addBindValue(notNull(s.patient.name));
    insert.addBindValue(notNull(s.patient.kana));
    insert.addBindValue(s.patient.birthDate.toString(Qt::ISODate));
    insert.addBindValue(s.consent.given ? 1 : 0);
    insert.addBindValue(notNull(s.consent.noticeVersion));
    const QString answersJson = QString::fromUtf8(JsonText::answers(s.answers));
    insert.addBindValue(answersJson);
    insert.addBindValue(outcomeName(evaluation.outcome));
    insert.addBindValue(int(evaluation.outcome));
    insert.addBindValue(QString::fromUtf8(JsonText::flags(evaluation.flags)));
    insert.addBindValue(notNull(evaluation.ruleSetId));
    insert.addBindValue(notNull(evaluation.ruleSetVersion));
    insert.addBindValue(notNull(evaluation.ruleSetSha256));
    if (!insert.exec())
        return fail(insert);

    // RETURNING gives the new id on both drivers, and no row for a resend.
    const bool inserted = insert.next();
    if (!inserted && m_database.readFailed(insert, error))
        return std::nullopt;
    const qint64 id = inserted ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (inserted) {
        QSqlQuery *preparedFlag = m_database.prepared(
            QStringLiteral("INSERT INTO submission_flags (submission_id, rule_id, level) VALUES (?, ?, ?)"), error);
        if (!preparedFlag)
            return std::nullopt;
        QSqlQuery &flag = *preparedFlag;
        for (const Flag &f : evaluation.flags) {
            flag.addBindValue(id);
            flag.addBindValue(f.rule);
            flag.addBindValue(outcomeName(f.level));
            if (!flag.exec())
                return fail(flag);
        }
        QSqlQuery *preparedKeys = m_database.prepared(
            QStringLiteral("INSERT INTO patient_keys (submission_id, name_key, kana_key, submitted_utc) VALUES (?, ?, ?, ?)"),
            error);
        if (!preparedKeys) {
            m_database.rollback();
            return std::nullopt;
        }
        QSqlQuery &keys = *preparedKeys;
        keys.addBindValue(id);
        keys.addBindValue(PatientName::key(s.patient.name));
        keys.addBindValue(PatientName::key(s.patient.kana));
        keys.addBindValue(isoUtc(s.submittedAt));
        if (!keys.exec())
            return fail(keys);
    }
    if (!inserted) {
        // A resend stores nothing; the same uuid with other answers is
        // another submission under a reused id, refused rather than dropped.
        const std::optional<qint64> storedId = storedIdIfSame(s, answersJson, error);
        if (!storedId)
            return std::nullopt;
        if (*storedId == 0) {
            *error = QStringLiteral("uuid %1 is already stored with different answers").arg(s.uuid);
            if (conflict)
                *conflict = true;
            return std::nullopt;
        }
        transaction.rollback();
        // What was stored first stands. A kiosk's login may not read it back,
        // and need not: it is the same as what was sent.
        if (!m_database.login().readsSubmissions())
            return StoredSubmission{*storedId, s, evaluation, storedAt};
        return byUuid(s.uuid, error);
    }
    if (!m_database.notifyChange(error) || !transaction.commit(error))
        return std::nullopt;
    return StoredSubmission{id, s, evaluation, storedAt};
}

std::optional<qint64> SubmissionStore::storedIdIfSame(const Submission &s, const QString &answersJson, QString *error) const
{
    const QVariantList values = {s.uuid, isoUtc(s.submittedAt), notNull(s.language), notNull(s.patient.name),
                                 notNull(s.patient.kana), s.patient.birthDate.toString(Qt::ISODate),
                                 s.consent.given ? 1 : 0, answersJson};
    QSqlQuery query(m_database.connection());
    // The comparison is the server's when this login may not read submissions
    // (a kiosk's role): prescreen_stored_as_sent, made by `prescreen db grant`.
    query.prepare(m_database.login().readsSubmissions()
                      ? QStringLiteral("SELECT CASE WHEN submitted_utc = ? AND language = ? AND patient_name = ? AND "
                                       "patient_kana = ? AND patient_birth_date = ? AND consent_given = ? AND "
                                       "answers_json = ? THEN id ELSE 0 END FROM submissions WHERE uuid = ?")
                      : QStringLiteral("SELECT prescreen_stored_as_sent(?, ?, ?, ?, ?, ?, ?, ?)"));
    if (m_database.login().readsSubmissions()) {
        for (const QVariant &value : values.mid(1))
            query.addBindValue(value);
        query.addBindValue(s.uuid);
    } else {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
    if (!execPrepared(m_database, query, error))
        return std::nullopt;
    if (!query.next() || query.value(0).isNull()) {
        if (!m_database.readFailed(query, error))
            *error = QStringLiteral("uuid %1 was neither stored nor found; try again").arg(s.uuid);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<StoredSubmission> SubmissionStore::byUuid(const QString &uuid, QString *error) const
{
    const QList<StoredSubmission> found = select(QStringLiteral("uuid = ?"), {uuid}, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("no submission with id %1").arg(uuid);
        return std::nullopt;
    }
    return found.first();
}

QList<StoredSubmission> SubmissionStore::byIds(const QList<qint64> &ids, QString *error) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(QStringLiteral("id IN (%1)").arg(marks.join(u',')), values, error);
}

QList<StoredSubmission> SubmissionStore::forDay(const QDate &day, const QTimeZone &clinicZone, QString *error) const
{
    const QDateTime start(day, QTime(0, 0), clinicZone);
    const QDateTime end(day.addDays(1), QTime(0, 0), clinicZone);
    return select(QStringLiteral("submitted_utc >= ? AND submitted_utc < ?"), {isoUtc(start), isoUtc(end)}, error);
}

qint64 SubmissionStore::count(QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM submissions")) || !query.next()) {
        *error = m_database.describe(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

QString SubmissionStore::columns(const Database &database)
{
    // On SQLite the two JSON texts come as their UTF-8 bytes, which is what
    // the JSON parser reads: as text, SQLite turned them into UTF-16 for Qt
    // and Qt back into UTF-8, a fifth of reading a year for an export.
    const bool bytes = database.isSqlite();
    return QStringLiteral("s.id, s.uuid, s.submitted_at, s.stored_utc, s.language, s.patient_name, s.patient_kana, "
                          "s.patient_birth_date, s.consent_given, s.consent_notice_version, %1, s.outcome, "
                          "%2, s.ruleset_id, s.ruleset_version, s.ruleset_sha256")
        .arg(bytes ? QStringLiteral("CAST(s.answers_json AS BLOB)") : QStringLiteral("s.answers_json"),
             bytes ? QStringLiteral("CAST(s.flags_json AS BLOB)") : QStringLiteral("s.flags_json"));
}

int SubmissionStore::columnCount()
{
    return 16;
}

bool SubmissionStore::readRow(const QSqlQuery &query, StoredSubmission *stored, QString *error) const
{
    stored->id = query.value(0).toLongLong();
    Submission &s = stored->submission;
    s.uuid = query.value(1).toString();
    s.submittedAt = parseStoredTime(query.value(2).toString());
    stored->storedAt = parseStoredTime(query.value(3).toString());
    s.language = query.value(4).toString();
    s.patient.name = query.value(5).toString();
    s.patient.kana = query.value(6).toString();
    s.patient.birthDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    s.consent.given = query.value(8).toInt() == 1;
    s.consent.noticeVersion = query.value(9).toString();
    const auto answers = answersFromJson(query.value(10).toByteArray());
    const QByteArray flagsJson = query.value(12).toByteArray();
    auto flags = m_flagsSeen.constFind(flagsJson);
    if (answers && flags == m_flagsSeen.constEnd()) {
        QJsonParseError flagsError;
        const QJsonDocument document = QJsonDocument::fromJson(flagsJson, &flagsError);
        if (flagsError.error == QJsonParseError::NoError && document.isArray()) {
            if (m_flagsSeen.size() >= 256)
                m_flagsSeen.clear();
            flags = m_flagsSeen.insert(flagsJson, Evaluation::flagsFromJson(document.array()));
        }
    }
    if (!answers || flags == m_flagsSeen.constEnd()) {
        *error = QStringLiteral("%1 is damaged: the stored %2 of submission %3 (uuid %4) is not valid JSON; "
                                "restore the last backup (prescreen restore)")
                     .arg(m_database.url().toString(), answers ? QStringLiteral("flags") : QStringLiteral("answers"))
                     .arg(stored->id)
                     .arg(s.uuid);
        return false;
    }
    s.answers = *answers;
    Evaluation &e = stored->evaluation;
    e.outcome = outcomeFromName(query.value(11).toString()).value_or(Outcome::Review);
    e.flags = *flags;
    e.ruleSetId = query.value(13).toString();
    e.ruleSetVersion = query.value(14).toString();
    e.ruleSetSha256 = query.value(15).toString();
    return true;
}

QList<StoredSubmission> SubmissionStore::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<StoredSubmission> result;
    visitRows(where, values, [&](const StoredSubmission &stored) {
        result.append(stored);
        return true;
    }, error);
    return result;
}

bool SubmissionStore::forEachInDays(const QDate &first, const QDate &last, const QTimeZone &clinicZone,
                                    const std::function<bool(const StoredSubmission &)> &visit, QString *error) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (first.isValid()) {
        where << QStringLiteral("submitted_utc >= ?");
        values << isoUtc(QDateTime(first, QTime(0, 0), clinicZone));
    }
    if (last.isValid()) {
        where << QStringLiteral("submitted_utc < ?");
        values << isoUtc(QDateTime(last.addDays(1), QTime(0, 0), clinicZone));
    }
    return visitRows(where.join(QStringLiteral(" AND ")), values, visit, error);
}

bool SubmissionStore::visitRows(const QString &where, const QVariantList &values,
                                const std::function<bool(const StoredSubmission &)> &visit, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM submissions s WHERE %2 ORDER BY s.submitted_utc, s.id")
                      .arg(columns(m_database), where));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!execPrepared(m_database, query, error))
        return false;
    StoredSubmission stored;
    while (query.next()) {
        if (!readRow(query, &stored, error))
            return false;
        if (!visit(stored))
            return true;
    }
    // A damaged page ends the loop early and looks like the end of the data.
    return !m_database.readFailed(query, error);
}

QMap<QDate, QHash<Outcome, int>> SubmissionStore::countsByDay(const QDate &first, const QDate &last,
                                                              const QTimeZone &clinicZone, QString *error) const
{
    QMap<QDate, QHash<Outcome, int>> counts;
    for (QDate d = first; d <= last; d = d.addDays(1))
        counts.insert(d, {});
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT submitted_utc, outcome_rank FROM submissions "
                                 "WHERE submitted_utc >= ? AND submitted_utc < ?"));
    query.addBindValue(isoUtc(QDateTime(first, QTime(0, 0), clinicZone)));
    query.addBindValue(isoUtc(QDateTime(last.addDays(1), QTime(0, 0), clinicZone)));
    if (!execPrepared(m_database, query, error))
        return counts;
    while (query.next()) {
        const QDate day = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toTimeZone(clinicZone).date();
        ++counts[day][Outcome(query.value(1).toInt())];
    }
    m_database.readFailed(query, error);
    return counts;
}

QList<StoredSubmission> SubmissionStore::oldest(int limit, QString *error) const
{
    // An outbox holds a handful at most, so the limit is applied here.
    return select(QStringLiteral("1 = 1"), {}, error).mid(0, limit);
}

bool SubmissionStore::remove(const QString &uuid, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM submissions WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        *error = m_database.describe(q.lastError());
        return false;
    }
    return transaction.commit(error);
}
