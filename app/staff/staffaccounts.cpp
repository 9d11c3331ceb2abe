#include "staffaccounts.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "passwordhash.h"
#include "signinthrottle.h"
#include "staffroles.h"
#include "writetransaction.h"

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
    : m_database(database), m_audit(audit), m_clock(clock), m_throttle(std::make_unique<SignInThrottle>(clock))
{
}

StaffAccounts::~StaffAccounts() = default;

QString StaffAccounts::keepDeviceWaitIn(const QString &path)
{
    m_throttle = std::make_unique<SignInThrottle>(m_clock, path);
    return m_throttle->problem();
}

StaffAccounts::SecretProblem StaffAccounts::secretProblem(StaffAccount::Role role, const QString &secret)
{
    if (role == StaffAccount::Role::Admin)
        return secret.size() < kMinimumPasswordLength ? SecretProblem::PasswordTooShort : SecretProblem::None;
    return secret.size() < kMinimumPinLength ? SecretProblem::PinTooShort : SecretProblem::None;
}

QString StaffAccounts::describe(SecretProblem problem)
{
    switch (problem) {
    case SecretProblem::None: return {};
    case SecretProblem::PasswordTooShort:
        return QStringLiteral("an administrator's password needs at least %1 characters, because it opens every "
                              "record and account")
            .arg(kMinimumPasswordLength);
    case SecretProblem::PinTooShort:
        return QStringLiteral("a PIN needs at least %1 digits (or use a password of as many characters): shorter "
                              "ones are guessed in minutes from a copy of the database")
            .arg(kMinimumPinLength);
    }
    return {};
}

bool StaffAccounts::requireAdmin(const StaffAccount &admin, QString *error) const
{
    return StaffRoles::require(admin, StaffRoles::Duty::ManageAccounts, error);
}

bool StaffAccounts::isEmpty(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM staff_accounts")) || !q.next()) {
        *error = m_database.describe(q.lastError());
        return false;
    }
    return q.value(0).toInt() == 0;
}

QList<StaffAccount> StaffAccounts::all(QString *error) const
{
    QList<StaffAccount> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM staff_accounts ORDER BY login").arg(QLatin1String(kColumns)))) {
        *error = m_database.describe(q.lastError());
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
    if (!q.exec()) {
        *error = m_database.describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (!m_database.readFailed(q, error))
            *error = QStringLiteral("no account %1").arg(id);
        return std::nullopt;
    }
    return fromRow(q);
}

std::optional<StaffAccount> StaffAccounts::createFirstAdmin(const QString &login, const QString &displayName,
                                                            const QString &secret, const QString &auditActor,
                                                            QString *error)
{
    return insert(login, displayName, StaffAccount::Role::Admin, secret, auditActor, true, error);
}

std::optional<StaffAccount> StaffAccounts::add(const QString &login, const QString &displayName,
                                               StaffAccount::Role role, const QString &secret,
                                               const StaffAccount &admin, QString *error)
{
    if (!requireAdmin(admin, error))
        return std::nullopt;
    return insert(login, displayName, role, secret, admin.login, false, error);
}

std::optional<StaffAccount> StaffAccounts::insert(const QString &login, const QString &displayName,
                                                  StaffAccount::Role role, const QString &secret,
                                                  const QString &auditActor, bool onlyIfEmpty, QString *error)
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
    if (const SecretProblem p = secretProblem(role, secret); p != SecretProblem::None) {
        *error = describe(p);
        return std::nullopt;
    }
    const QString hash = PasswordHash::hash(secret);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    if (onlyIfEmpty) {
        // In the write transaction: two first starts cannot both make one.
        if (!m_database.isSqlite() && !q.exec(QStringLiteral("LOCK TABLE staff_accounts IN EXCLUSIVE MODE"))) {
            *error = m_database.describe(q.lastError());
            return std::nullopt;
        }
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM staff_accounts")) || !q.next() || q.value(0).toInt() != 0) {
            *error = q.lastError().isValid() ? m_database.describe(q.lastError())
                                             : QStringLiteral("there are staff accounts already: an administrator "
                                                              "adds the others under Accounts");
            return std::nullopt;
        }
        q.finish();
    }
    q.prepare(QStringLiteral("INSERT INTO staff_accounts (login, display_name, role, secret_hash, created_utc) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(login);
    q.addBindValue(displayName.trimmed());
    q.addBindValue(StaffAccount::roleName(role));
    q.addBindValue(hash);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                || q.lastError().text().contains(QLatin1String("duplicate"), Qt::CaseInsensitive)
            ? QStringLiteral("login \"%1\" is taken").arg(login)
            : m_database.describe(q.lastError());
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!m_audit.appendInTransaction(auditActor.isEmpty() ? login : auditActor, QStringLiteral("account_add"),
                                     QString(), QStringLiteral("%1 (%2)").arg(login, StaffAccount::roleName(role)),
                                     error)
        || !transaction.commit(error))
        return std::nullopt;
    return byId(id, error);
}

bool StaffAccounts::setDisabled(qint64 id, bool disabled, const StaffAccount &admin, QString *error)
{
    return updateAudited(id, QStringLiteral("disabled = ?"), {disabled ? 1 : 0}, admin,
                         disabled ? QStringLiteral("account_disable") : QStringLiteral("account_enable"), error);
}

bool StaffAccounts::resetSecret(qint64 id, const QString &secret, const StaffAccount &admin, QString *error)
{
    if (!requireAdmin(admin, error))
        return false;
    const auto account = byId(id, error);
    if (!account)
        return false;
    if (const SecretProblem p = secretProblem(account->role, secret); p != SecretProblem::None) {
        *error = describe(p);
        return false;
    }
    return updateAudited(id, QStringLiteral("secret_hash = ?, failed_attempts = 0, locked_until_utc = ''"),
                         {PasswordHash::hash(secret)}, admin, QStringLiteral("account_reset"), error);
}

bool StaffAccounts::unlock(qint64 id, const StaffAccount &admin, QString *error)
{
    return updateAudited(id, QStringLiteral("failed_attempts = 0, locked_until_utc = ''"), {}, admin,
                         QStringLiteral("account_unlock"), error);
}

bool StaffAccounts::updateAudited(qint64 id, const QString &assignments, const QVariantList &values,
                                  const StaffAccount &admin, const QString &action, QString *error)
{
    if (!requireAdmin(admin, error))
        return false;
    const auto account = byId(id, error);
    WriteTransaction transaction(m_database);
    if (!account || !transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE staff_accounts SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec() || !m_audit.appendInTransaction(admin.login, action, QString(), account->login, error)) {
        if (error->isEmpty())
            *error = m_database.describe(q.lastError());
        return false;
    }
    return transaction.commit(error);
}

StaffAccounts::SignIn StaffAccounts::signIn(const QString &login, const QString &secret, Purpose purpose)
{
    SignIn result;
    // Made before anything else, so that the first unknown login is not the
    // one attempt that costs twice.
    PasswordHash::dummy();
    if (const QDateTime wait = m_throttle->waitUntil(); wait.isValid()) {
        // Not checked and not audited: guessing at speed neither learns
        // anything nor fills the audit log.
        result.result = SignIn::Result::Throttled;
        result.retryAt = wait;
        return result;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(&result.error)) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    result = checkInTransaction(login.trimmed(), secret, purpose);
    if (result.result == SignIn::Result::StorageError || !transaction.commit(&result.error)) {
        result.result = SignIn::Result::StorageError;
        result.account.reset();
        return result;
    }
    if (result.result == SignIn::Result::SignedIn) {
        m_throttle->succeeded();
    } else if (result.result == SignIn::Result::WrongLoginOrSecret) {
        m_throttle->failed();
        if (const QDateTime wait = m_throttle->waitUntil(); wait.isValid()) {
            result.result = SignIn::Result::Throttled;
            result.retryAt = wait;
        }
    }
    return result;
}

// The read of the failure count, the check and its update in the caller's
// write transaction: eight simultaneous wrong PINs count eight.
StaffAccounts::SignIn StaffAccounts::checkInTransaction(const QString &login, const QString &secret, Purpose purpose)
{
    SignIn result;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff_accounts WHERE login = ?%2")
                  .arg(QLatin1String(kColumns),
                       m_database.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")));
    q.addBindValue(login);
    if (!q.exec()) {
        result.result = SignIn::Result::StorageError;
        result.error = m_database.describe(q.lastError());
        return result;
    }
    const bool known = q.next();
    if (!known && m_database.readFailed(q, &result.error)) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    const std::optional<StaffAccount> account = known ? std::optional<StaffAccount>(fromRow(q)) : std::nullopt;
    const QString secretHash = known ? q.value(7).toString() : PasswordHash::dummy();
    q.finish();
    // Always the same Argon2id work, known login or not, locked or not.
    const bool right = PasswordHash::verify(secretHash, secret) && known;
    const QDateTime now = m_clock.now().toUTC();
    const auto audit = [&](QString action, const QString &detail) {
        if (purpose == Purpose::Confirmation)
            action.replace(QStringLiteral("sign_in"), QStringLiteral("confirm"));
        return m_audit.appendInTransaction(account ? account->login : unknownLoginActor(), action, QString(), detail,
                                           &result.error);
    };
    if (!account) {
        if (!audit(QStringLiteral("sign_in_failed"), QStringLiteral("unknown login")))
            result.result = SignIn::Result::StorageError;
        return result;
    }
    const bool locked = account->lockedUntil.isValid() && account->lockedUntil > now;
    if (right && (account->disabled || locked)) {
        result.result = account->disabled ? SignIn::Result::Disabled : SignIn::Result::Locked;
        result.retryAt = account->lockedUntil;
        if (!audit(QStringLiteral("sign_in_failed"),
                   account->disabled ? QStringLiteral("account disabled") : QStringLiteral("account locked")))
            result.result = SignIn::Result::StorageError;
        return result;
    }
    const int failures = right ? 0 : account->failedAttempts + 1;
    // A lock already running is not lengthened: guesses against a locked
    // account keep it locked no longer than the first lock.
    QDateTime lockedUntil;
    if (locked)
        lockedUntil = account->lockedUntil;
    else if (failures >= kAccountLockAttempts)
        lockedUntil = now.addSecs(kAccountLockSeconds);
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE staff_accounts SET failed_attempts = ?, locked_until_utc = ? WHERE id = ?"));
    update.addBindValue(failures);
    update.addBindValue(lockedUntil.isValid() ? lockedUntil.toString(Qt::ISODateWithMs) : QStringLiteral(""));
    update.addBindValue(account->id);
    if (!update.exec()) {
        result.result = SignIn::Result::StorageError;
        result.error = m_database.describe(update.lastError());
        return result;
    }
    const QString detail = right ? StaffAccount::roleName(account->role)
        : lockedUntil.isValid() && !locked
        ? QStringLiteral("wrong PIN or password, attempt %1; account locked until %2")
              .arg(failures)
              .arg(lockedUntil.toString(Qt::ISODate))
        : QStringLiteral("wrong PIN or password, attempt %1").arg(failures);
    if (!audit(right ? QStringLiteral("sign_in") : QStringLiteral("sign_in_failed"), detail)) {
        result.result = SignIn::Result::StorageError;
        return result;
    }
    if (right) {
        result.result = SignIn::Result::SignedIn;
        result.account = account;
        result.account->failedAttempts = 0;
        result.account->lockedUntil = {};
    }
    return result;
}

void StaffAccounts::signOut(const StaffAccount &account, const QString &why)
{
    QString error;
    m_audit.append(account.login, QStringLiteral("sign_out"), QString(), why, &error);
}
