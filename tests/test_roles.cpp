// The clinic's PostgreSQL roles on the real test server (TLS, verify-full):
// the owner migrates and grants (`prescreen db grant`), the kiosk's role
// stores submissions and nothing else, the staff's role does its work but
// changes no schema and rewrites no audit row; a login that does not suit
// the device is refused at open with a message saying what and how to fix.
// Every refusal asserted here is the server's own, not the app's.
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "dayexport.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "patientrequests.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "staffretention.h"
#include "storeroles.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kOwner = QStringLiteral("clinic_owner");
const QString kKiosk = QStringLiteral("clinic_kiosk");
const QString kStaff = QStringLiteral("clinic_staff");
const QString kDatabase = QStringLiteral("roles_test");

QString urlOf(const QString &login)
{
    return testServerUrl(login, kDatabase);
}

DatabaseUrl parsed(const QString &text)
{
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    if (!url)
        qFatal("%s", qPrintable(error));
    return *url;
}

// As the test server's superuser, on its maintenance database or ours.
void asSuperuser(const QString &databaseName, const QStringList &statements)
{
    {
        QSqlDatabase db = openTestServer(testServerUrl(QString(), databaseName), QStringLiteral("roles-superuser"));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-superuser"));
}

// What the server answers when `login` runs `sql`: "" when it is done.
QString serverRefusal(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {};
    // The server's own words, without libpq's "ERROR:" and the SQLSTATE.
    return q.lastError().databaseText().section(u'\n', 0, 0).remove(QStringLiteral("ERROR:")).trimmed();
}

Submission patient(const QString &name, const QString &uuid)
{
    Submission s;
    s.uuid = uuid;
    s.language = QStringLiteral("ja");
    s.patient = {name, QStringLiteral("ヤマダ ハナコ"), QDate(1985, 4, 1)};
    s.submittedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(9 * 3600));
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    return s;
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void kioskStoresAndCannotReadOrRewrite();
    void staffWorksWithoutSchemaChangesOrAuditRewrites();
    void kioskRefusesAWiderLogin();
    void kioskExecutableRefusesTheOwner();
    void staffLackingAGrantIsToldWhich();
    void pendingMigrationNeedsTheOwner();
    void grantRefusesRolesThatCannotBeLimited();

private:
    std::unique_ptr<Database> open(const QString &login, StoreLogin::Use use)
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(parsed(urlOf(login)), &error, Database::Access::ReadWrite, use))
            qFatal("%s", qPrintable(error));
        return db;
    }

    const Clock &m_clock = Clock::system();
    RuleSetPtr m_rules;
};

// A new database owned by the clinic's owner role, migrated and granted as
// the README says: CREATE ROLE ... LOGIN, then `prescreen db migrate` and
// `prescreen db grant` run by the owner.
void TestRoles::init()
{
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(m_rules);
    QStringList make = {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(kDatabase)};
    for (const QString &role : {kOwner, kKiosk, kStaff})
        make << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 LOGIN; END IF; END $$").arg(role);
    make << QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(kDatabase, kOwner);
    asSuperuser(QStringLiteral("postgres"), make);

    const ProcessResult migrated = runPrescreen({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), urlOf(kOwner)});
    QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
    QVERIFY(migrated.out.contains("schema version 4"));
    const ProcessResult granted = runPrescreen({QStringLiteral("db"), QStringLiteral("grant"), QStringLiteral("--kiosk-role"), kKiosk,
                                                QStringLiteral("--staff-role"), kStaff, QStringLiteral("--db"), urlOf(kOwner)});
    QVERIFY2(granted.exitCode == 0, granted.err.constData());
    QVERIFY(granted.out.contains("clinic_kiosk: INSERT on submissions, submission_flags, patient_keys\n"));
    QVERIFY(granted.out.contains("clinic_staff: SELECT on every table\n"));
}

void TestRoles::kioskStoresAndCannotReadOrRewrite()
{
    const auto kiosk = open(kKiosk, StoreLogin::Use::Kiosk);
    QVERIFY(!kiosk->login().readsSubmissions());
    SubmissionStore store(*kiosk, m_clock);
    QString error;
    const Submission hanako = patient(QStringLiteral("山田 花子"), QStringLiteral("6f1c2a52-0d55-4b6e-9d1e-1a2b3c4d5e6f"));
    const auto evaluation = Evaluator(m_rules).evaluate(hanako.answers, hanako.day());
    const auto stored = store.save(hanako, evaluation, &error);
    QVERIFY2(stored, qPrintable(error));
    // The tablet's outbox resends what it did not hear committed: stored
    // once, the same id, compared by the server for the kiosk that may not read it.
    const auto resent = store.save(hanako, evaluation, &error);
    QVERIFY2(resent, qPrintable(error));
    QCOMPARE(resent->id, stored->id);
    Submission other = hanako;
    other.patient.name = QStringLiteral("山田 太郎");
    bool conflict = false;
    QVERIFY(!store.save(other, evaluation, &error, &conflict));
    QVERIFY(conflict);
    QCOMPARE(error, QStringLiteral("uuid 6f1c2a52-0d55-4b6e-9d1e-1a2b3c4d5e6f is already stored with different answers"));
    // It reads the clinic's rule sets (none active yet: the built-in one stands).
    AuditLog kioskAudit(*kiosk, m_clock);
    RuleSetVersions versions(*kiosk, kioskAudit, m_clock);
    error.clear();
    QVERIFY(!versions.active(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // What the owner finds stored: one row, as the patient entered it.
    const auto owner = open(kOwner, StoreLogin::Use::Owner);
    QSqlQuery q(owner->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT patient_name, patient_kana, patient_birth_date FROM submissions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("山田 花子"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ヤマダ ハナコ"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("1985-04-01"));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM patient_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Everything else, refused by the server itself.
    const QString denied = QStringLiteral("permission denied for table %1");
    const QList<std::pair<QString, QString>> refused = {
        {QStringLiteral("SELECT patient_name FROM submissions"), denied.arg(QStringLiteral("submissions"))},
        {QStringLiteral("SELECT * FROM submissions"), denied.arg(QStringLiteral("submissions"))},
        {QStringLiteral("SELECT name_key FROM patient_keys"), denied.arg(QStringLiteral("patient_keys"))},
        {QStringLiteral("SELECT secret_hash FROM staff_accounts"), denied.arg(QStringLiteral("staff_accounts"))},
        {QStringLiteral("SELECT detail FROM audit_log"), denied.arg(QStringLiteral("audit_log"))},
        {QStringLiteral("SELECT note FROM reviews"), denied.arg(QStringLiteral("reviews"))},
        {QStringLiteral("UPDATE submissions SET patient_name = 'x'"), denied.arg(QStringLiteral("submissions"))},
        {QStringLiteral("DELETE FROM submissions"), denied.arg(QStringLiteral("submissions"))},
        {QStringLiteral("DELETE FROM submission_flags"), denied.arg(QStringLiteral("submission_flags"))},
        {QStringLiteral("INSERT INTO audit_log VALUES (99, 'a', 'b', 'c', '', '', 'x', 'y')"), denied.arg(QStringLiteral("audit_log"))},
        {QStringLiteral("UPDATE audit_log SET actor = 'x'"), denied.arg(QStringLiteral("audit_log"))},
        {QStringLiteral("DELETE FROM audit_log"), denied.arg(QStringLiteral("audit_log"))},
        {QStringLiteral("TRUNCATE audit_log"), denied.arg(QStringLiteral("audit_log"))},
        {QStringLiteral("DROP TRIGGER audit_log_never_edited ON audit_log"), QStringLiteral("must be owner of relation audit_log")},
        {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"), QStringLiteral("must be owner of table audit_log")},
        {QStringLiteral("ALTER TABLE submissions ADD COLUMN stolen TEXT"), QStringLiteral("must be owner of table submissions")},
        {QStringLiteral("DROP TABLE submissions"), QStringLiteral("must be owner of table submissions")},
        {QStringLiteral("CREATE TABLE copy AS SELECT 1"), QStringLiteral("permission denied for schema public")},
        {QStringLiteral("INSERT INTO rule_set_events (action, actor, at_utc) VALUES ('rollback', 'k', 'now')"),
         denied.arg(QStringLiteral("rule_set_events"))},
    };
    for (const auto &[sql, expected] : refused) {
        const QString answer = serverRefusal(*kiosk, sql);
        QVERIFY2(answer.startsWith(expected), qPrintable(sql + QStringLiteral(" -> ") + answer));
    }
    // The resend check answers whether, never what: nothing of a patient.
    QVERIFY(q.exec(QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = 'prescreen_stored_as_sent'")) && q.next());
    QVERIFY(q.value(0).toString().contains(QLatin1String("THEN id ELSE 0 END")));
}

void TestRoles::staffWorksWithoutSchemaChangesOrAuditRewrites()
{
    {
        const auto kiosk = open(kKiosk, StoreLogin::Use::Kiosk);
        SubmissionStore store(*kiosk, m_clock);
        QString error;
        for (int i = 0; i < 3; ++i) {
            Submission s = patient(QStringLiteral("患者 %1").arg(i), QString());
            s.answers.insert(QStringLiteral("allergy"), i == 0);
            QVERIFY2(store.save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error), qPrintable(error));
        }
    }
    const auto staff = open(kStaff, StoreLogin::Use::Staff);
    QVERIFY(staff->login().readsSubmissions());
    QVERIFY(!staff->login().ownsTables());
    QString error;
    AuditLog audit(*staff, m_clock);
    StaffAccounts accounts(*staff, audit, m_clock);
    const StaffAccount admin = makeAdmin(accounts);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                     QStringLiteral("246813"), admin, &error);
    QVERIFY2(doctor, qPrintable(error));
    // A wrong PIN is counted (UPDATE of staff_accounts), then the right one signs in.
    QCOMPARE(accounts.signIn(QStringLiteral("dr.sato"), QStringLiteral("000000")).result,
             StaffAccounts::SignIn::Result::WrongLoginOrSecret);
    QCOMPARE(accounts.signIn(QStringLiteral("dr.sato"), QStringLiteral("246813")).result,
             StaffAccounts::SignIn::Result::SignedIn);
    // The doctor reviews, reception exports the day.
    SubmissionStore store(*staff, m_clock);
    ReviewStore reviews(*staff, audit, m_clock);
    DoctorQueue queue(store, reviews, *staff);
    const QList<QueueEntry> day = queue.load(QDate(2026, 11, 25), QTimeZone(9 * 3600), &error);
    QCOMPARE(day.size(), 3);
    QVERIFY2(reviews.record(day.first().stored, *doctor, Review::Decision::Proceed, QStringLiteral("checked"), &error),
             qPrintable(error));
    QTemporaryDir out;
    DayExport::Request request;
    request.format = DayExport::Format::Csv;
    request.path = out.filePath(QStringLiteral("day.csv"));
    request.first = request.last = QDate(2026, 11, 25);
    request.zone = QTimeZone(9 * 3600);
    const DayExport::Result written = DayExport::writeFor(admin, audit, request, *staff, *m_rules);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(parseCsv(QString::fromUtf8(readFile(request.path))).size(), 4);
    // A patient's deletion, confirmed by the doctor: gone, with its review and keys.
    PatientRequests requests(*staff, queue, reviews, audit, accounts);
    const QList<QueueEntry> found = requests.findFor(
        admin, {day.first().stored.submission.patient.name, QString(), QDate(1985, 4, 1)}, &error);
    QCOMPARE(found.size(), 1);
    const PatientRequests::Erased erased = requests.erase(found, admin, QString(), QStringLiteral("dr.sato"),
                                                          QStringLiteral("246813"));
    QVERIFY2(erased.ok, qPrintable(erased.error));
    QCOMPARE(erased.deleted, 1);
    QVERIFY(erased.notice.contains(QLatin1String("VACUUM FULL"))); // the owner's to do, said so
    QCOMPARE(store.count(&error), 2);
    // The purge, as reception does it.
    Retention retention(*staff, audit, m_clock);
    const Retention::Result purged = StaffRetention::purgeOlderThan(retention, admin, 1);
    QVERIFY2(purged.ok, qPrintable(purged.error));
    QCOMPARE(purged.purged, 2);
    const AuditLog::Verification verified = audit.verify(&error);
    QVERIFY2(verified.intact, qPrintable(verified.problem));

    // No schema change, no trigger dropped or disabled, no audit row rewritten.
    const QList<std::pair<QString, QString>> refused = {
        {QStringLiteral("UPDATE audit_log SET actor = 'someone else'"), QStringLiteral("permission denied for table audit_log")},
        {QStringLiteral("DELETE FROM audit_log"), QStringLiteral("permission denied for table audit_log")},
        {QStringLiteral("TRUNCATE audit_log"), QStringLiteral("permission denied for table audit_log")},
        {QStringLiteral("DROP TRIGGER audit_log_never_edited ON audit_log"), QStringLiteral("must be owner of relation audit_log")},
        {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_never_deleted"), QStringLiteral("must be owner of table audit_log")},
        {QStringLiteral("DROP FUNCTION audit_log_never_edited()"), QStringLiteral("must be owner of function audit_log_never_edited")},
        {QStringLiteral("ALTER TABLE staff_accounts DROP CONSTRAINT staff_accounts_role_check"), QStringLiteral("must be owner of table staff_accounts")},
        {QStringLiteral("CREATE TABLE copy (x TEXT)"), QStringLiteral("permission denied for schema public")},
        {QStringLiteral("UPDATE reviews SET note = 'x'"), QStringLiteral("permission denied for table reviews")},
        {QStringLiteral("DELETE FROM rule_set_events"), QStringLiteral("permission denied for table rule_set_events")},
        {QStringLiteral("UPDATE submissions SET patient_name = 'x'"), QStringLiteral("permission denied for table submissions")},
    };
    for (const auto &[sql, expected] : refused) {
        const QString answer = serverRefusal(*staff, sql);
        QVERIFY2(answer.startsWith(expected), qPrintable(sql + QStringLiteral(" -> ") + answer));
    }
    QVERIFY(audit.verify(&error).intact);
}

// A kiosk connected with a login that could read or rewrite is refused at
// open, naming what that login may do; with the documented override it opens.
void TestRoles::kioskRefusesAWiderLogin()
{
    const struct
    {
        QString login;
        QStringList named;
    } cases[] = {
        {kOwner, {QStringLiteral("it owns the PreScreen tables")}},
        {QStringLiteral("postgres"), {QStringLiteral("it is a superuser")}},
        {kStaff, {QStringLiteral("SELECT on submissions"), QStringLiteral("DELETE on submissions"),
                  QStringLiteral("SELECT on staff_accounts")}},
    };
    for (const auto &c : cases) {
        Database db;
        QString error;
        QVERIFY(!db.open(parsed(urlOf(c.login)), &error, Database::Access::ReadWrite, StoreLogin::Use::Kiosk));
        QVERIFY2(error.contains(QStringLiteral("refused for a kiosk: login \"%1\" may do what a kiosk must not: ").arg(c.login)),
                 qPrintable(error));
        for (const QString &named : c.named)
            QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("prescreen db grant --kiosk-role")));
        QVERIFY(error.contains(QLatin1String("--allow-wide-login")));
        QVERIFY(!db.isOpen());
    }
    // One grant too many on the kiosk's role is enough.
    asSuperuser(kDatabase, {QStringLiteral("GRANT UPDATE ON audit_log TO %1").arg(kKiosk)});
    Database widened;
    QString error;
    QVERIFY(!widened.open(parsed(urlOf(kKiosk)), &error, Database::Access::ReadWrite, StoreLogin::Use::Kiosk));
    QVERIFY2(error.contains(QLatin1String("may do what a kiosk must not: UPDATE on audit_log.")), qPrintable(error));
}

// The real executable in kiosk mode, as the tablet starts it: with the
// owner's login it takes no patient and says why; with the kiosk's it starts.
void TestRoles::kioskExecutableRefusesTheOwner()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_EXIT_AT_FIRST_FRAME"), QStringLiteral("1"));
    env.insert(QStringLiteral("PRESCREEN_OUTBOX"), home.filePath(QStringLiteral("outbox.sqlite")));
    env.insert(QStringLiteral("HOME"), home.path());
    const ProcessResult asOwner = runPrescreen({QStringLiteral("--kiosk"), QStringLiteral("--db"), urlOf(kOwner)}, env);
    QVERIFY2(asOwner.err.contains("prescreen: storage unavailable: "), asOwner.err.constData());
    QVERIFY2(asOwner.err.contains("refused for a kiosk: login \"clinic_owner\" may do what a kiosk must not: it owns the "
                                  "PreScreen tables (may alter or drop them and their audit triggers)"),
             asOwner.err.constData());
    const ProcessResult asKiosk = runPrescreen({QStringLiteral("--kiosk"), QStringLiteral("--db"), urlOf(kKiosk)}, env);
    QCOMPARE(asKiosk.exitCode, 0);
    QVERIFY2(!asKiosk.err.contains("storage unavailable"), asKiosk.err.constData());
    const ProcessResult allowed = runPrescreen(
        {QStringLiteral("--kiosk"), QStringLiteral("--allow-wide-login"), QStringLiteral("--db"), urlOf(kOwner)}, env);
    QVERIFY2(!allowed.err.contains("storage unavailable"), allowed.err.constData());
}

void TestRoles::staffLackingAGrantIsToldWhich()
{
    asSuperuser(kDatabase, {QStringLiteral("REVOKE DELETE ON submissions FROM %1").arg(kStaff),
                            QStringLiteral("REVOKE INSERT ON audit_log FROM %1").arg(kStaff)});
    Database db;
    QString error;
    QVERIFY(!db.open(parsed(urlOf(kStaff)), &error, Database::Access::ReadWrite, StoreLogin::Use::Staff));
    QVERIFY2(error.contains(QLatin1String("login \"clinic_staff\" lacks what staff work needs: INSERT on audit_log, "
                                          "DELETE on submissions. The owner grants it with \"prescreen db grant")),
             qPrintable(error));
    // The same from the command line, and the kiosk's login at the staff's work.
    QTemporaryDir out;
    const ProcessResult exported = runPrescreen({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                                 out.filePath(QStringLiteral("day.csv")), QStringLiteral("--db"), urlOf(kKiosk)});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains("login \"clinic_kiosk\" lacks what staff work needs: SELECT on submissions"),
             exported.err.constData());
}

// A new PreScreen with a migration the store lacks: only the owner upgrades;
// the devices say so instead of failing on DDL.
void TestRoles::pendingMigrationNeedsTheOwner()
{
    asSuperuser(kDatabase, {QStringLiteral("DELETE FROM schema_migrations WHERE version = 4")});
    for (const auto &[login, use] : {std::pair{kKiosk, StoreLogin::Use::Kiosk}, std::pair{kStaff, StoreLogin::Use::Staff}}) {
        Database db;
        QString error;
        QVERIFY(!db.open(parsed(urlOf(login)), &error, Database::Access::ReadWrite, use));
        QVERIFY2(error.contains(QStringLiteral("the database has schema version 3 of 4, and login \"%1\" does not own its "
                                               "tables (\"clinic_owner\" does), so it may not upgrade them: run "
                                               "\"prescreen db migrate --db postgresql://clinic_owner@127.0.0.1:")
                                    .arg(login)),
                 qPrintable(error));
    }
    const ProcessResult cli = runPrescreen({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), urlOf(kStaff)});
    QCOMPARE(cli.exitCode, 3);
    QVERIFY2(cli.err.contains("does not own its tables"), cli.err.constData());
    // Nothing was changed by the refused logins: still version 3.
    Database owner;
    QString error;
    QVERIFY(!owner.open(parsed(urlOf(kOwner)), &error, Database::Access::ReadOnly));
    QVERIFY2(error.contains(QLatin1String("schema version 3 of 4")), qPrintable(error));
}

void TestRoles::grantRefusesRolesThatCannotBeLimited()
{
    const auto owner = open(kOwner, StoreLogin::Use::Owner);
    StoreRoles::Result result = StoreRoles::grant(owner->connection(), QStringLiteral("postgres"), kStaff);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("role \"postgres\" is a superuser, so it may do anything whatever is granted: "
                                          "give the devices roles of their own"));
    result = StoreRoles::grant(owner->connection(), kKiosk, kOwner);
    QVERIFY(result.error.contains(QLatin1String("is the owner of the tables (clinic_owner) or a member of it")));
    result = StoreRoles::grant(owner->connection(), QStringLiteral("no_such_role"), kStaff);
    QVERIFY(result.error.startsWith(QLatin1String("role \"no_such_role\" does not exist: make it first with CREATE ROLE")));
    result = StoreRoles::grant(owner->connection(), kKiosk, kKiosk);
    QVERIFY(!result.ok);
    result = StoreRoles::grant(owner->connection(), QStringLiteral("x; DROP TABLE audit_log"), kStaff);
    QVERIFY(result.error.contains(QLatin1String("letters, digits and _ only")));
    // The staff's login may not grant.
    const ProcessResult asStaff = runPrescreen({QStringLiteral("db"), QStringLiteral("grant"), QStringLiteral("--kiosk-role"), kKiosk,
                                                QStringLiteral("--staff-role"), kStaff, QStringLiteral("--db"), urlOf(kStaff)});
    QCOMPARE(asStaff.exitCode, 3);
    QVERIFY2(asStaff.err.contains("login \"clinic_staff\" does not own the PreScreen tables (their owner is "
                                  "\"clinic_owner\"); migrations and grants are the owner's"),
             asStaff.err.constData());
    // The grant was audited, by whoever ran it.
    AuditLog audit(*owner, m_clock);
    QString error;
    const auto row = audit.latest({QStringLiteral("db_grant")}, &error);
    QVERIFY(row);
    QCOMPARE(row->detail, QStringLiteral("kiosk role clinic_kiosk, staff role clinic_staff"));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "test_roles.moc"
