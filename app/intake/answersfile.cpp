#include "answersfile.h"

#include "submissioncheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include "submissioncheck.h"

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("true/false");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("text %1").arg(SubmissionCheck::quote(v.toString()));
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString lineAndColumn(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

// Only the full calendar form is accepted: "2026-11-25".
QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

void checkKeys(const QJsonObject &object, const QStringList &known, const QString &prefix, QStringList *problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            *problems << QStringLiteral("%1%2: unknown field (expected %3)")
                             .arg(prefix, it.key().size() > 60 ? SubmissionCheck::quote(it.key()) : it.key(),
                                  known.join(QStringLiteral(", ")));
    }
}

} // namespace

AnswersFile::Result AnswersFile::parse(const QByteArray &json, const RuleSet &ruleSet, const QDateTime &now)
{
    Result result;
    QStringList &problems = result.problems;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems << QStringLiteral("%1: malformed JSON: %2")
                        .arg(lineAndColumn(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        problems << QStringLiteral("1:1: the answers file must be a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    checkKeys(root, {QStringLiteral("language"), QStringLiteral("patient"), QStringLiteral("submittedAt"),
                     QStringLiteral("answers"), QStringLiteral("consent"), QStringLiteral("uuid")},
              QString(), &problems);

    Submission &s = result.submission;
    const auto text = [&](const QJsonObject &o, const QString &key, const QString &field) -> QString {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problems << QStringLiteral("%1: expected text, got %2").arg(field, jsonTypeName(v));
            return {};
        }
        return v.toString();
    };

    s.uuid = text(root, QStringLiteral("uuid"), QStringLiteral("uuid"));
    // The uuid is the submission's identity across devices and resends: only
    // the canonical form, so that one submission never has two spellings.
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!s.uuid.isEmpty() && !uuidPattern.match(s.uuid).hasMatch())
        problems << QStringLiteral("uuid: %1 is not a UUID such as 6f1c1b9e-8a3e-4c59-9a57-0c6c1f4a2b10 "
                                   "(lower-case hexadecimal, with hyphens)").arg(SubmissionCheck::quote(s.uuid));
    s.language = text(root, QStringLiteral("language"), QStringLiteral("language"));
    if (!root.contains(QStringLiteral("language")))
        problems << QStringLiteral("language: missing (expected one of %1)").arg(Languages::supported().join(QStringLiteral(", ")));

    const QString submittedAt = text(root, QStringLiteral("submittedAt"), QStringLiteral("submittedAt"));
    if (submittedAt.isEmpty()) {
        s.submittedAt = now;
    } else {
        s.submittedAt = QDateTime::fromString(submittedAt, Qt::ISODateWithMs);
        if (!s.submittedAt.isValid() || (s.submittedAt.timeSpec() != Qt::OffsetFromUTC && s.submittedAt.timeSpec() != Qt::UTC))
            problems << QStringLiteral("submittedAt: %1 is not a date and time with a UTC offset, "
                                       "such as 2026-11-25T10:15:00+09:00").arg(SubmissionCheck::quote(submittedAt));
    }

    const QJsonValue patientValue = root.value(QStringLiteral("patient"));
    if (!patientValue.isObject()) {
        problems << QStringLiteral("patient: missing or not an object with name, kana and birthDate");
    } else {
        const QJsonObject patient = patientValue.toObject();
        checkKeys(patient, {QStringLiteral("name"), QStringLiteral("kana"), QStringLiteral("birthDate")},
                  QStringLiteral("patient."), &problems);
        s.patient.name = text(patient, QStringLiteral("name"), QStringLiteral("patient.name"));
        s.patient.kana = text(patient, QStringLiteral("kana"), QStringLiteral("patient.kana"));
        const QString birth = text(patient, QStringLiteral("birthDate"), QStringLiteral("patient.birthDate"));
        s.patient.birthDate = parseIsoDate(birth);
        if (!birth.isEmpty() && !s.patient.birthDate.isValid())
            problems << QStringLiteral("patient.birthDate: %1 is not a date such as 1985-04-12").arg(SubmissionCheck::quote(birth));
    }

    const QJsonValue consentValue = root.value(QStringLiteral("consent"));
    if (consentValue.isObject()) {
        const QJsonObject consent = consentValue.toObject();
        checkKeys(consent, {QStringLiteral("given"), QStringLiteral("noticeVersion")}, QStringLiteral("consent."),
                  &problems);
        const QJsonValue given = consent.value(QStringLiteral("given"));
        if (!given.isBool())
            problems << QStringLiteral("consent.given: expected true/false, got %1").arg(jsonTypeName(given));
        s.consent.given = given.toBool();
        s.consent.noticeVersion = text(consent, QStringLiteral("noticeVersion"), QStringLiteral("consent.noticeVersion"));
    } else if (!consentValue.isUndefined()) {
        problems << QStringLiteral("consent: expected an object with given and noticeVersion");
    }

    const QJsonValue answersValue = root.value(QStringLiteral("answers"));
    if (!answersValue.isObject()) {
        problems << QStringLiteral("answers: missing or not an object of question id to answer");
        return result;
    }
    const QJsonObject answers = answersValue.toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString field = QStringLiteral("answers.") + it.key().left(80);
        const QJsonValue v = it.value();
        const Question *q = ruleSet.question(it.key());
        if (v.isNull())
            continue; // the same as not answering
        if (!q) {
            // Kept, so that SubmissionCheck reports it with the rule set's name.
            s.answers.insert(it.key(), v.toVariant());
            continue;
        }
        switch (q->type) {
        case Question::Type::Boolean:
            if (!v.isBool())
                problems << QStringLiteral("%1: expected true or false, got %2").arg(field, jsonTypeName(v));
            else
                s.answers.insert(q->id, v.toBool());
            break;
        case Question::Type::Choice:
        case Question::Type::Text:
            if (!v.isString())
                problems << QStringLiteral("%1: expected text, got %2").arg(field, jsonTypeName(v));
            else
                s.answers.insert(q->id, v.toString());
            break;
        case Question::Type::Date: {
            const QDate date = parseIsoDate(v.toString());
            if (!v.isString() || !date.isValid())
                problems << QStringLiteral("%1: expected a date such as 2026-11-18, got %2").arg(field, jsonTypeName(v));
            else
                s.answers.insert(q->id, date);
            break;
        }
        case Question::Type::MultiChoice: {
            QStringList chosen;
            bool ok = v.isArray();
            for (const QJsonValue &item : v.toArray()) {
                ok = ok && item.isString();
                chosen << item.toString();
            }
            if (!ok)
                problems << QStringLiteral("%1: expected a list of choices such as [\"%2\"], got %3")
                                .arg(field, q->choices.value(0).id, jsonTypeName(v));
            else
                s.answers.insert(q->id, chosen);
            break;
        }
        }
    }
    return result;
}

QJsonObject AnswersFile::toJson(const Submission &s, const RuleSet &ruleSet)
{
    QJsonObject answers;
    for (const Question &q : ruleSet.questions) {
        if (!s.answers.contains(q.id))
            continue;
        const QVariant v = s.answers.value(q.id);
        if (q.type == Question::Type::Date)
            answers.insert(q.id, v.toDate().toString(Qt::ISODate));
        else
            answers.insert(q.id, QJsonValue::fromVariant(v));
    }
    QJsonObject patient{{QStringLiteral("name"), s.patient.name},
                        {QStringLiteral("birthDate"), s.patient.birthDate.toString(Qt::ISODate)}};
    if (!s.patient.kana.isEmpty())
        patient.insert(QStringLiteral("kana"), s.patient.kana);
    QJsonObject root{{QStringLiteral("language"), s.language},
                     {QStringLiteral("patient"), patient},
                     {QStringLiteral("submittedAt"), s.submittedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("answers"), answers},
                     {QStringLiteral("consent"), QJsonObject{{QStringLiteral("given"), s.consent.given},
                                                             {QStringLiteral("noticeVersion"), s.consent.noticeVersion}}}};
    if (!s.uuid.isEmpty())
        root.insert(QStringLiteral("uuid"), s.uuid);
    return root;
}

AnswersFile::Result AnswersFile::read(const QByteArray &json, const RuleSetPtr &ruleSet, const QDateTime &now)
{
    Result result = parse(json, *ruleSet, now);
    if (!result.problems.isEmpty() && result.problems.first().contains(QLatin1String("malformed JSON")))
        return result;
    // A field refused while reading is not also "required": one message a field.
    const auto field = [](const QString &problem) { return problem.section(QStringLiteral(": "), 0, 0); };
    QSet<QString> reported;
    for (const QString &p : std::as_const(result.problems))
        reported.insert(field(p));
    for (const QString &p : SubmissionCheck(ruleSet).problems(result.submission)) {
        if (!reported.contains(field(p)))
            result.problems << p;
    }
    result.problems.removeDuplicates();
    return result;
}
