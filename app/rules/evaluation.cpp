#include "evaluation.h"

#include <QJsonArray>

Evaluator::Evaluator(RuleSetPtr ruleSet) : m_ruleSet(std::move(ruleSet)) {}

QSet<QString> Evaluator::visibleQuestions(const QVariantMap &answers, const QDate &day) const
{
    QSet<QString> visible;
    const AnswerLookup lookup = [&](const QString &id) {
        return visible.contains(id) ? answers.value(id) : QVariant();
    };
    // visibilityOrder puts every question after those its condition reads,
    // so one pass settles them all.
    for (int index : m_ruleSet->visibilityOrder) {
        const Question &q = m_ruleSet->questions.at(index);
        if (!q.shownWhen || q.shownWhen->evaluate(lookup, day))
            visible.insert(q.id);
    }
    return visible;
}

Evaluation Evaluator::evaluate(const QVariantMap &answers, const QDate &day) const
{
    const QSet<QString> visible = visibleQuestions(answers, day);
    const AnswerLookup lookup = [&](const QString &id) {
        return visible.contains(id) ? answers.value(id) : QVariant();
    };
    Evaluation result;
    result.ruleSetId = m_ruleSet->id;
    result.ruleSetVersion = m_ruleSet->version;
    result.ruleSetSha256 = m_ruleSet->sha256;
    for (const Rule &rule : m_ruleSet->rules) {
        if (!rule.when->evaluate(lookup, day))
            continue;
        result.flags.append(Flag{rule.id, rule.level, rule.when->questionIds(), rule.title, rule.reason, rule.section});
        result.outcome = std::max(result.outcome, rule.level);
    }
    // Most serious first, as the doctor reads them; file order within a level.
    std::stable_sort(result.flags.begin(), result.flags.end(),
                     [](const Flag &a, const Flag &b) { return a.level > b.level; });
    return result;
}

QJsonArray Evaluation::flagsToJson(const QList<Flag> &flags)
{
    QJsonArray array;
    for (const Flag &f : flags) {
        array.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                 {QStringLiteral("level"), outcomeName(f.level)},
                                 {QStringLiteral("questions"), QJsonArray::fromStringList(f.questions)},
                                 {QStringLiteral("title"), f.title},
                                 {QStringLiteral("reason"), f.reason},
                                 {QStringLiteral("section"), f.section}});
    }
    return array;
}

QList<Flag> Evaluation::flagsFromJson(const QJsonArray &array)
{
    QList<Flag> flags;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Flag f;
        f.rule = o.value(QStringLiteral("rule")).toString();
        f.level = outcomeFromName(o.value(QStringLiteral("level")).toString()).value_or(Outcome::Review);
        for (const QJsonValue &q : o.value(QStringLiteral("questions")).toArray())
            f.questions << q.toString();
        f.title = o.value(QStringLiteral("title")).toString(); // absent in flags stored before titles
        f.reason = o.value(QStringLiteral("reason")).toString();
        f.section = o.value(QStringLiteral("section")).toString();
        flags.append(f);
    }
    return flags;
}

QJsonObject Evaluation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("flags"), flagsToJson(flags)},
        {QStringLiteral("ruleSet"), QJsonObject{{QStringLiteral("id"), ruleSetId},
                                                {QStringLiteral("version"), ruleSetVersion},
                                                {QStringLiteral("sha256"), ruleSetSha256}}},
    };
}
