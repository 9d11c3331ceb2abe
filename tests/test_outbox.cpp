// A tablet on a shared PostgreSQL server that goes away and comes back:
// submissions go to the local outbox, the patient is thanked as usual, and
// when the server is back each is delivered once, none lost, none twice.
// Runs only on PostgreSQL (it stops and starts the test server).
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "outbox.h"
#include "outboxcourier.h"
#include "patientflow.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
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
    void theScreenNeverWaitsForAServerThatDoesNotAnswer();
    void theCourierDeliversFromItsOwnThread();

private:
    static void server(const char *command);
    Submission sample(const QString &name) const;
    QSet<QString> serverUuids(Database &db);
    void toReview(PatientFlow &flow, const QString &name);
    void submitThroughFlow(PatientFlow &flow, const QString &name);

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
    toReview(flow, QStringLiteral("鈴木 一子"));
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

void TestOutbox::toReview(PatientFlow &flow, const QString &name)
{
    flow.start(QStringLiteral("ja"));
    flow.acceptConsent();
    flow.setPatientName(name);
    flow.setBirthDate(QDate(1975, 3, 3));
    QVERIFY(flow.next());
    const QVariantMap answers = clearAnswers();
    while (flow.step() == PatientFlow::Step::Question) {
        flow.setAnswer(flow.question()->id, answers.value(flow.question()->id));
        QVERIFY(flow.next());
    }
    QCOMPARE(flow.step(), PatientFlow::Step::Review);
}

void TestOutbox::submitThroughFlow(PatientFlow &flow, const QString &name)
{
    toReview(flow, name);
    QVERIFY(flow.next());
    QCOMPARE(flow.step(), PatientFlow::Step::Thanks);
}

// A server on the network that takes the connection and never answers (a
// dropped link holds a connect just so, up to the 5 s timeout). The
// courier is caught inside that attempt; the patient's submit completes
// meanwhile, so it cannot have waited for the attempt to end.
void TestOutbox::theScreenNeverWaitsForAServerThatDoesNotAnswer()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QString error;
    const auto serverUrl =
        DatabaseUrl::parse(QStringLiteral("postgresql://postgres@127.0.0.1:%1/clinic").arg(silent.serverPort()), &error);
    const auto localUrl = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("outbox3.sqlite")), &error);
    QVERIFY(serverUrl && localUrl);
    Database unopenedServer;
    Database local;
    QVERIFY(local.open(*localUrl, &error));
    Outbox outbox(unopenedServer, local, m_clock);
    OutboxCourier courier(*serverUrl, *localUrl, m_clock, 10);
    outbox.deliverThrough([&courier] { courier.wake(); });
    QTRY_VERIFY(silent.hasPendingConnections());
    QTcpSocket *attempt = silent.nextPendingConnection();

    PatientFlow flow(m_rules, &outbox, m_clock);
    submitThroughFlow(flow, QStringLiteral("待たない 患者"));
    QCOMPARE(outbox.pendingCount(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(attempt->state(), QAbstractSocket::ConnectedState); // the courier is still waiting for an answer
    // What the courier sent first (libpq's TLS request or start-up message) still waits for an answer.
    QVERIFY(attempt->bytesAvailable() > 0 || attempt->waitForReadyRead(1000));
    QCOMPARE(attempt->state(), QAbstractSocket::ConnectedState);
    // The courier gives up on that server when it times out; the outbox keeps the submission.
}

void TestOutbox::theCourierDeliversFromItsOwnThread()
{
    const QString serverUrl = freshDatabaseUrl(QString());
    QString error;
    Database serverDb;
    QVERIFY(serverDb.open(*DatabaseUrl::parse(serverUrl, &error), &error));
    const auto localUrl = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("outbox4.sqlite")), &error);
    Database local;
    QVERIFY(local.open(*localUrl, &error));
    Outbox outbox(serverDb, local, m_clock);
    OutboxCourier courier(*DatabaseUrl::parse(serverUrl, &error), *localUrl, m_clock, 10);
    QSignalSpy delivered(&courier, &OutboxCourier::delivered);
    outbox.deliverThrough([&courier] { courier.wake(); });
    PatientFlow flow(m_rules, &outbox, m_clock);
    submitThroughFlow(flow, QStringLiteral("鈴木 二子"));
    // On the server as soon as the courier is woken, not at the next retry.
    QTRY_COMPARE(outbox.pendingCount(), 0);
    QVERIFY(!delivered.isEmpty());
    QSqlQuery q(serverDb.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT patient_name FROM submissions")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("鈴木 二子"));
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
