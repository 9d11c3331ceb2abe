#include "migrations.h"

#include "patientname.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// A trigger that refuses `event` (UPDATE or DELETE) on `table` with `message`.
QStringList refuse(bool sqlite, const QString &name, const QString &table, const QString &event,
                   const QString &message)
{
    if (sqlite)
        return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                    .arg(name, event, table, message)};
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "RAISE EXCEPTION '%2'; END $$").arg(name, message),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, event, table)};
}

} // namespace

QList<Migration> migrations(bool sqlite)
{
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT") : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QString seq = sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGINT PRIMARY KEY");
    const auto sql = [&](const char *text) {
        return QString::fromLatin1(text)
            .replace(QStringLiteral("{id}"), id)
            .replace(QStringLiteral("{seq}"), seq)
            .replace(QStringLiteral("{bytes}"), sqlite ? QString() : QStringLiteral("COLLATE \"C\""));
    };
    QList<Migration> list;
    list.append({1,
                 QStringList{sql(R"(CREATE TABLE submissions (
                id {id},
                uuid TEXT NOT NULL UNIQUE,
                submitted_at TEXT NOT NULL,
                submitted_utc TEXT NOT NULL,
                stored_utc TEXT NOT NULL,
                language TEXT NOT NULL,
                patient_name TEXT NOT NULL,
                patient_kana TEXT NOT NULL,
                patient_birth_date TEXT NOT NULL,
                consent_given INTEGER NOT NULL,
                consent_notice_version TEXT NOT NULL,
                answers_json TEXT NOT NULL,
                outcome TEXT NOT NULL,
                outcome_rank INTEGER NOT NULL,
                flags_json TEXT NOT NULL,
                ruleset_id TEXT NOT NULL,
                ruleset_version TEXT NOT NULL,
                ruleset_sha256 TEXT NOT NULL))"),
                             sql("CREATE INDEX submissions_by_time ON submissions(submitted_utc)"),
                             sql(R"(CREATE TABLE submission_flags (
                submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                rule_id TEXT NOT NULL,
                level TEXT NOT NULL,
                PRIMARY KEY (submission_id, rule_id)))"),
                             sql("CREATE INDEX submission_flags_by_rule ON submission_flags(rule_id)")}
                     // What the patient entered is evidence: the doctor's review is a
                     // record of its own, so nothing may rewrite a submission.
                     + refuse(sqlite, QStringLiteral("submissions_never_edited"), QStringLiteral("submissions"),
                              QStringLiteral("UPDATE"), QStringLiteral("submissions are never edited; record a review instead"))
                     + refuse(sqlite, QStringLiteral("submission_flags_never_edited"), QStringLiteral("submission_flags"),
                              QStringLiteral("UPDATE"), QStringLiteral("flags are never edited"))});
    list.append({2,
                 QStringList{sql(R"(CREATE TABLE staff_accounts (
                id {id},
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('doctor', 'staff', 'admin')),
                secret_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until_utc TEXT NOT NULL DEFAULT '',
                created_utc TEXT NOT NULL))"),
                             sql(R"(CREATE TABLE reviews (
                id {id},
                submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                reviewer_id BIGINT NOT NULL REFERENCES staff_accounts(id),
                decision TEXT NOT NULL CHECK (decision IN ('proceed', 'do_not_treat', 'needs_information')),
                note TEXT NOT NULL,
                reviewed_utc TEXT NOT NULL))"),
                             sql("CREATE INDEX reviews_by_submission ON reviews(submission_id, id)"),
                             sql(R"(CREATE TABLE audit_log (
                seq {seq},
                at_utc TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                submission_uuid TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))")}
                     // A later review supersedes an earlier one; neither is ever rewritten.
                     + refuse(sqlite, QStringLiteral("reviews_never_edited"), QStringLiteral("reviews"), QStringLiteral("UPDATE"),
                              QStringLiteral("reviews are never edited; record a new review"))
                     + refuse(sqlite, QStringLiteral("audit_log_never_edited"), QStringLiteral("audit_log"),
                              QStringLiteral("UPDATE"), QStringLiteral("the audit log is append-only"))
                     + refuse(sqlite, QStringLiteral("audit_log_never_deleted"), QStringLiteral("audit_log"),
                              QStringLiteral("DELETE"), QStringLiteral("the audit log is append-only"))});
    // The doctor's search and a patient's earlier screenings: each
    // submission's name and kana as PatientName keys (filled for the
    // submissions already stored by fillAfter()), looked up by index. The
    // keys compare byte by byte on both drivers, so that a prefix is a range.
    list.append({3,
                 QStringList{sql(R"(CREATE TABLE patient_keys (
                submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
                name_key TEXT {bytes} NOT NULL,
                kana_key TEXT {bytes} NOT NULL,
                submitted_utc TEXT NOT NULL))"),
                             // With the time, so that "the latest 200 named Yamada" reads the index alone.
                             sql("CREATE INDEX patient_keys_by_name ON patient_keys(name_key, submitted_utc, submission_id)"),
                             sql("CREATE INDEX patient_keys_by_kana ON patient_keys(kana_key, submitted_utc, submission_id)"),
                             sql("CREATE INDEX submissions_by_birth_date ON submissions(patient_birth_date)")}});
    // Rule sets kept in the store with their history: every version loaded,
    // and every approval, activation and rollback as an event. The active
    // version is the one named by the latest activation or rollback; a null
    // version there is the built-in default. Neither table is ever rewritten,
    // so every version stays viewable and can be restored.
    list.append({4,
                 QStringList{sql(R"(CREATE TABLE rule_set_versions (
                id {id},
                ruleset_id TEXT NOT NULL,
                version TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                file_name TEXT NOT NULL,
                source_text TEXT NOT NULL,
                loaded_by TEXT NOT NULL,
                loaded_utc TEXT NOT NULL))"),
                             sql("CREATE INDEX rule_set_versions_by_sha ON rule_set_versions(sha256)"),
                             sql(R"(CREATE TABLE rule_set_events (
                id {id},
                version_id BIGINT REFERENCES rule_set_versions(id),
                action TEXT NOT NULL CHECK (action IN ('approve', 'activate', 'rollback')),
                actor TEXT NOT NULL,
                at_utc TEXT NOT NULL))")}
                     + refuse(sqlite, QStringLiteral("rule_set_versions_never_edited"), QStringLiteral("rule_set_versions"),
                              QStringLiteral("UPDATE"), QStringLiteral("rule set versions are never edited; load a new one"))
                     + refuse(sqlite, QStringLiteral("rule_set_versions_never_deleted"), QStringLiteral("rule_set_versions"),
                              QStringLiteral("DELETE"), QStringLiteral("rule set versions are kept"))
                     + refuse(sqlite, QStringLiteral("rule_set_events_never_edited"), QStringLiteral("rule_set_events"),
                              QStringLiteral("UPDATE"), QStringLiteral("rule set history is append-only"))
                     + refuse(sqlite, QStringLiteral("rule_set_events_never_deleted"), QStringLiteral("rule_set_events"),
                              QStringLiteral("DELETE"), QStringLiteral("rule set history is append-only"))});
    return list;
}

bool fillAfter(int version, QSqlDatabase db, QString *error)
{
    if (version != 3)
        return true;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO patient_keys (submission_id, name_key, kana_key, submitted_utc) "
                                 "VALUES (?, ?, ?, ?)"));
    if (!read.exec(QStringLiteral("SELECT id, patient_name, patient_kana, submitted_utc FROM submissions"))) {
        *error = read.lastError().text();
        return false;
    }
    QList<std::tuple<qint64, QString, QString, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(), read.value(3).toString()});
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    for (const auto &[id, name, kana, at] : rows) {
        write.addBindValue(id);
        write.addBindValue(PatientName::key(name));
        write.addBindValue(PatientName::key(kana));
        write.addBindValue(at);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}
