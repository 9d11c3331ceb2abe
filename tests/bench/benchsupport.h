#pragma once

// What the benchmarks share: a realistic submission and the median.

#include "clock.h"
#include "submission.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace BenchSupport {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline Submission sampleSubmission(int i)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子 %1").arg(i), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)};
    s.submittedAt = Clock::system().now();
    s.consent = {true, QStringLiteral("2026-11")};
    s.answers = {{QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("pregnancy"), QStringLiteral("no")},
                 {QStringLiteral("breastfeeding"), QStringLiteral("no")}, {QStringLiteral("cancer"), QStringLiteral("never")},
                 {QStringLiteral("anaphylaxis"), false}, {QStringLiteral("allergy"), i % 3 == 0},
                 {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), i % 5 == 0},
                 {QStringLiteral("previous_treatment"), true}, {QStringLiteral("previous_date"), s.submittedAt.date().addDays(-(i % 30))},
                 {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}},
                 {QStringLiteral("blood_donation"), false}};
    return s;
}


} // namespace BenchSupport
