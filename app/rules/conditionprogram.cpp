#include "conditionprogram.h"

#include "question.h"

#include <memory>

namespace {

// A value on the machine's stack. Truth values are Bool or Unknown. Plain
// data, so that the stack costs nothing to set up: Value() is Unknown.
struct Value
{
    enum Kind : quint8 { Unknown, Bool, Number, Date, Text, Choices };
    Kind kind;
    qint64 n;          // Bool: 0/1; Number: days; Date: Julian day
    quint64 chosen;    // Choices
    const void *ref;   // Text: const QString *; Choices: const QStringList *

    static Value truth(bool b) { return {Bool, b ? 1 : 0, 0, nullptr}; }
    bool isFalse() const { return kind == Bool && n == 0; }
    bool isTrue() const { return kind == Bool && n != 0; }
    const QString &text() const { return *static_cast<const QString *>(ref); }
};

int choiceIndex(const Question &q, const QString &choiceId)
{
    for (int i = 0; i < q.choices.size(); ++i) {
        if (q.choices.at(i).id == choiceId)
            return i;
    }
    return -1;
}

} // namespace

AnswerSlot AnswerSlot::from(const QVariant &value, const Question &question)
{
    AnswerSlot slot;
    if (value.isNull())
        return slot;
    switch (question.type) {
    case Question::Type::Boolean:
        if (value.typeId() == QMetaType::Bool) {
            slot.kind = Bool;
            slot.yes = value.toBool();
        }
        break;
    case Question::Type::Choice:
    case Question::Type::Text:
        if (value.typeId() == QMetaType::QString) {
            const auto *text = static_cast<const QString *>(value.constData());
            if (text->isEmpty())
                break;
            slot.kind = question.type == Question::Type::Choice ? Choice : Text;
            slot.text = text;
            if (slot.kind == Choice)
                slot.choice = choiceIndex(question, *text);
        }
        break;
    case Question::Type::MultiChoice:
        if (value.typeId() == QMetaType::QStringList) {
            const auto *list = static_cast<const QStringList *>(value.constData());
            if (list->isEmpty())
                break;
            slot.kind = Choices;
            slot.list = list;
            for (const QString &id : *list) {
                const int i = choiceIndex(question, id);
                if (i >= 0 && i < 64)
                    slot.chosen |= quint64(1) << i;
            }
        }
        break;
    case Question::Type::Date:
        if (value.typeId() == QMetaType::QDate && value.toDate().isValid()) {
            slot.kind = Date;
            slot.day = value.toDate().toJulianDay();
        }
        break;
    }
    return slot;
}

ConditionProgram::ConditionProgram(const Node &root, const QStringList &questionIds) : m_questionIds(questionIds)
{
    compile(root);
}

void ConditionProgram::append(Op op, int slot, qint64 value, Cmp cmp)
{
    m_code.push_back(Instruction{op, cmp, slot, value});
    switch (op) {
    case Op::PushBool: case Op::PushNumber: case Op::PushText: case Op::PushToday:
    case Op::Load: case Op::Answered: case Op::ChoiceIs: case Op::ChoiceIn: case Op::ChoicesHave:
    case Op::InStart:
        m_maxDepth = std::max(m_maxDepth, ++m_depth);
        break;
    case Op::And: case Op::Or: case Op::Compare: case Op::Contains: case Op::Add: case Op::Subtract:
    case Op::InItem: case Op::InEnd:
        --m_depth;
        break;
    case Op::Not: case Op::JumpIfFalse: case Op::JumpIfTrue:
        break;
    }
}

int ConditionProgram::slotOf(const Node &answer) const
{
    return int(m_questionIds.indexOf(answer.id));
}

// Tests of a choice answer against quoted choices, the common case, compare
// choice numbers instead of texts.
bool ConditionProgram::compileChoiceTest(const Node &node)
{
    const Node &lhs = *node.operands.at(0);
    const Node &rhs = *node.operands.at(1);
    if (node.kind == Node::Compare && (node.op == QLatin1String("=") || node.op == QLatin1String("!="))) {
        const Node *answer = &lhs;
        const Node *literal = &rhs;
        if (answer->kind != Node::Answer)
            std::swap(answer, literal);
        if (answer->kind != Node::Answer || literal->kind != Node::Literal || !answer->question
            || answer->question->type != Question::Type::Choice)
            return false;
        append(Op::ChoiceIs, slotOf(*answer), choiceIndex(*answer->question, literal->literal.toString()));
        if (node.op == QLatin1String("!="))
            append(Op::Not);
        return true;
    }
    if (node.kind == Node::In && lhs.kind == Node::Answer && lhs.question
        && lhs.question->type == Question::Type::Choice && !rhs.operands.empty()) {
        quint64 mask = 0;
        for (const auto &item : rhs.operands) {
            const int i = item->kind == Node::Literal ? choiceIndex(*lhs.question, item->literal.toString()) : -1;
            if (i < 0 || i >= 64)
                return false;
            mask |= quint64(1) << i;
        }
        append(Op::ChoiceIn, slotOf(lhs), qint64(mask));
        return true;
    }
    if (node.kind == Node::Contains && lhs.kind == Node::Answer && lhs.question && rhs.kind == Node::Literal) {
        const int i = choiceIndex(*lhs.question, rhs.literal.toString());
        if (i < 0 || i >= 64)
            return false;
        append(Op::ChoicesHave, slotOf(lhs), i);
        return true;
    }
    return false;
}

// Recursion here is bounded by the parser's nesting limit (see conditionnode.h).
void ConditionProgram::compile(const Node &node)
{
    switch (node.kind) {
    case Node::Literal:
        if (node.type == ValueType::Bool)
            append(Op::PushBool, 0, node.literal.toBool() ? 1 : 0);
        else if (node.type == ValueType::Number)
            append(Op::PushNumber, 0, qint64(node.literal.toDouble()));
        else {
            m_texts.append(node.literal.toString());
            append(Op::PushText, int(m_texts.size() - 1));
        }
        return;
    case Node::Answer: append(Op::Load, slotOf(node)); return;
    case Node::Answered: append(Op::Answered, slotOf(node)); return;
    case Node::Today: append(Op::PushToday); return;
    case Node::Not:
        compile(*node.operands.at(0));
        append(Op::Not);
        return;
    case Node::And:
    case Node::Or: {
        // Stops at the first False (and) or True (or): the rest cannot change it.
        const bool isAnd = node.kind == Node::And;
        std::vector<size_t> jumps;
        compile(*node.operands.at(0));
        for (size_t i = 1; i < node.operands.size(); ++i) {
            jumps.push_back(m_code.size());
            append(isAnd ? Op::JumpIfFalse : Op::JumpIfTrue);
            compile(*node.operands.at(i));
            append(isAnd ? Op::And : Op::Or);
        }
        for (size_t at : jumps)
            m_code[at].slot = int(m_code.size());
        return;
    }
    case Node::Compare: {
        if (compileChoiceTest(node))
            return;
        static const QStringList ops{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"),
                                     QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
        compile(*node.operands.at(0));
        compile(*node.operands.at(1));
        append(Op::Compare, 0, 0, Cmp(ops.indexOf(node.op)));
        return;
    }
    case Node::In:
        if (compileChoiceTest(node))
            return;
        compile(*node.operands.at(0));
        append(Op::InStart);
        for (const auto &item : node.operands.at(1)->operands) {
            compile(*item);
            append(Op::InItem);
        }
        append(Op::InEnd);
        return;
    case Node::Contains:
        if (compileChoiceTest(node))
            return;
        compile(*node.operands.at(0));
        compile(*node.operands.at(1));
        append(Op::Contains);
        return;
    case Node::Sum:
        compile(*node.operands.at(0));
        for (size_t i = 1; i < node.operands.size(); ++i) {
            compile(*node.operands.at(i));
            append(node.subtract.at(i) ? Op::Subtract : Op::Add);
        }
        return;
    case Node::List: break; // only inside In
    }
}

namespace {

Value kleeneAnd(const Value &a, const Value &b)
{
    if (a.isFalse() || b.isFalse())
        return Value::truth(false);
    if (a.kind == Value::Unknown || b.kind == Value::Unknown)
        return Value{};
    return Value::truth(true);
}

Value kleeneOr(const Value &a, const Value &b)
{
    if (a.isTrue() || b.isTrue())
        return Value::truth(true);
    if (a.kind == Value::Unknown || b.kind == Value::Unknown)
        return Value{};
    return Value::truth(false);
}

bool equal(const Value &a, const Value &b)
{
    return a.kind == Value::Text ? a.text() == b.text() : a.n == b.n;
}

} // namespace

Truth ConditionProgram::run(const AnswerSlot *slotValues, const int *slotOf, qint64 today) const
{
    // The stack's size is known from compiling; the common case fits here.
    Value local[32]; // left uninitialised: every value is written before it is read
    std::unique_ptr<Value[]> large;
    Value *stack = local;
    if (m_maxDepth > 32) {
        large.reset(new Value[size_t(m_maxDepth)]);
        stack = large.get();
    }
    int top = -1; // index of the top value
    const auto slot = [&](int i) -> const AnswerSlot & { return slotValues[slotOf[i]]; };
    const size_t end = m_code.size();
    for (size_t pc = 0; pc < end; ++pc) {
        const Instruction &in = m_code[pc];
        switch (in.op) {
        case Op::PushBool: stack[++top] = Value::truth(in.value != 0); break;
        case Op::PushNumber: stack[++top] = {Value::Number, in.value, 0, nullptr}; break;
        case Op::PushText: stack[++top] = {Value::Text, 0, 0, &m_texts.at(in.slot)}; break;
        case Op::PushToday: stack[++top] = {Value::Date, today, 0, nullptr}; break;
        case Op::Load: {
            const AnswerSlot &s = slot(in.slot);
            Value v{};
            switch (s.kind) {
            case AnswerSlot::Unanswered: break;
            case AnswerSlot::Bool: v = Value::truth(s.yes); break;
            case AnswerSlot::Choice:
            case AnswerSlot::Text: v = {Value::Text, 0, 0, s.text}; break;
            case AnswerSlot::Choices: v = {Value::Choices, 0, s.chosen, s.list}; break;
            case AnswerSlot::Date: v = {Value::Date, s.day, 0, nullptr}; break;
            }
            stack[++top] = v;
            break;
        }
        case Op::Answered: stack[++top] = Value::truth(slot(in.slot).kind != AnswerSlot::Unanswered); break;
        case Op::ChoiceIs: {
            const AnswerSlot &s = slot(in.slot);
            stack[++top] = s.kind == AnswerSlot::Choice ? Value::truth(s.choice == in.value) : Value{};
            break;
        }
        case Op::ChoiceIn: {
            const AnswerSlot &s = slot(in.slot);
            stack[++top] = s.kind != AnswerSlot::Choice ? Value{}
                : Value::truth(s.choice >= 0 && s.choice < 64 && (quint64(in.value) >> s.choice) & 1);
            break;
        }
        case Op::ChoicesHave: {
            const AnswerSlot &s = slot(in.slot);
            stack[++top] = s.kind == AnswerSlot::Choices ? Value::truth((s.chosen >> in.value) & 1) : Value{};
            break;
        }
        case Op::Not:
            if (stack[top].kind == Value::Bool)
                stack[top].n = !stack[top].n;
            break;
        case Op::JumpIfFalse:
            if (stack[top].isFalse())
                pc = size_t(in.slot) - 1;
            break;
        case Op::JumpIfTrue:
            if (stack[top].isTrue())
                pc = size_t(in.slot) - 1;
            break;
        case Op::And: stack[top - 1] = kleeneAnd(stack[top - 1], stack[top]); --top; break;
        case Op::Or: stack[top - 1] = kleeneOr(stack[top - 1], stack[top]); --top; break;
        case Op::Compare: {
            const Value &a = stack[top - 1];
            const Value &b = stack[top];
            Value r{};
            if (a.kind != Value::Unknown && b.kind != Value::Unknown) {
                switch (in.cmp) {
                case Cmp::Eq: r = Value::truth(equal(a, b)); break;
                case Cmp::Ne: r = Value::truth(!equal(a, b)); break;
                case Cmp::Lt: r = Value::truth(a.n < b.n); break;
                case Cmp::Le: r = Value::truth(a.n <= b.n); break;
                case Cmp::Gt: r = Value::truth(a.n > b.n); break;
                case Cmp::Ge: r = Value::truth(a.n >= b.n); break;
                }
            }
            stack[--top] = r;
            break;
        }
        case Op::InStart: stack[++top] = Value::truth(false); break;
        case Op::InItem: {
            // stack: value, found so far, item
            const Value &value = stack[top - 2];
            const Value &item = stack[top];
            const Value same = value.kind == Value::Unknown || item.kind == Value::Unknown
                ? Value{} : Value::truth(equal(value, item));
            stack[top - 1] = kleeneOr(stack[top - 1], same);
            --top;
            break;
        }
        case Op::InEnd: stack[top - 1] = stack[top]; --top; break;
        case Op::Contains: {
            const Value &set = stack[top - 1];
            const Value &item = stack[top];
            Value r{};
            if (set.kind == Value::Choices && item.kind == Value::Text)
                r = Value::truth(static_cast<const QStringList *>(set.ref)->contains(item.text()));
            stack[--top] = r;
            break;
        }
        case Op::Add:
        case Op::Subtract: {
            Value &a = stack[top - 1];
            const Value &b = stack[top];
            if (a.kind == Value::Unknown || b.kind == Value::Unknown) {
                a = Value{};
            } else if (in.op == Op::Add) {
                a.n += b.n; // a number or a date, plus days
            } else {
                if (a.kind == Value::Date && b.kind == Value::Date)
                    a.kind = Value::Number; // days between two dates
                a.n -= b.n;
            }
            --top;
            break;
        }
        }
    }
    const Value &result = stack[0];
    if (result.kind == Value::Unknown)
        return Truth::Unknown;
    return result.n ? Truth::True : Truth::False;
}
