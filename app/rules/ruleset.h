#pragma once

#include "condition.h"
#include "outcome.h"
#include "question.h"

#include <QList>
#include <QString>

#include <memory>

struct Rule
{
    QString id;
    Outcome level = Outcome::Review;
    std::shared_ptr<const Condition> when;
    // A few words for lists where the reason does not fit: the doctor's
    // queue, the paper summary. Optional; lists fall back to the id.
    QString title;
    // Shown to the doctor beside the flagged answers.
    QString reason;
    // The section of the clinic's article that the rule comes from.
    QString section;
    SourceLocation where;
};

// A questionnaire and its rules as loaded from a file under rules/. Loading
// checks everything, so a RuleSet that exists is always consistent: every id
// a condition names exists and has the right type, and visibility has no cycle.
struct RuleSet
{
    QString id;
    QString version;
    QString title;
    QString source;
    // The day this version was settled (FHIR's Questionnaire.date); optional.
    QDate date;
    QString fileName;
    // Hex SHA-256 of the file's bytes, stored with every submission.
    QString sha256;
    QList<Question> questions;
    QList<Rule> rules;
    // Question indexes ordered so that every question comes after the
    // questions its visibility depends on.
    QList<int> visibilityOrder;

    const Question *question(const QString &questionId) const;
    const Rule *rule(const QString &ruleId) const;
    // The questions that these questions open: those shown only because of
    // their answers, such as cancer_detail for cancer. In file order.
    QStringList followUps(const QStringList &questionIds) const;
};

using RuleSetPtr = std::shared_ptr<const RuleSet>;
