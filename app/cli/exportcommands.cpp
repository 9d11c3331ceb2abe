// export: clinic days as a workbook, CSV, PDF or FHIR.
#include "commandline.h"

#include "clisupport.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "dayexport.h"
#include "outputfile.h"
#include "settings.h"
#include "submission.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Cli;

namespace {

std::optional<QDate> dayOf(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return std::nullopt;
    return day;
}

} // namespace

int CommandLine::exportDay(const QStringList &arguments)
{
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("The clinic day (the first, with --to)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("The last clinic day of a run of days."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("xlsx, csv, pdf or fhir"), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The file's language."),
                                        QStringLiteral("LANGUAGE"), Settings::clinicLanguage());
    const QCommandLineOption codesOption(QStringLiteral("codes"), QStringLiteral("Ids and codes instead of words."));
    const QCommandLineOption bundleOption(QStringLiteral("bundle"), QStringLiteral("FHIR: collection or transaction."),
                                          QStringLiteral("TYPE"), QStringLiteral("collection"));
    Options options(QStringLiteral("export"),
                    {dateOption, toOption, formatOption, outOption, kDbOption, kRulesOption, langOption, codesOption,
                     bundleOption},
                    m_err);
    if (!options.parse(arguments) || !options.require(dateOption) || !options.require(formatOption)
        || !options.require(outOption))
        return Usage;
    const auto first = dayOf(options.value(dateOption));
    if (!first) {
        options.usageError(QStringLiteral("--date \"%1\" is not a date such as 2026-11-25").arg(options.value(dateOption)));
        return Usage;
    }
    const auto last = options.isSet(toOption) ? dayOf(options.value(toOption)) : first;
    if (!last || *last < *first) {
        options.usageError(QStringLiteral("--to \"%1\" is not a date on or after --date").arg(options.value(toOption)));
        return Usage;
    }
    const QString format = options.value(formatOption);
    const auto exportFormat = DayExport::formatFromName(format);
    if (!exportFormat) {
        options.usageError(QStringLiteral("--format %1: expected xlsx, csv, pdf or fhir").arg(format));
        return Usage;
    }
    const auto bundleType = FhirExport::bundleTypeFromName(options.value(bundleOption));
    if (!bundleType) {
        options.usageError(QStringLiteral("--bundle %1: expected collection or transaction").arg(options.value(bundleOption)));
        return Usage;
    }
    if (options.isSet(bundleOption) && *exportFormat != DayExport::Format::Fhir) {
        options.usageError(QStringLiteral("--bundle is for --format fhir"));
        return Usage;
    }
    // The PDF is for people and FHIR has its own codes: --codes would be ignored.
    if (options.isSet(codesOption) && *exportFormat != DayExport::Format::Csv && *exportFormat != DayExport::Format::Xlsx) {
        options.usageError(QStringLiteral("--codes is for --format csv or xlsx"));
        return Usage;
    }
    const QString language = options.value(langOption);
    if (!Languages::supported().contains(language)) {
        options.usageError(QStringLiteral("--lang %1: expected %2").arg(language, Languages::supported().join(QStringLiteral(", "))));
        return Usage;
    }
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    const QString outPath = options.value(outOption);
    if (const QString problem = OutputFile::problem(outPath); !problem.isEmpty()) {
        m_err << "prescreen export: " << problem << "; nothing was written\n";
        m_err.flush();
        return BadInput;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    const QString days = *first == *last ? first->toString(Qt::ISODate)
                                         : first->toString(Qt::ISODate) + QStringLiteral("..") + last->toString(Qt::ISODate);
    DayExport::Request request;
    request.format = *exportFormat;
    request.path = outPath;
    request.first = *first;
    request.last = *last;
    request.zone = Settings::clinicTimeZone();
    request.language = language;
    request.codes = options.isSet(codesOption);
    request.printedBy = cliActor();
    request.printedAt = m_clock.now();
    request.bundleType = *bundleType;
    const bool replacing = QFileInfo::exists(outPath);
    AuditLog audit(*db, m_clock);
    DayExport::auditAs(cliActor(), audit, &request);
    const DayExport::Result result = DayExport::write(request, *db, *ruleSet);
    if (result.storageFailed)
        return storageUnavailable(m_err, result.error);
    if (!result.ok) {
        m_err << "prescreen export: " << result.error << "; nothing was written\n";
        m_err.flush();
        // The target was checked above, so a failed write is the disk's
        // (full, failing), unless the folder is not ours to write in.
        return result.diskFailed || QFileInfo(QFileInfo(outPath).absolutePath()).isWritable() ? StorageUnavailable
                                                                                              : BadInput;
    }
    // Said, not asked: scripts export to the same name every day.
    m_out << QStringLiteral("%1: %2 submissions of %3%4\n")
                 .arg(outPath)
                 .arg(result.submissions)
                 .arg(days, replacing ? QStringLiteral(" (the file that was there is replaced)") : QString());
    m_out.flush();
    return Success;
}
