// prescreen db migrate|grant: what the owner of the PostgreSQL tables does,
// and nobody else may: upgrade the schema, and give the kiosks' and the
// staff's roles what each needs (README, "PostgreSQL").
#include "commandline.h"

#include "auditlog.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "storeroles.h"

using namespace Cli;

int CommandLine::db(const QStringList &arguments)
{
    const QCommandLineOption kioskOption(QStringLiteral("kiosk-role"), QStringLiteral("The kiosks' login role."),
                                         QStringLiteral("ROLE"));
    const QCommandLineOption staffOption(QStringLiteral("staff-role"), QStringLiteral("The staff PCs' login role."),
                                         QStringLiteral("ROLE"));
    Options options(QStringLiteral("db"), {kioskOption, staffOption, kDbOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    const QString action = options.action({QStringLiteral("migrate"), QStringLiteral("grant")});
    if (action.isEmpty())
        return Usage;
    if (action == QLatin1String("grant") && (!options.require(kioskOption) || !options.require(staffOption)))
        return Usage;
    int exitCode = Success;
    // Opening as the owner runs the pending migrations, and refuses any other login.
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode, false, StoreLogin::Use::Owner);
    if (!db)
        return exitCode;
    if (action == QLatin1String("migrate")) {
        m_out << QStringLiteral("%1: schema version %2 (the latest this PreScreen knows)\n")
                     .arg(db->url().toString())
                     .arg(db->schemaVersion());
        m_out.flush();
        return Success;
    }
    if (db->isSqlite()) {
        m_err << "prescreen db grant: " << db->url().toString()
              << ": a SQLite file has no roles; its file permissions decide who reads it\n";
        m_err.flush();
        return BadInput;
    }
    const StoreRoles::Result granted = StoreRoles::grant(db->connection(), options.value(kioskOption), options.value(staffOption));
    if (!granted.ok) {
        m_err << "prescreen db grant: " << db->url().toString() << ": " << granted.error << "; nothing was changed\n";
        m_err.flush();
        return BadInput;
    }
    QString error;
    AuditLog audit(*db, m_clock);
    if (!audit.append(cliActor(), QStringLiteral("db_grant"), QString(),
                      QStringLiteral("kiosk role %1, staff role %2").arg(options.value(kioskOption), options.value(staffOption)),
                      &error))
        return storageUnavailable(m_err, error);
    for (const QString &line : granted.granted)
        m_out << line << "\n";
    m_out.flush();
    return Success;
}
