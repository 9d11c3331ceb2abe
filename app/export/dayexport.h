#pragma once

#include "fhirexport.h"
#include "ruleset.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <optional>

class AuditLog;
class Database;
struct StaffAccount;

// Writes clinic days in one of the export formats, atomically (QSaveFile):
// an interrupted export never leaves half a file where a good one was. The
// workbook and the CSV stream from the database row by row; the paper
// summary and the FHIR bundle, which need the whole day at once, gather it
// first. Shared by `prescreen export` and the reception page.
namespace DayExport {

enum class Format { Xlsx, Csv, Pdf, Fhir };

std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format);
QString extension(Format format);

struct Request
{
    Format format = Format::Xlsx;
    QString path;
    QDate first; // clinic days, both included
    QDate last;
    QTimeZone zone;
    QString language = QStringLiteral("ja"); // of headings, results, answers and rule titles
    bool codes = false;                      // ids and codes instead of words (CSV, workbook)
    QString printedBy;                       // who exported, on the paper summary
    QDateTime printedAt;
    FhirExport::BundleType bundleType = FhirExport::BundleType::Collection;
    // Called once the whole file is written and before it takes the place of
    // `path`, with how many submissions it holds: the export's audit row, so
    // that no file leaves the store unrecorded. False (with `error`) keeps
    // the file from appearing and counts as the database's failure.
    std::function<bool(qint64 submissions, QString *error)> beforeCommit;
};

struct Result
{
    bool ok = false;
    // The database failed (exit 3), rather than the file.
    bool storageFailed = false;
    // The file could not be written whole (a full or failing disk).
    bool diskFailed = false;
    qint64 submissions = 0;
    QString error;
};

Result write(const Request &request, Database &database, const RuleSet &ruleSet);

// Sets `request`'s beforeCommit to the export's audit row as `actor`
// ("FORMAT DAY[..LAST]: N submissions to PATH"), so that no file leaves the
// store unrecorded.
void auditAs(const QString &actor, AuditLog &audit, Request *request);

// The same for a staff member (the reception page): refused in the core to
// a role that may not (StaffRoles::Duty::ExportDay), audited as theirs
// before the file takes its place.
Result writeFor(const StaffAccount &who, AuditLog &audit, Request request, Database &database, const RuleSet &ruleSet);

} // namespace DayExport
