#pragma once

#include "doctorqueue.h"
#include "ruleset.h"

#include <QJsonObject>
#include <QList>

// FHIR R4 for the clinic's EHR: the rule set as a Questionnaire, and a day's
// submissions as a Bundle of QuestionnaireResponses whose linkIds are the
// question ids.
namespace FhirExport {

// The canonical URL of a rule set's Questionnaire (PRESCREEN_FHIR_BASE sets the base).
QString questionnaireUrl(const QString &ruleSetId);

QJsonObject questionnaire(const RuleSet &ruleSet);
QJsonObject questionnaireResponse(const StoredSubmission &stored, const RuleSet &ruleSet);
QJsonObject bundle(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now);

} // namespace FhirExport
