#include "database.h"

#include "clock.h"
#include "migrations.h"
#include "storeproblem.h"
#include "writetransaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sys/stat.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("prescreen-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = QStringLiteral("%1 (while running: %2)").arg(query.lastError().text(), sql.simplified().left(80));
        return false;
    }
    return true;
}

// The same, with the failure in plain words naming the store.
bool exec(const Database &database, const QString &sql, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        *error = database.describe(query.lastError());
        return false;
    }
    return true;
}

QString newerSchema(int version)
{
    return QStringLiteral("the database has schema version %1, newer than this PreScreen knows (%2); "
                          "update PreScreen on this device")
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    forgetStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::forgetStatements()
{
    m_statements.clear();
}

QSqlQuery *Database::prepared(const QString &sql, QString *error)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return &found->second;
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return nullptr;
    }
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

bool Database::reopen(QString *error)
{
    forgetStatements();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    return open(m_url, error, m_access, m_use);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

bool Database::open(const DatabaseUrl &url, QString *error, Access access, StoreLogin::Use use)
{
    m_url = url;
    m_access = access;
    m_use = use;
    m_login = StoreLogin::localFile();
    if (url.kind == DatabaseUrl::Kind::PostgreSQL)
        return openPostgreSql(error);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("the Qt SQLite driver is missing; install libqt6sql6-sqlite");
        return false;
    }
    const bool readOnly = access == Access::ReadOnly;
    if (const QString problem = StoreProblem::pathProblem(url.path, readOnly); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QFileInfo file(url.path);
    if (!readOnly && !QDir().mkpath(file.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder %2").arg(url.toString(), file.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(url.path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open()) {
        *error = describe(db.lastError());
        return false;
    }
    if (!configure(error) || !(readOnly ? checkSchemaWithoutMigrating(error) : migrate(error))) {
        if (!error->contains(url.toString()))
            *error = QStringLiteral("%1: %2").arg(url.toString(), *error);
        db.close();
        return false;
    }
    return true;
}

bool Database::openPostgreSql(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the Qt PostgreSQL driver is missing; install libqt6sql6-psql");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setDatabaseName(m_url.databaseName);
    // No password here: libpq reads PGPASSWORD or ~/.pgpass itself, so it
    // never passes through our command line, settings or logs.
    db.setConnectOptions(m_url.connectOptions());
    if (!db.open()) {
        const QString reason = db.lastError().text().simplified();
        // A TLS failure is not a password or server problem: say what to check.
        if (reason.contains(QLatin1String("certificate")) || reason.contains(QLatin1String("SSL"))) {
            *error = QStringLiteral("%1: cannot connect: %2. TLS was refused: the server's certificate was not signed "
                                    "by the CA in sslrootcert, does not name %3, or the server does not offer TLS "
                                    "(ssl = on, hostssl in pg_hba.conf; see the README)")
                         .arg(m_url.toString(), reason, m_url.host);
            return false;
        }
        *error = QStringLiteral("%1: cannot connect: %2. Check that the server runs on %3 port %4, that "
                                "user %5 may connect to database %6, and its password (PGPASSWORD or ~/.pgpass)")
                     .arg(m_url.toString(), db.lastError().text().simplified(), m_url.host)
                     .arg(m_url.port)
                     .arg(m_url.user, m_url.databaseName);
        return false;
    }
    QString migrateError;
    if (!exec(db, QStringLiteral("SET client_min_messages = warning"), &migrateError)
        || !(m_access == Access::ReadOnly ? checkSchemaWithoutMigrating(&migrateError) : migrateAsOwner(&migrateError))) {
        *error = QStringLiteral("%1: %2").arg(m_url.toString(), migrateError);
        db.close();
        return false;
    }
    const auto login = StoreLogin::read(db, error);
    if (login)
        m_login = *login;
    else
        *error = QStringLiteral("%1: %2").arg(m_url.toString(), *error);
    if (login && !(*error = login->refusal(m_use, m_url.toString())).isEmpty()) {
        db.close();
        return false;
    }
    if (!login)
        db.close();
    return login.has_value();
}

// Only the owner of the tables changes them: another login finds the schema
// current, or says who must upgrade it, before trying any DDL.
bool Database::migrateAsOwner(QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !q.next()) {
        *error = describe(q.lastError());
        return false;
    }
    const bool made = q.value(0).toBool();
    const int version = made ? schemaVersion() : 0;
    if (version == latestSchemaVersion())
        return true;
    if (version > latestSchemaVersion()) {
        *error = newerSchema(version);
        return false;
    }
    const auto login = StoreLogin::read(connection(), error);
    if (!login)
        return false;
    DatabaseUrl ownerUrl = m_url;
    ownerUrl.user = login->owner().isEmpty() ? QStringLiteral("OWNER") : login->owner();
    const QString asOwner = QStringLiteral("\"prescreen db migrate --db %1\" as the owner, then \"prescreen db grant\" "
                                           "(README, \"PostgreSQL\")").arg(ownerUrl.toString());
    if (!made && m_use == StoreLogin::Use::Kiosk) {
        *error = QStringLiteral("the database holds no PreScreen tables yet, and a kiosk never makes them: run %1")
                     .arg(asOwner);
        return false;
    }
    if (made && version < latestSchemaVersion() && !login->ownsTables()) {
        *error = QStringLiteral("the database has schema version %1 of %2, and login \"%3\" does not own its tables "
                                "(\"%4\" does), so it may not upgrade them: run %5")
                     .arg(version).arg(latestSchemaVersion()).arg(login->name(), login->owner(), asOwner);
        return false;
    }
    return migrate(error);
}

bool Database::isSqlite() const
{
    return m_url.kind == DatabaseUrl::Kind::SQLite;
}

bool Database::isOneOfItsFiles(const QString &path) const
{
    if (!isSqlite())
        return false;
    struct stat asked{};
    if (::stat(QFile::encodeName(path).constData(), &asked) != 0)
        return false;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        struct stat own{};
        if (::stat(QFile::encodeName(m_url.path + suffix).constData(), &own) == 0 && own.st_dev == asked.st_dev
            && own.st_ino == asked.st_ino)
            return true;
    }
    return false;
}

bool Database::configure(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL lets the doctor read while a kiosk writes; FULL syncs the WAL on
    // every commit, so a submission reported saved survives a power cut.
    // A read-only file is read in whatever mode it was left.
    const QString pragma = m_access == Access::ReadOnly ? QStringLiteral("PRAGMA journal_mode")
                                                        : QStringLiteral("PRAGMA journal_mode=WAL");
    if (!query.exec(pragma) || !query.next()) {
        *error = describe(query.lastError());
        return false;
    }
    if (m_access == Access::ReadOnly)
        return exec(*this, QStringLiteral("PRAGMA busy_timeout=15000"), error);
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // SQLite answers with the old mode when the file system cannot share
        // memory between processes, as network shares cannot.
        *error = QStringLiteral("cannot switch to WAL mode (the journal stays \"%1\"); is the file on a network share? "
                                "SQLite needs a local disk")
                     .arg(query.value(0).toString());
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error)
        && exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
        && exec(db, QStringLiteral("PRAGMA busy_timeout=15000"), error)
        // Purged rows must not linger in free pages of the file.
        && exec(db, QStringLiteral("PRAGMA secure_delete=ON"), error);
}

int Database::latestSchemaVersion()
{
    return migrations(true).last().version;
}

bool Database::checkSchemaWithoutMigrating(QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next()) {
        *error = query.lastError().text().contains(QLatin1String("no such table"))
            ? QStringLiteral("%1 holds no PreScreen data (it has no schema_migrations table)").arg(m_url.toString())
            : describe(query.lastError());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version != latestSchemaVersion()) {
        *error = version > latestSchemaVersion()
            ? newerSchema(version)
            : QStringLiteral("the database has schema version %1 of %2; it is upgraded when PreScreen opens it "
                             "with write access").arg(version).arg(latestSchemaVersion());
        return false;
    }
    return true;
}

QString Database::describe(const QSqlError &error) const
{
    return StoreProblem::describe(m_url, error);
}

bool Database::readFailed(const QSqlQuery &query, QString *error) const
{
    if (!query.lastError().isValid())
        return false;
    *error = describe(query.lastError());
    return true;
}

bool Database::quickCheck(QString *error) const
{
    if (!isSqlite())
        return true;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = describe(query.lastError());
        return false;
    }
    QStringList problems;
    while (query.next()) {
        // A row may hold several problems, one a line, under a "*** in database main ***" heading.
        for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line.trimmed();
        }
    }
    if (readFailed(query, error))
        return false;
    if (!problems.isEmpty()) {
        *error = QStringLiteral("%1 is damaged: SQLite's quick check found %2 problem(s), the first: \"%3\". It is "
                                "not used until it is repaired: \"prescreen check --db %1\" says what is wrong, and "
                                "\"prescreen restore\" puts the last backup in its place")
                     .arg(m_url.toString())
                     .arg(problems.size())
                     .arg(problems.first().left(160));
        return false;
    }
    return true;
}

bool Database::checkpoint(QString *error)
{
    return !isSqlite() || exec(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    // Two kiosks starting together: the write lock makes one migrate and the
    // other find the work done.
    WriteTransaction transaction(*this);
    if (!transaction.begin(error))
        return false;
    // PostgreSQL's write transactions do not take a database-wide lock:
    // an advisory lock makes concurrent starts migrate one at a time.
    if (!isSqlite() && !exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(727372)"), error))
        return false;
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 "version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL)"),
              error))
        return false;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !version.next()) {
        *error = describe(version.lastError());
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > latestSchemaVersion()) {
        *error = newerSchema(current);
        return false;
    }
    for (const Migration &m : migrations(isSqlite())) {
        if (m.version <= current)
            continue;
        for (const QString &sql : m.statements) {
            if (!exec(db, sql, error)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(*error);
                return false;
            }
        }
        if (!fillAfter(m.version, db, error)) {
            rollback();
            *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(*error);
            return false;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_utc) VALUES (?, ?)"));
        insert.addBindValue(m.version);
        insert.addBindValue(Clock::system().now().toUTC().toString(Qt::ISODateWithMs));
        if (!insert.exec()) {
            *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(describe(insert.lastError()));
            return false;
        }
    }
    return transaction.commit(error);
}

bool Database::beginWrite(QString *error)
{
    return exec(*this, isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
}

bool Database::notifyChange(QString *error)
{
    return isSqlite() || exec(connection(), QStringLiteral("NOTIFY prescreen_changes"), error);
}

bool Database::commit(QString *error)
{
    return exec(*this, QStringLiteral("COMMIT"), error);
}

void Database::rollback()
{
    QString ignored;
    exec(connection(), QStringLiteral("ROLLBACK"), &ignored);
}
