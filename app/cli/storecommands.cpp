// The commands that write to or check the store: submit, audit verify, purge.
#include "commandline.h"

#include "clisupport.h"
#include "auditanchors.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "privatelog.h"
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
    // A kiosk's role may store a submission too: what it may do is checked
    // by the server, as for the kiosk.
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode, false, StoreLogin::Use::Unchecked);
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
    // A server's refusal may quote the row: stderr ends up in logs.
    if (!stored)
        return storageUnavailable(m_err, PrivateLog::withoutPatientText(error, checked->submission));
    m_out << stored->submission.uuid << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::audit(const QStringList &arguments)
{
    const QCommandLineOption anchorsOption(QStringLiteral("anchors"),
                                           QStringLiteral("Audit anchors written down outside the database."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The anchors file to add to."),
                                       QStringLiteral("FILE"));
    Options options(QStringLiteral("audit"), {kDbOption, anchorsOption, outOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    const QString what = options.action({QStringLiteral("verify"), QStringLiteral("anchor")});
    if (what.isEmpty())
        return Usage;
    if (what == QLatin1String("anchor") && !options.require(outOption))
        return Usage;
    int exitCode = Success;
    // Read-only: verifying must work on a copy the user may only read.
    const auto db = openDatabase(options.value(kDbOption), m_err, &exitCode, true);
    if (!db)
        return exitCode;
    if (what == QLatin1String("anchor"))
        return auditAnchor(*db, options.value(outOption));
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
    int anchorsChecked = 0;
    if (options.isSet(anchorsOption)) {
        const QString file = options.value(anchorsOption);
        const QList<AuditAnchors::Anchor> anchors = AuditAnchors::read(file, &error);
        if (!error.isEmpty()) {
            options.usageError(error);
            return Usage;
        }
        const QString broken = AuditAnchors::firstBroken(anchors, AuditLog(*db, m_clock).entries(&error), file);
        if (!error.isEmpty())
            return storageUnavailable(m_err, error);
        if (!broken.isEmpty()) {
            m_err << "prescreen audit verify: " << db->url().toString() << ": the audit log was rewritten: " << broken
                  << "\n";
            m_err.flush();
            return BadInput;
        }
        anchorsChecked = int(anchors.size());
    }
    m_out << QStringLiteral("%1: audit log intact, %2 rows, last hash %3")
                 .arg(db->url().toString())
                 .arg(v.rows)
                 .arg(v.lastHash);
    if (options.isSet(anchorsOption))
        m_out << QStringLiteral("; all %1 anchors in %2 hold").arg(anchorsChecked).arg(options.value(anchorsOption));
    else
        m_out << QStringLiteral("; no anchors given (--anchors FILE), so a chain rewritten whole would read intact too");
    m_out << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::auditAnchor(Database &db, const QString &file)
{
    QString error;
    // Only a chain that verifies is written down: an anchor vouches for it.
    AuditLog audit(db, m_clock);
    const AuditLog::Verification v = audit.verify(&error);
    if (!error.isEmpty())
        return storageUnavailable(m_err, error);
    if (!v.intact || v.rows == 0) {
        m_err << "prescreen audit anchor: " << db.url().toString() << ": "
              << (v.intact ? QStringLiteral("the audit log is empty: nothing to anchor")
                           : QStringLiteral("the audit log was tampered with, so it is not anchored: ") + v.problem)
              << "\n";
        m_err.flush();
        return BadInput;
    }
    const QList<AuditEntry> all = audit.entries(&error);
    if (!error.isEmpty() || all.isEmpty())
        return storageUnavailable(m_err, error);
    if (!AuditAnchors::append(file, all.last(), m_clock.now(), &error)) {
        m_err << "prescreen audit anchor: " << error << "\n";
        m_err.flush();
        return BadInput;
    }
    m_out << QStringLiteral("%1: row %2 (hash %3) written down in %4\n")
                 .arg(db.url().toString())
                 .arg(all.last().seq)
                 .arg(all.last().hash, file);
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
