#include "settings.h"

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

QString defaultDatabaseUrl()
{
    const QString env = qEnvironmentVariable("PRESCREEN_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("prescreen.sqlite"));
}

} // namespace Settings
