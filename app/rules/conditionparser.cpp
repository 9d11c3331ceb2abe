#include "conditionparser.h"

#include "question.h"

namespace {

QString typeDescription(ValueType type)
{
    switch (type) {
    case ValueType::Bool: return QStringLiteral("true/false");
    case ValueType::Number: return QStringLiteral("a number");
    case ValueType::Text: return QStringLiteral("text");
    case ValueType::Date: return QStringLiteral("a date");
    case ValueType::ChoiceSet: return QStringLiteral("a multi-choice answer");
    case ValueType::List: return QStringLiteral("a list");
    case ValueType::Invalid: break;
    }
    return QStringLiteral("an invalid value");
}

struct Token
{
    enum Kind { Identifier, String, Number, Operator, End, Bad };
    Kind kind = End;
    QString text;
    int offset = 0;
};

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    Token next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.offset = m_pos;
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text.at(m_pos);
        if (c.isLetter() || c == u'_') {
            const int start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
                ++m_pos;
            t.kind = Token::Identifier;
            t.text = m_text.mid(start, m_pos - start);
            return t;
        }
        if (c.isDigit()) {
            const int start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.'))
                ++m_pos;
            t.kind = Token::Number;
            t.text = m_text.mid(start, m_pos - start);
            return t;
        }
        if (c == u'"') {
            ++m_pos;
            QString value;
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
                if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                value += m_text.at(m_pos++);
            }
            if (m_pos >= m_text.size()) {
                t.kind = Token::Bad;
                t.text = QStringLiteral("unterminated text: a closing \" is missing");
                return t;
            }
            ++m_pos;
            t.kind = Token::String;
            t.text = value;
            return t;
        }
        static const QStringList twoCharOps{QStringLiteral("=="), QStringLiteral("!="),
                                            QStringLiteral("<="), QStringLiteral(">=")};
        const QString two = m_text.mid(m_pos, 2);
        if (twoCharOps.contains(two)) {
            m_pos += 2;
            t.kind = Token::Operator;
            t.text = two == QLatin1String("==") ? QStringLiteral("=") : two;
            return t;
        }
        if (QStringLiteral("=<>()[],+-").contains(c)) {
            ++m_pos;
            t.kind = Token::Operator;
            t.text = c;
            return t;
        }
        ++m_pos;
        t.kind = Token::Bad;
        t.text = QStringLiteral("unexpected character '%1'").arg(c);
        return t;
    }

private:
    const QString &m_text;
    int m_pos = 0;
};

// Recursive descent over:
//   or      := and ('or' and)*
//   and     := not ('and' not)*
//   not     := 'not' not | compare
//   compare := sum (('='|'!='|'<'|'<='|'>'|'>=') sum | 'in' sum | 'contains' sum)?
//   sum     := primary (('+'|'-') primary)*
//   primary := NUMBER ['day'|'days'] | STRING | 'true' | 'false' | 'today'
//            | 'answered' '(' ID ')' | ID | '(' or ')' | '[' [or (',' or)*] ']'
// Chains become one node each, and every '(', '[' and 'not' counts one level
// of nesting, refused past Condition::kMaxNesting: the recursion here and in
// every walk of the tree is bounded by that, not by the file.
class Parser
{
public:
    Parser(const QString &text, const SourceLocation &start, const QHash<QString, const Question *> &questions,
           Diagnostics *errors)
        : m_tokens(text), m_start(start), m_questions(questions), m_errors(errors)
    {
        advance();
    }

    std::unique_ptr<Node> parse(const QString &text, QStringList *questionIds)
    {
        m_questionIds = questionIds;
        if (text.size() > Condition::kMaxLength) {
            error(Condition::kMaxLength, QStringLiteral("condition too long: %1 characters, at most %2")
                                             .arg(text.size()).arg(Condition::kMaxLength));
            return nullptr;
        }
        if (m_token.kind == Token::End) {
            error(m_token.offset, QStringLiteral("empty condition"));
            return nullptr;
        }
        auto root = parseOr();
        if (!root)
            return nullptr;
        if (m_token.kind == Token::Bad) {
            error(m_token.offset, QStringLiteral("syntax error: %1").arg(m_token.text));
            return nullptr;
        }
        if (m_token.kind != Token::End) {
            error(m_token.offset, QStringLiteral("syntax error: unexpected '%1' after the end of the condition")
                                      .arg(m_token.text));
            return nullptr;
        }
        if (root->type != ValueType::Invalid && root->type != ValueType::Bool) {
            error(root->offset, QStringLiteral("a condition must be true or false, but this is %1")
                                    .arg(typeDescription(root->type)));
            return nullptr;
        }
        return root;
    }

    bool failed() const { return m_failed; }

private:
    void advance() { m_token = m_tokens.next(); }

    bool isKeyword(const char *word) const
    {
        return m_token.kind == Token::Identifier && m_token.text == QLatin1String(word);
    }

    bool isOperator(const char *op) const
    {
        return m_token.kind == Token::Operator && m_token.text == QLatin1String(op);
    }

    void error(int offset, const QString &message)
    {
        m_failed = true;
        m_errors->append({{m_start.file, m_start.line, m_start.column + offset}, message});
    }

    static std::unique_ptr<Node> makeNode(Node::Kind kind, int offset, ValueType type)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->offset = offset;
        node->type = type;
        return node;
    }

    std::unique_ptr<Node> binary(Node::Kind kind, std::unique_ptr<Node> lhs, std::unique_ptr<Node> rhs,
                                 ValueType type)
    {
        auto node = makeNode(kind, lhs->offset, type);
        node->operands.push_back(std::move(lhs));
        node->operands.push_back(std::move(rhs));
        return node;
    }

    // Enters one level of nesting at `offset`; false (and an error) past the limit.
    bool enter(int offset)
    {
        if (m_depth >= Condition::kMaxNesting) {
            if (!m_reportedDepth)
                error(offset, QStringLiteral("nesting too deep: more than %1 levels of parentheses, lists and 'not'")
                                  .arg(Condition::kMaxNesting));
            m_reportedDepth = true;
            return false;
        }
        ++m_depth;
        return true;
    }
    void leave() { --m_depth; }

    void expectBool(const Node &node, const QString &context)
    {
        if (node.type != ValueType::Bool && node.type != ValueType::Invalid)
            error(node.offset, QStringLiteral("type mismatch: %1 needs true/false, but this is %2")
                                   .arg(context, typeDescription(node.type)));
    }

    // `a or b or c` (and the same for `and`): one node with every operand.
    std::unique_ptr<Node> parseChain(Node::Kind kind, const char *keyword)
    {
        const auto operand = [&] { return kind == Node::Or ? parseChain(Node::And, "and") : parseNot(); };
        auto first = operand();
        if (!first || !isKeyword(keyword))
            return first;
        const QString context = QStringLiteral("'%1'").arg(QLatin1String(keyword));
        auto chain = makeNode(kind, first->offset, ValueType::Bool);
        expectBool(*first, context);
        chain->operands.push_back(std::move(first));
        while (isKeyword(keyword)) {
            advance();
            auto next = operand();
            if (!next)
                return nullptr;
            expectBool(*next, context);
            chain->operands.push_back(std::move(next));
        }
        return chain;
    }

    std::unique_ptr<Node> parseOr() { return parseChain(Node::Or, "or"); }

    std::unique_ptr<Node> parseNot()
    {
        if (isKeyword("not")) {
            const int offset = m_token.offset;
            if (!enter(offset))
                return nullptr;
            advance();
            auto operand = parseNot();
            leave();
            if (!operand)
                return nullptr;
            expectBool(*operand, QStringLiteral("'not'"));
            auto node = makeNode(Node::Not, offset, ValueType::Bool);
            node->operands.push_back(std::move(operand));
            return node;
        }
        return parseCompare();
    }

    // A text literal compared with a choice question must be one of its choices.
    void checkChoice(const Node &maybeQuestion, const Node &maybeLiteral)
    {
        const Question *q = maybeQuestion.question;
        if (!q || maybeLiteral.kind != Node::Literal || maybeLiteral.type != ValueType::Text)
            return;
        if (q->type != Question::Type::Choice && q->type != Question::Type::MultiChoice)
            return;
        const QString value = maybeLiteral.literal.toString();
        if (!q->hasChoice(value))
            error(maybeLiteral.offset, QStringLiteral("unknown choice \"%1\" for question %2 (choices: %3)")
                                           .arg(value, q->id, q->choiceIds().join(QStringLiteral(", "))));
    }

    std::unique_ptr<Node> parseCompare()
    {
        auto lhs = parseSum();
        if (!lhs)
            return nullptr;
        static const QStringList comparisons{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"),
                                             QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
        if (m_token.kind == Token::Operator && comparisons.contains(m_token.text)) {
            const QString op = m_token.text;
            const int opOffset = m_token.offset;
            advance();
            auto rhs = parseSum();
            if (!rhs)
                return nullptr;
            const bool ordering = op != QLatin1String("=") && op != QLatin1String("!=");
            if (lhs->type != ValueType::Invalid && rhs->type != ValueType::Invalid) {
                if (lhs->type != rhs->type) {
                    error(opOffset, QStringLiteral("type mismatch: cannot compare %1 with %2")
                                        .arg(typeDescription(lhs->type), typeDescription(rhs->type)));
                } else if (ordering && lhs->type != ValueType::Number && lhs->type != ValueType::Date) {
                    error(opOffset, QStringLiteral("type mismatch: '%1' needs numbers or dates, not %2")
                                        .arg(op, typeDescription(lhs->type)));
                } else if (lhs->type == ValueType::ChoiceSet || lhs->type == ValueType::List) {
                    error(opOffset, QStringLiteral("type mismatch: use 'contains' to test %1")
                                        .arg(typeDescription(lhs->type)));
                }
            }
            checkChoice(*lhs, *rhs);
            checkChoice(*rhs, *lhs);
            auto node = binary(Node::Compare, std::move(lhs), std::move(rhs), ValueType::Bool);
            node->op = op;
            return node;
        }
        if (isKeyword("in")) {
            const int opOffset = m_token.offset;
            advance();
            auto rhs = parseSum();
            if (!rhs)
                return nullptr;
            if (rhs->kind != Node::List) {
                error(rhs->offset, QStringLiteral("type mismatch: 'in' needs a list such as [\"a\", \"b\"]"));
            } else if (lhs->type == ValueType::ChoiceSet || lhs->type == ValueType::List) {
                error(opOffset, QStringLiteral("type mismatch: use 'contains' to test %1").arg(typeDescription(lhs->type)));
            } else if (lhs->type != ValueType::Invalid && rhs->elementType != ValueType::Invalid
                       && lhs->type != rhs->elementType) {
                error(opOffset, QStringLiteral("type mismatch: %1 cannot be in a list of %2")
                                    .arg(typeDescription(lhs->type), typeDescription(rhs->elementType)));
            } else {
                for (const auto &item : rhs->operands)
                    checkChoice(*lhs, *item);
            }
            return binary(Node::In, std::move(lhs), std::move(rhs), ValueType::Bool);
        }
        if (isKeyword("contains")) {
            const int opOffset = m_token.offset;
            advance();
            auto rhs = parseSum();
            if (!rhs)
                return nullptr;
            if (lhs->type != ValueType::Invalid && lhs->type != ValueType::ChoiceSet) {
                error(opOffset, QStringLiteral("type mismatch: 'contains' needs a multi-choice question, not %1")
                                    .arg(typeDescription(lhs->type)));
            } else if (rhs->type != ValueType::Invalid && rhs->type != ValueType::Text) {
                error(rhs->offset, QStringLiteral("type mismatch: 'contains' needs a choice in quotes, not %1")
                                       .arg(typeDescription(rhs->type)));
            } else {
                checkChoice(*lhs, *rhs);
            }
            return binary(Node::Contains, std::move(lhs), std::move(rhs), ValueType::Bool);
        }
        return lhs;
    }

    // `a + b - c`: one Sum node. Numbers are days, so a sum is a number
    // (dates cancelling out, such as today - previous_date) or a date
    // (one date more added than subtracted).
    std::unique_ptr<Node> parseSum()
    {
        auto first = parsePrimary();
        if (!first || !(isOperator("+") || isOperator("-")))
            return first;
        auto sum = makeNode(Node::Sum, first->offset, first->type);
        sum->operands.push_back(std::move(first));
        sum->subtract.push_back(false);
        while (isOperator("+") || isOperator("-")) {
            const bool add = isOperator("+");
            const int opOffset = m_token.offset;
            advance();
            auto rhs = parsePrimary();
            if (!rhs)
                return nullptr;
            const ValueType l = sum->type;
            const ValueType r = rhs->type;
            if (l == ValueType::Invalid || r == ValueType::Invalid)
                sum->type = ValueType::Invalid;
            else if (l == ValueType::Number && r == ValueType::Number)
                sum->type = ValueType::Number;
            else if (l == ValueType::Date && r == ValueType::Number)
                sum->type = ValueType::Date;
            else if (!add && l == ValueType::Date && r == ValueType::Date)
                sum->type = ValueType::Number; // days between two dates
            else {
                error(opOffset, QStringLiteral("type mismatch: cannot %1 %2 and %3")
                                    .arg(add ? QStringLiteral("add") : QStringLiteral("subtract"),
                                         typeDescription(l), typeDescription(r)));
                sum->type = ValueType::Invalid;
            }
            sum->operands.push_back(std::move(rhs));
            sum->subtract.push_back(!add);
        }
        return sum;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const Token t = m_token;
        switch (t.kind) {
        case Token::End:
            error(t.offset, QStringLiteral("syntax error: the condition ends where a value was expected"));
            return nullptr;
        case Token::Bad:
            error(t.offset, QStringLiteral("syntax error: %1").arg(t.text));
            return nullptr;
        case Token::String: {
            advance();
            auto node = makeNode(Node::Literal, t.offset, ValueType::Text);
            node->literal = t.text;
            return node;
        }
        case Token::Number: {
            advance();
            // Numbers count days, so they are whole, and bounded so that
            // date arithmetic can never overflow.
            bool ok = false;
            const qint64 value = t.text.toLongLong(&ok);
            if (!ok || value > Condition::kMaxDays) {
                error(t.offset, QStringLiteral("'%1' is not a whole number of days from 0 to %2")
                                    .arg(t.text.left(20)).arg(Condition::kMaxDays));
                return nullptr;
            }
            if (isKeyword("days") || isKeyword("day"))
                advance();
            auto node = makeNode(Node::Literal, t.offset, ValueType::Number);
            node->literal = double(value);
            return node;
        }
        case Token::Operator:
            if (t.text == QLatin1String("(")) {
                if (!enter(t.offset))
                    return nullptr;
                advance();
                auto inner = parseOr();
                leave();
                if (!inner)
                    return nullptr;
                if (!isOperator(")")) {
                    error(m_token.offset, QStringLiteral("syntax error: ')' expected to close the '(' at column %1")
                                              .arg(m_start.column + t.offset));
                    return nullptr;
                }
                advance();
                return inner;
            }
            if (t.text == QLatin1String("[")) {
                if (!enter(t.offset))
                    return nullptr;
                auto list = parseList();
                leave();
                return list;
            }
            error(t.offset, QStringLiteral("syntax error: unexpected '%1' where a value was expected").arg(t.text));
            return nullptr;
        case Token::Identifier:
            break;
        }
        advance();
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
            auto node = makeNode(Node::Literal, t.offset, ValueType::Bool);
            node->literal = t.text == QLatin1String("true");
            return node;
        }
        if (t.text == QLatin1String("today"))
            return makeNode(Node::Today, t.offset, ValueType::Date);
        if (t.text == QLatin1String("answered") && isOperator("("))
            return parseAnswered(t.offset);
        static const QStringList reserved{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                          QStringLiteral("in"), QStringLiteral("contains"),
                                          QStringLiteral("days"), QStringLiteral("day")};
        if (reserved.contains(t.text)) {
            error(t.offset, QStringLiteral("syntax error: '%1' where a value was expected").arg(t.text));
            return nullptr;
        }
        const Question *q = m_questions.value(t.text);
        auto node = makeNode(Node::Answer, t.offset, ValueType::Invalid);
        node->id = t.text;
        if (!q) {
            error(t.offset, QStringLiteral("unknown question id \"%1\"").arg(t.text));
            return node; // keep going, so later errors in the same condition are reported too
        }
        node->question = q;
        switch (q->type) {
        case Question::Type::Boolean: node->type = ValueType::Bool; break;
        case Question::Type::Choice:
        case Question::Type::Text: node->type = ValueType::Text; break;
        case Question::Type::MultiChoice: node->type = ValueType::ChoiceSet; break;
        case Question::Type::Date: node->type = ValueType::Date; break;
        }
        if (!m_questionIds->contains(q->id))
            m_questionIds->append(q->id);
        return node;
    }

    // answered(id): whether the question is shown and answered; the one
    // test that is never unknown.
    std::unique_ptr<Node> parseAnswered(int offset)
    {
        advance(); // '('
        const Token id = m_token;
        if (id.kind != Token::Identifier) {
            error(id.offset, QStringLiteral("syntax error: answered( needs a question id"));
            return nullptr;
        }
        advance();
        if (!isOperator(")")) {
            error(m_token.offset, QStringLiteral("syntax error: ')' expected after answered(%1").arg(id.text));
            return nullptr;
        }
        advance();
        auto node = makeNode(Node::Answered, offset, ValueType::Bool);
        node->id = id.text;
        node->question = m_questions.value(id.text);
        if (!node->question)
            error(id.offset, QStringLiteral("unknown question id \"%1\"").arg(id.text));
        else if (!m_questionIds->contains(id.text))
            m_questionIds->append(id.text);
        return node;
    }

    std::unique_ptr<Node> parseList()
    {
        auto list = makeNode(Node::List, m_token.offset, ValueType::List);
        advance(); // '['
        while (!isOperator("]")) {
            auto item = parseOr();
            if (!item)
                return nullptr;
            if (item->type == ValueType::List || item->type == ValueType::ChoiceSet) {
                error(item->offset, QStringLiteral("type mismatch: a list cannot hold %1").arg(typeDescription(item->type)));
            } else if (list->elementType == ValueType::Invalid) {
                list->elementType = item->type;
            } else if (item->type != ValueType::Invalid && item->type != list->elementType) {
                error(item->offset, QStringLiteral("type mismatch: a list mixes %1 with %2")
                                        .arg(typeDescription(list->elementType), typeDescription(item->type)));
            }
            list->operands.push_back(std::move(item));
            if (isOperator(","))
                advance();
            else if (!isOperator("]")) {
                error(m_token.offset, QStringLiteral("syntax error: ',' or ']' expected in the list"));
                return nullptr;
            }
        }
        advance(); // ']'
        return list;
    }

    Tokenizer m_tokens;
    Token m_token;
    SourceLocation m_start;
    const QHash<QString, const Question *> &m_questions;
    Diagnostics *m_errors;
    QStringList *m_questionIds = nullptr;
    bool m_failed = false;
    int m_depth = 0;
    bool m_reportedDepth = false;
};

} // namespace

std::unique_ptr<Node> parseConditionText(const QString &text, const SourceLocation &start,
                                         const QHash<QString, const Question *> &questions,
                                         Diagnostics *errors, QStringList *questionIds)
{
    Parser parser(text, start, questions, errors);
    auto root = parser.parse(text, questionIds);
    if (!root || parser.failed())
        return nullptr;
    return root;
}
