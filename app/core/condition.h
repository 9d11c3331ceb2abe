#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

struct Question;

// Gives the answer to a question as the evaluator should see it: a null
// QVariant when the question is hidden or unanswered, otherwise a bool, a
// QString, a QDate or a QStringList according to the question's type.
using AnswerLookup = std::function<QVariant(const QString &questionId)>;

// A condition of a rule set: the small expression language described in
// rules/README.md. It is parsed and type-checked once, when the rule set
// loads, so that evaluation can never meet an unknown id or a wrong type.
class Condition
{
public:
    struct Node;

    ~Condition();

    // Parses `text`, whose first character stands at `start` in its file.
    // Every problem is appended to `errors`; returns null if there was any.
    static std::unique_ptr<Condition> parse(const QString &text, const SourceLocation &start,
                                            const QHash<QString, const Question *> &questions,
                                            Diagnostics *errors);

    // Unanswered or hidden questions compare unequal to everything and make
    // ordering, `in` and `contains` false, so a rule about a hidden question
    // never fires.
    bool evaluate(const AnswerLookup &answers, const QDate &today) const;

    // The questions the condition reads, in order of first mention.
    const QStringList &questionIds() const { return m_questionIds; }
    const QString &text() const { return m_text; }

private:
    Condition() = default;

    QString m_text;
    QStringList m_questionIds;
    std::unique_ptr<Node> m_root;
};
