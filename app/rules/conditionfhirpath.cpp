// Conditions as FHIR says them: enableWhen where it can, else a FHIRPath
// expression for SDC's enableWhenExpression. Both mean what the condition
// means, unanswered questions included: FHIRPath's empty collection plays
// the part of Unknown (comparisons with empty are empty, `and`/`or` are
// three-valued, an empty enableWhenExpression disables the item). Where
// FHIRPath differs (`contains` on an empty collection is false) the
// translation guards it. Recursion is bounded by the parser's nesting limit.
#include "condition.h"

#include "conditionnode.h"
#include "question.h"

namespace {

bool isChoiceOrBool(const Node &answer)
{
    return answer.question
        && (answer.question->type == Question::Type::Choice || answer.question->type == Question::Type::Boolean);
}

// A leaf of enableWhen: a choice or yes/no question compared with a
// literal, or a bare yes/no question. `!=` and `not` hold only for an
// answered question, so they come with an `exists` (usable under `and` only).
std::optional<QList<Condition::Comparison>> comparison(const Node &node, bool joinedByOr)
{
    const auto negated = [&](const QString &id, const QVariant &answer) -> std::optional<QList<Condition::Comparison>> {
        if (joinedByOr)
            return std::nullopt;
        return QList<Condition::Comparison>{{id, QStringLiteral("exists"), true}, {id, QStringLiteral("!="), answer}};
    };
    if (node.kind == Node::Answer && node.type == ValueType::Bool)
        return QList<Condition::Comparison>{{node.id, QStringLiteral("="), true}};
    if (node.kind == Node::Not && node.operands.at(0)->kind == Node::Answer
        && node.operands.at(0)->type == ValueType::Bool)
        return negated(node.operands.at(0)->id, true);
    if (node.kind != Node::Compare || (node.op != QLatin1String("=") && node.op != QLatin1String("!=")))
        return std::nullopt;
    const Node *answer = node.operands.at(0).get();
    const Node *literal = node.operands.at(1).get();
    if (answer->kind != Node::Answer)
        std::swap(answer, literal);
    if (answer->kind != Node::Answer || literal->kind != Node::Literal || !isChoiceOrBool(*answer))
        return std::nullopt;
    if (node.op == QLatin1String("!="))
        return negated(answer->id, literal->literal);
    return QList<Condition::Comparison>{{answer->id, node.op, literal->literal}};
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

// A FHIRPath string literal: backslash, quote and control characters escaped.
QString quoted(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'\'')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'\'';
}

QString itemPath(const QString &questionId)
{
    return QStringLiteral("%resource.repeat(item).where(linkId=%1)").arg(quoted(questionId));
}

// The submission day: the date part of `authored`, which PreScreen writes
// with the offset of the device that took the answers; a client filling in
// a new response has no `authored` yet, so it uses its own today().
const QString kToday = QStringLiteral(
    "iif(%resource.authored.exists(), %resource.authored.toString().substring(0, 10).toDate(), today())");

class Translator
{
public:
    QString whyNot;

    QString text(const Node &node)
    {
        switch (node.kind) {
        case Node::Literal:
            if (node.type == ValueType::Bool)
                return node.literal.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (node.type == ValueType::Number)
                return QString::number(qint64(node.literal.toDouble()));
            return quoted(node.literal.toString());
        case Node::Today: return kToday;
        case Node::Answer: {
            const QString value = itemPath(node.id) + QStringLiteral(".answer.value");
            // Choices are Codings; compare their codes.
            return node.question && (node.question->type == Question::Type::Choice
                                     || node.question->type == Question::Type::MultiChoice)
                ? value + QStringLiteral(".code")
                : value;
        }
        case Node::Answered: return itemPath(node.id) + QStringLiteral(".answer.exists()");
        case Node::Not: return QStringLiteral("(%1).not()").arg(text(*node.operands.at(0)));
        case Node::And:
        case Node::Or: {
            QStringList parts;
            for (const auto &operand : node.operands)
                parts << text(*operand);
            return u'(' + parts.join(node.kind == Node::And ? QStringLiteral(" and ") : QStringLiteral(" or ")) + u')';
        }
        case Node::Compare: return compare(*node.operands.at(0), node.op, *node.operands.at(1));
        case Node::In: {
            // One `=` per item joined by `or`: three-valued like the
            // condition, where FHIRPath's `in` would drop an empty item.
            const auto &items = node.operands.at(1)->operands;
            if (items.empty())
                return QStringLiteral("false");
            QStringList parts;
            for (const auto &item : items)
                parts << compare(*node.operands.at(0), QStringLiteral("="), *item);
            return u'(' + parts.join(QStringLiteral(" or ")) + u')';
        }
        case Node::Contains: {
            // FHIRPath's contains is false on an empty collection; unanswered is Unknown here.
            const QString set = text(*node.operands.at(0));
            return QStringLiteral("iif(%1.exists(), %1 contains %2)").arg(set, text(*node.operands.at(1)));
        }
        case Node::Sum: // numbers and dates appear only inside comparisons
        case Node::List: break;
        }
        return {};
    }

private:
    struct Linear
    {
        QList<const Node *> added;      // dates added
        QList<const Node *> subtracted; // dates subtracted
        qint64 days = 0;
    };

    static void linear(const Node &node, int sign, Linear *form)
    {
        switch (node.kind) {
        case Node::Literal: form->days += sign * qint64(node.literal.toDouble()); return;
        case Node::Sum:
            for (size_t i = 0; i < node.operands.size(); ++i)
                linear(*node.operands.at(i), node.subtract.at(i) ? -sign : sign, form);
            return;
        default: (sign > 0 ? form->added : form->subtracted).append(&node); return;
        }
    }

    // Numbers count days and FHIRPath cannot subtract one date from
    // another, so `lhs op rhs` is moved to `date op date ± N days` (or
    // decided outright when no date is left).
    QString compare(const Node &lhs, const QString &op, const Node &rhs)
    {
        if (lhs.type != ValueType::Number && lhs.type != ValueType::Date)
            return QStringLiteral("(%1 %2 %3)").arg(text(lhs), op, text(rhs));
        Linear form; // lhs - rhs
        linear(lhs, 1, &form);
        linear(rhs, -1, &form);
        if (form.added.isEmpty() && form.subtracted.isEmpty()) {
            const qint64 k = form.days;
            const bool holds = op == QLatin1String("=") ? k == 0 : op == QLatin1String("!=") ? k != 0
                : op == QLatin1String("<") ? k < 0 : op == QLatin1String("<=") ? k <= 0
                : op == QLatin1String(">") ? k > 0 : k >= 0;
            return holds ? QStringLiteral("true") : QStringLiteral("false");
        }
        if (form.added.size() != 1 || form.subtracted.size() != 1) {
            whyNot = QStringLiteral("it adds or subtracts more than one difference of two dates, "
                                    "which FHIRPath cannot calculate");
            return QStringLiteral("{}");
        }
        // a - b + k op 0  <=>  a op b - k days
        QString right = text(*form.subtracted.first());
        if (form.days != 0)
            right = QStringLiteral("(%1 %2 %3 days)")
                        .arg(right, form.days > 0 ? QStringLiteral("-") : QStringLiteral("+"))
                        .arg(form.days > 0 ? form.days : -form.days);
        return QStringLiteral("(%1 %2 %3)").arg(text(*form.added.first()), op, right);
    }
};

} // namespace

std::optional<Condition::SimpleForm> Condition::simpleForm() const
{
    for (Node::Kind joiner : {Node::And, Node::Or}) {
        QList<const Node *> leaves;
        collect(*m_root, joiner, &leaves);
        SimpleForm form;
        form.any = joiner == Node::Or;
        bool all = true;
        for (const Node *leaf : std::as_const(leaves)) {
            const auto c = comparison(*leaf, form.any);
            if (!c) {
                all = false;
                break;
            }
            form.comparisons << *c;
        }
        if (all)
            return form;
    }
    return std::nullopt;
}

QString Condition::toFhirPath(QString *whyNot) const
{
    Translator translator;
    const QString expression = translator.text(*m_root);
    if (whyNot)
        *whyNot = translator.whyNot;
    return translator.whyNot.isEmpty() ? expression : QString();
}
