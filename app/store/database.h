#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "storelogin.h"

#include <map>
#include <optional>

// Where the store is: `sqlite:PATH` or
// `postgresql://USER@HOST:PORT/DBNAME[?sslmode=...&sslrootcert=...]`.
struct DatabaseUrl
{
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString path; // SQLite
    QString user, host, databaseName;
    int port = 5432;
    // libpq's TLS settings from the URL's query, in the order given:
    // sslmode, sslrootcert, sslcert, sslkey.
    QList<std::pair<QString, QString>> tls;
    // `insecure=allow`: the administrator accepts a connection to another
    // machine whose server certificate is not checked.
    bool insecureAllowed = false;

    // Null with `error` set when the text is not a URL of either form, has
    // a parameter we do not know, or would send patient data to another
    // machine without a checked certificate. Decided on the text alone: no
    // name is looked up and nothing is connected.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // For messages and for handing on: never holds a password.
    QString toString() const;
    // QPSQL's connect options for this URL (timeout, name, TLS settings).
    QString connectOptions() const;
};

// One open connection with the schema migrated to the version this build
// knows. Writes go through write transactions that serialise with other
// processes sharing the same store.
class QSqlQuery;

class Database
{
public:
    // ReadOnly opens a SQLite file without writing to it (no migration, no
    // pragma that writes): for checks and copies of a file the user may only read.
    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, sets the durability pragmas and runs pending migrations. On
    // PostgreSQL, migrations run only for the login that owns the tables,
    // and the login is refused when it does not suit `use` (StoreLogin).
    bool open(const DatabaseUrl &url, QString *error, Access access = Access::ReadWrite,
              StoreLogin::Use use = StoreLogin::Use::Unchecked);
    bool isOpen() const;
    // Opens the same store again, after the server went away and came back.
    bool reopen(QString *error);

    QSqlDatabase connection() const;
    // A statement prepared once on this connection and kept for the next
    // call: preparing the submission's INSERT anew was a third of the work
    // of a submit. Bind and exec it as usual; null with `error` set if the
    // statement does not prepare. Valid until the connection closes.
    QSqlQuery *prepared(const QString &sql, QString *error);
    const DatabaseUrl &url() const { return m_url; }
    // What the login may do (on SQLite: everything), read at open.
    const StoreLogin &login() const { return m_login; }
    bool isSqlite() const;
    // Whether `path` is, under any name or link, the SQLite file or its -wal
    // or -shm. Nothing else in this process may open those: closing any
    // descriptor of the file drops all of the process's SQLite locks.
    bool isOneOfItsFiles(const QString &path) const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    // A query's failure in plain words that name the store: damaged, not a
    // database, read-only, disk full, server gone.
    QString describe(const QSqlError &error) const;
    // After `while (query.next())`: a damaged page ends the loop early and
    // looks like the end of the data. True, with `error` set, when the loop
    // ended on an error rather than at the last row.
    bool readFailed(const QSqlQuery &query, QString *error) const;
    // SQLite's quick_check: the structure of every page (not the index
    // contents), fast enough for every start. PostgreSQL checks itself.
    bool quickCheck(QString *error) const;
    // SQLite: moves the write-ahead log into the main file and empties it.
    bool checkpoint(QString *error);

    // SQLite takes the write lock at BEGIN, so that two kiosks never both
    // read and then deadlock upgrading to write; the busy timeout makes the
    // second one wait its turn.
    bool beginWrite(QString *error);
    // Inside a write transaction: tells the other processes watching the
    // store (ChangeWatch) once the transaction commits. PostgreSQL only.
    bool notifyChange(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    bool configure(QString *error);
    bool openPostgreSql(QString *error);
    bool migrate(QString *error);
    bool migrateAsOwner(QString *error);
    bool checkSchemaWithoutMigrating(QString *error);

    // Before the connection closes, the statements prepared on it go.
    void forgetStatements();

    std::map<QString, QSqlQuery> m_statements;
    QString m_connectionName;
    DatabaseUrl m_url;
    Access m_access = Access::ReadWrite;
    StoreLogin::Use m_use = StoreLogin::Use::Unchecked;
    StoreLogin m_login = StoreLogin::localFile();
};
