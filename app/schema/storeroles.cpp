#include "storeroles.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const kKioskInserts = "submissions, submission_flags, patient_keys";
const char *const kKioskReads = "schema_migrations, rule_set_versions, rule_set_events";
const char *const kStaffInserts = "submissions, submission_flags, patient_keys, staff_accounts, reviews, audit_log, "
                                  "rule_set_versions, rule_set_events";

// A resent submission (the tablet's outbox repeats one whose commit it did
// not hear of) is stored once; whether the stored one has the same answers
// is asked here, as the owner, so that the kiosk never reads a submission.
// It answers the id when they match, 0 when they differ, NULL when the
// uuid is not stored: nothing of any patient leaves the server.
const char *const kResendCheck = R"(CREATE OR REPLACE FUNCTION %1.prescreen_stored_as_sent(
    p_uuid text, p_submitted_utc text, p_language text, p_name text, p_kana text, p_birth text,
    p_consent integer, p_answers text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS $body$
SELECT CASE WHEN submitted_utc = p_submitted_utc AND language = p_language AND patient_name = p_name
    AND patient_kana = p_kana AND patient_birth_date = p_birth AND consent_given = p_consent
    AND answers_json = p_answers THEN id ELSE 0 END FROM submissions WHERE uuid = p_uuid
$body$)";

struct Step
{
    QString sql;
    QString what; // empty: not reported
};

bool run(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1 (while running: %2)").arg(q.lastError().text().simplified(), sql.simplified().left(100));
    return false;
}

// Each role exists, is not a superuser and is no member of the tables'
// owner (either would make every grant here meaningless).
bool checkRoles(QSqlDatabase db, const QStringList &roles, QString *error)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    for (const QString &role : roles) {
        if (!plain.match(role).hasMatch()) {
            *error = QStringLiteral("role \"%1\": use letters, digits and _ only (as CREATE ROLE without quotes)").arg(role);
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT r.rolsuper, pg_has_role(r.oid, c.relowner, 'MEMBER'), pg_get_userbyid(c.relowner) "
                                 "FROM pg_roles r, pg_class c WHERE r.rolname = ? AND c.oid = to_regclass('schema_migrations')"));
        q.addBindValue(role.toLower());
        if (!q.exec()) {
            *error = q.lastError().text().simplified();
            return false;
        }
        if (!q.next()) {
            *error = QStringLiteral("role \"%1\" does not exist: make it first with CREATE ROLE %1 LOGIN PASSWORD "
                                    "'...' (README, \"PostgreSQL\")").arg(role);
            return false;
        }
        if (q.value(0).toBool() || q.value(1).toBool()) {
            *error = QStringLiteral("role \"%1\" is %2, so it may do anything whatever is granted: give the devices "
                                    "roles of their own")
                         .arg(role, q.value(0).toBool() ? QStringLiteral("a superuser")
                                                        : QStringLiteral("the owner of the tables (%1) or a member of it")
                                                              .arg(q.value(2).toString()));
            return false;
        }
    }
    if (roles.value(0).toLower() == roles.value(1).toLower()) {
        *error = QStringLiteral("the kiosk and the staff need roles of their own (both are \"%1\")").arg(roles.value(0));
        return false;
    }
    return true;
}

} // namespace

namespace StoreRoles {

Result grant(QSqlDatabase db, const QString &kioskRole, const QString &staffRole)
{
    Result result;
    if (!checkRoles(db, {kioskRole, staffRole}, &result.error))
        return result;
    QSqlQuery schemaQuery(db);
    if (!schemaQuery.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !schemaQuery.next()) {
        result.error = schemaQuery.lastError().text().simplified();
        return result;
    }
    const QString schema = schemaQuery.value(0).toString();
    const QString k = kioskRole.toLower(), s = staffRole.toLower(), both = k + QStringLiteral(", ") + s;
    const QString function = schema + QStringLiteral(".prescreen_stored_as_sent(text, text, text, text, text, text, "
                                                     "integer, text)");
    const QList<Step> steps = {
        // What either had, and whatever PUBLIC had, goes first.
        {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, both), {}},
        {QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2").arg(schema, both), {}},
        {QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC, %2").arg(schema, both), {}},
        {QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, both), {}},
        {QString::fromLatin1(kResendCheck).arg(schema), {}},
        {QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(function), {}},
        {QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, k),
         QStringLiteral("%1: EXECUTE on prescreen_stored_as_sent (whether a resent submission is the stored one)").arg(k)},
        {QStringLiteral("GRANT INSERT ON %1 TO %2").arg(QLatin1String(kKioskInserts), k),
         QStringLiteral("%1: INSERT on %2").arg(k, QLatin1String(kKioskInserts))},
        {QStringLiteral("GRANT SELECT (id) ON submissions TO %1").arg(k),
         QStringLiteral("%1: SELECT of the id column of submissions (the new row's id), no other column").arg(k)},
        {QStringLiteral("GRANT USAGE ON SEQUENCE submissions_id_seq TO %1").arg(k),
         QStringLiteral("%1: USAGE on submissions_id_seq").arg(k)},
        {QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(kKioskReads), k),
         QStringLiteral("%1: SELECT on %2; nothing else").arg(k, QLatin1String(kKioskReads))},
        {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, s),
         QStringLiteral("%1: SELECT on every table").arg(s)},
        {QStringLiteral("GRANT INSERT ON %1 TO %2").arg(QLatin1String(kStaffInserts), s),
         QStringLiteral("%1: INSERT on %2").arg(s, QLatin1String(kStaffInserts))},
        {QStringLiteral("GRANT UPDATE ON staff_accounts TO %1").arg(s),
         QStringLiteral("%1: UPDATE on staff_accounts (sign-in failures, locks, PINs)").arg(s)},
        {QStringLiteral("GRANT DELETE ON submissions TO %1").arg(s),
         QStringLiteral("%1: DELETE on submissions (the retention purge, a patient's deletion; flags, keys and "
                        "reviews go with them)").arg(s)},
        {QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, s),
         QStringLiteral("%1: USAGE on every sequence; no UPDATE or DELETE of the audit log, no TRUNCATE, no "
                        "schema change").arg(s)},
    };
    if (!run(db, QStringLiteral("BEGIN"), &result.error))
        return result;
    for (const Step &step : steps) {
        if (!run(db, step.sql, &result.error)) {
            QString ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            result.granted.clear();
            return result;
        }
        if (!step.what.isEmpty())
            result.granted << step.what;
    }
    result.ok = run(db, QStringLiteral("COMMIT"), &result.error);
    return result;
}

} // namespace StoreRoles
