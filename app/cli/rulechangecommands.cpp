// The commands for changing the rules safely: test-rules (the clinic's own
// cases), replay (what a draft would change), rules (versions kept in the store:
// load, approve, activate, rollback, list, show).
#include "commandline.h"

#include "auditlog.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "replay.h"
#include "replayreport.h"
#include "rulecases.h"
#include "rulesetloader.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "settings.h"
#include "submissionstore.h"

#include <QJsonDocument>

using namespace Cli;

int CommandLine::testRules(const QStringList &arguments)
{
    Options options(QStringLiteral("test-rules"), {kRulesOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    if (options.positional().isEmpty()) {
        options.usageError(QStringLiteral("name the folder of cases"));
        return Usage;
    }
    const QString dir = options.positional().first();
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    const QList<RuleCases::Result> results = RuleCases::run(dir, ruleSet, m_clock.now());
    if (results.isEmpty()) {
        m_err << dir << ": no cases (a case is a folder with answers.json and expected.json)\n";
        m_err.flush();
        return BadInput;
    }
    int failed = 0;
    for (const RuleCases::Result &r : results) {
        if (r.passed())
            continue;
        ++failed;
        m_out << "FAIL " << r.folder << "\n";
        for (const QString &d : r.differences)
            m_out << "  " << d << "\n";
    }
    m_out << QStringLiteral("%1 cases, %2 passed, %3 failed (rule set %4 %5, %6)\n")
                 .arg(results.size())
                 .arg(results.size() - failed)
                 .arg(failed)
                 .arg(ruleSet->id, ruleSet->version, ruleSet->fileName);
    m_out.flush();
    return failed == 0 ? Success : BadInput;
}

namespace {

bool dateOption(Options &options, const QCommandLineOption &option, QDate *date)
{
    if (!options.isSet(option))
        return true;
    *date = QDate::fromString(options.value(option), Qt::ISODate);
    if (date->isValid() && options.value(option).size() == 10)
        return true;
    return options.usageError(QStringLiteral("--%1 \"%2\" is not a date such as 2026-11-25")
                                  .arg(option.names().first(), options.value(option)));
}

} // namespace

int CommandLine::replay(const QStringList &arguments)
{
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First clinic day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last clinic day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("text, csv or json"),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    Options options(QStringLiteral("replay"), {kRulesOption, fromOption, toOption, formatOption, outOption, kDbOption}, m_err);
    if (!options.parse(arguments) || !options.require(kRulesOption))
        return Usage;
    QDate from, to;
    if (!dateOption(options, fromOption, &from) || !dateOption(options, toOption, &to))
        return Usage;
    if (from.isValid() && to.isValid() && from > to) {
        options.usageError(QStringLiteral("--from %1 is after --to %2").arg(options.value(fromOption), options.value(toOption)));
        return Usage;
    }
    const QString format = options.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        options.usageError(QStringLiteral("--format %1: expected text, csv or json").arg(format));
        return Usage;
    }
    const RuleSetPtr draft = loadRuleSet(options.value(kRulesOption), m_err);
    if (!draft)
        return BadInput;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;

    const QTimeZone zone = Settings::clinicTimeZone();
    ReplayReport report;
    QString error;
    SubmissionStore store(*db, m_clock);
    AuditLog audit(*db, m_clock);
    const RuleSetVersions versions(*db, audit, m_clock);
    if (!Replay(draft, versions.lookup()).run(store, from, to, zone, &report, &error)) {
        m_err << "prescreen: storage unavailable: " << db->url().toString() << ": " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    QByteArray written;
    if (format == QLatin1String("csv"))
        written = ReplayReportFormat::csv(report, zone);
    else if (format == QLatin1String("json"))
        written = QJsonDocument(ReplayReportFormat::json(report, zone)).toJson(QJsonDocument::Indented);
    else
        written = ReplayReportFormat::text(report, zone).toUtf8();
    if (!writeOutput(options.value(outOption), written, m_out, m_err))
        return BadInput;
    // Nothing stored changes; that the draft was tried on patients' data is audited.
    if (!audit.append(cliActor(), QStringLiteral("rules_replay"), QString(),
                                       ReplayReportFormat::auditDetail(report), &error)) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    return Success;
}

namespace {

// A staff member signs in as themselves: the login on the command line,
// the PIN or password on standard input (never in the arguments).
std::optional<StaffAccount> signIn(StaffAccounts &accounts, const QString &login, QTextStream &err)
{
    QTextStream in(stdin);
    const QString secret = in.readLine();
    const StaffAccounts::SignIn result = accounts.signIn(login, secret);
    if (result.result == StaffAccounts::SignIn::Result::SignedIn)
        return result.account;
    switch (result.result) {
    case StaffAccounts::SignIn::Result::Locked:
        err << "prescreen rules: " << login << " is locked until " << result.retryAt.toString(Qt::ISODate) << "\n";
        break;
    case StaffAccounts::SignIn::Result::Throttled:
        err << "prescreen rules: too many wrong attempts; try again at " << result.retryAt.toString(Qt::ISODate) << "\n";
        break;
    case StaffAccounts::SignIn::Result::Disabled: err << "prescreen rules: " << login << " is disabled\n"; break;
    case StaffAccounts::SignIn::Result::StorageError: err << "prescreen rules: storage unavailable: " << result.error << "\n"; break;
    default: err << "prescreen rules: wrong login or PIN (the PIN is read from standard input)\n"; break;
    }
    err.flush();
    return std::nullopt;
}

void printVersion(QTextStream &out, const RuleSetVersion &v, const QTimeZone &zone)
{
    out << QStringLiteral("#%1 %2 %3 %4  loaded by %5 %6  %7%8\n")
               .arg(v.id)
               .arg(v.ruleSetId, v.version, v.sha256.left(12), v.loadedBy,
                    v.loadedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    v.approvedBy.isEmpty() ? QStringLiteral("not approved")
                                           : QStringLiteral("approved by %1 %2")
                                                 .arg(v.approvedBy, v.approvedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    v.active ? QStringLiteral("  ACTIVE") : QString());
}

} // namespace

int CommandLine::rules(const QStringList &arguments)
{
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("Your staff login; the PIN is read from standard input."),
                                         QStringLiteral("LOGIN"));
    Options options(QStringLiteral("rules"), {kDbOption, loginOption}, m_err);
    if (!options.parse(arguments, 2))
        return Usage;
    const QString action = options.positional().value(0);
    const QString argument = options.positional().value(1);
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("load"),
                                     QStringLiteral("approve"), QStringLiteral("activate"), QStringLiteral("rollback")};
    if (!actions.contains(action)) {
        options.usageError(QStringLiteral("expected one of: %1").arg(actions.join(QStringLiteral(", "))));
        return Usage;
    }
    const bool needsArgument = action == QLatin1String("show") || action == QLatin1String("load")
        || action == QLatin1String("approve") || action == QLatin1String("activate");
    if (needsArgument == argument.isEmpty()) {
        options.usageError(needsArgument ? QStringLiteral("rules %1 needs %2").arg(action, action == QLatin1String("load") ? QStringLiteral("a FILE") : QStringLiteral("a version number"))
                                         : QStringLiteral("rules %1 takes no argument").arg(action));
        return Usage;
    }
    const bool changes = action != QLatin1String("list") && action != QLatin1String("show");
    if (changes && !options.require(loginOption))
        return Usage;
    bool numeric = true;
    const qint64 versionId = argument.toLongLong(&numeric);
    if (needsArgument && action != QLatin1String("load") && (!numeric || versionId < 0)) {
        options.usageError(QStringLiteral("\"%1\" is not a version number (see prescreen rules list)").arg(argument));
        return Usage;
    }
    QByteArray text;
    if (action == QLatin1String("load") && !readFile(argument, &text, m_err))
        return BadInput;

    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    AuditLog audit(*db, m_clock);
    RuleSetVersions versions(*db, audit, m_clock);
    const QTimeZone zone = Settings::clinicTimeZone();
    QString error;
    if (action == QLatin1String("list")) {
        const QList<RuleSetVersion> all = versions.all(&error);
        if (!error.isEmpty()) {
            m_err << "prescreen: storage unavailable: " << error << "\n";
            m_err.flush();
            return StorageUnavailable;
        }
        for (const RuleSetVersion &v : all)
            printVersion(m_out, v, zone);
        if (std::none_of(all.cbegin(), all.cend(), [](const RuleSetVersion &v) { return v.active; }))
            m_out << "the built-in default is active\n";
        m_out.flush();
        return Success;
    }
    if (action == QLatin1String("show")) {
        const auto version = versions.byId(versionId, &error);
        if (!version) {
            m_err << "prescreen rules: " << error << "\n";
            m_err.flush();
            return BadInput;
        }
        m_out << QString::fromUtf8(version->text);
        m_out.flush();
        return Success;
    }

    StaffAccounts accounts(*db, audit, m_clock);
    const auto who = signIn(accounts, options.value(loginOption), m_err);
    if (!who)
        return BadInput;
    bool done = false;
    if (action == QLatin1String("load")) {
        const RuleSetVersions::Loaded loaded = versions.load(text, argument, *who);
        for (const Diagnostic &d : loaded.errors)
            m_err << d.toString() << "\n";
        if (loaded.version) {
            printVersion(m_out, *loaded.version, zone);
            m_out << "a doctor other than " << who->login << " approves it with: prescreen rules approve "
                  << loaded.version->id << " --login DOCTOR\n";
        }
        error = loaded.storageError;
        done = loaded.version.has_value();
    } else if (action == QLatin1String("approve")) {
        done = versions.approve(versionId, *who, &error);
    } else if (action == QLatin1String("activate")) {
        done = versions.activate(versionId, *who, &error);
    } else {
        done = versions.rollback(*who, &error);
    }
    if (!error.isEmpty())
        m_err << "prescreen rules " << action << ": " << error << "\n";
    if (done && action != QLatin1String("load")) {
        const auto active = versions.active(&error);
        m_out << "active: " << (active ? QStringLiteral("#%1 %2 %3").arg(active->id).arg(active->ruleSetId, active->version)
                                       : QStringLiteral("the built-in default"))
              << " (kiosks change at their next patient)\n";
    }
    m_out.flush();
    m_err.flush();
    return done ? Success : BadInput;
}
