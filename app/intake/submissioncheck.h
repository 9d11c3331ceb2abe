#pragma once

#include "ruleset.h"
#include "submission.h"

#include <QStringList>

// What a submission must satisfy before it is evaluated or stored, whether it
// comes from the kiosk or from an answers file: each problem names its field
// (`patient.birthDate`, `answers.pregnancy`) and says what to do.
class SubmissionCheck
{
public:
    explicit SubmissionCheck(RuleSetPtr ruleSet);

    QStringList problems(const Submission &submission) const;

    // The problem with one date answer, or an empty string; the kiosk calls
    // this as the patient enters it.
    static QString dateProblem(const QDate &date, const QDate &day, const QDate &birthDate);
    static QString birthDateProblem(const QDate &birthDate, const QDate &day);

    // The problem with a name or its kana reading (`required` for the name):
    // at least one visible character (NUL, zero-width spaces, a BOM or
    // control characters alone are not a name), no control characters, at
    // most kMaxNameLength characters.
    static QString nameProblem(const QString &name, bool required);
    // A value as messages quote it: at most about 60 characters, so that a
    // hostile 10 MB value does not come back on stderr.
    static QString quote(const QString &value);

    static constexpr int kMaxTextLength = 2000;
    // Characters as a person counts them: a character outside the Basic
    // Multilingual Plane (an emoji, a rare kanji) is one, not two.
    static qsizetype characters(const QString &text);
    static constexpr int kMaxNameLength = 100;

private:
    RuleSetPtr m_ruleSet;
};
