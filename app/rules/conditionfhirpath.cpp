// Conditions as FHIR says them: enableWhen where it can, else a FHIRPath
// expression for SDC's enableWhenExpression.
#include "condition.h"

#include "conditionnode.h"
#include "question.h"

namespace {

// A leaf of enableWhen: a question compared with a literal, or a bare yes/no question.
std::optional<Condition::Comparison> comparison(const Node &node)
{
    if (node.kind == Node::Answer && node.type == ValueType::Bool)
        return Condition::Comparison{node.id, QStringLiteral("="), true};
    if (node.kind == Node::Not && node.operands.at(0)->kind == Node::Answer
        && node.operands.at(0)->type == ValueType::Bool)
        return Condition::Comparison{node.operands.at(0)->id, QStringLiteral("!="), true};
    if (node.kind != Node::Compare || (node.op != QLatin1String("=") && node.op != QLatin1String("!=")))
        return std::nullopt;
    const Node *answer = node.operands.at(0).get();
    const Node *literal = node.operands.at(1).get();
    if (answer->kind != Node::Answer)
        std::swap(answer, literal);
    if (answer->kind != Node::Answer || literal->kind != Node::Literal)
        return std::nullopt;
    return Condition::Comparison{answer->id, node.op, literal->literal};
}

void collect(const Node &node, Node::Kind joiner, QList<const Node *> *leaves)
{
    if (node.kind == joiner) {
        for (const auto &operand : node.operands)
            collect(*operand, joiner, leaves);
    } else {
        leaves->append(&node);
    }
}

QString fhirPath(const Node &node)
{
    const auto operand = [&](int i) { return fhirPath(*node.operands.at(size_t(i))); };
    switch (node.kind) {
    case Node::Literal:
        switch (node.type) {
        case ValueType::Bool: return node.literal.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case ValueType::Number: return QString::number(node.literal.toDouble());
        default: return QStringLiteral("'%1'").arg(node.literal.toString().replace(u'\'', QStringLiteral("\\'")));
        }
    case Node::Today: return QStringLiteral("today()");
    case Node::Answer: {
        const QString answer = QStringLiteral("%resource.repeat(item).where(linkId='%1').answer.value").arg(node.id);
        // Choices are Codings; compare their codes.
        return node.question && (node.question->type == Question::Type::Choice
                                 || node.question->type == Question::Type::MultiChoice)
            ? answer + QStringLiteral(".code")
            : answer;
    }
    case Node::Not: return QStringLiteral("(%1).not()").arg(operand(0));
    case Node::And: return QStringLiteral("(%1 and %2)").arg(operand(0), operand(1));
    case Node::Or: return QStringLiteral("(%1 or %2)").arg(operand(0), operand(1));
    case Node::Compare: {
        // FHIRPath cannot subtract two dates: (a - b) < n days becomes b > a - n days.
        const Node &lhs = *node.operands.at(0);
        if (lhs.kind == Node::Subtract && lhs.operands.at(0)->type == ValueType::Date
            && lhs.operands.at(1)->type == ValueType::Date) {
            static const QHash<QString, QString> mirrored{{QStringLiteral("<"), QStringLiteral(">")},
                                                          {QStringLiteral("<="), QStringLiteral(">=")},
                                                          {QStringLiteral(">"), QStringLiteral("<")},
                                                          {QStringLiteral(">="), QStringLiteral("<=")},
                                                          {QStringLiteral("="), QStringLiteral("=")},
                                                          {QStringLiteral("!="), QStringLiteral("!=")}};
            return QStringLiteral("(%1 %2 (%3 - %4 days))")
                .arg(fhirPath(*lhs.operands.at(1)), mirrored.value(node.op), fhirPath(*lhs.operands.at(0)), operand(1));
        }
        return QStringLiteral("(%1 %2 %3)").arg(operand(0), node.op, operand(1));
    }
    case Node::Contains: return QStringLiteral("(%1 contains %2)").arg(operand(0), operand(1));
    case Node::In: {
        QStringList items;
        for (const auto &item : node.operands.at(1)->operands)
            items << fhirPath(*item);
        return QStringLiteral("(%1 in (%2))").arg(operand(0), items.join(QStringLiteral(" | ")));
    }
    case Node::Add:
    case Node::Subtract: {
        const QString sign = node.kind == Node::Add ? QStringLiteral("+") : QStringLiteral("-");
        const Node &rhs = *node.operands.at(1);
        // Days added to a date are a FHIRPath quantity.
        if (node.operands.at(0)->type == ValueType::Date && rhs.type == ValueType::Number)
            return QStringLiteral("(%1 %2 %3 days)").arg(operand(0), sign, operand(1));
        return QStringLiteral("(%1 %2 %3)").arg(operand(0), sign, operand(1));
    }
    case Node::List: break;
    }
    return {};
}

} // namespace

std::optional<Condition::SimpleForm> Condition::simpleForm() const
{
    for (Node::Kind joiner : {Node::And, Node::Or}) {
        QList<const Node *> leaves;
        collect(*m_root, joiner, &leaves);
        SimpleForm form;
        form.any = joiner == Node::Or;
        for (const Node *leaf : leaves) {
            const auto c = comparison(*leaf);
            if (!c)
                break;
            form.comparisons << *c;
        }
        if (form.comparisons.size() == leaves.size())
            return form;
    }
    return std::nullopt;
}

QString Condition::toFhirPath() const
{
    return fhirPath(*m_root);
}
