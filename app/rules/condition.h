#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

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

    // FHIR's enableWhen can say "question op answer" joined all by `and` or
    // all by `or`; a condition of that shape comes back as such, else null.
    struct Comparison
    {
        QString questionId;
        QString op; // "=" or "!="
        QVariant answer; // a choice id (QString) or a bool
    };
    struct SimpleForm
    {
        QList<Comparison> comparisons;
        bool any = false; // joined by `or`
    };
    std::optional<SimpleForm> simpleForm() const;
    // The condition as a FHIRPath expression over the QuestionnaireResponse,
    // for SDC's enableWhenExpression when enableWhen cannot say it.
    QString toFhirPath() const;

    // The questions the condition reads, in order of first mention.
    const QStringList &questionIds() const { return m_questionIds; }
    const QString &text() const { return m_text; }

private:
    Condition() = default;

    QString m_text;
    QStringList m_questionIds;
    std::unique_ptr<Node> m_root;
};
