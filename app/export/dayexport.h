#pragma once

#include "doctorqueue.h"
#include "fhirexport.h"
#include "ruleset.h"

#include <QDate>

class AuditLog;
struct StaffAccount;
#include <QTimeZone>

// Writes one clinic day in one of the export formats, atomically (QSaveFile):
// an interrupted export never leaves half a file where a good one was.
// Shared by `prescreen export` and the reception screen.
namespace DayExport {

enum class Format { Csv, Pdf, Fhir };

std::optional<Format> formatFromName(const QString &name);
QString extension(Format format);

bool write(Format format, const QString &path, const QDate &day, const QTimeZone &zone,
           const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now, QString *error,
           FhirExport::BundleType bundleType = FhirExport::BundleType::Collection);

// The same for a staff member (the reception page): refused in the core to
// a role that may not (StaffRoles::Duty::ExportDay), audited as theirs.
bool writeFor(const StaffAccount &who, AuditLog &audit, Format format, const QString &path, const QDate &day,
              const QTimeZone &zone, const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now,
              QString *error);

} // namespace DayExport
