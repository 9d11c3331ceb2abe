#include "evaluation.h"

#include <QHash>
#include <QJsonArray>
#include <QVarLengthArray>

#include <algorithm>

Evaluator::Evaluator(RuleSetPtr ruleSet) : m_ruleSet(std::move(ruleSet))
{
    const QList<Question> &questions = m_ruleSet->questions;
    for (int i = 0; i < questions.size(); ++i)
        m_index.insert(questions.at(i).id, i);
    const auto slotsOf = [&](const Condition &condition) {
        const int start = int(m_slotOf.size());
        for (const QString &id : condition.questionIds())
            m_slotOf.push_back(m_index.value(id));
        return start;
    };
    for (const Question &q : questions)
        m_shownWhenSlots.push_back(q.shownWhen ? slotsOf(*q.shownWhen) : -1);
    for (const Rule &rule : m_ruleSet->rules)
        m_ruleSlots.push_back(slotsOf(*rule.when));
}

void Evaluator::settle(const QVariantMap &answers, const QDate &day, AnswerSlot *slotValues, bool *shown) const
{
    const QList<Question> &questions = m_ruleSet->questions;
    // One hash lookup per answer; conditions then read slots by number.
    const qsizetype n = questions.size();
    std::fill(slotValues, slotValues + n, AnswerSlot());
    for (auto answer = answers.constBegin(), end = answers.constEnd(); answer != end; ++answer) {
        const auto at = m_index.constFind(answer.key());
        if (at != m_index.constEnd())
            slotValues[*at] = AnswerSlot::from(answer.value(), questions.at(*at));
    }
    // visibilityOrder puts every question after those its condition reads,
    // so one pass settles them all.
    const qint64 today = day.toJulianDay();
    for (int i : m_ruleSet->visibilityOrder) {
        const int at = m_shownWhenSlots[size_t(i)];
        shown[i] = at < 0 || questions.at(i).shownWhen->truth(slotValues, m_slotOf.data() + at, today) == Truth::True;
        if (!shown[i])
            slotValues[i] = AnswerSlot();
    }
}

QSet<QString> Evaluator::visibleQuestions(const QVariantMap &answers, const QDate &day) const
{
    const qsizetype n = m_ruleSet->questions.size();
    QVarLengthArray<AnswerSlot, 32> slotValues(n);
    QVarLengthArray<bool, 32> shown(n);
    settle(answers, day, slotValues.data(), shown.data());
    QSet<QString> visible;
    for (qsizetype i = 0; i < n; ++i) {
        if (shown[i])
            visible.insert(m_ruleSet->questions.at(i).id);
    }
    return visible;
}

Evaluation Evaluator::evaluate(const QVariantMap &answers, const QDate &day) const
{
    const qsizetype n = m_ruleSet->questions.size();
    QVarLengthArray<AnswerSlot, 32> slotValues(n);
    QVarLengthArray<bool, 32> shown(n);
    settle(answers, day, slotValues.data(), shown.data());
    Evaluation result;
    result.ruleSetId = m_ruleSet->id;
    result.ruleSetVersion = m_ruleSet->version;
    result.ruleSetSha256 = m_ruleSet->sha256;
    const qint64 today = day.toJulianDay();
    const qsizetype ruleCount = m_ruleSet->rules.size();
    QVarLengthArray<bool, 64> fired(ruleCount);
    int firedCount = 0;
    for (qsizetype r = 0; r < ruleCount; ++r) {
        const Rule &rule = m_ruleSet->rules.at(r);
        fired[r] = rule.when->truth(slotValues.constData(), m_slotOf.data() + m_ruleSlots[size_t(r)], today) == Truth::True;
        if (fired[r]) {
            ++firedCount;
            result.outcome = std::max(result.outcome, rule.level);
        }
    }
    // Most serious first, as the doctor reads them; file order within a
    // level (three passes instead of a sort, which would allocate).
    result.flags.reserve(firedCount);
    // Counts down as flags are placed, so no pass looks further than it must.
    for (Outcome level : {Outcome::Decline, Outcome::Avoid, Outcome::Review}) {
        for (qsizetype r = 0; firedCount > 0 && r < ruleCount; ++r) {
            const Rule &rule = m_ruleSet->rules.at(r);
            if (fired[r] && rule.level == level) {
                --firedCount;
                result.flags.append(Flag{rule.id, rule.level, rule.when->questionIds(), rule.title, rule.reason, rule.section});
            }
        }
    }
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
