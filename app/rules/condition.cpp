#include "condition.h"

#include "conditionnode.h"
#include "conditionparser.h"

namespace {

QVariant evaluateNode(const Node &node, const AnswerLookup &answers, const QDate &today);

bool truthy(const QVariant &v)
{
    return v.typeId() == QMetaType::Bool && v.toBool();
}

bool equal(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return false;
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    return a == b;
}

QVariant compare(const QString &op, const QVariant &a, const QVariant &b)
{
    if (op == QLatin1String("="))
        return equal(a, b);
    if (op == QLatin1String("!="))
        return !equal(a, b);
    if (a.isNull() || b.isNull())
        return false;
    const auto order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Unordered)
        return false;
    if (op == QLatin1String("<"))
        return order == QPartialOrdering::Less;
    if (op == QLatin1String("<="))
        return order != QPartialOrdering::Greater;
    if (op == QLatin1String(">"))
        return order == QPartialOrdering::Greater;
    return order != QPartialOrdering::Less; // >=
}

QVariant arithmetic(bool add, const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return {};
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate)
        return double(b.toDate().daysTo(a.toDate()));
    if (a.typeId() == QMetaType::QDate) {
        const qint64 days = qint64(b.toDouble());
        return a.toDate().addDays(add ? days : -days);
    }
    return add ? a.toDouble() + b.toDouble() : a.toDouble() - b.toDouble();
}

QVariant evaluateNode(const Node &node, const AnswerLookup &answers, const QDate &today)
{
    auto operand = [&](int i) { return evaluateNode(*node.operands.at(size_t(i)), answers, today); };
    switch (node.kind) {
    case Node::Literal: return node.literal;
    case Node::Today: return today;
    case Node::Answer: return answers(node.id);
    case Node::Not: return !truthy(operand(0));
    case Node::And: return truthy(operand(0)) && truthy(operand(1));
    case Node::Or: return truthy(operand(0)) || truthy(operand(1));
    case Node::Compare: return compare(node.op, operand(0), operand(1));
    case Node::Add: return arithmetic(true, operand(0), operand(1));
    case Node::Subtract: return arithmetic(false, operand(0), operand(1));
    case Node::Contains: {
        const QVariant set = operand(0);
        return !set.isNull() && set.toStringList().contains(operand(1).toString());
    }
    case Node::In: {
        const QVariant value = operand(0);
        const Node &list = *node.operands.at(1);
        for (const auto &item : list.operands) {
            if (equal(value, evaluateNode(*item, answers, today)))
                return true;
        }
        return false;
    }
    case Node::List: break; // only reachable through In
    }
    return {};
}

} // namespace

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
    return condition;
}

bool Condition::evaluate(const AnswerLookup &answers, const QDate &today) const
{
    return truthy(evaluateNode(*m_root, answers, today));
}
