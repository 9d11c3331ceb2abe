#include "backup.h"

#include "auditanchors.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace DurableFile {

bool sync(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = QStringLiteral("%1: cannot write it to disk: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

bool syncFolderOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool replace(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = QStringLiteral("cannot rename %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    syncFolderOf(to);
    return true;
}

} // namespace DurableFile

Backup::Backup(Database &source, const Clock &clock) : m_source(source), m_clock(clock) {}

Backup::Result Backup::writeTo(const QString &path, const QString &actor)
{
    Result result;
    AuditLog audit(m_source, m_clock);
    QString ignored;
    if (const QString problem = OutputFile::problem(path); !problem.isEmpty()) {
        result.badTarget = true;
        result.error = problem;
        audit.append(actor, failedAction(), QString(), problem, &ignored);
        return result;
    }
    // Beside the target, so that publishing it is a rename on one disk.
    const QString temporary = QStringLiteral("%1.partial-%2").arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    result.error = copyAndCheck(temporary, &result.copy);
    if (result.error.isEmpty() && DurableFile::replace(temporary, path, &result.error)) {
        result.ok = true;
        // Written after the copy, so the copy's chain ends one row before it.
        if (!audit.append(actor, doneAction(), QString(),
                          QStringLiteral("to %1: %2").arg(path, result.copy.summary()), &result.error)) {
            result.ok = false;
            return result;
        }
        // The copy's last audit row, written down beside it, where the
        // tablet's login cannot rewrite it with the database. The copy's, not
        // the backup's own row after it: a store restored from this copy
        // holds that row too, and must pass the anchor.
        result.anchors = AuditAnchors::besideBackup(path);
        AuditEntry last;
        last.seq = result.copy.auditRows; // the chain verified: rows numbered 1 to N
        last.hash = result.copy.auditLastHash;
        if (last.seq > 0 && !AuditAnchors::append(result.anchors, last, m_clock.now(), &result.error))
            result.ok = false;
        return result;
    }
    QFile::remove(temporary);
    audit.append(actor, failedAction(), QString(), QStringLiteral("to %1: %2").arg(path, result.error), &ignored);
    return result;
}

QString Backup::copyAndCheck(const QString &temporary, StoreReport *report)
{
    QSqlQuery vacuum(m_source.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(temporary);
    if (!vacuum.exec())
        return QStringLiteral("the copy could not be made: %1").arg(m_source.describe(vacuum.lastError()));
    QString error;
    if (!DurableFile::sync(temporary, &error))
        return error;
    Database copy;
    QString openError;
    if (!copy.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + temporary, &openError), &openError,
                   Database::Access::ReadOnly))
        return QStringLiteral("the copy cannot be read back: %1").arg(openError);
    *report = StoreCheck(copy, m_clock).run();
    if (!report->ok())
        return QStringLiteral("the copy failed its check: %1").arg(report->problems.join(QStringLiteral("; ")));
    return {};
}

BackupStatus BackupStatus::of(const AuditLog &audit, const QDateTime &now, QString *error)
{
    BackupStatus status;
    const auto last = audit.latest({Backup::doneAction(), Backup::failedAction()}, error);
    if (!last)
        return status;
    status.at = last->at;
    status.detail = last->detail;
    if (last->action == Backup::failedAction())
        status.state = State::Failed;
    else
        status.state = last->at.secsTo(now) > kOldAfterHours * 3600 ? State::Old : State::Recent;
    return status;
}
