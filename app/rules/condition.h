#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "question.h"

class ConditionProgram;

// Gives the answer to a question as the evaluator should see it: a null
// QVariant when the question is hidden or unanswered, otherwise a bool, a
// QString, a QDate or a QStringList according to the question's type.
using AnswerLookup = std::function<QVariant(const QString &questionId)>;

// What a condition says about a patient's answers. A condition that reads a
// question which is hidden or unanswered may be neither true nor false: it
// is Unknown (three-valued logic, as SQL's NULL and FHIRPath's empty
// collection). See rules/README.md, "Unanswered questions".
enum class Truth : quint8 { False, True, Unknown };

// One question's answer as compiled conditions read it: typed, so that
// evaluation compares numbers, not names. Made once per answer set by the
// Evaluator (or by Condition::evaluate from an AnswerLookup).
struct AnswerSlot
{
    enum Kind : quint8 { Unanswered, Bool, Choice, Choices, Text, Date };
    Kind kind = Unanswered;
    bool yes = false;     // Bool
    int choice = -1;      // Choice: index among the question's choices; -1 for a value it does not offer
    quint64 chosen = 0;   // Choices: bit i for the question's choice i
    qint64 day = 0;       // Date: Julian day
    const QString *text = nullptr;         // Text, Choice: the answer itself
    const QStringList *list = nullptr;     // Choices: the answer itself

    // `value` must outlive the slot, which points into it. An empty text or
    // an empty multi-choice answer is unanswered, as in the patient flow.
    static AnswerSlot from(const QVariant &value, const Question &question);
};

// A condition of a rule set: the small expression language described in
// rules/README.md. It is parsed, type-checked and compiled to a flat program
// once, when the rule set loads, so that evaluation never meets an unknown
// id or a wrong type, never allocates and never recurses.
class Condition
{
public:
    struct Node;

    // Limits that keep a hostile or mistaken file from exhausting the stack
    // or memory; each is reported at the place it is exceeded.
    static constexpr int kMaxLength = 2000;  // characters in one condition
    static constexpr int kMaxNesting = 64;   // levels of '(', '[' and 'not'
    static constexpr qint64 kMaxDays = 100000; // the largest number (of days)

    ~Condition();

    // Parses `text`, whose first character stands at `start` in its file.
    // Every problem is appended to `errors`; returns null if there was any.
    static std::unique_ptr<Condition> parse(const QString &text, const SourceLocation &start,
                                            const QHash<QString, const Question *> &questions,
                                            Diagnostics *errors);

    // The condition on these answers, `today` being the submission day.
    // A comparison, `in`, `contains` or a bare yes/no question that reads a
    // hidden or unanswered question is Unknown; `not` Unknown is Unknown;
    // `and` is False if any side is False, `or` True if any side is True,
    // else Unknown when a side is (Kleene). answered(id) is never Unknown.
    Truth truth(const AnswerLookup &answers, const QDate &today) const;
    // The same on typed slots: the condition's i-th question (questionIds()) is
    // slotValues[slotOf[i]]. This is what the Evaluator calls.
    Truth truth(const AnswerSlot *slotValues, const int *slotOf, qint64 todayJulianDay) const;
    // True only when truth() is True: a rule fires, a question is shown.
    bool evaluate(const AnswerLookup &answers, const QDate &today) const
    {
        return truth(answers, today) == Truth::True;
    }

    // FHIR's enableWhen can say "question op answer" joined all by `and` or
    // all by `or`; a condition of that shape, meaning the same for
    // unanswered questions, comes back as such, else null.
    struct Comparison
    {
        QString questionId;
        QString op; // "=", "!=" or "exists" (answer true)
        QVariant answer; // a choice id (QString) or a bool
    };
    struct SimpleForm
    {
        QList<Comparison> comparisons;
        bool any = false; // joined by `or`
    };
    std::optional<SimpleForm> simpleForm() const;
    // The condition as a FHIRPath expression over the QuestionnaireResponse
    // (SDC's enableWhenExpression), with the same three-valued meaning:
    // empty where this is Unknown. `today` is the response's `authored` day
    // (today() when it has none). Empty, with the reason in `whyNot`, for
    // the few conditions FHIRPath cannot say (it has no difference of two
    // dates, so sums of two or more date differences).
    QString toFhirPath(QString *whyNot = nullptr) const;

    // The questions the condition reads, in order of first mention.
    const QStringList &questionIds() const { return m_questionIds; }
    const QString &text() const { return m_text; }

private:
    Condition();

    QString m_text;
    QStringList m_questionIds;
    std::unique_ptr<Node> m_root;
    std::unique_ptr<ConditionProgram> m_program;
    std::vector<Question> m_questions; // id, type and choices of questionIds()
};
