#pragma once

// What the commands share: option parsing with DESIGN's exit codes, the rule
// set and answers file read and checked, the database opened, the actor named.

#include "commandline.h"
#include "evaluation.h"
#include "ruleset.h"
#include "storelogin.h"
#include "submission.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

class Clock;
class Database;
class Translations;

namespace Cli {

extern const QCommandLineOption kAnswersOption;
extern const QCommandLineOption kRulesOption;
extern const QCommandLineOption kDbOption;

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
        m_err << "prescreen " << m_command << ": " << message << "\nUsage: prescreen "
              << CommandLine::synopsis(m_command) << "\n";
        m_err.flush();
        return false;
    }

    // The command's action, the first word after it, when it is one of
    // `actions`; else a usage error naming them ("expected \"db migrate\" or
    // \"db grant\"") and an empty string.
    QString action(const QStringList &actions)
    {
        const QString given = positional().value(0);
        if (actions.contains(given))
            return given;
        QStringList quoted;
        for (const QString &a : actions)
            quoted << QStringLiteral("\"%1 %2\"").arg(m_command, a);
        const QString last = quoted.takeLast();
        usageError(QStringLiteral("expected ") + (quoted.isEmpty() ? last : quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last));
        return {};
    }

    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QString m_command;
    QTextStream &m_err;
};

RuleSetPtr loadRuleSet(const QString &path, QTextStream &err, bool printWarnings = false);
// For the commands that take one optional rule set file and nothing else.
RuleSetPtr ruleSetArgument(const QString &command, const QStringList &arguments, QTextStream &err, int *exitCode,
                           bool printWarnings = false);
bool readFile(const QString &path, QByteArray *data, QTextStream &err);
// `data` to the file `path` atomically (QSaveFile), or to `out` when `path` is empty.
bool writeOutput(const QString &path, const QByteArray &data, QTextStream &out, QTextStream &err);

// What evaluate and submit share: the rule set, the answers file read and
// checked, and the evaluation.
struct CheckedAnswers
{
    RuleSetPtr ruleSet;
    Submission submission;
    Evaluation evaluation;
};
std::optional<CheckedAnswers> readAnswers(const QString &answersPath, const QString &rulesPath, const Clock &clock,
                                          QTextStream &err);

// One line from standard input (a password or PIN); without echo when it is
// a terminal. Scripts and tests pipe it in: then there is no terminal to silence.
std::optional<QString> readSecretLine(const char *prompt, QTextStream &err);

// The language named by `option` loaded into `translations`; a usage error otherwise.
bool loadLanguage(Options &options, const QCommandLineOption &option, Translations &translations);

// Who acts from the command line, as the audit log names them.
QString cliActor();

// The store named by --db (or the default), opened; a message and exit 2 or 3 otherwise.
// On PostgreSQL the login must suit `use`: staff work by default.
std::unique_ptr<Database> openDatabase(const QString &option, QTextStream &err, int *exitCode,
                                       bool readOnly = false, StoreLogin::Use use = StoreLogin::Use::Staff);
// Prints "prescreen: storage unavailable: MESSAGE" and gives exit 3.
int storageUnavailable(QTextStream &err, const QString &message);

} // namespace Cli
