#include "dayexport.h"

#include "auditlog.h"
#include "clock.h"
#include "csvexport.h"
#include "exporttable.h"
#include "exportwords.h"
#include "fhirexport.h"
#include "outputfile.h"
#include "pdfsummary.h"
#include "settings.h"
#include "staffroles.h"
#include "submissioncursor.h"
#include "xlsxexport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>

namespace DayExport {

std::optional<Format> formatFromName(const QString &name)
{
    for (Format f : {Format::Xlsx, Format::Csv, Format::Pdf, Format::Fhir}) {
        if (name == formatName(f))
            return f;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Fhir: return QStringLiteral("fhir");
    }
    return {};
}

QString extension(Format format)
{
    return format == Format::Fhir ? QStringLiteral("json") : formatName(format);
}

namespace {

// A write cut short (a full disk) returns the part written, not -1.
bool writeAll(QSaveFile &out, const QByteArray &data)
{
    return out.write(data) == data.size();
}

// Streams the days through `add`; false when the database or the file failed.
bool stream(const Request &request, Database &database, const std::function<bool(const QueueEntry &)> &add,
            Result *result, bool *fileFailed)
{
    const bool read = SubmissionCursor(database).forDays(
        request.first, request.last, request.zone,
        [&](const QueueEntry &entry) {
            ++result->submissions;
            *fileFailed = !add(entry);
            return !*fileFailed;
        },
        &result->error);
    result->storageFailed = !read;
    return read && !*fileFailed;
}

bool writeSummary(const Request &request, Database &database, const QList<QueueEntry> &entries, const ExportWords &words,
                  QIODevice *out, Result *result)
{
    const auto audit = AuditLog(database, Clock::system()).head(&result->error);
    if (!audit) {
        result->storageFailed = true;
        return false;
    }
    PdfSummary::Heading heading;
    heading.day = request.first;
    heading.lastDay = request.last.isValid() ? request.last : request.first;
    heading.zone = request.zone;
    heading.clinicName = Settings::clinicName();
    heading.printedBy = request.printedBy;
    heading.printedAt = request.printedAt;
    heading.auditRows = audit->rows;
    heading.auditLastHash = audit->lastHash;
    return PdfSummary::write(out, heading, entries, words, &result->error);
}

} // namespace

Result write(const Request &request, Database &database, const RuleSet &ruleSet)
{
    Result result;
    QSaveFile out(request.path);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: cannot write: %2").arg(request.path, out.errorString());
        return result;
    }
    const ExportWords words(ruleSet, request.language, request.codes);
    const ExportTable table(words, request.zone);
    bool fileFailed = false;
    bool written = false;
    bool outputFailed = false;
    switch (request.format) {
    case Format::Csv: {
        CsvExport csv(&out, table);
        written = csv.begin() && stream(request, database, [&](const QueueEntry &e) { return csv.add(e); }, &result, &fileFailed)
                  && csv.finish();
        break;
    }
    case Format::Xlsx: {
        XlsxExport xlsx(table);
        written = xlsx.begin(&result.error)
                  && stream(request, database, [&](const QueueEntry &e) { return xlsx.add(e, &result.error); }, &result, &fileFailed)
                  && xlsx.finish(&out, &result.error);
        outputFailed = !written && xlsx.outputFailed();
        break;
    }
    case Format::Pdf:
    case Format::Fhir: {
        QList<QueueEntry> entries;
        written = stream(request, database, [&](const QueueEntry &e) { entries.append(e); return true; }, &result, &fileFailed);
        if (written && request.format == Format::Fhir)
            written = writeAll(out, QJsonDocument(FhirExport::bundle(entries, ruleSet, request.printedAt, request.bundleType)).toJson());
        else if (written)
            written = writeSummary(request, database, entries, words, &out, &result);
        // Qt flags a failed write but not one cut short by a full disk, and
        // the PDF writer reports neither: the medium's free space tells.
        constexpr qint64 kNearlyFull = 1024 * 1024;
        outputFailed = !written && !result.storageFailed
                       && (out.error() != QFileDevice::NoError
                           || QStorageInfo(QFileInfo(request.path).absolutePath()).bytesAvailable() < kNearlyFull);
        break;
    }
    }
    if (result.storageFailed) {
        out.cancelWriting();
        return result;
    }
    // A writer that stopped because the file could not take more (a full or
    // missing medium) is said the same way for every format, below, rather
    // than in the writer's words ("Unknown error").
    if (outputFailed)
        result.error.clear();
    // Qt counts a write cut short by a full disk as done (its file engine
    // returns the part written): the file's size on disk tells.
    const bool whole = out.flush() && out.size() == out.pos();
    if (!whole || (!written && result.error.isEmpty())) {
        result.error = QStringLiteral("%1: cannot write: the disk is full or failing (%2 bytes written)")
                           .arg(request.path)
                           .arg(out.size());
        result.diskFailed = true;
        out.cancelWriting();
        return result;
    }
    if (written && request.beforeCommit && !request.beforeCommit(result.submissions, &result.error)) {
        result.storageFailed = true;
        out.cancelWriting();
        return result;
    }
    if (!written || !OutputFile::commitPrivately(out)) {
        if (result.error.isEmpty())
            result.error = QStringLiteral("%1: cannot write: %2").arg(request.path, out.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

void auditAs(const QString &actor, AuditLog &audit, Request *request)
{
    const QString days = request->first == request->last
        ? request->first.toString(Qt::ISODate)
        : request->first.toString(Qt::ISODate) + QStringLiteral("..") + request->last.toString(Qt::ISODate);
    const QString what = QStringLiteral("%1 %2: %3 submissions to %4").arg(formatName(request->format), days);
    const QString path = request->path;
    request->beforeCommit = [actor, &audit, what, path](qint64 submissions, QString *error) {
        return audit.append(actor, QStringLiteral("export"), QString(), QString(what).arg(submissions).arg(path), error);
    };
}

Result writeFor(const StaffAccount &who, AuditLog &audit, Request request, Database &database, const RuleSet &ruleSet)
{
    Result result;
    if (!StaffRoles::require(who, StaffRoles::Duty::ExportDay, &result.error))
        return result;
    auditAs(who.login, audit, &request);
    return write(request, database, ruleSet);
}

} // namespace DayExport
