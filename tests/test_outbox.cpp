// A tablet on a shared PostgreSQL server that goes away and comes back:
// submissions go to the local outbox, the patient is thanked as usual, and
// when the server is back each is delivered once, none lost, none twice.
// Runs only on PostgreSQL (it stops and starts the test server).
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "outbox.h"
#include "patientflow.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverStoppedAndRestartedLosesNothingAndDuplicatesNothing();
    void thePatientIsThankedWhileTheServerIsAway();

private:
    static void server(const char *command);
    Submission sample(const QString &name) const;
    QSet<QString> serverUuids(Database &db);

    QTemporaryDir m_dir;
    RuleSetPtr m_rules;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(9 * 3600))};
};

void TestOutbox::initTestCase()
{
    QVERIFY2(onPostgres(), "test_outbox runs on PostgreSQL only: scripts/run-tests.sh sets it up");
    QVERIFY2(!qEnvironmentVariable("PRESCREEN_TEST_PG_STOP").isEmpty(), "PRESCREEN_TEST_PG_STOP is not set");
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
}

void TestOutbox::server(const char *command)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), qEnvironmentVariable(command)});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

Submission TestOutbox::sample(const QString &name) const
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.language = QStringLiteral("ja");
    s.patient = {name, QString(), QDate(1980, 1, 1)};
    s.submittedAt = m_clock.now();
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    return s;
}

QSet<QString> TestOutbox::serverUuids(Database &db)
{
    QSet<QString> uuids;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT uuid FROM submissions")))
        qFatal("cannot read the server");
    while (q.next())
        uuids.insert(q.value(0).toString());
    return uuids;
}

void TestOutbox::serverStoppedAndRestartedLosesNothingAndDuplicatesNothing()
{
    const QString serverUrl = freshDatabaseUrl(QString());
    QString error;
    Database serverDb;
    QVERIFY2(serverDb.open(*DatabaseUrl::parse(serverUrl, &error), &error), qPrintable(error));
    Database local;
    QVERIFY(local.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("outbox.sqlite")), &error), &error));
    Outbox outbox(serverDb, local, m_clock);
    QSignalSpy pending(&outbox, &Outbox::pendingChanged);
    const Evaluator evaluator(m_rules);

    QSet<QString> sent;
    for (int i = 0; i < 5; ++i) {
        const Submission s = sample(QStringLiteral("before %1").arg(i));
        QVERIFY2(outbox.deliver(s, evaluator.evaluate(s.answers, s.day()), &error), qPrintable(error));
        sent.insert(s.uuid);
    }
    QCOMPARE(outbox.pendingCount(), 0);

    server("PRESCREEN_TEST_PG_STOP");
    for (int i = 0; i < 5; ++i) {
        const Submission s = sample(QStringLiteral("while away %1").arg(i));
        QVERIFY2(outbox.deliver(s, evaluator.evaluate(s.answers, s.day()), &error), qPrintable(error));
        sent.insert(s.uuid);
    }
    QCOMPARE(outbox.pendingCount(), 5);
    QVERIFY(!pending.isEmpty());
    QCOMPARE(outbox.deliverPending(&error), 0); // still away: nothing moves, nothing is lost
    QCOMPARE(outbox.pendingCount(), 5);

    server("PRESCREEN_TEST_PG_START");
    QCOMPARE(outbox.deliverPending(&error), 5);
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(serverUuids(serverDb), sent);

    // A delivery cut off after the server committed but before the outbox
    // forgot: the resend is recognised by its uuid and stored once.
    const Submission again = sample(QStringLiteral("delivered twice"));
    const Evaluation evaluation = evaluator.evaluate(again.answers, again.day());
    QVERIFY(SubmissionStore(serverDb, m_clock).save(again, evaluation, &error));
    QVERIFY(SubmissionStore(local, m_clock).save(again, evaluation, &error));
    QCOMPARE(outbox.deliverPending(&error), 1);
    QCOMPARE(outbox.pendingCount(), 0);
    QSqlQuery q(serverDb.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM submissions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 11);
}

void TestOutbox::thePatientIsThankedWhileTheServerIsAway()
{
    const QString serverUrl = freshDatabaseUrl(QString());
    QString error;
    Database serverDb;
    QVERIFY(serverDb.open(*DatabaseUrl::parse(serverUrl, &error), &error));
    Database local;
    QVERIFY(local.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("outbox2.sqlite")), &error), &error));
    Outbox outbox(serverDb, local, m_clock);
    PatientFlow flow(m_rules, &outbox, m_clock);
    flow.start(QStringLiteral("ja"));
    flow.acceptConsent();
    flow.setPatientName(QStringLiteral("鈴木 一子"));
    flow.setBirthDate(QDate(1975, 3, 3));
    QVERIFY(flow.next());
    const QVariantMap answers = clearAnswers();
    while (flow.step() == PatientFlow::Step::Question) {
        flow.setAnswer(flow.question()->id, answers.value(flow.question()->id));
        QVERIFY(flow.next());
    }
    QCOMPARE(flow.step(), PatientFlow::Step::Review);
    server("PRESCREEN_TEST_PG_STOP");
    QVERIFY(flow.next());
    server("PRESCREEN_TEST_PG_START");
    QCOMPARE(flow.step(), PatientFlow::Step::Thanks);
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(outbox.deliverPending(&error), 1);
    QSqlQuery q(serverDb.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT patient_name FROM submissions")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("鈴木 一子"));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
