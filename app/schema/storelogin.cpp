#include "storelogin.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The function through which a kiosk, which may not read submissions, asks
// whether a resent uuid was stored with the same answers (made by `prescreen
// db grant`). Its signature, as to_regprocedure and GRANT name it.
const QString kResendCheck = QStringLiteral("prescreen_stored_as_sent(text,text,text,text,text,text,integer,text)");

// What each use needs, as "table:PRIVILEGE" (or column, sequence, function).
const QStringList kKioskNeeds = {
    QStringLiteral("schema_migrations:SELECT"),  QStringLiteral("rule_set_versions:SELECT"),
    QStringLiteral("rule_set_events:SELECT"),    QStringLiteral("submissions:INSERT"),
    QStringLiteral("submissions.id:SELECT"),     QStringLiteral("submissions_id_seq:USAGE"),
    QStringLiteral("submission_flags:INSERT"),   QStringLiteral("patient_keys:INSERT"),
    kResendCheck + QStringLiteral(":EXECUTE"),
};

QStringList staffNeeds()
{
    QStringList needs;
    for (const char *table : {"schema_migrations", "submissions", "submission_flags", "patient_keys", "staff_accounts",
                              "reviews", "audit_log", "rule_set_versions", "rule_set_events"})
        needs << QString::fromLatin1(table) + QStringLiteral(":SELECT");
    for (const char *table : {"submissions", "submission_flags", "patient_keys", "staff_accounts", "reviews", "audit_log",
                              "rule_set_versions", "rule_set_events"})
        needs << QString::fromLatin1(table) + QStringLiteral(":INSERT");
    // Sign-in counts failures; purge and a patient's deletion remove submissions.
    needs << QStringLiteral("staff_accounts:UPDATE") << QStringLiteral("submissions:DELETE");
    for (const char *sequence :
         {"submissions_id_seq", "staff_accounts_id_seq", "reviews_id_seq", "rule_set_versions_id_seq", "rule_set_events_id_seq"})
        needs << QString::fromLatin1(sequence) + QStringLiteral(":USAGE");
    return needs;
}

// The only tables a kiosk reads whole: none of them holds a patient's data.
const QStringList kKioskReads = {QStringLiteral("schema_migrations"), QStringLiteral("rule_set_versions"),
                                 QStringLiteral("rule_set_events")};

// "submissions:INSERT" as "INSERT on submissions".
QString inWords(const QString &grant)
{
    const qsizetype colon = grant.lastIndexOf(u':');
    return QStringLiteral("%1 on %2").arg(grant.mid(colon + 1), grant.left(colon));
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("cannot read what this login may do: %1").arg(q.lastError().text().simplified());
    return false;
}

} // namespace

std::optional<StoreLogin> StoreLogin::read(QSqlDatabase db, QString *error)
{
    StoreLogin login;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Owning any table of the schema (or being a member of its owner) is
    // owning them all: an owner may drop triggers and rewrite rows.
    if (!run(q, QStringLiteral(
                    "SELECT current_user, r.rolsuper, has_schema_privilege(current_schema(), 'CREATE'), "
                    "COALESCE((SELECT bool_or(pg_has_role(current_user, c.relowner, 'MEMBER')) FROM pg_class c "
                    "  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'S')), false), "
                    "COALESCE((SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('schema_migrations')), ''), "
                    "current_schema() FROM pg_roles r WHERE r.rolname = current_user"),
             error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("cannot read what this login may do: the server does not list the role");
        return std::nullopt;
    }
    login.m_name = q.value(0).toString();
    login.m_superuser = q.value(1).toBool();
    login.m_createsInSchema = q.value(2).toBool();
    login.m_ownsTables = q.value(3).toBool();
    login.m_owner = q.value(4).toString();
    login.m_schema = q.value(5).toString();
    if (!run(q, QStringLiteral(
                    "SELECT c.relname, p.priv FROM pg_class c CROSS JOIN LATERAL unnest(CASE WHEN c.relkind = 'S' "
                    "THEN ARRAY['USAGE'] ELSE ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER'] END) p(priv) "
                    "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'S') "
                    "AND CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, p.priv) "
                    "ELSE has_table_privilege(c.oid, p.priv) END"),
             error))
        return std::nullopt;
    while (q.next())
        login.m_granted.insert(q.value(0).toString() + u':' + q.value(1).toString());
    // Column grants: a kiosk may read a submission's id (for RETURNING), never its patient.
    if (!run(q, QStringLiteral(
                    "SELECT c.col FROM unnest(ARRAY['id', 'patient_name', 'answers_json']) c(col) "
                    "WHERE to_regclass('submissions') IS NOT NULL AND has_column_privilege('submissions', c.col, 'SELECT') "
                    "UNION ALL SELECT '()' WHERE COALESCE(has_function_privilege(to_regprocedure('%1'), 'EXECUTE'), false)")
                    .arg(kResendCheck),
             error))
        return std::nullopt;
    while (q.next()) {
        const QString what = q.value(0).toString();
        login.m_granted.insert(what == QLatin1String("()") ? kResendCheck + QStringLiteral(":EXECUTE")
                                                           : QStringLiteral("submissions.") + what + QStringLiteral(":SELECT"));
    }
    return login;
}

StoreLogin StoreLogin::localFile()
{
    StoreLogin login;
    login.m_local = true;
    login.m_ownsTables = true;
    return login;
}

bool StoreLogin::may(const QString &table, const QString &privilege) const
{
    return m_local || m_superuser || m_granted.contains(table + u':' + privilege);
}

QStringList StoreLogin::beyondKiosk() const
{
    if (m_local)
        return {};
    QStringList beyond;
    if (m_superuser)
        beyond << QStringLiteral("it is a superuser (may do anything, read every record and drop the audit triggers)");
    else if (m_ownsTables)
        beyond << QStringLiteral("it owns the PreScreen tables (may alter or drop them and their audit triggers)");
    if (m_createsInSchema)
        beyond << QStringLiteral("CREATE in schema %1").arg(m_schema);
    if (m_superuser || m_ownsTables)
        return beyond;
    QStringList grants(m_granted.begin(), m_granted.end());
    grants.sort();
    for (const QString &grant : std::as_const(grants)) {
        const QString table = grant.section(u':', 0, 0);
        const QString privilege = grant.section(u':', 1);
        const bool reads = privilege == QLatin1String("SELECT") && !table.contains(u'.') && !kKioskReads.contains(table);
        const bool changes = QStringList{QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"),
                                         QStringLiteral("TRIGGER")}.contains(privilege);
        if (reads || changes)
            beyond << inWords(grant);
    }
    // A column grant reads patients as well as a table grant does.
    for (const char *column : {"submissions.patient_name", "submissions.answers_json"}) {
        const QString grant = QString::fromLatin1(column) + QStringLiteral(":SELECT");
        if (m_granted.contains(grant) && !m_granted.contains(QStringLiteral("submissions:SELECT")))
            beyond << inWords(grant);
    }
    return beyond;
}

QStringList StoreLogin::missingFor(Use use) const
{
    if (m_local || m_superuser || use == Use::Unchecked || use == Use::Owner)
        return {};
    QStringList missing;
    for (const QString &need : use == Use::Kiosk ? kKioskNeeds : staffNeeds()) {
        // An owner has every table privilege; the resend check it needs not.
        const bool implied = m_ownsTables && !need.startsWith(QLatin1String("prescreen_"));
        if (!implied && !m_granted.contains(need))
            missing << inWords(need);
    }
    return missing;
}

QString StoreLogin::refusal(Use use, const QString &where) const
{
    if (m_local || use == Use::Unchecked)
        return {};
    const QString grant = QStringLiteral("prescreen db grant --kiosk-role KIOSK --staff-role STAFF --db "
                                         "postgresql://%1@HOST/DB");
    if (use == Use::Owner) {
        if (ownsTables())
            return {};
        return QStringLiteral("%1: login \"%2\" does not own the PreScreen tables (their owner is \"%3\"); migrations "
                              "and grants are the owner's: connect as %3")
            .arg(where, m_name, m_owner);
    }
    if (use == Use::Kiosk) {
        const QStringList beyond = beyondKiosk();
        if (!beyond.isEmpty())
            return QStringLiteral("%1: refused for a kiosk: login \"%2\" may do what a kiosk must not: %3. Its password "
                                  "sits on the tablet, so whoever takes the tablet could do the same. Give the kiosk "
                                  "its own role, which may only store submissions and read rule sets: the owner runs "
                                  "\"%4\" (README, \"PostgreSQL\"). On a single machine where this is accepted, "
                                  "start with --allow-wide-login")
                .arg(where, m_name, beyond.join(QStringLiteral("; ")), grant.arg(m_owner));
    }
    const QStringList missing = missingFor(use);
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1: login \"%2\" lacks what %3 needs: %4. The owner grants it with \"%5\" "
                          "(README, \"PostgreSQL\")")
        .arg(where, m_name, use == Use::Kiosk ? QStringLiteral("a kiosk") : QStringLiteral("staff work"),
             missing.join(QStringLiteral(", ")), grant.arg(m_owner));
}
