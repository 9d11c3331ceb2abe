// export: one clinic day as CSV, PDF or FHIR.
#include "commandline.h"

#include "clisupport.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "dayexport.h"
#include "doctorqueue.h"
#include "outputfile.h"
#include "reviewstore.h"
#include "settings.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Cli;

int CommandLine::exportDay(const QStringList &arguments)
{
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("The clinic day."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv"), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The PDF's language."),
                                        QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const QCommandLineOption bundleOption(QStringLiteral("bundle"), QStringLiteral("FHIR: collection or transaction."),
                                          QStringLiteral("TYPE"), QStringLiteral("collection"));
    Options options(QStringLiteral("export"),
                    {dateOption, formatOption, outOption, kDbOption, kRulesOption, langOption, bundleOption}, m_err);
    if (!options.parse(arguments) || !options.require(dateOption) || !options.require(formatOption)
        || !options.require(outOption))
        return Usage;
    const QDate day = QDate::fromString(options.value(dateOption), Qt::ISODate);
    if (!day.isValid() || options.value(dateOption).size() != 10) {
        options.usageError(QStringLiteral("--date \"%1\" is not a date such as 2026-11-25").arg(options.value(dateOption)));
        return Usage;
    }
    const QString format = options.value(formatOption);
    const auto exportFormat = DayExport::formatFromName(format);
    if (!exportFormat) {
        options.usageError(QStringLiteral("--format %1: expected csv, pdf or fhir").arg(format));
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
    // The paper summary's headings, results and rule titles; CSV columns and
    // FHIR stay ids, since Excel formulas and the EHR read them.
    Translations translations;
    const QString language = options.value(langOption);
    if (!Languages::supported().contains(language) || !translations.load(language)) {
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
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    SubmissionStore store(*db, m_clock);
    AuditLog audit(*db, m_clock);
    ReviewStore reviews(*db, audit, m_clock);
    const QList<QueueEntry> submissions = DoctorQueue(store, reviews, *db).load(day, zone, &error, DoctorQueue::Order::ByTime);
    if (!error.isEmpty())
        return storageUnavailable(m_err, error);
    // The audit row comes first: no file leaves the store unrecorded.
    if (!audit.append(cliActor(), QStringLiteral("export"), QString(),
                      QStringLiteral("%1 %2: %3 submissions to %4")
                          .arg(format, day.toString(Qt::ISODate))
                          .arg(submissions.size())
                          .arg(outPath),
                      &error))
        return storageUnavailable(m_err, error);
    if (!DayExport::write(*exportFormat, outPath, day, zone, submissions, *ruleSet, m_clock.now(), &error,
                          *bundleType)) {
        m_err << "prescreen export: " << error << "; nothing was written\n";
        m_err.flush();
        // The target was checked above, so a failed write is the disk's
        // (full, failing), unless the folder is not ours to write in.
        return QFileInfo(QFileInfo(outPath).absolutePath()).isWritable() ? StorageUnavailable : BadInput;
    }
    m_out << QStringLiteral("%1: %2 submissions of %3\n")
                 .arg(options.value(outOption))
                 .arg(submissions.size())
                 .arg(day.toString(Qt::ISODate));
    m_out.flush();
    return Success;
}
