#pragma once

#include <QString>
#include <QTimeZone>

// Clinic-wide settings with their defaults in one place. Read from the
// environment first, so that scripts and the kiosk session unit can set them.
namespace Settings {

// The clinic's time zone: days of exports and queues are the clinic's days.
QTimeZone clinicTimeZone();

// Where the database is when neither --db nor PRESCREEN_DB says.
QString defaultDatabaseUrl();

} // namespace Settings
