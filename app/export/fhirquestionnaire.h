#pragma once

#include "fhirwording.h"
#include "ruleset.h"

#include <QJsonObject>
#include <QList>

// The rule set as FHIR R4 sees it: a Questionnaire whose linkIds are the
// question ids, and one CodeSystem per choice question whose codes are the
// choice ids. In the wording's language, with translations where it has them.
namespace FhirQuestionnaire {

QJsonObject questionnaire(const RuleSet &ruleSet, const FhirWording &wording);
// The CodeSystems the Questionnaire's answer codings come from, in question order.
QList<QJsonObject> codeSystems(const RuleSet &ruleSet, const FhirWording &wording);

// A coding of one of a question's choices: system and code, and given a
// wording the display with its translations (enableWhen compares codes only).
QJsonObject coding(const RuleSet &ruleSet, const Question &question, const QString &choiceId,
                   const FhirWording *wording = nullptr);

} // namespace FhirQuestionnaire
