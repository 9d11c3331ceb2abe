#include "database.h"

#include "clock.h"
#include "patientname.h"
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

// Each migration is a list of statements run in one transaction. Never edit
// one that has shipped: add the next. The statements are written once for
// both drivers; `{id}` and `{seq}` become each one's key columns, and
// triggers are made by refuse() in each one's dialect.
struct Migration
{
    int version;
    QStringList statements;
};

// A trigger that refuses `event` (UPDATE or DELETE) on `table` with `message`.
QStringList refuse(DatabaseUrl::Kind kind, const QString &name, const QString &table, const QString &event,
                   const QString &message)
{
    if (kind == DatabaseUrl::Kind::SQLite)
        return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                    .arg(name, event, table, message)};
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "RAISE EXCEPTION '%2'; END $$").arg(name, message),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, event, table)};
}

QList<Migration> migrations(DatabaseUrl::Kind kind)
{
    const bool sqlite = kind == DatabaseUrl::Kind::SQLite;
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT") : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QString seq = sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGINT PRIMARY KEY");
    const auto sql = [&](const char *text) {
        return QString::fromLatin1(text)
            .replace(QStringLiteral("{id}"), id)
            .replace(QStringLiteral("{seq}"), seq)
            .replace(QStringLiteral("{bytes}"), sqlite ? QString() : QStringLiteral("COLLATE \"C\""));
    };
    QList<Migration> list;
    list.append({1,
                 QStringList{sql(R"(CREATE TABLE submissions (
                id {id},
                uuid TEXT NOT NULL UNIQUE,
                submitted_at TEXT NOT NULL,
                submitted_utc TEXT NOT NULL,
                stored_utc TEXT NOT NULL,
                language TEXT NOT NULL,
                patient_name TEXT NOT NULL,
                patient_kana TEXT NOT NULL,
                patient_birth_date TEXT NOT NULL,
                consent_given INTEGER NOT NULL,
                consent_notice_version TEXT NOT NULL,
                answers_json TEXT NOT NULL,
                outcome TEXT NOT NULL,
                outcome_rank INTEGER NOT NULL,
                flags_json TEXT NOT NULL,
                ruleset_id TEXT NOT NULL,
                ruleset_version TEXT NOT NULL,
                ruleset_sha256 TEXT NOT NULL))"),
                             sql("CREATE INDEX submissions_by_time ON submissions(submitted_utc)"),
                             sql(R"(CREATE TABLE submission_flags (
                submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                rule_id TEXT NOT NULL,
                level TEXT NOT NULL,
                PRIMARY KEY (submission_id, rule_id)))"),
                             sql("CREATE INDEX submission_flags_by_rule ON submission_flags(rule_id)")}
                     // What the patient entered is evidence: the doctor's review is a
                     // record of its own, so nothing may rewrite a submission.
                     + refuse(kind, QStringLiteral("submissions_never_edited"), QStringLiteral("submissions"),
                              QStringLiteral("UPDATE"), QStringLiteral("submissions are never edited; record a review instead"))
                     + refuse(kind, QStringLiteral("submission_flags_never_edited"), QStringLiteral("submission_flags"),
                              QStringLiteral("UPDATE"), QStringLiteral("flags are never edited"))});
    list.append({2,
                 QStringList{sql(R"(CREATE TABLE staff_accounts (
                id {id},
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('doctor', 'staff', 'admin')),
                secret_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until_utc TEXT NOT NULL DEFAULT '',
                created_utc TEXT NOT NULL))"),
                             sql(R"(CREATE TABLE reviews (
                id {id},
                submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                reviewer_id BIGINT NOT NULL REFERENCES staff_accounts(id),
                decision TEXT NOT NULL CHECK (decision IN ('proceed', 'do_not_treat', 'needs_information')),
                note TEXT NOT NULL,
                reviewed_utc TEXT NOT NULL))"),
                             sql("CREATE INDEX reviews_by_submission ON reviews(submission_id, id)"),
                             sql(R"(CREATE TABLE audit_log (
                seq {seq},
                at_utc TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                submission_uuid TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))")}
                     // A later review supersedes an earlier one; neither is ever rewritten.
                     + refuse(kind, QStringLiteral("reviews_never_edited"), QStringLiteral("reviews"), QStringLiteral("UPDATE"),
                              QStringLiteral("reviews are never edited; record a new review"))
                     + refuse(kind, QStringLiteral("audit_log_never_edited"), QStringLiteral("audit_log"),
                              QStringLiteral("UPDATE"), QStringLiteral("the audit log is append-only"))
                     + refuse(kind, QStringLiteral("audit_log_never_deleted"), QStringLiteral("audit_log"),
                              QStringLiteral("DELETE"), QStringLiteral("the audit log is append-only"))});
    // The doctor's search and a patient's earlier screenings: each
    // submission's name and kana as PatientName keys (filled for the
    // submissions already stored by fillAfter()), looked up by index. The
    // keys compare byte by byte on both drivers, so that a prefix is a range.
    list.append({3,
                 QStringList{sql(R"(CREATE TABLE patient_keys (
                submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
                name_key TEXT {bytes} NOT NULL,
                kana_key TEXT {bytes} NOT NULL,
                submitted_utc TEXT NOT NULL))"),
                             // With the time, so that "the latest 200 named Yamada" reads the index alone.
                             sql("CREATE INDEX patient_keys_by_name ON patient_keys(name_key, submitted_utc, submission_id)"),
                             sql("CREATE INDEX patient_keys_by_kana ON patient_keys(kana_key, submitted_utc, submission_id)"),
                             sql("CREATE INDEX submissions_by_birth_date ON submissions(patient_birth_date)")}});
    // Rule sets kept in the store with their history: every version loaded,
    // and every approval, activation and rollback as an event. The active
    // version is the one named by the latest activation or rollback; a null
    // version there is the built-in default. Neither table is ever rewritten,
    // so every version stays viewable and can be restored.
    list.append({4,
                 QStringList{sql(R"(CREATE TABLE rule_set_versions (
                id {id},
                ruleset_id TEXT NOT NULL,
                version TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                file_name TEXT NOT NULL,
                source_text TEXT NOT NULL,
                loaded_by TEXT NOT NULL,
                loaded_utc TEXT NOT NULL))"),
                             sql("CREATE INDEX rule_set_versions_by_sha ON rule_set_versions(sha256)"),
                             sql(R"(CREATE TABLE rule_set_events (
                id {id},
                version_id BIGINT REFERENCES rule_set_versions(id),
                action TEXT NOT NULL CHECK (action IN ('approve', 'activate', 'rollback')),
                actor TEXT NOT NULL,
                at_utc TEXT NOT NULL))")}
                     + refuse(kind, QStringLiteral("rule_set_versions_never_edited"), QStringLiteral("rule_set_versions"),
                              QStringLiteral("UPDATE"), QStringLiteral("rule set versions are never edited; load a new one"))
                     + refuse(kind, QStringLiteral("rule_set_versions_never_deleted"), QStringLiteral("rule_set_versions"),
                              QStringLiteral("DELETE"), QStringLiteral("rule set versions are kept"))
                     + refuse(kind, QStringLiteral("rule_set_events_never_edited"), QStringLiteral("rule_set_events"),
                              QStringLiteral("UPDATE"), QStringLiteral("rule set history is append-only"))
                     + refuse(kind, QStringLiteral("rule_set_events_never_deleted"), QStringLiteral("rule_set_events"),
                              QStringLiteral("DELETE"), QStringLiteral("rule set history is append-only"))});
    return list;
}

// What a migration needs beyond SQL: keys only C++ can compute.
bool fillAfter(int version, QSqlDatabase db, QString *error)
{
    if (version != 3)
        return true;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO patient_keys (submission_id, name_key, kana_key, submitted_utc) "
                                 "VALUES (?, ?, ?, ?)"));
    if (!read.exec(QStringLiteral("SELECT id, patient_name, patient_kana, submitted_utc FROM submissions"))) {
        *error = read.lastError().text();
        return false;
    }
    QList<std::tuple<qint64, QString, QString, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(), read.value(3).toString()});
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    for (const auto &[id, name, kana, at] : rows) {
        write.addBindValue(id);
        write.addBindValue(PatientName::key(name));
        write.addBindValue(PatientName::key(kana));
        write.addBindValue(at);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

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
    return open(m_url, error);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

bool Database::open(const DatabaseUrl &url, QString *error, Access access)
{
    m_url = url;
    m_access = access;
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
        || !(m_access == Access::ReadOnly ? checkSchemaWithoutMigrating(&migrateError) : migrate(&migrateError))) {
        *error = QStringLiteral("%1: %2").arg(m_url.toString(), migrateError);
        db.close();
        return false;
    }
    return true;
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
    return migrations(DatabaseUrl::Kind::SQLite).last().version;
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
            ? QStringLiteral("the database has schema version %1, newer than this PreScreen knows (%2); "
                             "update PreScreen on this device").arg(version).arg(latestSchemaVersion())
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
        *error = QStringLiteral("the database has schema version %1, newer than this PreScreen knows (%2); "
                                "update PreScreen on this device")
                     .arg(current).arg(latestSchemaVersion());
        return false;
    }
    for (const Migration &m : migrations(m_url.kind)) {
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
