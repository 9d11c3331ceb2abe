#pragma once

#include "outcome.h"
#include "reviewstore.h"

#include <QDate>
#include <QString>
#include <QVariant>

struct RuleSet;

// How answers, dates, outcomes and decisions read on screen, in the current
// language. Shared by the patient's review and the doctor's screens.
namespace AnswerFormat {

QString answer(const RuleSet &ruleSet, const QString &questionId, const QVariant &value);
QString longDate(const QDate &date);
QString outcome(Outcome outcome);
QString decision(Review::Decision decision);
// "Section › Subsection" with each heading translated.
QString section(const RuleSet &ruleSet, const QString &section);

} // namespace AnswerFormat
