// Rule sets kept in the store with their history: an administrator loads,
// a doctor who did not load approves, the kiosk changes rule set at its next
// patient and never during one, any approved version can be restored, and
// every step is an audit row. On SQLite and on PostgreSQL.
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "patientflow.h"
#include "rulesetloader.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray defaultWith(const QByteArray &from, const QByteArray &to, const QByteArray &version)
{
    QByteArray text = readFile(defaultRulesPath());
    text.replace(from, to);
    return withVersion(text, version);
}

class NullSink : public SubmissionSink
{
public:
    bool deliver(const Submission &, const Evaluation &, QString *) override { return true; }
};

} // namespace

class TestRuleVersions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aDraftThatDoesNotLoadIsNotKept();
    void loadApproveRollbackRestore();
    void theLoaderCannotApprove();
    void theKioskChangesAtItsNextPatient();
    void commandLine();
    void replayKnowsVersionsKeptInTheStore();

private:
    StaffAccount account(const QString &login, StaffAccount::Role role);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<RuleSetVersions> m_versions;
};

void TestRuleVersions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("store.sqlite")));
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(*DatabaseUrl::parse(m_url, &error), &error), qPrintable(error));
    m_audit = std::make_unique<AuditLog>(*m_db, Clock::system());
    m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit, Clock::system());
    m_versions = std::make_unique<RuleSetVersions>(*m_db, *m_audit, Clock::system());
}

void TestRuleVersions::cleanup()
{
    m_versions.reset();
    m_accounts.reset();
    m_audit.reset();
    m_db.reset();
}

StaffAccount TestRuleVersions::account(const QString &login, StaffAccount::Role role)
{
    QString error;
    // The first administrator as `prescreen admin create` makes it; the
    // others added by an administrator. One secret valid for every role.
    std::optional<StaffAccount> admin;
    for (const StaffAccount &a : m_accounts->all(&error)) {
        if (a.role == StaffAccount::Role::Admin)
            admin = a;
    }
    const auto added = !admin && role == StaffAccount::Role::Admin
        ? m_accounts->createFirstAdmin(login, login, QStringLiteral("24681357"), QString(), &error)
        : m_accounts->add(login, login, role, QStringLiteral("24681357"), admin ? *admin : TestSupport::makeAdmin(*m_accounts),
                          &error);
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(login), qPrintable(error));
    return *added;
}

void TestRuleVersions::aDraftThatDoesNotLoadIsNotKept()
{
    const StaffAccount admin = account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    const QByteArray broken = defaultWith("today - previous_date < 14 days", "today - previous_dat < 14 days", "1.2.0");
    const RuleSetVersions::Loaded loaded = m_versions->load(broken, QStringLiteral("draft.rules"), admin);
    QVERIFY(!loaded.version);
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.first().where.file, QStringLiteral("draft.rules"));
    QVERIFY(loaded.errors.first().where.line > 100);
    QVERIFY(loaded.errors.first().where.column > 1);
    QVERIFY2(loaded.errors.first().toString().contains(QStringLiteral("previous_dat")), qPrintable(loaded.errors.first().toString()));
    QString error;
    QVERIFY(m_versions->all(&error).isEmpty());
}

void TestRuleVersions::loadApproveRollbackRestore()
{
    const StaffAccount admin = account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    const StaffAccount doctor = account(QStringLiteral("dr_sato"), StaffAccount::Role::Doctor);
    const StaffAccount reception = account(QStringLiteral("uketsuke"), StaffAccount::Role::Staff);
    QString error;
    QVERIFY(!m_versions->active(&error)); // the built-in default

    const auto first = m_versions->load(defaultWith("< 14 days", "< 21 days", "1.2.0"), QStringLiteral("v120.rules"), admin).version;
    QVERIFY(first);
    QVERIFY(first->approvedBy.isEmpty());
    QVERIFY(!first->active);
    QVERIFY(!m_versions->active(&error)); // loaded is not active
    // Loading the same file again keeps one version.
    QCOMPARE(m_versions->load(defaultWith("< 14 days", "< 21 days", "1.2.0"), QStringLiteral("again.rules"), admin).version->id, first->id);

    QVERIFY(!m_versions->approve(first->id, reception, &error));
    QVERIFY2(error.contains(QStringLiteral("only a doctor")), qPrintable(error));
    error.clear();
    QVERIFY(!m_versions->approve(first->id, admin, &error));
    error.clear();
    QVERIFY(!m_versions->activate(first->id, admin, &error)); // not approved yet
    QVERIFY2(error.contains(QStringLiteral("not approved")), qPrintable(error));
    error.clear();
    QVERIFY2(m_versions->approve(first->id, doctor, &error), qPrintable(error));
    QCOMPARE(m_versions->active(&error)->id, first->id);
    QCOMPARE(m_versions->byId(first->id, &error)->approvedBy, QStringLiteral("dr_sato"));

    const auto second = m_versions->load(defaultWith("< 14 days", "< 28 days", "1.3.0"), QStringLiteral("v130.rules"), admin).version;
    QVERIFY(second);
    QVERIFY2(m_versions->approve(second->id, doctor, &error), qPrintable(error));
    QCOMPARE(m_versions->active(&error)->version, QStringLiteral("1.3.0"));

    // Rolled back, then further back to the built-in default.
    QVERIFY(!m_versions->rollback(reception, &error));
    error.clear();
    QVERIFY2(m_versions->rollback(doctor, &error), qPrintable(error));
    QCOMPARE(m_versions->active(&error)->version, QStringLiteral("1.2.0"));
    QVERIFY2(m_versions->rollback(admin, &error), qPrintable(error));
    QVERIFY(!m_versions->active(&error));
    QVERIFY(!m_versions->rollback(admin, &error));
    error.clear();
    // Every version stays viewable, and an approved one can be restored.
    const QList<RuleSetVersion> all = m_versions->all(&error);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).version, QStringLiteral("1.3.0"));
    QVERIFY(all.at(1).text.contains("< 21 days"));
    QVERIFY2(m_versions->activate(second->id, admin, &error), qPrintable(error));
    QCOMPARE(m_versions->active(&error)->id, second->id);

    // Each step an audit row, and the chain intact.
    QStringList actions;
    for (const AuditEntry &e : m_audit->entries(&error)) {
        if (e.action.startsWith(QLatin1String("rules_")))
            actions << e.action + u' ' + e.actor;
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("rules_load admin"), QStringLiteral("rules_approve dr_sato"),
                                   QStringLiteral("rules_activate dr_sato"), QStringLiteral("rules_load admin"),
                                   QStringLiteral("rules_approve dr_sato"), QStringLiteral("rules_activate dr_sato"),
                                   QStringLiteral("rules_rollback dr_sato"), QStringLiteral("rules_rollback admin"),
                                   QStringLiteral("rules_activate admin")}));
    QVERIFY(m_audit->verify(&error).intact);

    // History is never rewritten.
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE rule_set_versions SET version = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM rule_set_events")));
}

void TestRuleVersions::theLoaderCannotApprove()
{
    const StaffAccount admin = account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    const auto draft = m_versions->load(defaultWith("< 14 days", "< 21 days", "1.2.0"), QStringLiteral("d.rules"), admin).version;
    QVERIFY(draft);
    // Even an account that is a doctor, when it loaded the draft, cannot approve it.
    StaffAccount sameLogin = admin;
    sameLogin.role = StaffAccount::Role::Doctor;
    QString error;
    QVERIFY(!m_versions->approve(draft->id, sameLogin, &error));
    QVERIFY2(error.contains(QStringLiteral("another person")), qPrintable(error));
    QVERIFY(!m_versions->active(&error));
    // A doctor does not load.
    const StaffAccount doctor = account(QStringLiteral("dr_ito"), StaffAccount::Role::Doctor);
    const auto byDoctor = m_versions->load(defaultWith("< 14 days", "< 28 days", "1.3.0"), QStringLiteral("d.rules"), doctor);
    QVERIFY(!byDoctor.version);
    QVERIFY(byDoctor.storageError.contains(QStringLiteral("administrator")));
}

void TestRuleVersions::theKioskChangesAtItsNextPatient()
{
    const StaffAccount admin = account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    const StaffAccount doctor = account(QStringLiteral("dr_sato"), StaffAccount::Role::Doctor);
    const RuleSetPtr builtIn = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    NullSink sink;
    PatientFlow flow(builtIn, &sink, Clock::system());
    ActiveRuleSet active(*m_versions, builtIn);
    flow.setRuleSetSource([&] { return active.current(); });

    flow.start(QStringLiteral("en"));
    QCOMPARE(flow.ruleSet()->version, builtIn->version);
    // Approved while a patient is answering: that patient keeps the rule set they began with.
    QString error;
    const auto draft = m_versions->load(defaultWith("< 14 days", "< 21 days", "1.2.0"), QStringLiteral("d.rules"), admin).version;
    QVERIFY(m_versions->approve(draft->id, doctor, &error));
    flow.acceptConsent();
    QCOMPARE(flow.ruleSet()->version, builtIn->version);
    flow.reset();
    QCOMPARE(flow.ruleSet()->version, builtIn->version);
    // The next patient gets it.
    flow.start(QStringLiteral("ja"));
    QCOMPARE(flow.ruleSet()->version, QStringLiteral("1.2.0"));
    QCOMPARE(flow.ruleSet()->sha256, draft->sha256);
    // A rollback reaches the one after.
    QVERIFY(m_versions->rollback(doctor, &error));
    QCOMPARE(flow.ruleSet()->version, QStringLiteral("1.2.0"));
    flow.reset();
    flow.start(QStringLiteral("ja"));
    QCOMPARE(flow.ruleSet(), builtIn.get());
}

void TestRuleVersions::commandLine()
{
    account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    account(QStringLiteral("dr_sato"), StaffAccount::Role::Doctor);
    const QString draft = m_dir->filePath(QStringLiteral("interval21.rules"));
    QFile file(draft);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(defaultWith("< 14 days", "< 21 days", "1.2.0"));
    file.close();
    const auto rules = [&](const QStringList &args, const QByteArray &pin = {}) {
        return runPrescreenWithInput(QStringList{QStringLiteral("rules")} + args + QStringList{QStringLiteral("--db"), m_url}, pin);
    };

    ProcessResult run = rules({QStringLiteral("load"), draft, QStringLiteral("--login"), QStringLiteral("admin")}, "24681357\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(QRegularExpression(QStringLiteral("^#1 exosome-screening 1.2.0 [0-9a-f]{12}  loaded by admin .*  not approved\n"))),
             run.out.constData());
    // The loader cannot approve; a wrong PIN is refused; the doctor can.
    run = rules({QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--login"), QStringLiteral("admin")}, "24681357\n");
    QCOMPARE(run.exitCode, 1);
    run = rules({QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--login"), QStringLiteral("dr_sato")}, "99999999\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("wrong login or PIN"));
    run = rules({QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--login"), QStringLiteral("dr_sato")}, "24681357\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("active: #1 exosome-screening 1.2.0"));
    run = rules({QStringLiteral("list")});
    QVERIFY2(run.out.contains("approved by dr_sato") && run.out.contains("ACTIVE"), run.out.constData());
    run = rules({QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(run.out, readFile(draft));
    run = rules({QStringLiteral("rollback"), QStringLiteral("--login"), QStringLiteral("dr_sato")}, "24681357\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("active: the built-in default"));
    // A draft with errors: file:line:column, exit 1, nothing kept.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(defaultWith("< 14 days", "< \"14\" days", "1.4.0"));
    file.close();
    run = rules({QStringLiteral("load"), draft, QStringLiteral("--login"), QStringLiteral("admin")}, "24681357\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QRegularExpression(QRegularExpression::escape(draft) + QStringLiteral(":\\d+:\\d+: "))),
             run.err.constData());
    QCOMPARE(rules({QStringLiteral("list")}).out.count("#"), 1);
    // Usage.
    QCOMPARE(rules({QStringLiteral("approve"), QStringLiteral("x"), QStringLiteral("--login"), QStringLiteral("dr_sato")}).exitCode, 2);
    QCOMPARE(rules({QStringLiteral("load"), draft}).exitCode, 2);
    QCOMPARE(rules({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestRuleVersions::replayKnowsVersionsKeptInTheStore()
{
    // A submission made under a version kept in the store is judged by
    // what that version asked: here one that asked when cancer treatment ended.
    const StaffAccount admin = account(QStringLiteral("admin"), StaffAccount::Role::Admin);
    const QByteArray asking = defaultWith("question anaphylaxis\n",
                                          "question cancer_treatment_end\n  type: date\n  shown when: cancer = \"past\"\n"
                                          "  text: When did your cancer treatment end?\n\nquestion anaphylaxis\n",
                                          "1.2.0");
    QVERIFY(m_versions->load(asking, QStringLiteral("v120.rules"), admin).version);
    const QString asked = m_dir->filePath(QStringLiteral("v120.rules"));
    QFile file(asked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(asking);
    file.close();
    QByteArray answers = readFile(casePath(QStringLiteral("cancer_past/answers.json")));
    answers.replace("\"cancer\": \"past\",", "\"cancer\": \"past\", \"cancer_treatment_end\": \"2012-05-01\",");
    const QString answersPath = m_dir->filePath(QStringLiteral("answers.json"));
    QFile a(answersPath);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(answers);
    a.close();
    ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), answersPath, QStringLiteral("--rules"), asked,
                                      QStringLiteral("--db"), m_url});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QString draft = m_dir->filePath(QStringLiteral("draft.rules"));
    QFile d(draft);
    QVERIFY(d.open(QIODevice::WriteOnly));
    QByteArray draftText = asking;
    draftText.replace("  when: cancer in [\"current\", \"past\"]\n",
                      "  when: cancer = \"current\" or (cancer = \"past\" and not (today - cancer_treatment_end > 3652 days))\n");
    d.write(draftText);
    d.close();
    run = runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("1 submissions: 1 judged, 1 change outcome; 0 not judged"), run.out.constData());
    QVERIFY2(run.out.contains("decline -> clear  -cancer"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestRuleVersions)
#include "test_ruleversions.moc"
