#include "ruleset.h"

const Question *RuleSet::question(const QString &questionId) const
{
    for (const Question &q : questions) {
        if (q.id == questionId)
            return &q;
    }
    return nullptr;
}

QStringList RuleSet::followUps(const QStringList &questionIds) const
{
    QStringList ids;
    for (const Question &q : questions) {
        if (!q.shownWhen)
            continue;
        for (const QString &read : q.shownWhen->questionIds()) {
            if (questionIds.contains(read)) {
                ids << q.id;
                break;
            }
        }
    }
    return ids;
}

const Rule *RuleSet::rule(const QString &ruleId) const
{
    for (const Rule &r : rules) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}
