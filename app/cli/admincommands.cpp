// prescreen admin create: the clinic's first administrator, made by someone
// at the machine's own terminal rather than by whoever touches a kiosk first.
#include "commandline.h"

#include "auditlog.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "staffaccounts.h"

using namespace Cli;

int CommandLine::admin(const QStringList &arguments)
{
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("The administrator's login."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The name shown when signed in."),
                                        QStringLiteral("NAME"));
    Options options(QStringLiteral("admin"), {loginOption, nameOption, kDbOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    if (options.action({QStringLiteral("create")}).isEmpty())
        return Usage;
    if (!options.require(loginOption))
        return Usage;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    AuditLog audit(*db, m_clock);
    StaffAccounts accounts(*db, audit, m_clock);
    QString error;
    // Asked before the password is typed, so nobody types it twice for nothing.
    if (!accounts.isEmpty(&error)) {
        if (!error.isEmpty()) {
            m_err << "prescreen: storage unavailable: " << db->url().toString() << ": " << error << "\n";
            m_err.flush();
            return StorageUnavailable;
        }
        m_err << "prescreen admin create: " << db->url().toString()
              << ": there are staff accounts already; an administrator adds the others under Accounts\n";
        m_err.flush();
        return BadInput;
    }
    const QString login = options.value(loginOption);
    const auto secret = readSecretLine("Password: ", m_err);
    const auto again = readSecretLine("Again: ", m_err);
    if (!secret || !again) {
        m_err << "prescreen admin create: the password was not given twice on standard input\n";
        m_err.flush();
        return BadInput;
    }
    if (*secret != *again) {
        m_err << "prescreen admin create: the two passwords differ; nothing was created\n";
        m_err.flush();
        return BadInput;
    }
    const QString name = options.isSet(nameOption) ? options.value(nameOption) : login;
    const auto account = accounts.createFirstAdmin(login, name, *secret, cliActor(), &error);
    if (!account) {
        m_err << "prescreen admin create: " << error << "; nothing was created\n";
        m_err.flush();
        return BadInput;
    }
    m_out << QStringLiteral("%1: administrator %2 created\n").arg(db->url().toString(), account->login);
    m_out.flush();
    return Success;
}
