#pragma once

#include "ruleset.h"
#include "submissionstore.h"

#include <QJsonObject>

// One submission in FHIR R4: a QuestionnaireResponse whose linkIds are the
// question ids, and the Patient who gave it.
namespace FhirResponse {

// The Patient inside the response (#patient), as a file for reading wants
// it; or beside it, referenced by its urn:uuid, as a server that keeps
// patients apart wants it.
enum class PatientPlacement { Contained, Alongside };

QJsonObject questionnaireResponse(const StoredSubmission &stored, const RuleSet &ruleSet, PatientPlacement placement);

// The patient as entered: names split into family and given where the
// script says the order (Japanese and Chinese names with a space: family
// first), the kanji as the ideographic and the kana as the syllabic form.
QJsonObject patient(const Submission &submission);

// What names the submission and its patient the same way in every export:
// the identifiers a transaction's ifNoneExist searches, and the URN the
// patient's entry goes by.
QJsonObject responseIdentifier(const Submission &submission);
QJsonObject patientIdentifier(const Submission &submission);
QString patientUrn(const Submission &submission);

} // namespace FhirResponse
