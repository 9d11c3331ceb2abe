// The commands that keep the clinic's data safe: check, backup, restore.
#include "commandline.h"

#include "backup.h"
#include "clisupport.h"
#include "database.h"
#include "restore.h"
#include "storecheck.h"

using namespace Cli;

int CommandLine::check(const QStringList &arguments)
{
    Options options(QStringLiteral("check"), {kDbOption}, m_err);
    if (!options.parse(arguments))
        return Usage;
    int exitCode = Success;
    // Read-only, so that a copy on a write-protected stick can be checked.
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode, true);
    if (!db)
        return exitCode;
    const StoreReport report = StoreCheck(*db, m_clock).run();
    if (!report.ok()) {
        m_err << "prescreen check: " << db->url().toString() << ": NOT OK\n";
        for (const QString &problem : report.problems)
            m_err << problem << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << db->url().toString() << ": OK: " << (db->isSqlite() ? "every page readable, " : "")
          << "audit chain intact, " << report.summary() << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::backup(const QStringList &arguments)
{
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The backup file to write."),
                                       QStringLiteral("FILE"));
    Options options(QStringLiteral("backup"), {outOption, kDbOption}, m_err);
    if (!options.parse(arguments) || !options.require(outOption))
        return Usage;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    if (!db->isSqlite()) {
        m_err << "prescreen backup: " << db->url().toString()
              << " is a PostgreSQL server; back it up on the server with pg_dump, for instance nightly:\n"
              << "  pg_dump --format=custom --file=/var/backups/prescreen/prescreen-$(date +%F).dump "
              << db->url().databaseName << "\n"
              << "and restore with pg_restore (see the README, \"Several tablets and PCs\").\n";
        m_err.flush();
        return Usage;
    }
    const Backup::Result result = Backup(*db, m_clock).writeTo(options.value(outOption), cliActor());
    if (!result.ok) {
        m_err << "prescreen backup: " << result.error << "; no backup was written\n";
        m_err.flush();
        return result.badTarget ? BadInput : StorageUnavailable;
    }
    m_out << options.value(outOption) << ": backup of " << db->url().toString() << " checked: "
          << result.copy.summary() << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::restore(const QStringList &arguments)
{
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("The backup file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace a store that holds submissions (it is kept beside)."));
    Options options(QStringLiteral("restore"), {fromOption, kDbOption, forceOption}, m_err);
    if (!options.parse(arguments) || !options.require(fromOption) || !options.require(kDbOption))
        return Usage;
    QString error;
    const auto url = DatabaseUrl::parse(options.value(kDbOption), &error);
    if (!url) {
        options.usageError(error);
        return Usage;
    }
    if (url->kind != DatabaseUrl::Kind::SQLite) {
        options.usageError(QStringLiteral("restore writes a SQLite file (--db sqlite:PATH); restore a PostgreSQL "
                                          "server with pg_restore"));
        return Usage;
    }
    const Restore::Result result =
        Restore(m_clock).run(options.value(fromOption), url->path, options.isSet(forceOption), cliActor());
    if (!result.ok) {
        m_err << "prescreen restore: " << result.error << "\n";
        m_err.flush();
        return result.refused ? BadInput : StorageUnavailable;
    }
    m_out << url->toString() << ": restored from " << options.value(fromOption) << ": " << result.restored.summary()
          << "\n";
    if (!result.keptAs.isEmpty())
        m_out << "the replaced store is kept as " << result.keptAs << "\n";
    m_out.flush();
    return Success;
}
