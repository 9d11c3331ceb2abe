#pragma once

// Rule sets that once crashed PreScreen with a stack overflow (issue 19),
// generated at the sizes that crashed it, and just past the limits that now
// refuse them. Each must be refused with a message naming file:line:column.
#include "condition.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace HostileRules {

struct Case
{
    const char *name;
    QByteArray text;
    QString expected; // ":LINE:COLUMN: message", after the file name
};

// A rule set whose one rule has `condition` as its `when`: line 10, column 9.
inline QByteArray withCondition(const QByteArray &condition)
{
    return "ruleset: hostile\nversion: 1\n\nquestion allergy\n  type: boolean\n  text: Allergy?\n\n"
           "rule r\n  level: review\n  when: " + condition + "\n  reason: r\n  section: s\n";
}

inline QByteArray repeated(const char *text, int times)
{
    return QByteArray(text).repeated(times);
}

// Questions q0 ... q{n-1}, each shown after the next, and the last after the
// one before it: a cycle at the end of an n-question chain.
inline QByteArray chainEndingInCycle(int n, QString *expected)
{
    QByteArray text = "ruleset: hostile\nversion: 1\n";
    int line = 2;
    for (int i = 0; i < n; ++i) {
        const int next = i + 1 < n ? i + 1 : n - 2;
        text += "question q" + QByteArray::number(i) + "\n  type: boolean\n  text: Q?\n  shown when: q"
            + QByteArray::number(next) + "\n";
        line += 4;
        if (i == n - 2)
            *expected = QStringLiteral(":%1:15: visibility cycle: q%2 -> q%3 -> q%2").arg(line).arg(n - 2).arg(n - 1);
    }
    return text;
}

inline QList<Case> cases()
{
    const QString tooLong = QStringLiteral(":10:%1: condition too long: %2 characters, at most 2000");
    const QString tooDeep = QStringLiteral(":10:%1: nesting too deep: more than 64 levels of parentheses, lists and 'not'");
    const auto longCase = [&](const char *name, const QByteArray &condition) {
        return Case{name, withCondition(condition), tooLong.arg(9 + Condition::kMaxLength).arg(condition.size())};
    };
    QList<Case> all{
        // The sizes of the issue.
        longCase("3,900 levels of parentheses", repeated("(", 3900) + "allergy" + repeated(")", 3900)),
        longCase("5,000 nested lists", "allergy in " + repeated("[", 5000) + "true" + repeated("]", 5000)),
        longCase("58,500 not", repeated("not ", 58500) + "allergy"),
        longCase("33,000-term and chain", repeated("allergy and ", 32999) + "allergy"),
        // One level past the limit, short enough to be read: the 65th
        // opening is where the message points.
        Case{"65 levels of parentheses", withCondition(repeated("(", 65) + "allergy" + repeated(")", 65)),
             tooDeep.arg(9 + 64)},
        Case{"65 nested lists", withCondition("allergy in " + repeated("[", 65) + "true" + repeated("]", 65)),
             tooDeep.arg(9 + 11 + 64)},
        Case{"65 not", withCondition(repeated("not ", 65) + "allergy"), tooDeep.arg(9 + 4 * 64)},
    };
    Case chain{"a visibility cycle at the end of a 50,000-question chain", {}, {}};
    chain.text = chainEndingInCycle(50000, &chain.expected);
    all.append(chain);
    return all;
}

} // namespace HostileRules
