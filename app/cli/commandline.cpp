#include "commandline.h"

#include "rulesetloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
};

constexpr Command kCommands[] = {
    {"check-rules", "check-rules [FILE]", "check a rule set; prints every error as file:line:column"},
    {"evaluate", "evaluate --answers FILE [--rules FILE]", "print the evaluation of an answers file as JSON"},
    {"submit", "submit --answers FILE [--db URL] [--rules FILE]", "store a submission; prints its id"},
    {"export", "export --date YYYY-MM-DD [--to YYYY-MM-DD] --format xlsx|csv|pdf|fhir --out FILE [--db URL] "
               "[--rules FILE] [--lang ja|en|zh_CN] [--codes] [--bundle collection|transaction]",
     "write a clinic day (or days): an Excel workbook, CSV, PDF for the paper file, FHIR JSON for the EHR; in words "
     "in --lang (the clinic's language by default), or ids and codes with --codes"},
    {"record", "record --uuid UUID --out FILE [--format pdf|text] [--lang ja|en|zh_CN] [--db URL]",
     "one submission for the patient's chart: A4 PDF with a box for the seal, or the chart text (audited)"},
    {"questionnaire", "questionnaire --format fhir [--rules FILE] [--lang ja|en|zh_CN] [--with-codesystems]",
     "print the rule set as a FHIR R4 Questionnaire (all three languages unless --lang)"},
    {"purge", "purge --older-than DAYS [--db URL]", "delete submissions older than DAYS days (audited)"},
    {"audit", "audit verify [--anchors FILE] [--db URL] | audit anchor --out FILE [--db URL]",
     "check that no audit row was changed, inserted or removed, and that the rows written down in FILE still hold; "
     "or write the last row down in FILE"},
    {"test-rules", "test-rules DIR [--rules FILE]",
     "run a rule set's cases (a folder per case: answers.json, expected.json); prints what differed"},
    {"replay", "replay --rules DRAFT [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db URL] [--format text|csv|json] [--out FILE]",
     "what a draft rule set would change in the stored submissions (read-only, audited)"},
    {"rules", "rules list|show N|load FILE|approve N|activate N|rollback [--login LOGIN] [--db URL]",
     "rule set versions kept in the store: an admin loads, another person, a doctor, approves (PIN on standard input)"},
    {"check", "check [--db URL]", "check the store: every page, the audit chain, what it holds (works read-only)"},
    {"backup", "backup --out FILE [--db URL]", "a checked copy of the SQLite store while kiosks keep writing (audited)"},
    {"restore", "restore --from FILE --db sqlite:PATH [--force]",
     "put a backup in place of a store; one holding submissions only with --force, kept beside it"},
    {"patient", "patient find --name N|--kana K --birth YYYY-MM-DD | export --id UUID... --out DIR | delete --id UUID... --confirmed-by LOGIN [--db URL]",
     "a patient's requests (APPI): find their submissions, export everything held (PDF, JSON), delete it (a doctor or admin confirms, PIN on stdin)"},
    {"admin", "admin create --login LOGIN [--name NAME] [--db URL]",
     "make the first administrator; the password is asked twice on the terminal (or read from stdin)"},
    {"db", "db migrate [--db URL] | db grant --kiosk-role ROLE --staff-role ROLE [--db URL]",
     "PostgreSQL, as the owner of the tables: upgrade the schema; give the kiosk's role only the storing of submissions "
     "and the reading of rule sets, the staff's role its work without schema changes or audit rewrites (audited)"},
    {"rules-strings", "rules-strings [FILE]", "print a rule set's texts as C++ for lupdate (translators' tool)"},
};

} // namespace

CommandLine::CommandLine(const Clock &clock, QTextStream &out, QTextStream &err)
    : m_clock(clock), m_out(out), m_err(err)
{
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")
        || first == QLatin1String("--version"))
        return true;
    // The kiosk's options all start with a dash: a bare word is a command,
    // and one we do not know is a usage error, not a kiosk started by mistake
    // (which made a store in the home folder).
    return !first.startsWith(u'-');
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    using Handler = int (CommandLine::*)(const QStringList &);
    const QList<QPair<QString, Handler>> handlers{
        {QStringLiteral("check-rules"), &CommandLine::checkRules},
        {QStringLiteral("evaluate"), &CommandLine::evaluate},
        {QStringLiteral("submit"), &CommandLine::submit},
        {QStringLiteral("export"), &CommandLine::exportDay},
        {QStringLiteral("rules-strings"), &CommandLine::rulesStrings},
        {QStringLiteral("audit"), &CommandLine::audit},
        {QStringLiteral("questionnaire"), &CommandLine::questionnaire},
        {QStringLiteral("record"), &CommandLine::record},
        {QStringLiteral("purge"), &CommandLine::purge},
        {QStringLiteral("test-rules"), &CommandLine::testRules},
        {QStringLiteral("replay"), &CommandLine::replay},
        {QStringLiteral("rules"), &CommandLine::rules},
        {QStringLiteral("check"), &CommandLine::check},
        {QStringLiteral("backup"), &CommandLine::backup},
        {QStringLiteral("restore"), &CommandLine::restore},
        {QStringLiteral("admin"), &CommandLine::admin},
        {QStringLiteral("db"), &CommandLine::db},
        {QStringLiteral("patient"), &CommandLine::patient},
    };
    for (const auto &[name, handler] : handlers) {
        if (command == name)
            return (this->*handler)(rest);
    }
    if (command == QLatin1String("--version"))
        return version();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help();
    m_err << "prescreen: unknown command \"" << command.left(60) << "\"; prescreen --help lists the commands\n";
    m_err.flush();
    return Usage;
}

int CommandLine::help()
{
    m_out << "Usage: prescreen [--kiosk] [--db URL] [--rules FILE] [--lang ja|en|zh_CN]   the kiosk GUI\n"
          << "       prescreen COMMAND [OPTIONS]\n\nCommands:\n";
    for (const Command &c : kCommands)
        m_out << QStringLiteral("  %1\n      %2\n").arg(QLatin1String(c.synopsis), QLatin1String(c.summary));
    m_out << "\n--db defaults to $PRESCREEN_DB, then a SQLite file in the application data folder.\n"
          << "Exit status: 0 success, 1 bad input, 2 usage, 3 storage unavailable.\n";
    m_out.flush();
    return Success;
}

int CommandLine::version()
{
    m_out << "prescreen " << QCoreApplication::applicationVersion() << "\n";
    // The built-in rule set, then any shipped beside the executable (the package's /usr/share/prescreen/rules).
    QStringList files{RuleSetLoader::builtInPath()};
    const QDir shipped(RuleSetLoader::installedRulesDir());
    for (const QString &name : shipped.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name))
        files << shipped.filePath(name);
    for (const QString &file : files) {
        const RuleSetLoader::Result result = RuleSetLoader::loadFile(file);
        if (result.ruleSet)
            m_out << "rule set " << result.ruleSet->id << " " << result.ruleSet->version << " (" << file << ")\n";
        else
            m_out << "rule set " << file << ": does not load (prescreen check-rules " << file << ")\n";
    }
    m_out.flush();
    return Success;
}

QString CommandLine::synopsis(const QString &command)
{
    for (const Command &c : kCommands) {
        if (command == QLatin1String(c.name))
            return QLatin1String(c.synopsis);
    }
    return {};
}
