// Storage on a real SQLite file: migrations, durability settings, what a
// submission keeps, that it is never edited, and several processes at once.
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesAndSetsDurablePragmas();
    void reopeningKeepsDataAndVersion();
    void refusesANewerSchema();
    void storesWhatWasEvaluated();
    void submissionsAreNeverEdited();
    void resentUuidIsStoredOnce();
    void dayIsTheClinicDay();
    void fourProcessesWriteAtOnce();
    void savedSurvivesAKilledWriter();
    void unwritableLocationIsReported();
    void postgresUrlCarriesItsTlsSettings();
    void serverWithAnotherCaIsRefused();
    void serverConnectionIsEncrypted();

private:
    QString url() const { return m_url; }
    std::unique_ptr<Database> open();
    Submission sample() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    RuleSetPtr m_rules;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 15), QTimeZone(9 * 3600))};
};

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = TestSupport::freshDatabaseUrl(m_dir->filePath(QStringLiteral("store.sqlite")));
    m_rules = RuleSetLoader::loadFile(TestSupport::defaultRulesPath()).ruleSet;
    QVERIFY(m_rules);
}

std::unique_ptr<Database> TestStorage::open()
{
    QString error;
    auto db = std::make_unique<Database>();
    if (!db->open(*DatabaseUrl::parse(url(), &error), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return db;
}

Submission TestStorage::sample() const
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)};
    s.submittedAt = m_clock.now();
    s.consent = {true, QStringLiteral("2026-11")};
    s.answers = {{QStringLiteral("sex"), QStringLiteral("female")},
                 {QStringLiteral("pregnancy"), QStringLiteral("possibly")},
                 {QStringLiteral("breastfeeding"), QStringLiteral("no")},
                 {QStringLiteral("cancer"), QStringLiteral("never")},
                 {QStringLiteral("anaphylaxis"), false},
                 {QStringLiteral("allergy"), true},
                 {QStringLiteral("allergy_detail"), QStringLiteral("花粉, \"猫\"")},
                 {QStringLiteral("chronic_illness"), false},
                 {QStringLiteral("medication"), false},
                 {QStringLiteral("previous_treatment"), true},
                 {QStringLiteral("previous_date"), QDate(2026, 11, 18)},
                 {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}},
                 {QStringLiteral("blood_donation"), false}};
    return s;
}

void TestStorage::migratesAndSetsDurablePragmas()
{
    const auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    if (TestSupport::onPostgres())
        QSKIP("the durability pragmas are SQLite's; PostgreSQL's commits are durable by default");
    QSqlQuery q(db->connection());
    const auto pragma = [&](const char *name) {
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("15000"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("secure_delete"), QStringLiteral("1"));
}

void TestStorage::reopeningKeepsDataAndVersion()
{
    QString error;
    {
        const auto db = open();
        QVERIFY(SubmissionStore(*db, m_clock).save(sample(), {}, &error));
    }
    const auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    QCOMPARE(SubmissionStore(*db, m_clock).count(&error), 1);
}

void TestStorage::refusesANewerSchema()
{
    {
        const auto db = open();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'later')")));
    }
    QString error;
    Database db;
    QVERIFY(!db.open(*DatabaseUrl::parse(url(), &error), &error));
    QVERIFY2(error.contains(QLatin1String("schema version 99, newer than this PreScreen knows")), qPrintable(error));
    QVERIFY(error.startsWith(url()));
}

void TestStorage::storesWhatWasEvaluated()
{
    const auto db = open();
    const Submission s = sample();
    const Evaluation evaluation = Evaluator(m_rules).evaluate(s.answers, s.day());
    QCOMPARE(evaluation.outcome, Outcome::Avoid);
    QString error;
    const auto stored = SubmissionStore(*db, m_clock).save(s, evaluation, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->submission.uuid.size(), 36);

    const auto back = SubmissionStore(*db, m_clock).byUuid(stored->submission.uuid, &error);
    QVERIFY(back);
    QCOMPARE(back->submission.patient.name, s.patient.name);
    QCOMPARE(back->submission.patient.kana, s.patient.kana);
    QCOMPARE(back->submission.patient.birthDate, s.patient.birthDate);
    QCOMPARE(back->submission.language, QStringLiteral("ja"));
    QCOMPARE(back->submission.submittedAt, s.submittedAt);
    QCOMPARE(back->submission.submittedAt.offsetFromUtc(), 9 * 3600);
    QVERIFY(back->submission.consent.given);
    QCOMPARE(back->submission.consent.noticeVersion, QStringLiteral("2026-11"));
    QCOMPARE(back->submission.answers.value(QStringLiteral("allergy_detail")).toString(), QStringLiteral("花粉, \"猫\""));
    QCOMPARE(back->submission.answers.value(QStringLiteral("previous_date")).toString(), QStringLiteral("2026-11-18"));
    QCOMPARE(back->submission.answers.value(QStringLiteral("previous_side_effects")).toStringList(),
             QStringList{QStringLiteral("fatigue")});
    QCOMPARE(back->submission.answers.value(QStringLiteral("allergy")).toBool(), true);
    QCOMPARE(back->evaluation.outcome, Outcome::Avoid);
    QCOMPARE(back->evaluation.ruleSetId, m_rules->id);
    QCOMPARE(back->evaluation.ruleSetVersion, m_rules->version);
    QCOMPARE(back->evaluation.ruleSetSha256, m_rules->sha256);
    QStringList rules;
    for (const Flag &f : back->evaluation.flags)
        rules << f.rule;
    QCOMPARE(rules, (QStringList{"possibly_pregnant", "allergy", "side_effects_before", "interval"}));
    QCOMPARE(back->evaluation.flags.first().reason, m_rules->rule(QStringLiteral("possibly_pregnant"))->reason);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT rule_id, level FROM submission_flags ORDER BY rule_id")));
    QStringList flagRows;
    while (q.next())
        flagRows << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(flagRows, (QStringList{"allergy=review", "interval=review", "possibly_pregnant=avoid",
                                    "side_effects_before=review"}));
}

void TestStorage::submissionsAreNeverEdited()
{
    const auto db = open();
    QString error;
    const auto stored = SubmissionStore(*db, m_clock).save(sample(), Evaluator(m_rules).evaluate(sample().answers, sample().day()), &error);
    QVERIFY(stored);
    QSqlQuery q(db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE submissions SET outcome = 'clear'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("never edited")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE submission_flags SET level = 'review'")));
    const auto back = SubmissionStore(*db, m_clock).byUuid(stored->submission.uuid, &error);
    QCOMPARE(back->evaluation.outcome, Outcome::Avoid);
}

void TestStorage::resentUuidIsStoredOnce()
{
    const auto db = open();
    SubmissionStore store(*db, m_clock);
    Submission s = sample();
    s.uuid = QStringLiteral("6f1c1b9e-8a3e-4c59-9a57-0c6c1f4a2b10");
    QString error;
    const auto first = store.save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    QVERIFY(first);
    // A resend (the same content, evaluated again) stores nothing new.
    const auto second = store.save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->id, first->id);
    QCOMPARE(store.count(&error), 1);
    // The same uuid with other answers is another submission under a reused
    // id: refused, and the first stands.
    s.patient.name = QStringLiteral("changed");
    bool conflict = false;
    QVERIFY(!store.save(s, {}, &error, &conflict));
    QVERIFY(conflict);
    QCOMPARE(error, QStringLiteral("uuid 6f1c1b9e-8a3e-4c59-9a57-0c6c1f4a2b10 is already stored with different answers"));
    QCOMPARE(store.byUuid(s.uuid, &error)->submission.patient.name, QStringLiteral("山田 花子"));
    QCOMPARE(store.count(&error), 1);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM submission_flags")) && q.next());
    QCOMPARE(q.value(0).toInt(), first->evaluation.flags.size());
}

void TestStorage::dayIsTheClinicDay()
{
    const auto db = open();
    SubmissionStore store(*db, m_clock);
    const QTimeZone tokyo("Asia/Tokyo");
    QVERIFY(tokyo.isValid());
    const QList<QDateTime> times{
        QDateTime(QDate(2026, 11, 24), QTime(23, 59, 59), QTimeZone(9 * 3600)), // the 24th in Tokyo
        QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone(9 * 3600)),       // first moment of the 25th
        QDateTime(QDate(2026, 11, 24), QTime(15, 30), QTimeZone(0)),            // 00:30 on the 25th in Tokyo
        QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59), QTimeZone(9 * 3600)), // last moment of the 25th
        QDateTime(QDate(2026, 11, 26), QTime(0, 0), QTimeZone(9 * 3600)),       // the 26th
    };
    QString error;
    for (const QDateTime &t : times) {
        Submission s = sample();
        s.submittedAt = t;
        QVERIFY(store.save(s, {}, &error));
    }
    const auto day = store.forDay(QDate(2026, 11, 25), tokyo, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(day.size(), 3);
    QCOMPARE(day.at(0).submission.submittedAt, times.at(1));
    QCOMPARE(day.at(1).submission.submittedAt, times.at(2));
    QCOMPARE(day.at(2).submission.submittedAt, times.at(3));
}

void TestStorage::fourProcessesWriteAtOnce()
{
    QVERIFY(open()); // migrated once, so the writers race on submissions, not on the schema
    const int perWriter = 75;
    QList<QProcess *> writers;
    for (const QString &name : {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                               QStringLiteral("fourth")}) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(STORAGE_WRITER), {url(), QString::number(perWriter), name});
        writers << p;
    }
    QSet<QString> reported;
    for (QProcess *p : writers) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                reported.insert(QString::fromLatin1(line));
        }
    }
    QCOMPARE(reported.size(), 4 * perWriter);

    const auto db = open();
    QString error;
    QCOMPARE(SubmissionStore(*db, m_clock).count(&error), 4 * perWriter);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM submissions")));
    QSet<QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString());
    QCOMPARE(stored, reported);
    if (!TestSupport::onPostgres()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
}

void TestStorage::savedSurvivesAKilledWriter()
{
    QProcess writer;
    writer.start(QStringLiteral(STORAGE_WRITER), {url(), QStringLiteral("100000"), QStringLiteral("killed")});
    QVERIFY(writer.waitForStarted());
    QByteArray printed;
    while (printed.count('\n') < 40 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(10000);
        printed += writer.readAllStandardOutput();
    }
    writer.kill(); // SIGKILL: no destructor, no close, no flush
    writer.waitForFinished();
    printed += writer.readAllStandardOutput();
    QStringList reported;
    for (const QByteArray &line : printed.split('\n')) {
        if (line.size() == 36)
            reported << QString::fromLatin1(line);
    }
    QVERIFY(reported.size() >= 40);

    const auto db = open();
    QVERIFY(db);
    QString error;
    for (const QString &uuid : reported)
        QVERIFY2(SubmissionStore(*db, m_clock).byUuid(uuid, &error), qPrintable(uuid + QStringLiteral(" was lost")));
    QSqlQuery q(db->connection());
    if (!TestSupport::onPostgres()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
}

void TestStorage::unwritableLocationIsReported()
{
    if (TestSupport::onPostgres())
        QSKIP("a folder that cannot be made is a SQLite matter; test_cli covers an unreachable server");
    QString error;
    Database db;
    const QString blocked = m_dir->filePath(QStringLiteral("a-file"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // A folder cannot be made inside a plain file.
    QVERIFY(!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + blocked + QStringLiteral("/store.sqlite"), &error),
                     &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
}

void TestStorage::postgresUrlCarriesItsTlsSettings()
{
    QString error;
    // Checked TLS to another machine: accepted, and every setting reaches libpq.
    const auto checked = DatabaseUrl::parse(
        QStringLiteral("postgresql://clinic@db.invalid:5432/clinic?sslmode=verify-full&sslrootcert=/etc/prescreen/my%20ca.crt"),
        &error);
    QVERIFY2(checked, qPrintable(error));
    QCOMPARE(checked->connectOptions(), QStringLiteral("connect_timeout=5;application_name=prescreen;sslmode='verify-full';"
                                                       "sslrootcert='/etc/prescreen/my ca.crt'"));
    // toString hands the settings on (to the outbox courier, to messages).
    QCOMPARE(DatabaseUrl::parse(checked->toString(), &error)->connectOptions(), checked->connectOptions());
    // The administrator's explicit choice: accepted, and named in the URL.
    const auto allowed = DatabaseUrl::parse(QStringLiteral("postgresql://clinic@db.invalid/clinic?sslmode=require&insecure=allow"), &error);
    QVERIFY2(allowed, qPrintable(error));
    QVERIFY(allowed->insecureAllowed);
    QVERIFY(allowed->toString().endsWith(QLatin1String("?sslmode=require&insecure=allow")));
    // Loopback needs no certificate: nothing crosses a network.
    for (const char *host : {"127.0.0.1", "127.8.0.2", "[::1]", "localhost"}) {
        const auto local = DatabaseUrl::parse(QStringLiteral("postgresql://clinic@%1/clinic").arg(QLatin1String(host)), &error);
        QVERIFY2(local, qPrintable(error));
    }
    // Anything else: refused, saying why and how to allow it.
    const QStringList refused = {
        QStringLiteral("postgresql://clinic@db.invalid:5432/clinic?sslmode=disable"),
        QStringLiteral("postgresql://clinic@db.invalid:5432/clinic"),
        QStringLiteral("postgresql://clinic@db.invalid:5432/clinic?sslmode=require"),
        QStringLiteral("postgresql://clinic@192.168.10.5:5432/clinic?sslmode=prefer&sslrootcert=/x.crt"),
        QStringLiteral("postgresql://clinic@[fe80::1]:5432/clinic"),
        QStringLiteral("postgresql://clinic@128.0.0.1:5432/clinic")};
    for (const QString &text : refused) {
        error.clear();
        QVERIFY2(!DatabaseUrl::parse(text, &error), qPrintable(text));
        QVERIFY2(error.contains(QLatin1String("patient data could cross the network in clear"))
                     && error.contains(QLatin1String("insecure=allow")) && error.contains(QLatin1String("sslmode=verify-full")),
                 qPrintable(error));
    }
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://c@localhost/c?sslmode=verify-full&sslmode=disable"), &error));
    QVERIFY2(error.contains(QLatin1String("sslmode is given twice")), qPrintable(error));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://c@localhost/c?insecure=yes"), &error));
    QVERIFY2(error.contains(QLatin1String("the only value is insecure=allow")), qPrintable(error));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://c@localhost/c?sslrootcert=/a;host=evil"), &error));
    QVERIFY2(error.contains(QLatin1String("sslrootcert needs the path of a file")), qPrintable(error));
}

void TestStorage::serverWithAnotherCaIsRefused()
{
    if (!TestSupport::onPostgres())
        QSKIP("a PostgreSQL matter");
    const QString otherCa = qEnvironmentVariable("PRESCREEN_TEST_PG_OTHER_CA");
    QVERIFY2(QFile::exists(otherCa), "PRESCREEN_TEST_PG_OTHER_CA (made by scripts/test-postgres.sh) is missing");
    QUrl wrong(url());
    QUrlQuery query(wrong);
    QVERIFY2(query.hasQueryItem(QStringLiteral("sslrootcert")), qPrintable(url()));
    query.removeAllQueryItems(QStringLiteral("sslrootcert"));
    query.addQueryItem(QStringLiteral("sslrootcert"), otherCa);
    wrong.setQuery(query);
    QString error;
    const auto parsed = DatabaseUrl::parse(wrong.toString(), &error);
    QVERIFY2(parsed, qPrintable(error));
    Database db;
    QVERIFY(!db.open(*parsed, &error));
    QVERIFY2(error.contains(QLatin1String("certificate verify failed"))
                 && error.contains(QLatin1String("the server's certificate was not signed by the CA in sslrootcert")),
             qPrintable(error));
}

void TestStorage::serverConnectionIsEncrypted()
{
    if (!TestSupport::onPostgres())
        QSKIP("a PostgreSQL matter");
    const auto db = open();
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next(),
             qPrintable(q.lastError().text()));
    QVERIFY(q.value(0).toBool());
    QVERIFY2(q.value(1).toString().startsWith(QLatin1String("TLSv1.")), qPrintable(q.value(1).toString()));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
