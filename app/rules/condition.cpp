#include "condition.h"

#include "conditionnode.h"
#include "conditionparser.h"
#include "conditionprogram.h"
#include "question.h"

#include <QVarLengthArray>

Condition::Condition() = default;
Condition::~Condition() = default;

std::unique_ptr<Condition> Condition::parse(const QString &text, const SourceLocation &start,
                                            const QHash<QString, const Question *> &questions,
                                            Diagnostics *errors)
{
    std::unique_ptr<Condition> condition(new Condition);
    condition->m_text = text;
    condition->m_root = parseConditionText(text, start, questions, errors, &condition->m_questionIds);
    if (!condition->m_root)
        return nullptr;
    condition->m_program = std::make_unique<ConditionProgram>(*condition->m_root, condition->m_questionIds);
    // What truth(AnswerLookup) needs to make slotValues, kept apart from the
    // questions themselves, which need not outlive the condition.
    for (const QString &id : std::as_const(condition->m_questionIds)) {
        const Question *q = questions.value(id);
        Question copy;
        copy.id = q->id;
        copy.type = q->type;
        copy.choices = q->choices;
        condition->m_questions.push_back(copy);
    }
    return condition;
}

Truth Condition::truth(const AnswerSlot *slotValues, const int *slotOf, qint64 todayJulianDay) const
{
    return m_program->run(slotValues, slotOf, todayJulianDay);
}

Truth Condition::truth(const AnswerLookup &answers, const QDate &today) const
{
    const qsizetype n = m_questionIds.size();
    QVarLengthArray<QVariant, 16> values(n); // the slotValues point into these
    QVarLengthArray<AnswerSlot, 16> slotValues(n);
    QVarLengthArray<int, 16> slotOf(n);
    for (qsizetype i = 0; i < n; ++i) {
        values[i] = answers(m_questionIds.at(i));
        slotValues[i] = AnswerSlot::from(values.at(i), m_questions.at(size_t(i)));
        slotOf[i] = int(i);
    }
    return truth(slotValues.constData(), slotOf.constData(), today.toJulianDay());
}
