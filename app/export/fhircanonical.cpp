#include "fhircanonical.h"

#include "settings.h"

#include <QCryptographicHash>
#include <QUuid>

namespace FhirCanonical {

QString questionnaireUrl(const QString &ruleSetId)
{
    return Settings::fhirBase() + QStringLiteral("/Questionnaire/") + resourceId(ruleSetId);
}

QString codeSystemId(const QString &ruleSetId, const QString &questionId)
{
    return resourceId(ruleSetId + u'-' + questionId);
}

QString codeSystemUrl(const QString &ruleSetId, const QString &questionId)
{
    return Settings::fhirBase() + QStringLiteral("/CodeSystem/") + codeSystemId(ruleSetId, questionId);
}

QString resourceId(const QString &text)
{
    QString id;
    for (const QChar c : text) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                             || c == u'-' || c == u'.';
        id += allowed ? c : u'-';
    }
    if (id.isEmpty())
        id = QStringLiteral("x");
    if (id.size() > 64) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        id = id.left(64 - 1 - hash.size()) + u'-' + hash;
    }
    return id;
}

QString computableName(const QString &text)
{
    QString name;
    bool upper = true;
    for (const QChar c : text) {
        const bool letterOrDigit = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!letterOrDigit) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    if (name.isEmpty() || !(name.at(0) >= u'A' && name.at(0) <= u'Z'))
        name.prepend(QStringLiteral("PreScreen"));
    return name.left(255);
}

QString stableUrn(const QString &name)
{
    // RFC 4122's URL namespace: the names are URLs or built on them.
    static const QUuid kUrlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(kUrlNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace FhirCanonical
