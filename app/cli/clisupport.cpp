#include "clisupport.h"

#include "answersfile.h"
#include "clock.h"
#include "database.h"
#include "outputfile.h"
#include "rulesetloader.h"
#include "settings.h"
#include "translations.h"

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

#include <QFile>
#include <QSaveFile>

#include <pwd.h>
#include <unistd.h>

namespace Cli {

const QCommandLineOption kAnswersOption(QStringLiteral("answers"), QStringLiteral("The answers file (JSON)."),
                                        QStringLiteral("FILE"));
const QCommandLineOption kRulesOption(QStringLiteral("rules"),
                                      QStringLiteral("The rule set file; the built-in exosome-screening by default."),
                                      QStringLiteral("FILE"));
const QCommandLineOption kDbOption(QStringLiteral("db"),
                                   QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME."),
                                   QStringLiteral("URL"));

RuleSetPtr loadRuleSet(const QString &path, QTextStream &err, bool printWarnings)
{
    const RuleSetLoader::Result result = RuleSetLoader::loadFile(path.isEmpty() ? RuleSetLoader::builtInPath() : path);
    for (const Diagnostic &d : result.errors)
        err << d.toString() << "\n";
    if (printWarnings) {
        for (const Diagnostic &d : result.warnings)
            err << d.toString() << "\n";
    }
    err.flush();
    return result.ruleSet;
}

RuleSetPtr ruleSetArgument(const QString &command, const QStringList &arguments, QTextStream &err, int *exitCode,
                           bool printWarnings)
{
    Options options(command, {}, err);
    if (!options.parse(arguments, 1)) {
        *exitCode = CommandLine::Usage;
        return nullptr;
    }
    *exitCode = CommandLine::BadInput;
    return loadRuleSet(options.positional().value(0), err, printWarnings);
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

bool writeOutput(const QString &path, const QByteArray &data, QTextStream &out, QTextStream &err)
{
    if (path.isEmpty()) {
        out << QString::fromUtf8(data);
        out.flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !OutputFile::commitPrivately(file)) {
        err << path << ": cannot write: " << file.errorString() << "\n";
        err.flush();
        return false;
    }
    return true;
}

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
    const AnswersFile::Result parsed = AnswersFile::read(data, checked.ruleSet, clock.now());
    const QStringList &problems = parsed.problems;
    if (!problems.isEmpty()) {
        // A handful says what is wrong; 100,000 lines would hide it.
        constexpr int kShown = 10;
        for (const QString &p : problems.mid(0, kShown))
            err << answersPath << ": " << p << "\n";
        if (problems.size() > kShown)
            err << answersPath << ": ... and " << (problems.size() - kShown) << " more problems\n";
        err << answersPath << ": refused, nothing was stored\n";
        err.flush();
        return std::nullopt;
    }
    checked.submission = parsed.submission;
    checked.evaluation = Evaluator(checked.ruleSet).evaluate(checked.submission.answers, checked.submission.day());
    return checked;
}

QString cliActor()
{
    // $USER is unset under cron, systemd units and `env -i`; the account the
    // process runs as is still known, and the audit log must name someone.
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (user.isEmpty()) {
        if (const passwd *account = getpwuid(getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
    if (user.isEmpty())
        user = QStringLiteral("uid %1").arg(getuid());
    return QStringLiteral("cli:") + user;
}

int storageUnavailable(QTextStream &err, const QString &message)
{
    err << "prescreen: storage unavailable: " << message << "\n";
    err.flush();
    return CommandLine::StorageUnavailable;
}

std::unique_ptr<Database> openDatabase(const QString &option, QTextStream &err, int *exitCode, bool readOnly,
                                       StoreLogin::Use use)
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
    if (!db->open(*url, &error, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite, use)) {
        err << "prescreen: storage unavailable: " << error << "\n";
        err.flush();
        *exitCode = CommandLine::StorageUnavailable;
        return nullptr;
    }
    return db;
}

// One line from standard input; without echo when it is a terminal. Scripts
// and tests pipe the password in: then there is no terminal to silence.
std::optional<QString> readSecretLine(const char *prompt, QTextStream &err)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    bool ended = false;
    while (!ended) {
        const int c = std::getchar();
        if (c == EOF && line.empty())
            break;
        ended = c == EOF || c == '\n';
        if (!ended && c != '\r')
            line.push_back(char(c));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << "\n";
        err.flush();
    }
    if (!ended)
        return std::nullopt;
    const QString secret = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

bool loadLanguage(Options &options, const QCommandLineOption &option, Translations &translations)
{
    const QString language = options.value(option);
    if (Languages::supported().contains(language) && translations.load(language))
        return true;
    options.usageError(QStringLiteral("--lang %1: expected %2").arg(language, Languages::supported().join(QStringLiteral(", "))));
    return false;
}

} // namespace Cli
