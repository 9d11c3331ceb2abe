// The doctor's desk in the store: any day, a search across all days by
// name, kana or birth date, a patient's earlier screenings; the keys that
// make them one person, and the indexes that answer them (EXPLAIN). Runs on
// SQLite and on the PostgreSQL test server.
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "patientname.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "staffaccounts.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDesk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesCompareAfterNormalising();
    void anyDay();
    void searchByNameKanaOrBirthDate();
    void searchKeepsTheLatest();
    void earlierScreeningsOfTheSamePerson();
    void queriesUseIndexes();
    void migrationFillsKeysOfStoredSubmissions();

private:
    StoredSubmission submit(const Patient &patient, const QDateTime &at, const QVariantMap &changes = {});
    QStringList names(const QList<QueueEntry> &entries) const;
    QString plan(const QString &sql, const QVariantList &values);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SubmissionStore> m_submissions;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<DoctorQueue> m_queue;
    RuleSetPtr m_rules;
};

const QTimeZone tokyo(9 * 3600);

void TestDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("d.sqlite")));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), tokyo));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(*DatabaseUrl::parse(m_url, &error), &error), qPrintable(error));
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_submissions = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_reviews = std::make_unique<ReviewStore>(*m_db, *m_audit, *m_clock);
    m_queue = std::make_unique<DoctorQueue>(*m_submissions, *m_reviews, *m_db);
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
}

void TestDesk::cleanup()
{
    m_queue.reset();
    m_reviews.reset();
    m_submissions.reset();
    m_audit.reset();
    m_db.reset();
}

StoredSubmission TestDesk::submit(const Patient &patient, const QDateTime &at, const QVariantMap &changes)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = patient;
    s.submittedAt = at;
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s.answers.insert(it.key(), it.value());
    QString error;
    const auto stored = m_submissions->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

QStringList TestDesk::names(const QList<QueueEntry> &entries) const
{
    QStringList list;
    for (const QueueEntry &e : entries)
        list << e.stored.submission.patient.name;
    return list;
}

void TestDesk::namesCompareAfterNormalising()
{
    using PatientName::key;
    QCOMPARE(key(QStringLiteral("山田 花子")), key(QStringLiteral("山田　花子")));   // ideographic space
    QCOMPARE(key(QStringLiteral("やまだ はなこ")), key(QStringLiteral("ヤマダ ハナコ")));
    QCOMPARE(key(QStringLiteral("やまだ はなこ")), key(QStringLiteral("ﾔﾏﾀﾞ ﾊﾅｺ")));  // half-width with a voiced mark
    QCOMPARE(key(QStringLiteral("Ｍａｒｉａ  GARCIA")), key(QStringLiteral("maria garcia")));
    QCOMPARE(key(QStringLiteral("マリア・ガルシア")), key(QStringLiteral("まりあ がるしあ")));
    QVERIFY(key(QStringLiteral("山田 花子")) != key(QStringLiteral("山田 花")));
}

void TestDesk::anyDay()
{
    submit({QStringLiteral("昨日 一"), {}, QDate(1980, 1, 1)}, QDateTime(QDate(2026, 11, 24), QTime(23, 59), tokyo));
    submit({QStringLiteral("今日 一"), {}, QDate(1980, 1, 1)}, QDateTime(QDate(2026, 11, 25), QTime(0, 0), tokyo));
    submit({QStringLiteral("今日 二"), {}, QDate(1980, 1, 1)}, QDateTime(QDate(2026, 11, 25), QTime(18, 0), tokyo));
    QString error;
    QCOMPARE(names(m_queue->load(QDate(2026, 11, 24), tokyo, &error)), QStringList{QStringLiteral("昨日 一")});
    QCOMPARE(names(m_queue->load(QDate(2026, 11, 25), tokyo, &error)).size(), 2);
    QVERIFY(m_queue->load(QDate(2026, 11, 26), tokyo, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDesk::searchByNameKanaOrBirthDate()
{
    const QDateTime day(QDate(2026, 11, 2), QTime(10, 0), tokyo);
    submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)}, day);
    submit({QStringLiteral("山本 恵"), QStringLiteral("やまもと めぐみ"), QDate(1990, 6, 1)}, day.addDays(3));
    submit({QStringLiteral("Maria Garcia-Lopez de la Fuente Santisteban"), {}, QDate(1985, 4, 12)}, day.addDays(5));
    submit({QStringLiteral("ヤマダ サクラ"), QStringLiteral("ヤマダ サクラ"), QDate(2001, 2, 3)}, day.addDays(6));
    QString error;
    QCOMPARE(names(m_queue->search(QStringLiteral("山田"), &error)), QStringList{QStringLiteral("山田 花子")});
    QCOMPARE(names(m_queue->search(QStringLiteral("山"), &error)).size(), 2);
    // Kana in either script, with or without the space, finds both Yamadas.
    QCOMPARE(names(m_queue->search(QStringLiteral("ヤマダ"), &error)),
             (QStringList{QStringLiteral("山田 花子"), QStringLiteral("ヤマダ サクラ")}));
    QCOMPARE(names(m_queue->search(QStringLiteral("やまだはな"), &error)), QStringList{QStringLiteral("山田 花子")});
    QCOMPARE(names(m_queue->search(QStringLiteral("ｍａｒｉａ ｇａｒｃｉａ"), &error)).size(), 1);
    for (const QString &date : {QStringLiteral("1985-04-12"), QStringLiteral("1985/4/12"), QStringLiteral("19850412"),
                                QStringLiteral("１９８５－０４－１２")}) {
        QCOMPARE(names(m_queue->search(date, &error)).size(), 2);
    }
    // Anywhere in the name or the reading, not only at its start, whatever
    // the width, case or script typed.
    QCOMPARE(names(m_queue->search(QStringLiteral("花子"), &error)), QStringList{QStringLiteral("山田 花子")});
    QCOMPARE(names(m_queue->search(QStringLiteral("はなこ"), &error)), QStringList{QStringLiteral("山田 花子")});
    QCOMPARE(names(m_queue->search(QStringLiteral("ﾒｸﾞﾐ"), &error)), QStringList{QStringLiteral("山本 恵")});
    QCOMPARE(names(m_queue->search(QStringLiteral("サクラ"), &error)), QStringList{QStringLiteral("ヤマダ サクラ")});
    QCOMPARE(names(m_queue->search(QStringLiteral("GARCIA-lopez"), &error)).size(), 1);
    QCOMPARE(names(m_queue->search(QStringLiteral("ｓａｎｔｉｓｔｅｂａｎ"), &error)).size(), 1);
    // LIKE's own marks are letters here, not wildcards.
    QVERIFY(m_queue->search(QStringLiteral("%"), &error).isEmpty());
    QVERIFY(m_queue->search(QStringLiteral("山_"), &error).isEmpty());
    QVERIFY(m_queue->search(QStringLiteral("\\"), &error).isEmpty());
    QVERIFY(m_queue->search(QStringLiteral("田中"), &error).isEmpty());
    QVERIFY(m_queue->search(QStringLiteral("   "), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDesk::searchKeepsTheLatest()
{
    const QDateTime first(QDate(2026, 1, 5), QTime(10, 0), tokyo);
    for (int i = 0; i < DoctorQueue::searchLimit + 5; ++i)
        submit({QStringLiteral("佐藤 %1").arg(i), {}, QDate(1970, 1, 1)}, first.addSecs(qint64(i) * 3600));
    QString error;
    const QList<QueueEntry> found = m_queue->search(QStringLiteral("佐藤"), &error);
    QCOMPARE(found.size(), DoctorQueue::searchLimit);
    QVERIFY(!names(found).contains(QStringLiteral("佐藤 4")));
    QVERIFY(names(found).contains(QStringLiteral("佐藤 5")));
    QVERIFY(names(found).contains(QStringLiteral("佐藤 %1").arg(DoctorQueue::searchLimit + 4)));
}

void TestDesk::earlierScreeningsOfTheSamePerson()
{
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const StaffAccount doctor = *accounts.add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), StaffAccount::Role::Doctor,
                                              QStringLiteral("246813"), TestSupport::makeAdmin(accounts), &error);
    const QDate born(1985, 4, 12);
    const QDateTime day(QDate(2026, 10, 1), QTime(10, 0), tokyo);
    const StoredSubmission first = submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), born}, day);
    QVERIFY(m_reviews->record(first, doctor, Review::Decision::Proceed, QString(), &error));
    // The same person typed differently, and by kana alone (the name in Latin letters).
    submit({QStringLiteral("山田　花子"), QStringLiteral("ヤマダ ハナコ"), born}, day.addDays(14));
    submit({QStringLiteral("Hanako Yamada"), QStringLiteral("ﾔﾏﾀﾞ ﾊﾅｺ"), born}, day.addDays(28));
    // Not her: another birth date; another name and kana.
    submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 13)}, day.addDays(30));
    submit({QStringLiteral("山田 桜"), QStringLiteral("やまだ さくら"), born}, day.addDays(31));
    const StoredSubmission today = submit({QStringLiteral("山田 花子"), QString(), born}, day.addDays(42),
                                          {{QStringLiteral("allergy"), true}});
    const QList<QueueEntry> earlier = m_queue->earlier(today, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // By name: the first two (the third has another name and today no kana).
    QCOMPARE(names(earlier), (QStringList{QStringLiteral("山田　花子"), QStringLiteral("山田 花子")}));
    QCOMPARE(earlier.last().latestReview->decision, Review::Decision::Proceed);
    const StoredSubmission withKana = submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), born}, day.addDays(43));
    QCOMPARE(m_queue->earlier(withKana, &error).size(), 4); // with the kana, Hanako Yamada too, and today's
    QVERIFY(m_queue->earlier(first, &error).isEmpty());
}

QString TestDesk::plan(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->connection());
    if (!m_db->isSqlite()) // a handful of rows: make the planner show what it would do at scale
        q.exec(QStringLiteral("SET enable_seqscan = off"));
    bool ran = false;
    if (m_db->isSqlite()) {
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ran = q.exec();
    } else {
        // The driver cannot prepare an EXPLAIN: the values go in as literals.
        QString text = sql;
        for (const QVariant &v : values)
            text.replace(text.indexOf(u'?'), 1, QStringLiteral("'%1'").arg(v.toString()));
        ran = q.exec(QStringLiteral("EXPLAIN ") + text);
    }
    if (!ran)
        qWarning("%s", qPrintable(q.lastError().text()));
    QStringList lines;
    while (q.next())
        lines << q.value(m_db->isSqlite() ? 3 : 0).toString();
    if (!m_db->isSqlite())
        q.exec(QStringLiteral("SET enable_seqscan = on"));
    return lines.join(u'\n');
}

// The queries as DoctorQueue runs them, read by the database's own planner.
void TestDesk::queriesUseIndexes()
{
    submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)},
           QDateTime(QDate(2026, 11, 2), QTime(10, 0), tokyo));
    const QString byName = plan(QStringLiteral(
        "SELECT submission_id, submitted_utc FROM patient_keys WHERE name_key >= ? AND name_key < ? "
        "UNION SELECT submission_id, submitted_utc FROM patient_keys WHERE kana_key >= ? AND kana_key < ? "
        "ORDER BY 2 DESC LIMIT 200"), {QStringLiteral("やま"), QStringLiteral("やみ"), QStringLiteral("やま"), QStringLiteral("やみ")});
    QVERIFY2(byName.contains(QStringLiteral("patient_keys_by_name")) && byName.contains(QStringLiteral("patient_keys_by_kana")),
             qPrintable(byName));
    const QString byBirth = plan(QStringLiteral("SELECT id FROM submissions WHERE patient_birth_date = ? "
                                                "ORDER BY submitted_utc DESC LIMIT 200"), {QStringLiteral("1985-04-12")});
    QVERIFY2(byBirth.contains(QStringLiteral("submissions_by_birth_date")), qPrintable(byBirth));
    const QString byDay = plan(QStringLiteral("SELECT id FROM submissions WHERE submitted_utc >= ? AND submitted_utc < ?"),
                               {QStringLiteral("2026-11-01T15:00:00.000Z"), QStringLiteral("2026-11-02T15:00:00.000Z")});
    QVERIFY2(byDay.contains(QStringLiteral("submissions_by_time")), qPrintable(byDay));
    QVERIFY2(!byName.contains(QStringLiteral("SCAN patient_keys")) && !byName.contains(QStringLiteral("Seq Scan")),
             qPrintable(byName));
}

// A store made before the keys existed: migration 3 fills them for what it holds.
void TestDesk::migrationFillsKeysOfStoredSubmissions()
{
    submit({QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)},
           QDateTime(QDate(2026, 11, 2), QTime(10, 0), tokyo));
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE patient_keys")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX submissions_by_birth_date")));
        // Back to schema 2: what later migrations made goes too.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE rule_set_events")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE rule_set_versions")));
        // PostgreSQL keeps a dropped table's trigger functions.
        if (m_url.startsWith(QLatin1String("postgresql:"))) {
            for (const char *name : {"rule_set_versions_never_edited", "rule_set_versions_never_deleted",
                                     "rule_set_events_never_edited", "rule_set_events_never_deleted"})
                QVERIFY(q.exec(QStringLiteral("DROP FUNCTION IF EXISTS %1() CASCADE").arg(QLatin1String(name))));
        }
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 3")));
    }
    cleanup();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(*DatabaseUrl::parse(m_url, &error), &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_submissions = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_reviews = std::make_unique<ReviewStore>(*m_db, *m_audit, *m_clock);
    m_queue = std::make_unique<DoctorQueue>(*m_submissions, *m_reviews, *m_db);
    QCOMPARE(names(m_queue->search(QStringLiteral("ヤマダ"), &error)), QStringList{QStringLiteral("山田 花子")});
}

QTEST_GUILESS_MAIN(TestDesk)
#include "test_desk.moc"
