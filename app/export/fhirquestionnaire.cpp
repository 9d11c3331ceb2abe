#include "fhirquestionnaire.h"

#include "fhircanonical.h"
#include "settings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace FhirQuestionnaire {

namespace {

const char *const kDescription = QT_TRANSLATE_NOOP(
    "FhirQuestionnaire", "The questions patients answer before counselling, as PreScreen asks them (rule set %1, version %2).");
const char *const kSource = QT_TRANSLATE_NOOP("FhirQuestionnaire", "Source: %1");

QString itemType(Question::Type type)
{
    switch (type) {
    case Question::Type::Choice:
    case Question::Type::MultiChoice: return QStringLiteral("choice");
    case Question::Type::Boolean: return QStringLiteral("boolean");
    case Question::Type::Text: return QStringLiteral("text");
    case Question::Type::Date: return QStringLiteral("date");
    }
    return QStringLiteral("string");
}

QJsonObject extension(const QString &url, const QString &valueKey, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("url"), url}, {valueKey, value}};
}

QJsonObject fhirPath(const QString &expression)
{
    return QJsonObject{{QStringLiteral("language"), QStringLiteral("text/fhirpath")},
                       {QStringLiteral("expression"), expression}};
}

QJsonArray enableWhen(const RuleSet &ruleSet, const Condition::SimpleForm &form)
{
    QJsonArray conditions;
    for (const Condition::Comparison &c : form.comparisons) {
        QJsonObject when{{QStringLiteral("question"), c.questionId}, {QStringLiteral("operator"), c.op}};
        if (c.answer.typeId() == QMetaType::Bool)
            when.insert(QStringLiteral("answerBoolean"), c.answer.toBool());
        else
            when.insert(QStringLiteral("answerCoding"), coding(ruleSet, *ruleSet.question(c.questionId), c.answer.toString()));
        conditions.append(when);
    }
    return conditions;
}

// PreScreen refuses a date in the future or before the date of birth. R4
// has no static value for either, so the limits are SDC's minValue and
// maxValue computed by FHIRPath: cqf-expression on the value, the R4
// extension that names its language (R4's cqf-calculatedValue is a bare
// string). The birth date comes from the launch context `patient`.
QJsonArray dateLimits()
{
    const auto computed = [](const QString &url, const QString &expression) {
        return QJsonObject{
            {QStringLiteral("url"), url},
            {QStringLiteral("_valueDate"),
             QJsonObject{{QStringLiteral("extension"),
                          QJsonArray{extension(QStringLiteral("http://hl7.org/fhir/StructureDefinition/cqf-expression"),
                                               QStringLiteral("valueExpression"), fhirPath(expression))}}}}};
    };
    return QJsonArray{computed(QStringLiteral("http://hl7.org/fhir/StructureDefinition/minValue"),
                               QStringLiteral("%patient.birthDate")),
                      computed(QStringLiteral("http://hl7.org/fhir/StructureDefinition/maxValue"), QStringLiteral("today()"))};
}

QJsonObject patientLaunchContext()
{
    return QJsonObject{
        {QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext")},
        {QStringLiteral("extension"),
         QJsonArray{extension(QStringLiteral("name"), QStringLiteral("valueCoding"),
                              QJsonObject{{QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext")},
                                          {QStringLiteral("code"), QStringLiteral("patient")}}),
                    extension(QStringLiteral("type"), QStringLiteral("valueCode"), QStringLiteral("Patient")),
                    extension(QStringLiteral("description"), QStringLiteral("valueString"),
                              QStringLiteral("The patient answering: no date may be before their birth date."))}}};
}

// A help text as SDC renders one: a display item under its question, marked help.
QJsonObject helpItem(const Question &q, const FhirWording &wording)
{
    QJsonObject help{{QStringLiteral("linkId"), q.id + QStringLiteral(".help")},
                     {QStringLiteral("type"), QStringLiteral("display")},
                     {QStringLiteral("extension"),
                      QJsonArray{extension(
                          QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"),
                          QStringLiteral("valueCodeableConcept"),
                          QJsonObject{{QStringLiteral("coding"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/questionnaire-item-control")},
                                           {QStringLiteral("code"), QStringLiteral("help")},
                                           {QStringLiteral("display"), QStringLiteral("Help-Button")}}}}})}}};
    wording.set(&help, QStringLiteral("text"), q.help);
    return help;
}

QJsonObject item(const RuleSet &ruleSet, const Question &q, const FhirWording &wording)
{
    QJsonObject item{{QStringLiteral("linkId"), q.id},
                     {QStringLiteral("type"), itemType(q.type)},
                     {QStringLiteral("required"), q.required}};
    wording.set(&item, QStringLiteral("text"), q.text);
    QJsonArray extensions;
    if (q.type == Question::Type::MultiChoice)
        item.insert(QStringLiteral("repeats"), true);
    if (q.type == Question::Type::Date) {
        for (const QJsonValue &limit : dateLimits())
            extensions.append(limit);
    }
    if (!q.choices.isEmpty()) {
        QJsonArray options;
        for (const Choice &c : q.choices) {
            QJsonObject option{{QStringLiteral("valueCoding"), coding(ruleSet, q, c.id, &wording)}};
            if (c.exclusive)
                option.insert(QStringLiteral("extension"),
                              QJsonArray{extension(QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"),
                                                   QStringLiteral("valueBoolean"), true)});
            options.append(option);
        }
        item.insert(QStringLiteral("answerOption"), options);
    }
    if (q.shownWhen) {
        if (const auto form = q.shownWhen->simpleForm()) {
            item.insert(QStringLiteral("enableWhen"), enableWhen(ruleSet, *form));
            if (form->comparisons.size() > 1)
                item.insert(QStringLiteral("enableBehavior"), form->any ? QStringLiteral("any") : QStringLiteral("all"));
        } else if (const QString expression = q.shownWhen->toFhirPath(); !expression.isEmpty()) {
            // Without a translation (`questionnaire` warns) the item is always enabled.
            extensions.append(extension(
                QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"),
                QStringLiteral("valueExpression"), fhirPath(expression)));
        }
    }
    if (!extensions.isEmpty())
        item.insert(QStringLiteral("extension"), extensions);
    if (!q.help.isEmpty())
        item.insert(QStringLiteral("item"), QJsonArray{helpItem(q, wording)});
    return item;
}

QString description(const RuleSet &ruleSet, const FhirWording &wording, const QString &language)
{
    const auto tr = [&](const char *source) {
        return language.isEmpty() ? QString::fromUtf8(source)
                                  : wording.in(language, QString::fromUtf8(source), QStringLiteral("FhirQuestionnaire"));
    };
    QString text = tr(kDescription);
    if (text.isEmpty())
        return {};
    text = text.arg(ruleSet.id, ruleSet.version);
    if (!ruleSet.source.isEmpty()) {
        const QString source = tr(kSource);
        if (source.isEmpty())
            return {};
        text += QStringLiteral("\n\n") + source.arg(ruleSet.source);
    }
    return text;
}

// The human-readable rendering FHIR asks of every resource: the title, the
// description and the questions with their help and choices, in the
// Questionnaire's own language.
QJsonObject narrative(const RuleSet &ruleSet, const FhirWording &wording, const QString &descriptionText)
{
    QString div = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><h2>%1</h2><p>%2</p><ol>")
                      .arg(wording.text(ruleSet.title).toHtmlEscaped(), descriptionText.toHtmlEscaped())
                      .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
    for (const Question &q : ruleSet.questions) {
        div += QStringLiteral("<li>") + wording.text(q.text).toHtmlEscaped();
        if (!q.help.isEmpty())
            div += QStringLiteral("<br/><i>") + wording.text(q.help).toHtmlEscaped() + QStringLiteral("</i>");
        if (!q.choices.isEmpty()) {
            div += QStringLiteral("<ul>");
            for (const Choice &c : q.choices)
                div += QStringLiteral("<li>") + wording.text(c.text).toHtmlEscaped() + QStringLiteral("</li>");
            div += QStringLiteral("</ul>");
        }
        div += QStringLiteral("</li>");
    }
    div += QStringLiteral("</ol></div>");
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("generated")}, {QStringLiteral("div"), div}};
}

} // namespace

QJsonObject coding(const RuleSet &ruleSet, const Question &question, const QString &choiceId, const FhirWording *wording)
{
    QJsonObject coding{{QStringLiteral("system"), FhirCanonical::codeSystemUrl(ruleSet.id, question.id)},
                       {QStringLiteral("code"), choiceId}};
    const Choice *c = question.choice(choiceId);
    if (c && wording)
        wording->set(&coding, QStringLiteral("display"), c->text);
    return coding;
}

QJsonObject questionnaire(const RuleSet &ruleSet, const FhirWording &wording)
{
    QJsonArray items;
    bool asksDates = false;
    for (const Question &q : ruleSet.questions) {
        items.append(item(ruleSet, q, wording));
        asksDates = asksDates || q.type == Question::Type::Date;
    }
    QJsonObject questionnaire{{QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
                              {QStringLiteral("id"), FhirCanonical::resourceId(ruleSet.id)},
                              {QStringLiteral("language"), FhirWording::fhirLanguage(wording.language())},
                              {QStringLiteral("url"), FhirCanonical::questionnaireUrl(ruleSet.id)},
                              {QStringLiteral("version"), ruleSet.version},
                              {QStringLiteral("name"), FhirCanonical::computableName(ruleSet.id)},
                              {QStringLiteral("status"), QStringLiteral("active")},
                              {QStringLiteral("subjectType"), QJsonArray{QStringLiteral("Patient")}},
                              {QStringLiteral("publisher"), Settings::clinicName()},
                              {QStringLiteral("item"), items}};
    if (asksDates)
        questionnaire.insert(QStringLiteral("extension"), QJsonArray{patientLaunchContext()});
    if (ruleSet.date.isValid())
        questionnaire.insert(QStringLiteral("date"), ruleSet.date.toString(Qt::ISODate));
    wording.set(&questionnaire, QStringLiteral("title"), ruleSet.title.isEmpty() ? ruleSet.id : ruleSet.title);
    wording.set(&questionnaire, QStringLiteral("description"),
                [&](const QString &language) { return description(ruleSet, wording, language); });
    questionnaire.insert(QStringLiteral("text"),
                         narrative(ruleSet, wording, questionnaire.value(QStringLiteral("description")).toString()));
    return questionnaire;
}

QList<QJsonObject> codeSystems(const RuleSet &ruleSet, const FhirWording &wording)
{
    QList<QJsonObject> systems;
    for (const Question &q : ruleSet.questions) {
        if (q.choices.isEmpty())
            continue;
        // Translations of a code's display are designations, the CodeSystem's own way.
        QJsonArray concepts;
        for (const Choice &c : q.choices) {
            QJsonObject concept{{QStringLiteral("code"), c.id}, {QStringLiteral("display"), wording.text(c.text)}};
            QJsonArray designations;
            for (const QString &language : wording.translations()) {
                const QString translated = wording.in(language, c.text);
                if (!translated.isEmpty())
                    designations.append(QJsonObject{{QStringLiteral("language"), FhirWording::fhirLanguage(language)},
                                                    {QStringLiteral("value"), translated}});
            }
            if (!designations.isEmpty())
                concept.insert(QStringLiteral("designation"), designations);
            concepts.append(concept);
        }
        QJsonObject system{{QStringLiteral("resourceType"), QStringLiteral("CodeSystem")},
                           {QStringLiteral("id"), FhirCanonical::codeSystemId(ruleSet.id, q.id)},
                           {QStringLiteral("language"), FhirWording::fhirLanguage(wording.language())},
                           {QStringLiteral("url"), FhirCanonical::codeSystemUrl(ruleSet.id, q.id)},
                           {QStringLiteral("version"), ruleSet.version},
                           {QStringLiteral("name"), FhirCanonical::computableName(ruleSet.id + u'-' + q.id)},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("publisher"), Settings::clinicName()},
                           {QStringLiteral("caseSensitive"), true},
                           {QStringLiteral("content"), QStringLiteral("complete")},
                           {QStringLiteral("count"), concepts.size()},
                           {QStringLiteral("concept"), concepts}};
        if (ruleSet.date.isValid())
            system.insert(QStringLiteral("date"), ruleSet.date.toString(Qt::ISODate));
        wording.set(&system, QStringLiteral("title"), q.text);
        systems.append(system);
    }
    return systems;
}

} // namespace FhirQuestionnaire
