// record: one submission for the patient's chart, as PDF or as text.
#include "commandline.h"

#include "auditlog.h"
#include "chartrecord.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "reviewstore.h"
#include "settings.h"
#include "translations.h"

using namespace Cli;

int CommandLine::record(const QStringList &arguments)
{
    const QCommandLineOption uuidOption(QStringLiteral("uuid"), QStringLiteral("The submission."), QStringLiteral("UUID"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("pdf or text"), QStringLiteral("FORMAT"),
                                          QStringLiteral("pdf"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The record's language."),
                                        QStringLiteral("LANGUAGE"), Settings::clinicLanguage());
    Options options(QStringLiteral("record"), {uuidOption, outOption, formatOption, langOption, kDbOption, kRulesOption},
                    m_err);
    if (!options.parse(arguments) || !options.require(uuidOption) || !options.require(outOption))
        return Usage;
    const QString format = options.value(formatOption);
    if (format != QLatin1String("pdf") && format != QLatin1String("text")) {
        options.usageError(QStringLiteral("--format %1: expected pdf or text").arg(format));
        return Usage;
    }
    Translations translations;
    if (!loadLanguage(options, langOption, translations))
        return Usage;
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    SubmissionStore store(*db, m_clock);
    AuditLog audit(*db, m_clock);
    ReviewStore reviews(*db, audit, m_clock);
    QString error;
    const QString uuid = options.value(uuidOption);
    const auto stored = store.byUuid(uuid, &error);
    if (!stored) {
        // "not found" is the patient's id mistyped; anything else is the store.
        const bool missing = error.startsWith(QLatin1String("no submission"));
        m_err << "prescreen record: " << (missing ? QStringLiteral("--uuid %1: no such submission").arg(uuid) : error) << "\n";
        m_err.flush();
        return missing ? BadInput : StorageUnavailable;
    }
    const QHash<qint64, Review> latest = reviews.latest({stored->id}, &error);
    ChartRecord record{QueueEntry{*stored, latest.contains(stored->id) ? std::optional(latest.value(stored->id)) : std::nullopt},
                       ruleSet.get(), Settings::clinicName(), cliActor(), m_clock.now(), Settings::clinicTimeZone()};
    if (!error.isEmpty()) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    if (!record.save(options.value(outOption), format == QLatin1String("pdf"), &error)) {
        m_err << error << "\n";
        m_err.flush();
        return BadInput;
    }
    // Printing a patient's record is an access like viewing it.
    if (!audit.append(cliActor(), QStringLiteral("print"), uuid,
                      QStringLiteral("record %1 to %2").arg(format, options.value(outOption)), &error)) {
        m_err << "prescreen: storage unavailable: " << error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << options.value(outOption) << ": record of " << uuid << "\n";
    m_out.flush();
    return Success;
}
