// The commands for changing the rules safely: test-rules (the clinic's own
// cases), replay (what a draft would change), rules (versions kept in the store).
#include "commandline.h"

#include "auditlog.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "replay.h"
#include "replayreport.h"
#include "rulecases.h"
#include "rulesetloader.h"
#include "settings.h"
#include "submissionstore.h"

#include <QDir>
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

// The rule sets stored submissions may have been made under, by SHA-256:
// the built-in one and those the package ships.
Replay::RuleSetLookup knownRuleSets()
{
    auto known = std::make_shared<QHash<QString, RuleSetPtr>>();
    QStringList files{RuleSetLoader::builtInPath()};
    const QDir shipped(RuleSetLoader::installedRulesDir());
    for (const QString &name : shipped.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name))
        files << shipped.filePath(name);
    for (const QString &file : files) {
        if (const RuleSetPtr ruleSet = RuleSetLoader::loadFile(file).ruleSet)
            known->insert(ruleSet->sha256, ruleSet);
    }
    return [known](const QString &sha256) { return known->value(sha256); };
}

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
    if (!Replay(draft, knownRuleSets()).run(store, from, to, zone, &report, &error)) {
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
    if (!AuditLog(*db, m_clock).append(cliActor(), QStringLiteral("rules_replay"), QString(),
                                       ReplayReportFormat::auditDetail(report), &error)) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    return Success;
}
