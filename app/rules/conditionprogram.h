#pragma once

// A condition compiled to a flat list of instructions for a small stack
// machine: no tree walk, no recursion, no allocation while it runs (the
// stack it needs is known when it is compiled). Internal to app/rules/.

#include "conditionnode.h"

#include <QStringList>

#include <vector>

class ConditionProgram
{
public:
    // `root` has passed the parser's checks; `questionIds` numbers the
    // questions the instructions read (the i-th is slot i).
    ConditionProgram(const Node &root, const QStringList &questionIds);

    Truth run(const AnswerSlot *slotValues, const int *slotOf, qint64 today) const;

private:
    enum class Op : quint8 {
        PushBool, PushNumber, PushText, PushToday,
        Load, Answered, ChoiceIs, ChoiceIn, ChoicesHave,
        Not, JumpIfFalse, JumpIfTrue, And, Or,
        Compare, InStart, InItem, InEnd, Contains, Add, Subtract,
    };
    enum class Cmp : quint8 { Eq, Ne, Lt, Le, Gt, Ge };
    struct Instruction
    {
        Op op;
        Cmp cmp = Cmp::Eq;
        int slot = 0;      // Load, Answered, ChoiceIs, ChoiceIn, ChoicesHave; PushText: string index; jumps: target
        qint64 value = 0;  // PushBool, PushNumber; ChoiceIs, ChoicesHave: choice index; ChoiceIn: bit mask
    };

    void compile(const Node &node);
    void append(Op op, int slot = 0, qint64 value = 0, Cmp cmp = Cmp::Eq);
    int slotOf(const Node &answer) const;
    bool compileChoiceTest(const Node &node);

    std::vector<Instruction> m_code;
    QStringList m_texts;           // the text literals, by index
    const QStringList &m_questionIds; // only while compiling
    int m_depth = 0;
    int m_maxDepth = 0;
};
