#include "fhirresponse.h"

#include "fhircanonical.h"
#include "fhirquestionnaire.h"
#include "fhirwording.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace FhirResponse {

namespace {

bool isKana(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F);
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 || c == 0x3006;
}

// ISO 21090's name representations: IDE (ideographic, kanji), SYL
// (syllabic, kana); nothing for the Latin alphabet, whose order of family
// and given names the input does not say.
QString representation(const QString &name)
{
    bool han = false;
    for (const char32_t c : name.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        if (isHan(c))
            han = true;
        else if (!isKana(c))
            return {};
    }
    return han ? QStringLiteral("IDE") : QStringLiteral("SYL");
}

QJsonObject humanName(const QString &text, const QString &representation)
{
    QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")}, {QStringLiteral("text"), text}};
    if (representation.isEmpty())
        return name;
    // A Japanese (or Chinese) name written with one space is family, then given.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList parts = text.split(space, Qt::SkipEmptyParts);
    if (parts.size() == 2) {
        name.insert(QStringLiteral("family"), parts.at(0));
        name.insert(QStringLiteral("given"), QJsonArray{parts.at(1)});
    }
    name.insert(QStringLiteral("extension"),
                QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation")},
                                       {QStringLiteral("valueCode"), representation}}});
    return name;
}

QJsonArray answers(const QVariant &value, const Question *q, const RuleSet &ruleSet, const FhirWording &wording)
{
    QJsonArray answers;
    if (!q) {
        // Answers to questions the rule set no longer has are kept as text rather than dropped.
        answers.append(QJsonObject{{QStringLiteral("valueString"), value.toString()}});
        return answers;
    }
    switch (q->type) {
    case Question::Type::Boolean:
        answers.append(QJsonObject{{QStringLiteral("valueBoolean"), value.toBool()}});
        break;
    case Question::Type::Choice:
        answers.append(QJsonObject{{QStringLiteral("valueCoding"), FhirQuestionnaire::coding(ruleSet, *q, value.toString(), &wording)}});
        break;
    case Question::Type::MultiChoice:
        for (const QString &c : value.toStringList())
            answers.append(QJsonObject{{QStringLiteral("valueCoding"), FhirQuestionnaire::coding(ruleSet, *q, c, &wording)}});
        break;
    case Question::Type::Date: {
        const QString date = value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
        answers.append(QJsonObject{{QStringLiteral("valueDate"), date}});
        break;
    }
    case Question::Type::Text:
        answers.append(QJsonObject{{QStringLiteral("valueString"), value.toString()}});
        break;
    }
    return answers;
}

} // namespace

QJsonObject responseIdentifier(const Submission &submission)
{
    return QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                       {QStringLiteral("value"), QStringLiteral("urn:uuid:") + submission.uuid}};
}

QString patientUrn(const Submission &submission)
{
    return FhirCanonical::stableUrn(QStringLiteral("urn:uuid:") + submission.uuid + QStringLiteral("#patient"));
}

QJsonObject patientIdentifier(const Submission &submission)
{
    // PreScreen does not match people: without the clinic's patient number,
    // the patient of each submission is a record of its own ("secondary":
    // it names the person only as entered that once).
    return QJsonObject{{QStringLiteral("use"), QStringLiteral("secondary")},
                       {QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                       {QStringLiteral("value"), patientUrn(submission)}};
}

QJsonObject patient(const Submission &s)
{
    QJsonArray names{humanName(s.patient.name, representation(s.patient.name))};
    // A name written in kana is its own reading.
    if (!s.patient.kana.isEmpty() && s.patient.kana != s.patient.name)
        names.append(humanName(s.patient.kana, QStringLiteral("SYL")));
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("identifier"), QJsonArray{patientIdentifier(s)}},
                        {QStringLiteral("name"), names},
                        {QStringLiteral("birthDate"), s.patient.birthDate.toString(Qt::ISODate)}};
    if (!s.language.isEmpty())
        patient.insert(QStringLiteral("communication"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("language"),
                            QJsonObject{{QStringLiteral("coding"),
                                         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:bcp:47")},
                                                                {QStringLiteral("code"), FhirWording::fhirLanguage(s.language)}}}}}},
                           {QStringLiteral("preferred"), true}}});
    return patient;
}

QJsonObject questionnaireResponse(const StoredSubmission &stored, const RuleSet &ruleSet, PatientPlacement placement)
{
    const Submission &s = stored.submission;
    // The displays of coded answers in the language the patient read them in.
    const FhirWording wording(ruleSet.id, s.language.isEmpty() ? QStringLiteral("en") : s.language);
    // The active rule set gives the order and types.
    QStringList ids;
    for (const Question &q : ruleSet.questions)
        ids << q.id;
    for (const QString &id : s.answers.keys()) {
        if (!ids.contains(id))
            ids << id;
    }
    QJsonArray items;
    for (const QString &id : std::as_const(ids)) {
        // An optional text left empty is no answer: FHIR has no empty string.
        const QVariant value = s.answers.value(id);
        if (!value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
            || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty()))
            continue;
        items.append(QJsonObject{{QStringLiteral("linkId"), id},
                                 {QStringLiteral("answer"), answers(value, ruleSet.question(id), ruleSet, wording)}});
    }
    QJsonObject response{
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("identifier"), responseIdentifier(s)},
        {QStringLiteral("questionnaire"),
         FhirCanonical::questionnaireUrl(stored.evaluation.ruleSetId) + u'|' + stored.evaluation.ruleSetVersion},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("authored"), s.submittedAt.toString(Qt::ISODate)},
        {QStringLiteral("language"), FhirWording::fhirLanguage(wording.language())},
        {QStringLiteral("item"), items},
    };
    if (placement == PatientPlacement::Contained) {
        // A server gives the response its own id; a file keeps the submission's.
        response.insert(QStringLiteral("id"), s.uuid);
        QJsonObject contained = patient(s);
        contained.insert(QStringLiteral("id"), QStringLiteral("patient"));
        response.insert(QStringLiteral("contained"), QJsonArray{contained});
        response.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("#patient")}});
    } else {
        response.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), patientUrn(s)}});
    }
    // The patient answered for themselves at the kiosk.
    response.insert(QStringLiteral("source"), response.value(QStringLiteral("subject")));
    return response;
}

} // namespace FhirResponse
