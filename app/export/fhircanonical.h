#pragma once

#include <QString>

// Where the clinic's FHIR resources are, stated once: the canonical URLs of
// the Questionnaire and its CodeSystems (under Settings::fhirBase()), the ids
// and computable names FHIR's invariants allow, and the stable urn:uuids
// that let a resent export name the same things again.
namespace FhirCanonical {

// {base}/Questionnaire/{rule set id}; a QuestionnaireResponse names it with |version.
QString questionnaireUrl(const QString &ruleSetId);
// The CodeSystem of one choice question's answers: {base}/CodeSystem/{its id}.
QString codeSystemUrl(const QString &ruleSetId, const QString &questionId);
QString codeSystemId(const QString &ruleSetId, const QString &questionId);

// A resource id FHIR accepts ([A-Za-z0-9-.]{1,64}): "_" becomes "-", and a
// longer id keeps its start and a hash of the whole.
QString resourceId(const QString &text);
// A computable name (que-0, csd-0: a capital, then letters, digits, _):
// "exosome-screening" is "ExosomeScreening".
QString computableName(const QString &text);

// urn:uuid:… made from `name` (UUID version 5): the same name gives the same
// URN in every export.
QString stableUrn(const QString &name);

} // namespace FhirCanonical
