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

    static constexpr int kMaxTextLength = 2000;

private:
    RuleSetPtr m_ruleSet;
};
