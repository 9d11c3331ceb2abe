#pragma once

// The parsed form of a Condition, shared by its parser, its compiler and its
// FHIRPath translation; nothing outside app/rules/ sees it.
//
// Chains (`a and b and c`, `a or b`, `x + y - z`) are one node with many
// operands, so the tree is only as deep as the condition's nesting, which
// the parser limits (kMaxNesting). Code that walks the tree may therefore
// recurse: a hostile file cannot make it deeper than the limit.

#include "condition.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct Question;

enum class ValueType { Bool, Number, Text, Date, ChoiceSet, List, Invalid };

struct Condition::Node
{
    enum Kind {
        Literal,
        Answer,
        Answered, // answered(id): true/false, never unknown
        Today,
        Not,
        And, // n operands
        Or,  // n operands
        Compare,
        In,       // operand 0 in the List at operand 1
        Contains, // multi-choice answer contains a text
        Sum,      // n operands, each added or subtracted (see `subtract`)
        List,
    };

    Kind kind = Literal;
    QVariant literal;
    QString id;      // Answer, Answered: the question id
    QString op;      // Compare: = != < <= > >=
    std::vector<std::unique_ptr<Node>> operands;
    std::vector<bool> subtract; // Sum: operand i is subtracted (never the first)
    int offset = 0;  // where the node starts in the condition text
    ValueType type = ValueType::Invalid;
    ValueType elementType = ValueType::Invalid; // List: the type of its items
    const Question *question = nullptr;          // Answer, Answered: its question
};

using Node = Condition::Node;
