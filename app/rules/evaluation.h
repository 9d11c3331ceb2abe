#pragma once

#include "outcome.h"
#include "ruleset.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

// One rule that fired, as it was evaluated at the time of submission.
struct Flag
{
    QString rule;
    Outcome level = Outcome::Review;
    QStringList questions;
    QString title;
    QString reason;
    QString section;
};

struct Evaluation
{
    Outcome outcome = Outcome::Clear;
    QList<Flag> flags;
    QString ruleSetId;
    QString ruleSetVersion;
    QString ruleSetSha256;

    QJsonObject toJson() const;
    static QJsonArray flagsToJson(const QList<Flag> &flags);
    static QList<Flag> flagsFromJson(const QJsonArray &array);
};

// Applies a rule set to a patient's answers. Hidden questions are treated as
// unanswered whatever the answers hold, so they can never fire a rule.
class Evaluator
{
public:
    explicit Evaluator(RuleSetPtr ruleSet);

    // The questions shown for these answers, on the given submission day.
    QSet<QString> visibleQuestions(const QVariantMap &answers, const QDate &day) const;
    Evaluation evaluate(const QVariantMap &answers, const QDate &day) const;

    const RuleSet &ruleSet() const { return *m_ruleSet; }

private:
    RuleSetPtr m_ruleSet;
};
