#include "ruleset.h"

const Question *RuleSet::question(const QString &questionId) const
{
    for (const Question &q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

const Rule *RuleSet::rule(const QString &ruleId) const
{
    for (const Rule &r : rules) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}
