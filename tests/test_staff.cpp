// Staff accounts, the doctor's reviews and the audit log on a real SQLite
// file, and `prescreen audit verify` catching each kind of tampering done
// behind the app's back.
#include "auditlog.h"
#include "changewatch.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "passwordhash.h"
#include "signinthrottle.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "dayexport.h"
#include "retention.h"
#include "staffaccounts.h"
#include "staffretention.h"
#include "staffroles.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace TestSupport;

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secretsAreArgon2idHashes();
    void signInAndRoles();
    void secretsLongEnoughForTheRole();
    void firstAdminOnceAndAccountsAdminOnly();
    void deviceWaitsAfterFiveFailures();
    void deviceWaitSurvivesARestart();
    void unknownLoginsCostTheSameWork();
    void concurrentWrongAttemptsLockTheAccount();
    void disabledAndReset();
    void reviewsSupersedeWithoutErasing();
    void overruleNeedsANote();
    void onlyDoctorsReview();
    void rolesEnforcedInTheCore();
    void queueMostSeriousFirst();
    void changesFromAnotherProcessArriveQuickly();
    void auditRowsCannotBeEditedByTheApp();
    void auditVerifyIntact();
    void auditVerifyCatches_data();
    void auditVerifyCatches();

private:
    StoredSubmission submit(const QString &name, const QVariantMap &changes, int minute);
    QString url() const { return m_url; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<SubmissionStore> m_submissions;
    std::unique_ptr<ReviewStore> m_reviews;
    RuleSetPtr m_rules;
};

void TestStaff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("s.sqlite")));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(9 * 3600)));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(*DatabaseUrl::parse(url(), &error), &error), qPrintable(error));
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit, *m_clock);
    m_submissions = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_reviews = std::make_unique<ReviewStore>(*m_db, *m_audit, *m_clock);
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
}

void TestStaff::cleanup()
{
    m_reviews.reset();
    m_submissions.reset();
    m_accounts.reset();
    m_audit.reset();
    m_db.reset();
}

StoredSubmission TestStaff::submit(const QString &name, const QVariantMap &changes, int minute)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {name, QString(), QDate(1980, 1, 1)};
    s.submittedAt = QDateTime(QDate(2026, 11, 25), QTime(10, minute), QTimeZone(9 * 3600));
    s.consent = {true, QStringLiteral("v1")};
    s.answers = TestSupport::clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s.answers.insert(it.key(), it.value());
    QString error;
    const auto stored = m_submissions->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

static bool sodiumMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libsodium");
}

void TestStaff::secretsAreArgon2idHashes()
{
    QString error;
    QVERIFY(m_accounts->isEmpty(&error));
    // libsodium is opened at the first PIN, not linked: a kiosk's start
    // does not map it (docs/PERFORMANCE.md).
    QVERIFY(!sodiumMapped());
    QVERIFY(m_accounts->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("secret-1234"),
                                         QString(), &error));
    QVERIFY(!m_accounts->isEmpty(&error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM staff_accounts")) && q.next());
    const QString hash = q.value(0).toString();
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QLatin1String("secret-1234")));
    QVERIFY(sodiumMapped());
    QVERIFY(PasswordHash::verify(hash, QStringLiteral("secret-1234")));
    QVERIFY(!PasswordHash::verify(hash, QStringLiteral("secret-1235")));
    // Neither the database file nor the audit log holds the clear text.
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log")));
    while (q.next())
        QVERIFY(!q.value(0).toString().contains(QLatin1String("secret-1234")));
    const StaffAccount admin = makeAdmin(*m_accounts);
    QVERIFY(!m_accounts->add(QStringLiteral("admin"), QStringLiteral("Again"), StaffAccount::Role::Staff,
                             QStringLiteral("123456"), admin, &error));
    QVERIFY2(error.contains(QLatin1String("is taken")), qPrintable(error));
}

void TestStaff::secretsLongEnoughForTheRole()
{
    QString error;
    // The first administrator: 8 characters or more, with the reason.
    QVERIFY(!m_accounts->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("1234567"),
                                          QString(), &error));
    QVERIFY2(error.contains(QLatin1String("at least 8 characters, because it opens every record")), qPrintable(error));
    QCOMPARE(StaffAccounts::secretProblem(StaffAccount::Role::Admin, QStringLiteral("12345678")),
             StaffAccounts::SecretProblem::None);
    const StaffAccount admin = makeAdmin(*m_accounts);
    // Doctors and reception: a PIN of 6 digits or more.
    QVERIFY(!m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                             QStringLiteral("4821"), admin, &error));
    QVERIFY2(error.contains(QLatin1String("at least 6 digits")), qPrintable(error));
    QVERIFY(!m_accounts->add(QStringLiteral("boss"), QStringLiteral("Boss"), StaffAccount::Role::Admin,
                             QStringLiteral("123456"), admin, &error));
    QVERIFY2(error.contains(QLatin1String("at least 8")), qPrintable(error));
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                                        QStringLiteral("482100"), admin, &error);
    QVERIFY2(doctor, qPrintable(error));
    QVERIFY(!m_accounts->resetSecret(doctor->id, QStringLiteral("12345"), admin, &error));
    QVERIFY2(error.contains(QLatin1String("at least 6 digits")), qPrintable(error));
}

void TestStaff::firstAdminOnceAndAccountsAdminOnly()
{
    QString error;
    const StaffAccount admin = makeAdmin(*m_accounts);
    // A second "first" administrator is refused in the same transaction as the check.
    QVERIFY(!m_accounts->createFirstAdmin(QStringLiteral("mallory"), QStringLiteral("M"), QStringLiteral("12345678"),
                                          QString(), &error));
    QVERIFY2(error.contains(QLatin1String("there are staff accounts already")), qPrintable(error));
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                                        QStringLiteral("482100"), admin, &error);
    QVERIFY(doctor);
    // Account management refuses anyone but an administrator, without any screen in between.
    QVERIFY(!m_accounts->add(QStringLiteral("dr.two"), QStringLiteral("Dr"), StaffAccount::Role::Admin,
                             QStringLiteral("12345678"), *doctor, &error));
    QCOMPARE(error, QStringLiteral("dr.sato (doctor) cannot manage staff accounts: only administrators may"));
    QVERIFY(!m_accounts->setDisabled(admin.id, true, *doctor, &error));
    QVERIFY(!m_accounts->resetSecret(admin.id, QStringLiteral("87654321"), *doctor, &error));
    QVERIFY(!m_accounts->unlock(doctor->id, *doctor, &error));
    StaffAccount forged = *doctor;
    forged.id = 0; // an account that was never stored
    forged.role = StaffAccount::Role::Admin;
    QVERIFY(!m_accounts->add(QStringLiteral("dr.two"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                             QStringLiteral("123456"), forged, &error));
    QCOMPARE(m_accounts->all(&error).size(), 2);
}

void TestStaff::signInAndRoles()
{
    QString error;
    QVERIFY(m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), StaffAccount::Role::Doctor,
                            QStringLiteral("482135"), makeAdmin(*m_accounts), &error));
    auto result = m_accounts->signIn(QStringLiteral("dr.sato"), QStringLiteral("482135"));
    QCOMPARE(result.result, StaffAccounts::SignIn::Result::SignedIn);
    QCOMPARE(result.account->role, StaffAccount::Role::Doctor);
    QCOMPARE(result.account->displayName, QStringLiteral("佐藤 医師"));
    // A PIN typed into the login field: refused, and never written anywhere.
    result = m_accounts->signIn(QStringLiteral("482135"), QStringLiteral("482135"));
    QCOMPARE(result.result, StaffAccounts::SignIn::Result::WrongLoginOrSecret);
    const QList<AuditEntry> entries = m_audit->entries(&error);
    QStringList actions;
    for (const AuditEntry &e : entries) {
        actions << e.actor + u':' + e.action;
        QVERIFY2(!e.actor.contains(QLatin1String("482135")) && !e.detail.contains(QLatin1String("482135")),
                 qPrintable(e.actor + u' ' + e.detail));
    }
    QCOMPARE(actions, (QStringList{"admin:account_add", "admin:account_add", "dr.sato:sign_in", "unknown login:sign_in_failed"}));
}

void TestStaff::deviceWaitsAfterFiveFailures()
{
    QString error;
    QVERIFY(m_accounts->add(QStringLiteral("reception"), QStringLiteral("Reception"), StaffAccount::Role::Staff,
                            QStringLiteral("111111"), makeAdmin(*m_accounts), &error));
    using R = StaffAccounts::SignIn::Result;
    // The device counts failures whatever the login: a known login with a
    // wrong PIN and a login that does not exist meet the same answers.
    for (const QString &login : {QStringLiteral("reception"), QStringLiteral("nobody")}) {
        StaffAccounts device(*m_db, *m_audit, *m_clock);
        for (int i = 1; i < SignInThrottle::kFreeAttempts; ++i)
            QCOMPARE(device.signIn(login, QStringLiteral("000000")).result, R::WrongLoginOrSecret);
        auto fifth = device.signIn(login, QStringLiteral("000000"));
        QCOMPARE(fifth.result, R::Throttled);
        QCOMPARE(fifth.retryAt, m_clock->now().toUTC().addSecs(30));
        // While the device waits even the right PIN is neither checked nor audited.
        const qint64 rows = m_audit->entries(&error).size();
        QCOMPARE(device.signIn(QStringLiteral("reception"), QStringLiteral("111111")).result, R::Throttled);
        QCOMPARE(m_audit->entries(&error).size(), rows);
        m_clock->advance(31);
        auto sixth = device.signIn(login, QStringLiteral("000000"));
        QCOMPARE(sixth.result, R::Throttled);
        QCOMPARE(sixth.retryAt, m_clock->now().toUTC().addSecs(60)); // the wait doubles
        m_clock->advance(61);
        // Another device is not slowed by this one's guesser.
        StaffAccounts other(*m_db, *m_audit, *m_clock);
        QCOMPARE(other.signIn(QStringLiteral("reception"), QStringLiteral("111111")).result, R::SignedIn);
        QCOMPARE(device.signIn(QStringLiteral("reception"), QStringLiteral("111111")).result, R::SignedIn);
        // A success starts the device's count again.
        QCOMPARE(device.signIn(login, QStringLiteral("000000")).result, R::WrongLoginOrSecret);
        m_clock->advance(3600);
    }
}

// A patient who pulls the kiosk's plug after five wrong PINs meets the same
// wait when it comes back: the count is in the device's 0600 file.
void TestStaff::deviceWaitSurvivesARestart()
{
    QString error;
    QVERIFY(m_accounts->add(QStringLiteral("reception"), QStringLiteral("Reception"), StaffAccount::Role::Staff,
                            QStringLiteral("111111"), makeAdmin(*m_accounts), &error));
    using R = StaffAccounts::SignIn::Result;
    const QString waitFile = m_dir->filePath(QStringLiteral("device/signin-wait"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("device"))));
    QDateTime retryAt;
    {
        StaffAccounts kiosk(*m_db, *m_audit, *m_clock);
        QCOMPARE(kiosk.keepDeviceWaitIn(waitFile), QString());
        for (int i = 1; i < SignInThrottle::kFreeAttempts; ++i)
            QCOMPARE(kiosk.signIn(QStringLiteral("nobody"), QStringLiteral("000000")).result, R::WrongLoginOrSecret);
        const auto fifth = kiosk.signIn(QStringLiteral("reception"), QStringLiteral("000000"));
        QCOMPARE(fifth.result, R::Throttled);
        retryAt = fifth.retryAt;
    }
    struct stat mode{};
    QCOMPARE(::stat(QFile::encodeName(waitFile).constData(), &mode), 0);
    QCOMPARE(mode.st_mode & 0777, 0600u); // the device's user alone
    // The restarted kiosk waits until the same moment, even for the right PIN.
    m_clock->advance(10);
    {
        StaffAccounts restarted(*m_db, *m_audit, *m_clock);
        QCOMPARE(restarted.keepDeviceWaitIn(waitFile), QString());
        const auto attempt = restarted.signIn(QStringLiteral("reception"), QStringLiteral("111111"));
        QCOMPARE(attempt.result, R::Throttled);
        QCOMPARE(attempt.retryAt, retryAt);
        // And it kept the count: the next failure after the wait doubles it.
        m_clock->advance(21);
        const auto sixth = restarted.signIn(QStringLiteral("nobody"), QStringLiteral("000000"));
        QCOMPARE(sixth.result, R::Throttled);
        QCOMPARE(sixth.retryAt, m_clock->now().toUTC().addSecs(60));
    }
    // A clock set back while the kiosk was off does not stretch the wait
    // beyond the longest one.
    m_clock->advance(-3 * 3600);
    {
        StaffAccounts setBack(*m_db, *m_audit, *m_clock);
        setBack.keepDeviceWaitIn(waitFile);
        QCOMPARE(setBack.signIn(QStringLiteral("reception"), QStringLiteral("111111")).retryAt,
                 m_clock->now().toUTC().addSecs(SignInThrottle::kLongestWaitSeconds));
    }
    m_clock->advance(3 * 3600 + 120);
    // After the wait the right PIN signs in and the file says so.
    {
        StaffAccounts later(*m_db, *m_audit, *m_clock);
        later.keepDeviceWaitIn(waitFile);
        QCOMPARE(later.signIn(QStringLiteral("reception"), QStringLiteral("111111")).result, R::SignedIn);
    }
    QCOMPARE(readFile(waitFile), QByteArray("prescreen sign-in wait 1\n0\n\n"));
    // A file someone emptied or wrote over starts a first wait, said so.
    for (const QByteArray &damage : {QByteArray(), QByteArray("prescreen sign-in wait 1\n-4\n\n"),
                                     QByteArray("prescreen sign-in wait 1\n0\nyesterday\n"), QByteArray(5000, 'x')}) {
        QFile file(waitFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damage);
        file.close();
        StaffAccounts tampered(*m_db, *m_audit, *m_clock);
        QCOMPARE(tampered.keepDeviceWaitIn(waitFile),
                 waitFile + QStringLiteral(" is not a sign-in wait PreScreen wrote; this device waits 30 s as after five "
                                           "wrong PINs"));
        const auto attempt = tampered.signIn(QStringLiteral("reception"), QStringLiteral("111111"));
        QCOMPARE(attempt.result, R::Throttled);
        QCOMPARE(attempt.retryAt, m_clock->now().toUTC().addSecs(30));
    }
    // A folder that cannot hold the file: the wait still holds in memory.
    StaffAccounts nowhere(*m_db, *m_audit, *m_clock);
    QCOMPARE(nowhere.keepDeviceWaitIn(m_dir->filePath(QStringLiteral("missing/signin-wait"))), QString());
    m_clock->advance(60);
    for (int i = 1; i < SignInThrottle::kFreeAttempts; ++i)
        nowhere.signIn(QStringLiteral("nobody"), QStringLiteral("000000"));
    QCOMPARE(nowhere.signIn(QStringLiteral("nobody"), QStringLiteral("000000")).result, R::Throttled);
}

void TestStaff::unknownLoginsCostTheSameWork()
{
    QString error;
    QVERIFY(m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                            QStringLiteral("482135"), makeAdmin(*m_accounts), &error));
    PasswordHash::dummy();
    const auto verificationsFor = [&](const QString &login) {
        StaffAccounts device(*m_db, *m_audit, *m_clock);
        const quint64 before = PasswordHash::verifications();
        QElapsedTimer timer;
        timer.start();
        const auto result = device.signIn(login, QStringLiteral("000000"));
        qInfo("%s: %lld ms", qPrintable(login), timer.elapsed());
        [&] { QCOMPARE(result.result, StaffAccounts::SignIn::Result::WrongLoginOrSecret); }();
        return PasswordHash::verifications() - before;
    };
    // One Argon2id verification each: the time does not tell which logins exist.
    QCOMPARE(verificationsFor(QStringLiteral("dr.sato")), quint64(1));
    QCOMPARE(verificationsFor(QStringLiteral("nobody")), quint64(1));
}

// Eight wrong PINs at the same moment from eight connections all count: the
// count is read and written in the same write transaction as the check.
void TestStaff::concurrentWrongAttemptsLockTheAccount()
{
    QCOMPARE(StaffAccounts::kAccountLockAttempts, 8); // eight at once, from eight connections
    QString error;
    const StaffAccount admin = makeAdmin(*m_accounts);
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                                        QStringLiteral("482135"), admin, &error);
    QVERIFY(doctor);
    const DatabaseUrl where = *DatabaseUrl::parse(url(), &error);
    std::atomic<int> ready{0};
    std::atomic<int> wrong{0};
    std::vector<std::thread> attempts;
    for (int i = 0; i < StaffAccounts::kAccountLockAttempts; ++i) {
        attempts.emplace_back([&] {
            Database db;
            QString threadError;
            if (!db.open(where, &threadError))
                return;
            AuditLog audit(db, *m_clock);
            StaffAccounts device(db, audit, *m_clock);
            ++ready;
            while (ready < StaffAccounts::kAccountLockAttempts)
                std::this_thread::yield();
            if (device.signIn(QStringLiteral("dr.sato"), QStringLiteral("000000")).result
                == StaffAccounts::SignIn::Result::WrongLoginOrSecret)
                ++wrong;
        });
    }
    for (std::thread &t : attempts)
        t.join();
    QCOMPARE(wrong.load(), StaffAccounts::kAccountLockAttempts);
    const auto stored = m_accounts->byId(doctor->id, &error);
    QCOMPARE(stored->failedAttempts, StaffAccounts::kAccountLockAttempts);
    QCOMPARE(stored->lockedUntil, m_clock->now().toUTC().addSecs(StaffAccounts::kAccountLockSeconds));
    // Locked is said only to whoever gives the right PIN; a wrong one meets
    // the answer an unknown login gets.
    StaffAccounts device(*m_db, *m_audit, *m_clock);
    QCOMPARE(device.signIn(QStringLiteral("dr.sato"), QStringLiteral("000001")).result,
             StaffAccounts::SignIn::Result::WrongLoginOrSecret);
    const auto locked = device.signIn(QStringLiteral("dr.sato"), QStringLiteral("482135"));
    QCOMPARE(locked.result, StaffAccounts::SignIn::Result::Locked);
    QCOMPARE(locked.retryAt, stored->lockedUntil); // guesses during the lock did not lengthen it
    // An administrator unlocks at once, audited.
    QVERIFY(m_accounts->unlock(doctor->id, admin, &error));
    QCOMPARE(device.signIn(QStringLiteral("dr.sato"), QStringLiteral("482135")).result,
             StaffAccounts::SignIn::Result::SignedIn);
    QCOMPARE(m_audit->entries(&error).at(m_audit->entries(&error).size() - 2).action, QStringLiteral("account_unlock"));
    QVERIFY(m_audit->verify(&error).intact);
}

void TestStaff::disabledAndReset()
{
    QString error;
    const StaffAccount admin = makeAdmin(*m_accounts);
    const auto account = m_accounts->add(QStringLiteral("temp"), QStringLiteral("Temp"), StaffAccount::Role::Staff,
                                         QStringLiteral("222222"), admin, &error);
    QVERIFY(m_accounts->setDisabled(account->id, true, admin, &error));
    // Disabled is only said after the account's right PIN.
    QCOMPARE(m_accounts->signIn(QStringLiteral("temp"), QStringLiteral("222220")).result,
             StaffAccounts::SignIn::Result::WrongLoginOrSecret);
    QCOMPARE(m_accounts->signIn(QStringLiteral("temp"), QStringLiteral("222222")).result,
             StaffAccounts::SignIn::Result::Disabled);
    QVERIFY(m_accounts->setDisabled(account->id, false, admin, &error));
    QVERIFY(m_accounts->resetSecret(account->id, QStringLiteral("333333"), admin, &error));
    QCOMPARE(m_accounts->signIn(QStringLiteral("temp"), QStringLiteral("222222")).result,
             StaffAccounts::SignIn::Result::WrongLoginOrSecret);
    QCOMPARE(m_accounts->signIn(QStringLiteral("temp"), QStringLiteral("333333")).result,
             StaffAccounts::SignIn::Result::SignedIn);
}

void TestStaff::reviewsSupersedeWithoutErasing()
{
    QString error;
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                        QStringLiteral("482135"), makeAdmin(*m_accounts), &error);
    const StoredSubmission s = submit(QStringLiteral("A"), {{QStringLiteral("allergy"), true}}, 0);
    QVERIFY(m_reviews->record(s, *doctor, Review::Decision::NeedsInformation, QStringLiteral("ask about pollen"), &error));
    m_clock->advance(120);
    QVERIFY(m_reviews->record(s, *doctor, Review::Decision::Proceed, QString(), &error));
    const QList<Review> history = m_reviews->history(s.id, &error);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).decision, Review::Decision::NeedsInformation);
    QCOMPARE(history.at(0).note, QStringLiteral("ask about pollen"));
    QCOMPARE(history.at(1).decision, Review::Decision::Proceed);
    QCOMPARE(history.at(1).reviewerName, QStringLiteral("Dr Sato"));
    QCOMPARE(history.at(1).at, m_clock->now().toUTC());
    QCOMPARE(m_reviews->latest({s.id}, &error).value(s.id).decision, Review::Decision::Proceed);
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE reviews SET note = 'x'")));
}

void TestStaff::overruleNeedsANote()
{
    QString error;
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                        QStringLiteral("482135"), makeAdmin(*m_accounts), &error);
    const StoredSubmission avoid = submit(QStringLiteral("B"), {{QStringLiteral("anaphylaxis"), true}}, 1);
    QCOMPARE(avoid.evaluation.outcome, Outcome::Avoid);
    QVERIFY(!m_reviews->record(avoid, *doctor, Review::Decision::Proceed, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QLatin1String("needs a note")), qPrintable(error));
    QVERIFY(m_reviews->history(avoid.id, &error).isEmpty());
    // Agreeing with the outcome needs no note; overruling it with one is recorded.
    QVERIFY(m_reviews->record(avoid, *doctor, Review::Decision::DoNotTreat, QString(), &error));
    QVERIFY(m_reviews->record(avoid, *doctor, Review::Decision::Proceed,
                              QStringLiteral("Reaction was to a wasp sting, allergist cleared"), &error));
    const QList<AuditEntry> entries = m_audit->entries(&error);
    QCOMPARE(entries.last().action, QStringLiteral("review"));
    QCOMPARE(entries.last().submissionUuid, avoid.submission.uuid);
    QCOMPARE(entries.last().detail, QStringLiteral("proceed (overrules avoid)"));
}

void TestStaff::onlyDoctorsReview()
{
    QString error;
    const auto staff = m_accounts->add(QStringLiteral("reception"), QStringLiteral("Reception"), StaffAccount::Role::Staff,
                                       QStringLiteral("111111"), makeAdmin(*m_accounts), &error);
    const StoredSubmission s = submit(QStringLiteral("C"), {}, 2);
    QVERIFY(!m_reviews->record(s, *staff, Review::Decision::Proceed, QString(), &error));
    QCOMPARE(error, QStringLiteral("reception (reception) cannot record a review: only doctors may"));
}

// What a reception account may not do is refused by the services
// themselves, without any screen: the message says who may.
void TestStaff::rolesEnforcedInTheCore()
{
    QString error;
    const StaffAccount admin = makeAdmin(*m_accounts);
    const auto reception = m_accounts->add(QStringLiteral("uketsuke"), QStringLiteral("Reception"), StaffAccount::Role::Staff,
                                           QStringLiteral("111111"), admin, &error);
    const auto doctor = m_accounts->add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                                        QStringLiteral("222222"), admin, &error);
    QVERIFY(reception && doctor);
    const qint64 rows = m_audit->entries(&error).size();
    // Accounts: administrators only.
    QVERIFY(!m_accounts->add(QStringLiteral("mine"), QStringLiteral("Mine"), StaffAccount::Role::Admin,
                             QStringLiteral("a-long-password"), *reception, &error));
    QCOMPARE(error, QStringLiteral("uketsuke (reception) cannot manage staff accounts: only administrators may"));
    error.clear();
    QVERIFY(!m_accounts->resetSecret(doctor->id, QStringLiteral("333333"), *reception, &error));
    QVERIFY(error.contains(QStringLiteral("only administrators may")));
    QVERIFY(!m_accounts->setDisabled(doctor->id, true, *reception, &error));
    QVERIFY(!m_accounts->unlock(doctor->id, *reception, &error));
    // Reviews: doctors only.
    const StoredSubmission s = submit(QStringLiteral("R"), {{QStringLiteral("allergy"), true}}, 1);
    QVERIFY(!m_reviews->record(s, *reception, Review::Decision::Proceed, QString(), &error));
    QCOMPARE(error, QStringLiteral("uketsuke (reception) cannot record a review: only doctors may"));
    QVERIFY(!m_reviews->record(s, admin, Review::Decision::Proceed, QString(), &error));
    // The retention purge: reception and administrators, not doctors.
    Retention retention(*m_db, *m_audit, *m_clock);
    Retention::Result purge = StaffRetention::purgeOlderThan(retention, *doctor, 30);
    QVERIFY(!purge.ok);
    QCOMPARE(purge.error, QStringLiteral("dr.sato (doctor) cannot delete submissions past the retention period: "
                                         "only reception or administrators may"));
    QCOMPARE(m_audit->entries(&error).size(), rows); // refused before anything, audited nothing
    QVERIFY(StaffRetention::purgeOlderThan(retention, *reception, 30).ok);
    QCOMPARE(m_audit->entries(&error).last().actor, QStringLiteral("uketsuke"));
    // A day's export: everyone signed in, as themselves; a disabled account
    // and an account that was never signed in (id 0) are refused.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("day.csv"));
    DayExport::Request request;
    request.format = DayExport::Format::Csv;
    request.path = path;
    request.first = request.last = QDate(2026, 11, 25);
    request.zone = QTimeZone(9 * 3600);
    const DayExport::Result written = DayExport::writeFor(*reception, *m_audit, request, *m_db, *m_rules);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(m_audit->entries(&error).last().actor + u':' + m_audit->entries(&error).last().action,
             QStringLiteral("uketsuke:export"));
    StaffAccount disabled = *reception;
    disabled.disabled = true;
    request.path = out.filePath(QStringLiteral("no.csv"));
    const DayExport::Result refused = DayExport::writeFor(disabled, *m_audit, request, *m_db, *m_rules);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, QStringLiteral("uketsuke cannot export a day: not a signed-in, enabled account"));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("no.csv"))));
    StaffAccount forged;
    forged.login = QStringLiteral("someone");
    forged.role = StaffAccount::Role::Admin;
    QVERIFY(!m_accounts->add(QStringLiteral("x1"), QStringLiteral("X"), StaffAccount::Role::Doctor, QStringLiteral("444444"),
                             forged, &error));
    // The rule set: an administrator loads (the rule set suite checks the rest).
    QVERIFY(StaffRoles::allows(StaffAccount::Role::Doctor, StaffRoles::Duty::DeletePatient));
    QVERIFY(!StaffRoles::allows(StaffAccount::Role::Staff, StaffRoles::Duty::DeletePatient));
}

void TestStaff::queueMostSeriousFirst()
{
    const StoredSubmission clear = submit(QStringLiteral("clear"), {}, 0);
    const StoredSubmission review = submit(QStringLiteral("review early"), {{QStringLiteral("medication"), true}}, 1);
    const StoredSubmission decline = submit(QStringLiteral("decline"), {{QStringLiteral("cancer"), QStringLiteral("past")}}, 2);
    const StoredSubmission review2 = submit(QStringLiteral("review late"), {{QStringLiteral("allergy"), true}}, 3);
    const StoredSubmission avoid = submit(QStringLiteral("avoid"), {{QStringLiteral("pregnancy"), QStringLiteral("possibly")}}, 4);
    DoctorQueue queue(*m_submissions, *m_reviews, *m_db);
    QString error;
    const QList<QueueEntry> entries = queue.load(QDate(2026, 11, 25), QTimeZone(9 * 3600), &error);
    QStringList names;
    for (const QueueEntry &e : entries)
        names << e.stored.submission.patient.name;
    QCOMPARE(names, (QStringList{"decline", "avoid", "review early", "review late", "clear"}));
}

void TestStaff::changesFromAnotherProcessArriveQuickly()
{
    ChangeWatch watch(*m_db);
    // PostgreSQL pushes changes; only SQLite is asked every two seconds.
    QCOMPARE(watch.usesNotifications(), onPostgres());
    QSignalSpy changed(&watch, &ChangeWatch::changed);
    QElapsedTimer timer;
    timer.start();
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"),
                                            casePath(QStringLiteral("design_example/answers.json")),
                                            QStringLiteral("--db"), url()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 submitted = timer.elapsed();
    // PostgreSQL's notification comes over the socket by itself; SQLite's
    // change is found when the timer polls, which the test does at once.
    watch.poll();
    QVERIFY(changed.count() > 0 || changed.wait(2500));
    qInfo("the change arrived %lld ms after the other process stored it", timer.elapsed() - submitted);
    // Asked again with nothing new, it stays quiet.
    changed.clear();
    watch.poll();
    QCOMPARE(changed.count(), 0);
    // A review from another connection is a change too.
    changed.clear();
    Database other;
    QString error;
    QVERIFY(other.open(*DatabaseUrl::parse(url(), &error), &error));
    AuditLog otherAudit(other, *m_clock);
    StaffAccounts otherAccounts(other, otherAudit, *m_clock);
    const auto doctor = otherAccounts.add(QStringLiteral("dr.ito"), QStringLiteral("Dr Ito"), StaffAccount::Role::Doctor,
                                          QStringLiteral("999999"), makeAdmin(otherAccounts), &error);
    SubmissionStore otherStore(other, *m_clock);
    const QString uuid = QString::fromLatin1(run.out.trimmed());
    QVERIFY(ReviewStore(other, otherAudit, *m_clock).record(*otherStore.byUuid(uuid, &error), *doctor,
                                                            Review::Decision::Proceed, QString(), &error));
    watch.poll();
    QVERIFY(changed.count() > 0 || changed.wait(2500));
}

void TestStaff::auditRowsCannotBeEditedByTheApp()
{
    QString error;
    QVERIFY(m_audit->append(QStringLiteral("x"), QStringLiteral("view"), QString(), QString(), &error));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'y'")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
}

void TestStaff::auditVerifyIntact()
{
    QString error;
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_audit->append(QStringLiteral("dr.sato"), QStringLiteral("view"), QStringLiteral("u%1").arg(i),
                                QString(), &error));
    const ProcessResult run = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("audit log intact, 5 rows"), run.out.constData());
}

void TestStaff::auditVerifyCatches_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addColumn<QString>("expected");
    // An attacker with the file drops the triggers first; the chain still tells.
    QTest::newRow("a row changed") << QStringList{"UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3"}
                                   << "row 3 (view by someone.else) was changed after it was written";
    QTest::newRow("a row removed") << QStringList{"DELETE FROM audit_log WHERE seq = 2"}
                                   << "row 2 is missing: it was removed";
    QTest::newRow("rows removed") << QStringList{"DELETE FROM audit_log WHERE seq IN (2, 3)"}
                                  << "rows 2 to 3 are missing: they were removed";
    QTest::newRow("a row inserted")
        << QStringList{"UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3",
                       "UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103",
                       "INSERT INTO audit_log SELECT 3, at_utc, 'intruder', 'view', 'u9', '', hash, hash FROM audit_log WHERE seq = 2"}
        << "row 3 (view by intruder) was inserted: the next row follows row 2";
    QTest::newRow("a row replaced wholesale")
        << QStringList{"UPDATE audit_log SET detail = 'covered up', hash = 'x' WHERE seq = 4"}
        << "row 4 (view by dr.sato) was changed after it was written";
}

void TestStaff::auditVerifyCatches()
{
    QFETCH(QStringList, tampering);
    QFETCH(QString, expected);
    QString error;
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_audit->append(QStringLiteral("dr.sato"), QStringLiteral("view"), QStringLiteral("u%1").arg(i),
                                QString(), &error));
    QSqlQuery q(m_db->connection());
    const QString on = onPostgres() ? QStringLiteral(" ON audit_log") : QString();
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_edited") + on));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_deleted") + on));
    for (const QString &sql : tampering)
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const ProcessResult run = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
}

QTEST_GUILESS_MAIN(TestStaff)
#include "test_staff.moc"
