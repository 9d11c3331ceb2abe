#include "staffaccounts.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "writetransaction.h"
#include "passwordhash.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const char *const kColumns = "id, login, display_name, role, disabled, failed_attempts, locked_until_utc, secret_hash";

StaffAccount fromRow(const QSqlQuery &q)
{
    StaffAccount a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = StaffAccount::roleFromName(q.value(3).toString()).value_or(StaffAccount::Role::Staff);
    a.disabled = q.value(4).toInt() != 0;
    a.failedAttempts = q.value(5).toInt();
    a.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

QString StaffAccount::roleName(Role role)
{
    switch (role) {
    case Role::Doctor: return QStringLiteral("doctor");
    case Role::Staff: return QStringLiteral("staff");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<StaffAccount::Role> StaffAccount::roleFromName(const QString &name)
{
    for (Role r : {Role::Doctor, Role::Staff, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

StaffAccounts::StaffAccounts(Database &database, AuditLog &audit, const Clock &clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

QString StaffAccounts::secretProblem(const QString &secret)
{
    if (secret.size() < kMinimumSecretLength)
        return QStringLiteral("a PIN or password needs at least %1 characters").arg(kMinimumSecretLength);
    return {};
}

bool StaffAccounts::isEmpty(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM staff_accounts")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    return q.value(0).toInt() == 0;
}

QList<StaffAccount> StaffAccounts::all(QString *error) const
{
    QList<StaffAccount> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM staff_accounts ORDER BY login").arg(QLatin1String(kColumns)))) {
        *error = q.lastError().text();
        return list;
    }
    while (q.next())
        list << fromRow(q);
    if (m_database.readFailed(q, error))
        list.clear();
    return list;
}

std::optional<StaffAccount> StaffAccounts::byId(qint64 id, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff_accounts WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().isEmpty() ? QStringLiteral("no account %1").arg(id) : q.lastError().text();
        return std::nullopt;
    }
    return fromRow(q);
}

std::optional<StaffAccount> StaffAccounts::byLogin(const QString &login, QString *secretHash, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff_accounts WHERE login = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(login);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        m_database.readFailed(q, error);
        return std::nullopt;
    }
    *secretHash = q.value(7).toString();
    return fromRow(q);
}

std::optional<StaffAccount> StaffAccounts::add(const QString &login, const QString &displayName,
                                               StaffAccount::Role role, const QString &secret, const QString &actor,
                                               QString *error)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (!loginPattern.match(login).hasMatch()) {
        *error = QStringLiteral("login \"%1\": use 2 to 32 lower-case letters, digits, '.', '_' or '-'").arg(login);
        return std::nullopt;
    }
    if (displayName.trimmed().isEmpty()) {
        *error = QStringLiteral("a name is required");
        return std::nullopt;
    }
    if (const QString p = secretProblem(secret); !p.isEmpty()) {
        *error = p;
        return std::nullopt;
    }
    const QString hash = PasswordHash::hash(secret);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_accounts (login, display_name, role, secret_hash, created_utc) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(login);
    q.addBindValue(displayName.trimmed());
    q.addBindValue(StaffAccount::roleName(role));
    q.addBindValue(hash);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            ? QStringLiteral("login \"%1\" is taken").arg(login)
            : m_database.describe(q.lastError());
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!m_audit.appendInTransaction(actor.isEmpty() ? login : actor, QStringLiteral("account_add"), QString(),
                                     QStringLiteral("%1 (%2)").arg(login, StaffAccount::roleName(role)), error)
        || !transaction.commit(error))
        return std::nullopt;
    return byId(id, error);
}

bool StaffAccounts::setDisabled(qint64 id, bool disabled, const QString &actor, QString *error)
{
    const auto account = byId(id, error);
    WriteTransaction transaction(m_database);
    if (!account || !transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec() || !m_audit.appendInTransaction(actor, disabled ? QStringLiteral("account_disable")
                                                                   : QStringLiteral("account_enable"),
                                                  QString(), account->login, error)) {
        if (error->isEmpty())
            *error = m_database.describe(q.lastError());
        return false;
    }
    return transaction.commit(error);
}

bool StaffAccounts::resetSecret(qint64 id, const QString &secret, const QString &actor, QString *error)
{
    if (const QString p = secretProblem(secret); !p.isEmpty()) {
        *error = p;
        return false;
    }
    const auto account = byId(id, error);
    if (!account)
        return false;
    const QString hash = PasswordHash::hash(secret);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET secret_hash = ?, failed_attempts = 0, locked_until_utc = '' "
                             "WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(id);
    if (!q.exec() || !m_audit.appendInTransaction(actor, QStringLiteral("account_reset"), QString(), account->login, error)) {
        if (error->isEmpty())
            *error = m_database.describe(q.lastError());
        return false;
    }
    return transaction.commit(error);
}

QDateTime StaffAccounts::lockFor(int failedAttempts) const
{
    if (failedAttempts < kFreeAttempts)
        return {};
    const int doublings = std::min(failedAttempts - kFreeAttempts, 7); // 30 s .. 64 min
    return m_clock.now().toUTC().addSecs(std::min(30LL << doublings, 3600LL));
}

StaffAccounts::SignIn StaffAccounts::signIn(const QString &login, const QString &secret)
{
    SignIn result;
    QString secretHash;
    const auto account = byLogin(login.trimmed(), &secretHash, &result.error);
    const QDateTime now = m_clock.now().toUTC();
    QString auditError;
    if (!result.error.isEmpty()) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    if (!account) {
        // Same answer as a wrong PIN: the screen must not tell which logins exist.
        m_audit.append(login.trimmed(), QStringLiteral("sign_in_failed"), QString(), QStringLiteral("unknown login"),
                       &auditError);
        return result;
    }
    if (account->disabled) {
        result.result = SignIn::Result::Disabled;
        m_audit.append(account->login, QStringLiteral("sign_in_failed"), QString(), QStringLiteral("account disabled"),
                       &auditError);
        return result;
    }
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        result.result = SignIn::Result::Locked;
        result.lockedUntil = account->lockedUntil;
        m_audit.append(account->login, QStringLiteral("sign_in_failed"), QString(), QStringLiteral("account locked"),
                       &auditError);
        return result;
    }
    const bool ok = PasswordHash::verify(secretHash, secret);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(&result.error)) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    QSqlQuery q(m_database.connection());
    const int failures = ok ? 0 : account->failedAttempts + 1;
    const QDateTime lockedUntil = ok ? QDateTime() : lockFor(failures);
    q.prepare(QStringLiteral("UPDATE staff_accounts SET failed_attempts = ?, locked_until_utc = ? WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(lockedUntil.isValid() ? lockedUntil.toString(Qt::ISODateWithMs) : QStringLiteral(""));
    q.addBindValue(account->id);
    const QString detail = ok ? StaffAccount::roleName(account->role)
                              : QStringLiteral("wrong PIN or password, attempt %1").arg(failures);
    if (!q.exec()
        || !m_audit.appendInTransaction(account->login, ok ? QStringLiteral("sign_in") : QStringLiteral("sign_in_failed"),
                                        QString(), detail, &result.error)
        || !transaction.commit(&result.error)) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    if (ok) {
        result.result = SignIn::Result::SignedIn;
        result.account = account;
        result.account->failedAttempts = 0;
        result.account->lockedUntil = {};
    } else if (lockedUntil.isValid()) {
        result.result = SignIn::Result::Locked;
        result.lockedUntil = lockedUntil;
    }
    return result;
}

void StaffAccounts::signOut(const StaffAccount &account, const QString &why)
{
    QString error;
    m_audit.append(account.login, QStringLiteral("sign_out"), QString(), why, &error);
}
