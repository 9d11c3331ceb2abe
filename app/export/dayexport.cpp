#include "dayexport.h"

#include "auditlog.h"
#include "staffroles.h"

#include "csvexport.h"
#include "fhirexport.h"
#include "pdfsummary.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace {

// A write cut short (a full disk) returns the part written, not -1.
bool writeAll(QSaveFile &out, const QByteArray &data)
{
    return out.write(data) == data.size();
}

} // namespace

namespace DayExport {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("fhir"))
        return Format::Fhir;
    return std::nullopt;
}

QString extension(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Fhir: return QStringLiteral("json");
    }
    return {};
}

bool write(Format format, const QString &path, const QDate &day, const QTimeZone &zone,
           const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now, QString *error,
           FhirExport::BundleType bundleType)
{
    QSaveFile out(path);
    const bool opened = out.open(QIODevice::WriteOnly);
    bool written = opened;
    if (written) {
        switch (format) {
        case Format::Csv: written = writeAll(out, CsvExport::write(entries, ruleSet, zone)); break;
        case Format::Fhir:
            written = writeAll(out, QJsonDocument(FhirExport::bundle(entries, ruleSet, now, bundleType)).toJson());
            break;
        case Format::Pdf: written = PdfSummary::write(&out, day, zone, entries, ruleSet, error); break;
        }
    }
    // Qt counts a write cut short by a full disk as done (its file engine
    // returns the part written): the file's size on disk tells.
    const bool whole = opened && out.flush() && out.size() == out.pos();
    if (opened && (!written || !whole)) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: cannot write: the disk is full or failing (%2 bytes written)").arg(path).arg(out.size());
        written = false;
    }
    if (!written || !out.commit()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool writeFor(const StaffAccount &who, AuditLog &audit, Format format, const QString &path, const QDate &day,
              const QTimeZone &zone, const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QDateTime &now,
              QString *error)
{
    const QString formatName = format == Format::Csv ? QStringLiteral("csv")
        : format == Format::Pdf                      ? QStringLiteral("pdf")
                                                     : QStringLiteral("fhir");
    return StaffRoles::require(who, StaffRoles::Duty::ExportDay, error)
        && write(format, path, day, zone, entries, ruleSet, now, error)
        && audit.append(who.login, QStringLiteral("export"), QString(),
                        QStringLiteral("%1 %2: %3 submissions to %4")
                            .arg(formatName, day.toString(Qt::ISODate))
                            .arg(entries.size())
                            .arg(path),
                        error);
}

} // namespace DayExport
