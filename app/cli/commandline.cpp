#include "commandline.h"

#include "answersfile.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "reviewstore.h"
#include "evaluation.h"
#include "dayexport.h"
#include "fhirexport.h"
#include "retention.h"
#include "rulesetloader.h"
#include "rulesettext.h"
#include "settings.h"
#include "submissioncheck.h"
#include "submissionstore.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <memory>

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
    {"export", "export --date YYYY-MM-DD --format csv|pdf|fhir --out FILE [--db URL] [--lang ja|en|zh_CN]",
     "write one clinic day: CSV for Excel, PDF for the paper file (in --lang), FHIR JSON for the EHR"},
    {"questionnaire", "questionnaire --format fhir [--rules FILE]", "print the rule set as a FHIR R4 Questionnaire"},
    {"purge", "purge --older-than DAYS [--db URL]", "delete submissions older than DAYS days (audited)"},
    {"audit", "audit verify [--db URL]", "check that no audit row was changed, inserted or removed"},
    {"rules-strings", "rules-strings [FILE]", "print a rule set's texts as C++ for lupdate (translators' tool)"},
};

const QCommandLineOption kAnswersOption(QStringLiteral("answers"), QStringLiteral("The answers file (JSON)."),
                                        QStringLiteral("FILE"));
const QCommandLineOption kRulesOption(QStringLiteral("rules"),
                                      QStringLiteral("The rule set file; the built-in exosome-screening by default."),
                                      QStringLiteral("FILE"));
const QCommandLineOption kDbOption(QStringLiteral("db"),
                                   QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME."),
                                   QStringLiteral("URL"));

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
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return false;
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
        {QStringLiteral("purge"), &CommandLine::purge},
    };
    for (const auto &[name, handler] : handlers) {
        if (command == name)
            return (this->*handler)(rest);
    }
    if (command == QLatin1String("--version"))
        return version();
    return help();
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

namespace {

// Parses one command's options; reports usage errors as DESIGN's exit 2.
class Options
{
public:
    Options(const QString &command, const QList<QCommandLineOption> &options, QTextStream &err)
        : m_command(command), m_err(err)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOptions(options);
    }

    bool parse(const QStringList &arguments, int maxPositional = 0)
    {
        if (!m_parser.parse(QStringList{QStringLiteral("prescreen")} + arguments))
            return usageError(m_parser.errorText());
        if (m_parser.positionalArguments().size() > maxPositional)
            return usageError(QStringLiteral("unexpected argument \"%1\"")
                                  .arg(m_parser.positionalArguments().value(maxPositional)));
        return true;
    }

    bool require(const QCommandLineOption &option)
    {
        if (m_parser.isSet(option))
            return true;
        return usageError(QStringLiteral("--%1 is required").arg(option.names().first()));
    }

    bool usageError(const QString &message)
    {
        for (const Command &c : kCommands) {
            if (m_command == QLatin1String(c.name))
                m_err << "prescreen " << m_command << ": " << message << "\nUsage: prescreen " << c.synopsis << "\n";
        }
        m_err.flush();
        return false;
    }

    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QString m_command;
    QTextStream &m_err;
};

RuleSetPtr loadRuleSet(const QString &path, QTextStream &err)
{
    const RuleSetLoader::Result result = RuleSetLoader::loadFile(path.isEmpty() ? RuleSetLoader::builtInPath() : path);
    for (const Diagnostic &d : result.errors)
        err << d.toString() << "\n";
    err.flush();
    return result.ruleSet;
}

// For the commands that take one optional rule set file and nothing else.
RuleSetPtr ruleSetArgument(const QString &command, const QStringList &arguments, QTextStream &err, int *exitCode)
{
    Options options(command, {}, err);
    if (!options.parse(arguments, 1)) {
        *exitCode = CommandLine::Usage;
        return nullptr;
    }
    *exitCode = CommandLine::BadInput;
    return loadRuleSet(options.positional().value(0), err);
}

bool readFile(const QString &path, QByteArray *data, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read: " << file.errorString() << "\n";
        err.flush();
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

int CommandLine::checkRules(const QStringList &arguments)
{
    int exitCode = Success;
    const RuleSetPtr ruleSet = ruleSetArgument(QStringLiteral("check-rules"), arguments, m_err, &exitCode);
    if (!ruleSet)
        return exitCode;
    m_out << QStringLiteral("%1: rule set %2 %3 is valid: %4 questions, %5 rules (sha256 %6)\n")
                 .arg(ruleSet->fileName, ruleSet->id, ruleSet->version)
                 .arg(ruleSet->questions.size())
                 .arg(ruleSet->rules.size())
                 .arg(ruleSet->sha256);
    m_out.flush();
    return Success;
}

namespace {

// What evaluate and submit share: the rule set, the answers file read and
// checked, and the evaluation.
struct CheckedAnswers
{
    RuleSetPtr ruleSet;
    Submission submission;
    Evaluation evaluation;
};

std::optional<CheckedAnswers> readAnswers(const QString &answersPath, const QString &rulesPath, const Clock &clock,
                                          QTextStream &err)
{
    CheckedAnswers checked;
    checked.ruleSet = loadRuleSet(rulesPath, err);
    if (!checked.ruleSet)
        return std::nullopt;
    QByteArray data;
    if (!readFile(answersPath, &data, err))
        return std::nullopt;
    AnswersFile::Result parsed = AnswersFile::parse(data, *checked.ruleSet, clock.now());
    QStringList problems = parsed.problems;
    if (problems.isEmpty() || !problems.first().contains(QLatin1String("malformed JSON"))) {
        // A field refused while reading is not also "required": one message a field.
        const auto field = [](const QString &problem) { return problem.section(QStringLiteral(": "), 0, 0); };
        QSet<QString> reported;
        for (const QString &p : std::as_const(parsed.problems))
            reported.insert(field(p));
        for (const QString &p : SubmissionCheck(checked.ruleSet).problems(parsed.submission)) {
            if (!reported.contains(field(p)))
                problems << p;
        }
    }
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err << answersPath << ": " << p << "\n";
        err << answersPath << ": refused, nothing was stored\n";
        err.flush();
        return std::nullopt;
    }
    checked.submission = parsed.submission;
    checked.evaluation = Evaluator(checked.ruleSet).evaluate(checked.submission.answers, checked.submission.day());
    return checked;
}

// Who acts from the command line, as the audit log names them.
QString cliActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

std::unique_ptr<Database> openDatabase(const QString &option, QTextStream &err, int *exitCode)
{
    QString error;
    const auto url = DatabaseUrl::parse(option.isEmpty() ? Settings::defaultDatabaseUrl() : option, &error);
    if (!url) {
        err << "prescreen: " << error << "\n";
        err.flush();
        *exitCode = CommandLine::Usage;
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(*url, &error)) {
        err << "prescreen: storage unavailable: " << error << "\n";
        err.flush();
        *exitCode = CommandLine::StorageUnavailable;
        return nullptr;
    }
    return db;
}

} // namespace

int CommandLine::evaluate(const QStringList &arguments)
{
    Options options(QStringLiteral("evaluate"), {kAnswersOption, kRulesOption}, m_err);
    if (!options.parse(arguments) || !options.require(kAnswersOption))
        return Usage;
    const auto checked = readAnswers(options.value(kAnswersOption), options.value(kRulesOption), m_clock, m_err);
    if (!checked)
        return BadInput;
    m_out << QJsonDocument(checked->evaluation.toJson()).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int CommandLine::submit(const QStringList &arguments)
{
    Options options(QStringLiteral("submit"), {kAnswersOption, kDbOption, kRulesOption}, m_err);
    if (!options.parse(arguments) || !options.require(kAnswersOption))
        return Usage;
    const auto checked = readAnswers(options.value(kAnswersOption), options.value(kRulesOption), m_clock, m_err);
    if (!checked)
        return BadInput;
    // A device clock a little ahead is tolerated; a submission from the
    // future is a typo or a wrong clock, and would sort wrongly for the doctor.
    if (checked->submission.submittedAt > m_clock.now().addSecs(300)) {
        m_err << options.value(kAnswersOption) << ": submittedAt: "
              << checked->submission.submittedAt.toString(Qt::ISODate)
              << " is in the future; check the device clock\n";
        m_err.flush();
        return BadInput;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const auto stored = SubmissionStore(*db, m_clock).save(checked->submission, checked->evaluation, &error);
    if (!stored) {
        m_err << "prescreen: storage unavailable: " << db->url().toString() << ": " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << stored->submission.uuid << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::exportDay(const QStringList &arguments)
{
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("The clinic day."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv"), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The PDF's language."),
                                        QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    Options options(QStringLiteral("export"), {dateOption, formatOption, outOption, kDbOption, kRulesOption, langOption},
                    m_err);
    if (!options.parse(arguments) || !options.require(dateOption) || !options.require(formatOption)
        || !options.require(outOption))
        return Usage;
    const QDate day = QDate::fromString(options.value(dateOption), Qt::ISODate);
    if (!day.isValid() || options.value(dateOption).size() != 10) {
        options.usageError(QStringLiteral("--date \"%1\" is not a date such as 2026-11-25").arg(options.value(dateOption)));
        return Usage;
    }
    const QString format = options.value(formatOption);
    const auto exportFormat = DayExport::formatFromName(format);
    if (!exportFormat) {
        options.usageError(QStringLiteral("--format %1: expected csv, pdf or fhir").arg(format));
        return Usage;
    }
    // The paper summary's headings, results and rule titles; CSV columns and
    // FHIR stay ids, since Excel formulas and the EHR read them.
    Translations translations;
    const QString language = options.value(langOption);
    if (!Languages::supported().contains(language) || !translations.load(language)) {
        options.usageError(QStringLiteral("--lang %1: expected %2").arg(language, Languages::supported().join(QStringLiteral(", "))));
        return Usage;
    }
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    SubmissionStore store(*db, m_clock);
    AuditLog audit(*db, m_clock);
    ReviewStore reviews(*db, audit, m_clock);
    const QList<QueueEntry> submissions = DoctorQueue(store, reviews, *db).load(day, zone, &error, DoctorQueue::Order::ByTime);
    if (!error.isEmpty()) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    if (!DayExport::write(*exportFormat, options.value(outOption), day, zone, submissions, *ruleSet, m_clock.now(),
                          &error)) {
        m_err << error << "\n";
        m_err.flush();
        return BadInput;
    }
    if (!audit.append(cliActor(), QStringLiteral("export"), QString(),
                                       QStringLiteral("%1 %2: %3 submissions to %4")
                                           .arg(format, day.toString(Qt::ISODate))
                                           .arg(submissions.size())
                                           .arg(options.value(outOption)),
                                       &error)) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << QStringLiteral("%1: %2 submissions of %3\n")
                 .arg(options.value(outOption))
                 .arg(submissions.size())
                 .arg(day.toString(Qt::ISODate));
    m_out.flush();
    return Success;
}

int CommandLine::rulesStrings(const QStringList &arguments)
{
    int exitCode = Success;
    const RuleSetPtr ruleSet = ruleSetArgument(QStringLiteral("rules-strings"), arguments, m_err, &exitCode);
    if (!ruleSet)
        return exitCode;
    m_out << RuleSetText::lupdateSource(*ruleSet);
    m_out.flush();
    return Success;
}

int CommandLine::audit(const QStringList &arguments)
{
    Options options(QStringLiteral("audit"), {kDbOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    if (options.positional().value(0) != QLatin1String("verify")) {
        options.usageError(QStringLiteral("expected \"audit verify\""));
        return Usage;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const AuditLog::Verification v = AuditLog(*db, m_clock).verify(&error);
    if (!error.isEmpty()) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    if (!v.intact) {
        m_err << "prescreen audit verify: " << db->url().toString() << ": the audit log was tampered with: "
              << v.problem << "\n";
        m_err.flush();
        return BadInput;
    }
    m_out << QStringLiteral("%1: audit log intact, %2 rows, last hash %3\n")
                 .arg(db->url().toString())
                 .arg(v.rows)
                 .arg(v.lastHash);
    m_out.flush();
    return Success;
}

int CommandLine::questionnaire(const QStringList &arguments)
{
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("fhir"), QStringLiteral("FORMAT"));
    Options options(QStringLiteral("questionnaire"), {formatOption, kRulesOption}, m_err);
    if (!options.parse(arguments) || !options.require(formatOption))
        return Usage;
    if (options.value(formatOption) != QLatin1String("fhir")) {
        options.usageError(QStringLiteral("--format %1: expected fhir").arg(options.value(formatOption)));
        return Usage;
    }
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    m_out << QJsonDocument(FhirExport::questionnaire(*ruleSet)).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int CommandLine::purge(const QStringList &arguments)
{
    const QCommandLineOption olderOption(QStringLiteral("older-than"), QStringLiteral("Days to keep."),
                                         QStringLiteral("DAYS"));
    Options options(QStringLiteral("purge"), {olderOption, kDbOption}, m_err);
    if (!options.parse(arguments) || !options.require(olderOption))
        return Usage;
    bool ok = false;
    const int days = options.value(olderOption).toInt(&ok);
    if (!ok || days < 1) {
        options.usageError(QStringLiteral("--older-than \"%1\" is not a whole number of days, 1 or more")
                               .arg(options.value(olderOption)));
        return Usage;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    AuditLog audit(*db, m_clock);
    const Retention::Result result = Retention(*db, audit, m_clock).purgeOlderThan(days, cliActor());
    if (!result.ok) {
        m_err << "prescreen: storage unavailable: " << db->url().toString() << ": " << result.error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << QStringLiteral("%1: purged %2 submissions from before %3\n")
                 .arg(db->url().toString())
                 .arg(result.purged)
                 .arg(result.before.toString(Qt::ISODate));
    m_out.flush();
    return Success;
}
