#pragma once

#include <QStringList>
#include <QTextStream>

class Clock;
class Database;

// The headless commands of DESIGN.md. Exit status is a contract that
// scripts depend on.
class CommandLine
{
public:
    enum ExitCode { Success = 0, BadInput = 1, Usage = 2, StorageUnavailable = 3 };

    CommandLine(const Clock &clock, QTextStream &out, QTextStream &err);

    // True when `arguments` (without the program name) name a headless
    // command rather than the GUI.
    static bool isCommand(const QStringList &arguments);
    int run(const QStringList &arguments);
    // The command's usage line, for its error messages.
    static QString synopsis(const QString &command);

private:
    int help();
    int version();
    int checkRules(const QStringList &arguments);
    int evaluate(const QStringList &arguments);
    int submit(const QStringList &arguments);
    int exportDay(const QStringList &arguments);
    int rulesStrings(const QStringList &arguments);
    int audit(const QStringList &arguments);
    int auditAnchor(Database &db, const QString &file);
    int questionnaire(const QStringList &arguments);
    int purge(const QStringList &arguments);
    int record(const QStringList &arguments);
    int testRules(const QStringList &arguments);
    int replay(const QStringList &arguments);
    int rules(const QStringList &arguments);
    int check(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int admin(const QStringList &arguments);
    int db(const QStringList &arguments);
    int patient(const QStringList &arguments);

    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};
