// prescreen patient find|export|delete: a patient's requests under the APPI
// (what is held about them, and its deletion) from the clinic's terminal.
#include "commandline.h"

#include "auditlog.h"
#include "clisupport.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "patientrequests.h"
#include "reviewstore.h"
#include "settings.h"
#include "submissionstore.h"
#include "translations.h"

using namespace Cli;

int CommandLine::patient(const QStringList &arguments)
{
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The name as the patient wrote it."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption kanaOption(QStringLiteral("kana"), QStringLiteral("The kana reading."), QStringLiteral("KANA"));
    const QCommandLineOption birthOption(QStringLiteral("birth"), QStringLiteral("The date of birth."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("A submission's UUID (repeat it, or separate by commas)."),
                                      QStringLiteral("UUID"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The folder for the PDF and the JSON."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption confirmOption(QStringLiteral("confirmed-by"),
                                           QStringLiteral("The doctor or administrator who confirms (PIN on standard input)."),
                                           QStringLiteral("LOGIN"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("The PDF's language."),
                                        QStringLiteral("LANGUAGE"), Settings::clinicLanguage());
    Options options(QStringLiteral("patient"),
                    {nameOption, kanaOption, birthOption, idOption, outOption, confirmOption, langOption, kDbOption,
                     kRulesOption},
                    m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    const QString action = options.action({QStringLiteral("find"), QStringLiteral("export"), QStringLiteral("delete")});
    if (action.isEmpty())
        return Usage;
    PatientRequests::Person person{options.value(nameOption), options.value(kanaOption),
                                   QDate::fromString(options.value(birthOption), Qt::ISODate)};
    QStringList uuids;
    for (const QString &value : options.values(idOption))
        uuids << value.split(u',', Qt::SkipEmptyParts);
    if (action == QLatin1String("find")) {
        if (options.isSet(birthOption) && !person.birthDate.isValid()) {
            options.usageError(QStringLiteral("--birth \"%1\" is not a date (YYYY-MM-DD)").arg(options.value(birthOption)));
            return Usage;
        }
        if (const QString p = PatientRequests::problem(person); !p.isEmpty()) {
            options.usageError(p + QStringLiteral(" (--name or --kana, and --birth)"));
            return Usage;
        }
    } else if (uuids.isEmpty()) {
        options.usageError(QStringLiteral("--id is required (the UUIDs that patient find printed)"));
        return Usage;
    } else if ((action == QLatin1String("export") && !options.require(outOption))
               || (action == QLatin1String("delete") && !options.require(confirmOption))) {
        return Usage;
    }
    Translations translations;
    if (!loadLanguage(options, langOption, translations))
        return Usage;
    const RuleSetPtr ruleSet = action == QLatin1String("export") ? loadRuleSet(options.value(kRulesOption), m_err) : nullptr;
    if (action == QLatin1String("export") && !ruleSet)
        return BadInput;
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    SubmissionStore store(*db, m_clock);
    AuditLog audit(*db, m_clock);
    ReviewStore reviews(*db, audit, m_clock);
    DoctorQueue queue(store, reviews, *db);
    StaffAccounts accounts(*db, audit, m_clock);
    PatientRequests requests(*db, queue, reviews, audit, accounts);
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    if (action == QLatin1String("find")) {
        const QList<QueueEntry> found = requests.find(person, cliActor(), &error);
        if (!error.isEmpty())
            return storageUnavailable(m_err, error);
        for (const QueueEntry &e : found) {
            const Submission &s = e.stored.submission;
            m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(s.uuid, s.submittedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              s.patient.name, s.patient.kana.isEmpty() ? QStringLiteral("-") : s.patient.kana,
                              s.patient.birthDate.toString(Qt::ISODate), outcomeName(e.stored.evaluation.outcome));
        }
        m_err << QStringLiteral("prescreen patient find: %1 submission(s)\n").arg(found.size());
        m_out.flush();
        m_err.flush();
        return Success;
    }
    const QList<QueueEntry> entries = requests.byUuids(uuids, &error);
    if (entries.isEmpty()) {
        const bool missing = error.startsWith(QLatin1String("--id"));
        m_err << "prescreen patient " << action << ": " << error << "\n";
        m_err.flush();
        return missing ? BadInput : StorageUnavailable;
    }
    if (action == QLatin1String("export")) {
        const QStringList paths =
            requests.disclose(entries, options.value(outOption), cliActor(), ruleSet.get(), m_clock.now(), &error);
        if (paths.isEmpty()) {
            m_err << "prescreen patient export: " << error << "\n";
            m_err.flush();
            return StorageUnavailable;
        }
        for (const QString &path : paths)
            m_out << path << "\n";
        m_out.flush();
        return Success;
    }
    const QString confirmLogin = options.value(confirmOption);
    const auto secret = readSecretLine(qPrintable(QStringLiteral("PIN or password of %1: ").arg(confirmLogin)), m_err);
    if (!secret) {
        m_err << "prescreen patient delete: " << confirmLogin << "'s PIN or password was not given on standard input\n";
        m_err.flush();
        return BadInput;
    }
    const PatientRequests::Erased erased = requests.erase(entries, std::nullopt, cliActor(), confirmLogin, *secret);
    if (!erased.ok) {
        m_err << "prescreen patient delete: " << erased.error << "; nothing was deleted\n";
        m_err.flush();
        return erased.refused ? BadInput : StorageUnavailable;
    }
    m_out << QStringLiteral("%1 submission(s) deleted, confirmed by %2\n").arg(erased.deleted).arg(confirmLogin);
    m_out.flush();
    if (!erased.notice.isEmpty()) {
        m_err << "prescreen patient delete: " << erased.notice << "\n";
        m_err.flush();
    }
    return Success;
}
