#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AuditLog;
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

// Staff accounts: who may sign in, with which role. Five failed attempts lock
// an account, for 30 seconds and then twice as long at each further failure,
// up to an hour; every attempt is audited.
class StaffAccounts
{
public:
    StaffAccounts(Database &database, AuditLog &audit, const Clock &clock);

    static constexpr int kFreeAttempts = 5;
    static constexpr int kMinimumSecretLength = 4;

    bool isEmpty(QString *error) const;
    QList<StaffAccount> all(QString *error) const;
    std::optional<StaffAccount> byId(qint64 id, QString *error) const;

    // `actor` is the admin's login, or empty for the first admin at first start.
    std::optional<StaffAccount> add(const QString &login, const QString &displayName, StaffAccount::Role role,
                                    const QString &secret, const QString &actor, QString *error);
    bool setDisabled(qint64 id, bool disabled, const QString &actor, QString *error);
    bool resetSecret(qint64 id, const QString &secret, const QString &actor, QString *error);

    struct SignIn
    {
        enum class Result { SignedIn, WrongLoginOrSecret, Locked, Disabled, StorageError };
        Result result = Result::WrongLoginOrSecret;
        std::optional<StaffAccount> account;
        QDateTime lockedUntil;
        QString error;
    };
    SignIn signIn(const QString &login, const QString &secret);
    void signOut(const StaffAccount &account, const QString &why);

    // The problem with a new PIN or password, or an empty string.
    static QString secretProblem(const QString &secret);

private:
    std::optional<StaffAccount> byLogin(const QString &login, QString *secretHash, QString *error) const;
    QDateTime lockFor(int failedAttempts) const;

    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
};
