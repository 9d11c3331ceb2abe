// The commands that write to or check the store: submit, audit verify, purge.
#include "commandline.h"

#include "clisupport.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "retention.h"
#include "submissionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Cli;

int CommandLine::submit(const QStringList &arguments)
{
    Options options(QStringLiteral("submit"), {kAnswersOption, kDbOption, kRulesOption}, m_err);
    if (!options.parse(arguments) || !options.require(kAnswersOption))
        return Usage;
    const auto checked = readAnswers(options.value(kAnswersOption), options.value(kRulesOption), m_clock, m_err);
    if (!checked)
        return BadInput;
    // A device clock a little ahead is tolerated; a submission from the
    // future is a typo or a wrong clock, and would sort wrongly for the doctor.
    if (checked->submission.submittedAt > m_clock.now().addSecs(300)) {
        m_err << options.value(kAnswersOption) << ": submittedAt: "
              << checked->submission.submittedAt.toString(Qt::ISODate)
              << " is in the future; check the device clock\n";
        m_err.flush();
        return BadInput;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    // A damaged file takes no more: what is added to it may be lost with it.
    if (!db->quickCheck(&error))
        return storageUnavailable(m_err, error);
    bool conflict = false;
    const auto stored = SubmissionStore(*db, m_clock).save(checked->submission, checked->evaluation, &error, &conflict);
    if (conflict) {
        m_err << options.value(kAnswersOption) << ": " << error << "; nothing was stored\n";
        m_err.flush();
        return BadInput;
    }
    if (!stored)
        return storageUnavailable(m_err, error);
    m_out << stored->submission.uuid << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::audit(const QStringList &arguments)
{
    Options options(QStringLiteral("audit"), {kDbOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    if (options.positional().value(0) != QLatin1String("verify")) {
        options.usageError(QStringLiteral("expected \"audit verify\""));
        return Usage;
    }
    int exitCode = Success;
    // Read-only: verifying must work on a copy the user may only read.
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode, true);
    if (!db)
        return exitCode;
    QString error;
    // A chain read from a damaged file proves nothing about the rows lost in it.
    if (!db->quickCheck(&error))
        return storageUnavailable(m_err, error);
    const AuditLog::Verification v = AuditLog(*db, m_clock).verify(&error);
    if (!error.isEmpty())
        return storageUnavailable(m_err, error);
    if (!v.intact) {
        m_err << "prescreen audit verify: " << db->url().toString() << ": the audit log was tampered with: "
              << v.problem << "\n";
        m_err.flush();
        return BadInput;
    }
    m_out << QStringLiteral("%1: audit log intact, %2 rows, last hash %3\n")
                 .arg(db->url().toString())
                 .arg(v.rows)
                 .arg(v.lastHash);
    m_out.flush();
    return Success;
}

int CommandLine::purge(const QStringList &arguments)
{
    const QCommandLineOption olderOption(QStringLiteral("older-than"), QStringLiteral("Days to keep."),
                                         QStringLiteral("DAYS"));
    Options options(QStringLiteral("purge"), {olderOption, kDbOption}, m_err);
    if (!options.parse(arguments) || !options.require(olderOption))
        return Usage;
    bool ok = false;
    const int days = options.value(olderOption).toInt(&ok);
    if (!ok || days < 1) {
        options.usageError(QStringLiteral("--older-than \"%1\" is not a whole number of days, 1 or more")
                               .arg(options.value(olderOption)));
        return Usage;
    }
    int exitCode = Success;
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode);
    if (!db)
        return exitCode;
    AuditLog audit(*db, m_clock);
    const Retention::Result result = Retention(*db, audit, m_clock).purgeOlderThan(days, cliActor());
    if (!result.ok) {
        m_err << "prescreen: storage unavailable: " << db->url().toString() << ": " << result.error << "\n";
        m_err.flush();
        return StorageUnavailable;
    }
    m_out << QStringLiteral("%1: purged %2 submissions from before %3\n")
                 .arg(db->url().toString())
                 .arg(result.purged)
                 .arg(result.before.toString(Qt::ISODate));
    m_out.flush();
    if (!result.notice.isEmpty()) {
        m_err << "prescreen: purge: " << result.notice << "\n";
        m_err.flush();
    }
    return Success;
}
