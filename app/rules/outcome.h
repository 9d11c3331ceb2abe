#pragma once

#include <QString>
#include <optional>

// Ordered from least to most serious, so that the outcome of a submission is
// simply the maximum over the rules that fired.
enum class Outcome { Clear = 0, Review = 1, Avoid = 2, Decline = 3 };

QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString &name);
