#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class AuditLog;
class SignInThrottle;
class Clock;
class Database;

struct StaffAccount
{
    enum class Role { Doctor, Staff, Admin };

    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Staff;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
};

// Staff accounts: who may sign in, with which role. Account management is
// for administrators only, checked here and not only by which buttons the
// screens show.
//
// Guessing is slowed twice over. This device waits after five failures
// (SignInThrottle), whatever login was typed; an account that collects eight
// failures from any devices is locked for 15 minutes, or until an
// administrator unlocks it. A guesser learns nothing from the answers: an
// unknown login costs the same Argon2id work as a known one and gets the
// same answer, and "disabled" or "locked" is only said to someone who gave
// that account's right PIN.
class StaffAccounts
{
public:
    StaffAccounts(Database &database, AuditLog &audit, const Clock &clock);
    // Keeps this device's sign-in wait in the file `path` across restarts
    // (SignInThrottle); returns what went wrong reading it, or "".
    QString keepDeviceWaitIn(const QString &path);
    ~StaffAccounts();

    static constexpr int kAccountLockAttempts = 8;
    static constexpr int kAccountLockSeconds = 15 * 60;
    static constexpr int kMinimumPasswordLength = 8; // administrators
    static constexpr int kMinimumPinLength = 6;      // doctors and reception
    // The audit row's actor for a login that is not an account's: the text
    // typed is never written (it may be a PIN typed into the wrong field).
    static QString unknownLoginActor() { return QStringLiteral("unknown login"); }

    bool isEmpty(QString *error) const;
    QList<StaffAccount> all(QString *error) const;
    std::optional<StaffAccount> byId(qint64 id, QString *error) const;

    // The first administrator, only while there is no account at all (the
    // check and the insert in one write transaction). `auditActor` names who
    // made it: the new login from a staff PC, "cli:USER" from the command line.
    std::optional<StaffAccount> createFirstAdmin(const QString &login, const QString &displayName,
                                                 const QString &secret, const QString &auditActor, QString *error);
    // These need `admin` to be an administrator's account.
    std::optional<StaffAccount> add(const QString &login, const QString &displayName, StaffAccount::Role role,
                                    const QString &secret, const StaffAccount &admin, QString *error);
    bool setDisabled(qint64 id, bool disabled, const StaffAccount &admin, QString *error);
    bool resetSecret(qint64 id, const QString &secret, const StaffAccount &admin, QString *error);
    // Clears an account's failures and lock (a doctor locked out by guesses).
    bool unlock(qint64 id, const StaffAccount &admin, QString *error);

    struct SignIn
    {
        // Locked and Disabled only ever follow the account's right PIN.
        // Throttled: this device waits until `retryAt`, whatever the login.
        enum class Result { SignedIn, WrongLoginOrSecret, Throttled, Locked, Disabled, StorageError };
        Result result = Result::WrongLoginOrSecret;
        std::optional<StaffAccount> account;
        QDateTime retryAt;
        QString error;
    };
    // Why the secret is asked for: a session, or a second person confirming
    // another's request, which the audit log names as such (a confirmation
    // read as a second session).
    enum class Purpose { Session, Confirmation };
    SignIn signIn(const QString &login, const QString &secret, Purpose purpose = Purpose::Session);
    void signOut(const StaffAccount &account, const QString &why);

    // Why a new PIN or password is refused for `role`. Administrators open
    // every record and account and need a password of 8 characters or more;
    // the others a PIN of 6 digits or more (a 4-digit PIN falls in minutes to
    // anyone holding a copy of the database).
    enum class SecretProblem { None, PasswordTooShort, PinTooShort };
    static SecretProblem secretProblem(StaffAccount::Role role, const QString &secret);
    static QString describe(SecretProblem problem);

private:
    std::optional<StaffAccount> insert(const QString &login, const QString &displayName, StaffAccount::Role role,
                                       const QString &secret, const QString &auditActor, bool onlyIfEmpty,
                                       QString *error);
    bool requireAdmin(const StaffAccount &admin, QString *error) const;
    // One account's row changed by an administrator, with its audit row.
    bool updateAudited(qint64 id, const QString &assignments, const QVariantList &values, const StaffAccount &admin,
                       const QString &action, QString *error);
    SignIn checkInTransaction(const QString &login, const QString &secret, Purpose purpose);

    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
    std::unique_ptr<SignInThrottle> m_throttle;
};
