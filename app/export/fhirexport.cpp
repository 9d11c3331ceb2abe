#include "fhirexport.h"

#include "condition.h"

#include <QJsonArray>

namespace FhirExport {

namespace {

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

QJsonObject coding(const RuleSet &ruleSet, const Question &q, const QString &choiceId)
{
    const Choice *c = q.choice(choiceId);
    QJsonObject coding{{QStringLiteral("system"), questionnaireUrl(ruleSet.id) + QStringLiteral("/") + q.id},
                       {QStringLiteral("code"), choiceId}};
    if (c)
        coding.insert(QStringLiteral("display"), c->text);
    return coding;
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

} // namespace

QString questionnaireUrl(const QString &ruleSetId)
{
    const QString base = qEnvironmentVariable("PRESCREEN_FHIR_BASE", QStringLiteral("http://prescreen.invalid/fhir"));
    return base + QStringLiteral("/Questionnaire/") + ruleSetId;
}

QJsonObject questionnaire(const RuleSet &ruleSet)
{
    QJsonArray items;
    for (const Question &q : ruleSet.questions) {
        QJsonObject item{{QStringLiteral("linkId"), q.id},
                         {QStringLiteral("text"), q.text},
                         {QStringLiteral("type"), itemType(q.type)},
                         {QStringLiteral("required"), q.required}};
        if (q.type == Question::Type::MultiChoice)
            item.insert(QStringLiteral("repeats"), true);
        if (!q.choices.isEmpty()) {
            QJsonArray options;
            for (const Choice &c : q.choices)
                options.append(QJsonObject{{QStringLiteral("valueCoding"), coding(ruleSet, q, c.id)}});
            item.insert(QStringLiteral("answerOption"), options);
        }
        if (q.shownWhen) {
            if (const auto form = q.shownWhen->simpleForm()) {
                item.insert(QStringLiteral("enableWhen"), enableWhen(ruleSet, *form));
                if (form->comparisons.size() > 1)
                    item.insert(QStringLiteral("enableBehavior"), form->any ? QStringLiteral("any") : QStringLiteral("all"));
            } else if (const QString expression = q.shownWhen->toFhirPath(); !expression.isEmpty()) {
                // Without a translation (questionnaire warns) the item is always enabled.
                item.insert(QStringLiteral("extension"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                                                                       "sdc-questionnaire-enableWhenExpression")},
                                {QStringLiteral("valueExpression"),
                                 QJsonObject{{QStringLiteral("language"), QStringLiteral("text/fhirpath")},
                                             {QStringLiteral("expression"), expression}}}}});
            }
        }
        if (!q.help.isEmpty())
            item.insert(QStringLiteral("item"),
                        QJsonArray{QJsonObject{{QStringLiteral("linkId"), q.id + QStringLiteral(".help")},
                                               {QStringLiteral("text"), q.help},
                                               {QStringLiteral("type"), QStringLiteral("display")}}});
        items.append(item);
    }
    QString name = ruleSet.id;
    name.remove(u'-');
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
                       {QStringLiteral("id"), ruleSet.id},
                       {QStringLiteral("url"), questionnaireUrl(ruleSet.id)},
                       {QStringLiteral("version"), ruleSet.version},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("title"), ruleSet.title},
                       {QStringLiteral("status"), QStringLiteral("active")},
                       {QStringLiteral("subjectType"), QJsonArray{QStringLiteral("Patient")}},
                       {QStringLiteral("item"), items}};
}

QJsonObject questionnaireResponse(const StoredSubmission &stored, const RuleSet &ruleSet)
{
    const Submission &s = stored.submission;
    QJsonArray items;
    // The active rule set gives the order and types; answers to questions it
    // no longer has are kept as text rather than dropped.
    QStringList ids;
    for (const Question &q : ruleSet.questions)
        ids << q.id;
    for (const QString &id : s.answers.keys()) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString &id : ids) {
        if (!s.answers.contains(id))
            continue;
        const QVariant value = s.answers.value(id);
        const Question *q = ruleSet.question(id);
        QJsonArray answers;
        if (!q) {
            answers.append(QJsonObject{{QStringLiteral("valueString"), value.toString()}});
        } else {
            switch (q->type) {
            case Question::Type::Boolean:
                answers.append(QJsonObject{{QStringLiteral("valueBoolean"), value.toBool()}});
                break;
            case Question::Type::Choice:
                answers.append(QJsonObject{{QStringLiteral("valueCoding"), coding(ruleSet, *q, value.toString())}});
                break;
            case Question::Type::MultiChoice:
                for (const QString &c : value.toStringList())
                    answers.append(QJsonObject{{QStringLiteral("valueCoding"), coding(ruleSet, *q, c)}});
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
        }
        items.append(QJsonObject{{QStringLiteral("linkId"), id}, {QStringLiteral("answer"), answers}});
    }
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("id"), QStringLiteral("patient")},
                        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), s.patient.name}}}},
                        {QStringLiteral("birthDate"), s.patient.birthDate.toString(Qt::ISODate)}};
    if (!s.patient.kana.isEmpty()) {
        // The kana reading, as Japanese FHIR profiles carry it: a name with the SYL representation.
        patient.insert(QStringLiteral("name"),
                       QJsonArray{QJsonObject{{QStringLiteral("text"), s.patient.name}},
                                  QJsonObject{{QStringLiteral("text"), s.patient.kana},
                                              {QStringLiteral("extension"),
                                               QJsonArray{QJsonObject{
                                                   {QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation")},
                                                   {QStringLiteral("valueCode"), QStringLiteral("SYL")}}}}}});
    }
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("id"), s.uuid},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                                                   {QStringLiteral("value"), QStringLiteral("urn:uuid:") + s.uuid}}},
        {QStringLiteral("questionnaire"),
         questionnaireUrl(stored.evaluation.ruleSetId) + u'|' + stored.evaluation.ruleSetVersion},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("authored"), s.submittedAt.toString(Qt::ISODate)},
        {QStringLiteral("language"), QString(s.language).replace(u'_', u'-')},
        {QStringLiteral("contained"), QJsonArray{patient}},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("#patient")}}},
        {QStringLiteral("item"), items},
    };
}

QJsonObject bundle(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now)
{
    QJsonArray list;
    for (const QueueEntry &e : entries)
        list.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + e.stored.submission.uuid},
                                {QStringLiteral("resource"), questionnaireResponse(e.stored, ruleSet)}});
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("collection")},
                       {QStringLiteral("timestamp"), now.toString(Qt::ISODate)},
                       {QStringLiteral("entry"), list}};
}

} // namespace FhirExport
