#pragma once

#include "ruleset.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A clinic's own cases for its rule set: a folder per case holding the
// patient's answers.json and the expected.json a doctor can read and check,
// either {"outcome": ..., "flags": [{"rule": ..., "level": ..., "questions": [...]}]}
// or, for answers the kiosk must refuse, {"refused": true, "messages": [...]}.
class RuleCases
{
public:
    struct Result
    {
        QString folder;
        // What differed between expected and actual, one line each; empty
        // when the case passes.
        QStringList differences;
        bool passed() const { return differences.isEmpty(); }
    };

    // Every case under `dir`, in name order; `dir` may also be one case
    // folder itself. `now` stands in for an answers file without submittedAt.
    static QList<Result> run(const QString &dir, const RuleSetPtr &ruleSet, const QDateTime &now);
    static Result runOne(const QString &folder, const RuleSetPtr &ruleSet, const QDateTime &now);
    // The case folders under `dir`, or `dir` alone when it is a case.
    static QStringList folders(const QString &dir);
};
