#include "submissioncheck.h"

#include "evaluation.h"

#include <QSet>

#include <algorithm>

SubmissionCheck::SubmissionCheck(RuleSetPtr ruleSet) : m_ruleSet(std::move(ruleSet)) {}

QString SubmissionCheck::quote(const QString &value)
{
    constexpr int kShown = 60;
    if (value.size() <= kShown)
        return u'"' + value + u'"';
    return QStringLiteral("\"%1…\" (%2 characters)").arg(value.left(kShown)).arg(value.size());
}

QString SubmissionCheck::nameProblem(const QString &name, bool required)
{
    bool visible = false;
    for (const QChar c : name) {
        const QChar::Category category = c.category();
        // Tabs and line breaks count as blanks (a pasted name may carry them).
        if (category == QChar::Other_Control && !c.isSpace())
            return QStringLiteral("contains a control character (code %1); type the name again")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        // Spaces, zero-width spaces, a byte-order mark and other format
        // characters show nothing.
        if (!c.isSpace() && category != QChar::Other_Format && category != QChar::Separator_Space)
            visible = true;
    }
    if (characters(name) > kMaxNameLength)
        return QStringLiteral("too long: %1 characters, at most %2").arg(characters(name)).arg(kMaxNameLength);
    if (!visible && (required || !name.isEmpty()))
        return required ? QStringLiteral("a name is required (only blank or invisible characters were given)")
                        : QStringLiteral("only blank or invisible characters; leave it empty or type the reading");
    return {};
}

qsizetype SubmissionCheck::characters(const QString &text)
{
    return text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

QString SubmissionCheck::birthDateProblem(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid())
        return QStringLiteral("a date of birth is required");
    if (birthDate > day)
        return QStringLiteral("%1 is in the future").arg(birthDate.toString(Qt::ISODate));
    if (birthDate.addYears(130) < day)
        return QStringLiteral("%1 is more than 130 years ago; check the year").arg(birthDate.toString(Qt::ISODate));
    return {};
}

QString SubmissionCheck::dateProblem(const QDate &date, const QDate &day, const QDate &birthDate)
{
    if (date > day)
        return QStringLiteral("%1 is in the future (the submission day is %2)")
            .arg(date.toString(Qt::ISODate), day.toString(Qt::ISODate));
    if (birthDate.isValid() && date < birthDate)
        return QStringLiteral("%1 is before the date of birth %2")
            .arg(date.toString(Qt::ISODate), birthDate.toString(Qt::ISODate));
    return {};
}

QStringList SubmissionCheck::problems(const Submission &s) const
{
    QStringList problems;
    const auto problem = [&](const QString &field, const QString &message) {
        problems << QStringLiteral("%1: %2").arg(field, message);
    };
    const QDate day = s.day();

    if (!Languages::supported().contains(s.language))
        problem(QStringLiteral("language"), QStringLiteral("unknown language %1 (expected %2)")
                                                .arg(quote(s.language), Languages::supported().join(QStringLiteral(", "))));
    if (!s.submittedAt.isValid())
        problem(QStringLiteral("submittedAt"), QStringLiteral("a submission time is required"));
    if (const QString p = nameProblem(s.patient.name, true); !p.isEmpty())
        problem(QStringLiteral("patient.name"), p);
    if (const QString p = nameProblem(s.patient.kana, false); !p.isEmpty())
        problem(QStringLiteral("patient.kana"), p);
    if (s.submittedAt.isValid()) {
        const QString birth = birthDateProblem(s.patient.birthDate, day);
        if (!birth.isEmpty())
            problem(QStringLiteral("patient.birthDate"), birth);
    }

    const QSet<QString> visible = Evaluator(m_ruleSet).visibleQuestions(s.answers, day);
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        const QString field = QStringLiteral("answers.") + it.key();
        const Question *q = m_ruleSet->question(it.key());
        if (!q) {
            problem(field.left(80), QStringLiteral("unknown question id %1 in rule set %2").arg(quote(it.key()), m_ruleSet->id));
            continue;
        }
        if (!visible.contains(q->id)) {
            problem(field, QStringLiteral("this question is not shown for these answers (shown when: %1); "
                                          "remove the answer")
                               .arg(q->shownWhen->text()));
            continue;
        }
        const QVariant &value = it.value();
        switch (q->type) {
        case Question::Type::Choice:
            if (!q->hasChoice(value.toString()))
                problem(field, QStringLiteral("unknown choice %1 (expected one of: %2)")
                                   .arg(quote(value.toString()), q->choiceIds().join(QStringLiteral(", "))));
            break;
        case Question::Type::MultiChoice: {
            // One pass with a set: a hostile list of 100,000 items is checked
            // in linear time, and each problem is reported once.
            const QStringList chosen = value.toStringList();
            QSet<QString> seen;
            for (const QString &c : chosen) {
                if (!q->hasChoice(c))
                    problem(field, QStringLiteral("unknown choice %1 (expected any of: %2)")
                                       .arg(quote(c), q->choiceIds().join(QStringLiteral(", "))));
                else if (seen.contains(c))
                    problem(field, QStringLiteral("choice \"%1\" is given more than once").arg(c));
                else if (q->choice(c)->exclusive && chosen.size() > 1)
                    problem(field, QStringLiteral("\"%1\" cannot be combined with other choices").arg(c));
                seen.insert(c);
            }
            break;
        }
        case Question::Type::Date:
            if (s.submittedAt.isValid()) {
                const QString dateProblemText = dateProblem(value.toDate(), day, s.patient.birthDate);
                if (!dateProblemText.isEmpty())
                    problem(field, dateProblemText);
            }
            break;
        case Question::Type::Text:
            if (characters(value.toString()) > kMaxTextLength)
                problem(field, QStringLiteral("too long: %1 characters, at most %2")
                                   .arg(characters(value.toString())).arg(kMaxTextLength));
            break;
        case Question::Type::Boolean:
            break;
        }
    }
    for (const Question &q : m_ruleSet->questions) {
        if (!q.required || !visible.contains(q.id))
            continue;
        const QVariant value = s.answers.value(q.id);
        const bool empty = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty());
        if (empty)
            problem(QStringLiteral("answers.") + q.id, QStringLiteral("an answer is required"));
    }
    return problems;
}
