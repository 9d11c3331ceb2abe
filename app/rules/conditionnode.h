#pragma once

// The parsed form of a Condition, shared by its parser, its evaluator and its
// FHIRPath translation; nothing outside app/rules/ sees it.

#include "condition.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct Question;

enum class ValueType { Bool, Number, Text, Date, ChoiceSet, List, Invalid };

struct Condition::Node
{
    enum Kind { Literal, Answer, Today, Not, And, Or, Compare, In, Contains, Add, Subtract, List };

    Kind kind = Literal;
    QVariant literal;
    QString id;      // Answer: the question id
    QString op;      // Compare: = != < <= > >=
    std::vector<std::unique_ptr<Node>> operands;
    int offset = 0;  // where the node starts in the condition text
    ValueType type = ValueType::Invalid;
    ValueType elementType = ValueType::Invalid; // List: the type of its items
    const Question *question = nullptr;          // Answer: its question
};

using Node = Condition::Node;
