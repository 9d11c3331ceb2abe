#pragma once

#include "doctorqueue.h"
#include "fhirwording.h"
#include "ruleset.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// FHIR R4 Bundles for the clinic's EHR: a day's submissions with the
// Questionnaire and CodeSystems they answer, as a collection to read, or as
// a transaction that a FHIR server takes in one request and that can be
// sent again without making anything twice.
namespace FhirExport {

enum class BundleType { Collection, Transaction };
std::optional<BundleType> bundleTypeFromName(const QString &name);

// The Questionnaire and its CodeSystems (`questionnaire --with-codesystems`).
QJsonObject definitions(const RuleSet &ruleSet, const FhirWording &wording, const QDateTime &now);

// A day's QuestionnaireResponses, each with its Patient (contained in a
// collection, beside it in a transaction), after the rule set's Questionnaire
// and CodeSystems in English with Japanese and Chinese translations.
QJsonObject bundle(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now,
                   BundleType type = BundleType::Collection);

} // namespace FhirExport
