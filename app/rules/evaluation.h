#pragma once

#include "outcome.h"
#include "ruleset.h"

#include <QJsonObject>
#include <QHash>
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

// Applies a rule set to a patient's answers. A question is shown when its
// condition is true (Unknown hides it); a hidden question is unanswered
// whatever the answers hold, and a rule fires only when its condition is
// true, so a hidden question never fires a rule.
//
// The answers are read once into one typed slot per question; the compiled
// conditions then read slotValues by number. Cheap to make (a few small tables),
// so callers may make one per use.
class Evaluator
{
public:
    explicit Evaluator(RuleSetPtr ruleSet);

    // The questions shown for these answers, on the given submission day.
    QSet<QString> visibleQuestions(const QVariantMap &answers, const QDate &day) const;
    Evaluation evaluate(const QVariantMap &answers, const QDate &day) const;

    const RuleSet &ruleSet() const { return *m_ruleSet; }

private:
    // Fills one slot per question (rule-set order) from the answers, then
    // empties the slotValues of hidden questions; `shown` gets one flag per question.
    void settle(const QVariantMap &answers, const QDate &day, AnswerSlot *slotValues, bool *shown) const;

    RuleSetPtr m_ruleSet;
    QHash<QString, int> m_index; // question id to its index (and slot)
    // For each condition, the slot of each question it reads, concatenated;
    // a question's or rule's entry is where its condition's list starts.
    std::vector<int> m_slotOf;
    std::vector<int> m_shownWhenSlots; // by question index; -1 without a condition
    std::vector<int> m_ruleSlots;      // by rule index
};
