#pragma once

#include <QString>
#include <QTimeZone>

// Clinic-wide settings with their defaults in one place. Read from the
// environment first, so that scripts and the kiosk session unit can set them.
namespace Settings {

// The clinic's time zone: days of exports and queues are the clinic's days.
QTimeZone clinicTimeZone();

// The language of what goes into the clinic's charts and reception's files
// (PRESCREEN_CLINIC_LANGUAGE: ja, en or zh_CN; ja out of the box, since the
// clinic is in Tokyo) unless `--lang` or the reception page says otherwise.
QString clinicLanguage();

// Where the database is when neither --db nor PRESCREEN_DB says.
QString defaultDatabaseUrl();

// The clinic's name as its papers and FHIR resources name it (the
// Questionnaire's publisher) and at the head of a chart's record.
// PRESCREEN_CLINIC_NAME.
QString clinicName();

// The base of the canonical URLs of the clinic's FHIR resources
// (Questionnaire, CodeSystems): the EHR's FHIR server base where the clinic
// keeps them. PRESCREEN_FHIR_BASE; without it a base under the reserved
// .invalid domain that says nothing is published there.
QString fhirBase();

} // namespace Settings
