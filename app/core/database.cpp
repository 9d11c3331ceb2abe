#include "database.h"

#include "clock.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

// Each migration is a list of statements run in one transaction. Never edit
// one that has shipped: add the next.
struct Migration
{
    int version;
    QStringList sqlite;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         {QStringLiteral(R"(CREATE TABLE submissions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
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
          QStringLiteral("CREATE INDEX submissions_by_time ON submissions(submitted_utc)"),
          QStringLiteral(R"(CREATE TABLE submission_flags (
                submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                rule_id TEXT NOT NULL,
                level TEXT NOT NULL,
                PRIMARY KEY (submission_id, rule_id)))"),
          QStringLiteral("CREATE INDEX submission_flags_by_rule ON submission_flags(rule_id)"),
          // What the patient entered is evidence: the doctor's review is a
          // record of its own, so nothing may rewrite a submission.
          QStringLiteral(R"(CREATE TRIGGER submissions_never_edited BEFORE UPDATE ON submissions
                BEGIN SELECT RAISE(ABORT, 'submissions are never edited; record a review instead'); END)"),
          QStringLiteral(R"(CREATE TRIGGER submission_flags_never_edited BEFORE UPDATE ON submission_flags
                BEGIN SELECT RAISE(ABORT, 'flags are never edited'); END)")}},
        {2,
         {QStringLiteral(R"(CREATE TABLE staff_accounts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('doctor', 'staff', 'admin')),
                secret_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until_utc TEXT NOT NULL DEFAULT '',
                created_utc TEXT NOT NULL))"),
          QStringLiteral(R"(CREATE TABLE reviews (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                reviewer_id INTEGER NOT NULL REFERENCES staff_accounts(id),
                decision TEXT NOT NULL CHECK (decision IN ('proceed', 'do_not_treat', 'needs_information')),
                note TEXT NOT NULL,
                reviewed_utc TEXT NOT NULL))"),
          QStringLiteral("CREATE INDEX reviews_by_submission ON reviews(submission_id, id)"),
          // A later review supersedes an earlier one; neither is ever rewritten.
          QStringLiteral(R"(CREATE TRIGGER reviews_never_edited BEFORE UPDATE ON reviews
                BEGIN SELECT RAISE(ABORT, 'reviews are never edited; record a new review'); END)"),
          QStringLiteral(R"(CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY,
                at_utc TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                submission_uuid TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
          QStringLiteral(R"(CREATE TRIGGER audit_log_never_edited BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
          QStringLiteral(R"(CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)")}},
    };
    return list;
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

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::SQLite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = QStringLiteral("--db \"%1\": no file path after sqlite:").arg(text);
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = QStringLiteral("--db: \"%1\" is not of the form postgresql://USER@HOST:PORT/DBNAME").arg(text);
            return std::nullopt;
        }
        if (!parsed.password().isEmpty()) {
            *error = QStringLiteral("--db: a password in the URL is refused because it would show in process lists "
                                    "and logs; use PGPASSWORD or a pgpass file");
            return std::nullopt;
        }
        url.kind = Kind::PostgreSQL;
        url.user = parsed.userName();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path().mid(1);
        return url;
    }
    *error = QStringLiteral("--db \"%1\": expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME").arg(text);
    return std::nullopt;
}

QString DatabaseUrl::toString() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
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

bool Database::isOpen() const
{
    return connection().isOpen();
}

bool Database::open(const DatabaseUrl &url, QString *error)
{
    m_url = url;
    if (url.kind == DatabaseUrl::Kind::PostgreSQL) {
        *error = QStringLiteral("%1: this build does not support PostgreSQL yet; use sqlite:PATH").arg(url.toString());
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("the Qt SQLite driver is missing; install libqt6sql6-sqlite");
        return false;
    }
    const QFileInfo file(url.path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder %2").arg(url.toString(), file.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(url.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot open: %2").arg(url.toString(), db.lastError().text());
        return false;
    }
    if (!configure(error) || !migrate(error)) {
        *error = QStringLiteral("%1: %2").arg(url.toString(), *error);
        db.close();
        return false;
    }
    return true;
}

bool Database::configure(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL lets the doctor read while a kiosk writes; FULL syncs the WAL on
    // every commit, so a submission reported saved survives a power cut.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("cannot switch to WAL mode (%1); is the file on a network share?")
                     .arg(query.lastError().text());
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
    return migrations().last().version;
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
    if (!beginWrite(error))
        return false;
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 "version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL)"),
              error)) {
        rollback();
        return false;
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        rollback();
        *error = QStringLiteral("the database has schema version %1, newer than this PreScreen knows (%2); "
                                "update PreScreen on this device")
                     .arg(current).arg(latestSchemaVersion());
        return false;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        for (const QString &sql : m.sqlite) {
            if (!exec(db, sql, error)) {
                rollback();
                *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(*error);
                return false;
            }
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_utc) VALUES (?, ?)"));
        insert.addBindValue(m.version);
        insert.addBindValue(Clock::system().now().toUTC().toString(Qt::ISODateWithMs));
        if (!insert.exec()) {
            rollback();
            *error = QStringLiteral("migration %1 failed: %2").arg(m.version).arg(insert.lastError().text());
            return false;
        }
    }
    return commit(error);
}

bool Database::beginWrite(QString *error)
{
    return exec(connection(), QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool Database::commit(QString *error)
{
    return exec(connection(), QStringLiteral("COMMIT"), error);
}

void Database::rollback()
{
    QString ignored;
    exec(connection(), QStringLiteral("ROLLBACK"), &ignored);
}
