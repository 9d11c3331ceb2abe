#include "fhirexport.h"

#include "fhircanonical.h"
#include "fhirquestionnaire.h"
#include "fhirresponse.h"

#include <QJsonArray>
#include <QUrl>

namespace FhirExport {

namespace {

// A search parameter's value in a request URL: only what would break the
// query is escaped, so that the URL stays readable.
QString queryValue(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value, ":/|"));
}

QJsonObject request(const QString &method, const QString &url)
{
    return QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
}

// A definition (Questionnaire, CodeSystem) in a transaction: created or
// replaced by its canonical URL and version, so that sending it again
// changes nothing and other versions the server keeps stay as they are.
QJsonObject definitionEntry(QJsonObject resource)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const QString url = resource.value(QStringLiteral("url")).toString();
    const QString version = resource.value(QStringLiteral("version")).toString();
    // The server, not the file, says which resource a conditional update replaces.
    resource.remove(QStringLiteral("id"));
    return QJsonObject{{QStringLiteral("fullUrl"), FhirCanonical::stableUrn(url + u'|' + version)},
                       {QStringLiteral("resource"), resource},
                       {QStringLiteral("request"),
                        request(QStringLiteral("PUT"), QStringLiteral("%1?url=%2&version=%3")
                                                           .arg(type, queryValue(url), queryValue(version)))}};
}

// In a collection a definition goes by its canonical URL, which is also
// where a server following Settings::fhirBase() keeps it.
QJsonObject collectionEntry(const QJsonObject &resource)
{
    return QJsonObject{{QStringLiteral("fullUrl"), resource.value(QStringLiteral("url")).toString()},
                       {QStringLiteral("resource"), resource}};
}

// Create unless a resource with this identifier exists (a conditional create).
QJsonObject created(const QString &type, const QJsonObject &identifier)
{
    QJsonObject create = request(QStringLiteral("POST"), type);
    create.insert(QStringLiteral("ifNoneExist"),
                  QStringLiteral("identifier=%1|%2")
                      .arg(queryValue(identifier.value(QStringLiteral("system")).toString()),
                           queryValue(identifier.value(QStringLiteral("value")).toString())));
    return create;
}

QJsonArray definitionEntries(const RuleSet &ruleSet, const FhirWording &wording, BundleType type)
{
    QList<QJsonObject> resources{FhirQuestionnaire::questionnaire(ruleSet, wording)};
    resources += FhirQuestionnaire::codeSystems(ruleSet, wording);
    QJsonArray entries;
    for (const QJsonObject &resource : std::as_const(resources))
        entries.append(type == BundleType::Transaction ? definitionEntry(resource) : collectionEntry(resource));
    return entries;
}

QJsonObject bundleOf(BundleType type, const QJsonArray &entries, const QDateTime &now)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), type == BundleType::Transaction ? QStringLiteral("transaction")
                                                                                : QStringLiteral("collection")},
                       {QStringLiteral("timestamp"), now.toString(Qt::ISODate)},
                       {QStringLiteral("entry"), entries}};
}

} // namespace

std::optional<BundleType> bundleTypeFromName(const QString &name)
{
    if (name == QLatin1String("collection"))
        return BundleType::Collection;
    if (name == QLatin1String("transaction"))
        return BundleType::Transaction;
    return std::nullopt;
}

QJsonObject definitions(const RuleSet &ruleSet, const FhirWording &wording, const QDateTime &now)
{
    return bundleOf(BundleType::Collection, definitionEntries(ruleSet, wording, BundleType::Collection), now);
}

QJsonObject bundle(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now, BundleType type)
{
    QJsonArray list = definitionEntries(ruleSet, FhirWording::forLanguage(ruleSet.id, QString()), type);
    for (const QueueEntry &e : entries) {
        const Submission &s = e.stored.submission;
        if (type == BundleType::Collection) {
            list.append(QJsonObject{
                {QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + s.uuid},
                {QStringLiteral("resource"),
                 FhirResponse::questionnaireResponse(e.stored, ruleSet, FhirResponse::PatientPlacement::Contained)}});
            continue;
        }
        // Created once each: a resent day finds them by identifier and adds nothing.
        list.append(QJsonObject{{QStringLiteral("fullUrl"), FhirResponse::patientUrn(s)},
                                {QStringLiteral("resource"), FhirResponse::patient(s)},
                                {QStringLiteral("request"),
                                 created(QStringLiteral("Patient"), FhirResponse::patientIdentifier(s))}});
        list.append(QJsonObject{
            {QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + s.uuid},
            {QStringLiteral("resource"),
             FhirResponse::questionnaireResponse(e.stored, ruleSet, FhirResponse::PatientPlacement::Alongside)},
            {QStringLiteral("request"),
             created(QStringLiteral("QuestionnaireResponse"), FhirResponse::responseIdentifier(s))}});
    }
    return bundleOf(type, list, now);
}

} // namespace FhirExport
