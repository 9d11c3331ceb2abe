#include "dayexport.h"

#include "csvexport.h"
#include "fhirexport.h"
#include "pdfsummary.h"

#include <QJsonDocument>
#include <QSaveFile>

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
    bool written = out.open(QIODevice::WriteOnly);
    if (written) {
        switch (format) {
        case Format::Csv: written = out.write(CsvExport::write(entries, ruleSet, zone)) >= 0; break;
        case Format::Fhir:
            written = out.write(QJsonDocument(FhirExport::bundle(entries, ruleSet, now, bundleType)).toJson()) >= 0;
            break;
        case Format::Pdf: written = PdfSummary::write(&out, day, zone, entries, ruleSet, error); break;
        }
    }
    if (!written || !out.commit()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace DayExport
