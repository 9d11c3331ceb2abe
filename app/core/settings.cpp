#include "settings.h"

#include "submission.h"

#include <QDir>
#include <QStandardPaths>

namespace Settings {

QTimeZone clinicTimeZone()
{
    const QByteArray configured = qgetenv("PRESCREEN_TIMEZONE");
    QTimeZone zone(configured.isEmpty() ? QByteArrayLiteral("Asia/Tokyo") : configured);
    // Tokyo has no daylight saving, so a fixed offset is a faithful fallback
    // on a machine without time zone data.
    return zone.isValid() ? zone : QTimeZone(9 * 3600);
}

QString clinicLanguage()
{
    // A language we have no words for would leave reception's files in
    // English source text: ja, as out of the box, instead.
    const QString configured = qEnvironmentVariable("PRESCREEN_CLINIC_LANGUAGE");
    return Languages::supported().contains(configured) ? configured : QStringLiteral("ja");
}

QString defaultDatabaseUrl()
{
    const QString env = qEnvironmentVariable("PRESCREEN_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("prescreen.sqlite"));
}

QString clinicName()
{
    // The clinic whose article the default rule set follows (DESIGN.md).
    const QString configured = qEnvironmentVariable("PRESCREEN_CLINIC_NAME").trimmed();
    return configured.isEmpty() ? QStringLiteral("みなとウィメンズクリニック") : configured;
}

QString fhirBase()
{
    QString base = qEnvironmentVariable("PRESCREEN_FHIR_BASE").trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base.isEmpty() ? QStringLiteral("http://prescreen.invalid/fhir") : base;
}

} // namespace Settings
