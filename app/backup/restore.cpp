#include "restore.h"

#include "auditlog.h"
#include "backup.h"
#include "clock.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

std::optional<DatabaseUrl> sqliteUrl(const QString &path)
{
    QString ignored;
    return DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &ignored);
}

} // namespace

Restore::Result Restore::run(const QString &backupPath, const QString &storePath, bool force, const QString &actor)
{
    Result result;
    {
        Database backup;
        QString error;
        if (!QFileInfo(backupPath).isFile()) {
            result.refused = true;
            result.error = QStringLiteral("%1 is not a file").arg(backupPath);
            return result;
        }
        if (!backup.open(*sqliteUrl(backupPath), &error, Database::Access::ReadOnly)) {
            result.refused = true;
            result.error = QStringLiteral("the backup cannot be used: %1").arg(error);
            return result;
        }
        const StoreReport report = StoreCheck(backup, m_clock).run();
        if (!report.ok()) {
            result.refused = true;
            result.error = QStringLiteral("the backup %1 failed its check, nothing was changed: %2")
                               .arg(backupPath, report.problems.join(QStringLiteral("; ")));
            return result;
        }
    }
    result.error = setAside(storePath, force, &result.refused, &result.keptAs);
    if (!result.error.isEmpty())
        return result;
    const QString temporary = storePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QDir().mkpath(QFileInfo(storePath).absolutePath())) {
        result.error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(storePath).absolutePath());
        return result;
    }
    if (!QFile::copy(backupPath, temporary)) {
        result.error = QStringLiteral("cannot copy %1 to %2").arg(backupPath, temporary);
        return result;
    }
    QFile(temporary).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!DurableFile::sync(temporary, &result.error) || !DurableFile::replace(temporary, storePath, &result.error))
        return result;
    // Opened for writing: an older backup is migrated here, and the restore is
    // the first row the restored chain gains.
    Database restored;
    if (!restored.open(*sqliteUrl(storePath), &result.error)) {
        result.error = QStringLiteral("restored, but it does not open: %1").arg(result.error);
        return result;
    }
    AuditLog(restored, m_clock)
        .append(actor, QStringLiteral("restore"), QString(),
                QStringLiteral("from %1%2").arg(backupPath, result.keptAs.isEmpty() ? QString()
                                                                                   : QStringLiteral("; the replaced store is kept as ") + result.keptAs),
                &result.error);
    result.restored = StoreCheck(restored, m_clock).run();
    result.ok = result.error.isEmpty() && result.restored.ok();
    if (!result.restored.ok())
        result.error = result.restored.problems.join(QStringLiteral("; "));
    return result;
}

QString Restore::setAside(const QString &storePath, bool force, bool *refused, QString *keptAs)
{
    const QFileInfo store(storePath);
    if (!store.exists())
        return {};
    if (!store.isFile()) {
        *refused = true;
        return QStringLiteral("%1 is not a regular file; give the path of the database file").arg(storePath);
    }
    qint64 submissions = -1;
    {
        Database current;
        QString error;
        if (current.open(*sqliteUrl(storePath), &error)) {
            const StoreReport report = StoreCheck(current, m_clock).run();
            submissions = report.submissions;
            // Everything committed goes into the main file before it is moved.
            current.checkpoint(&error);
        }
    }
    if (!force && submissions != 0) {
        *refused = true;
        return submissions > 0
            ? QStringLiteral("%1 holds %2 submissions; add --force to replace it (it is kept beside it)")
                  .arg(storePath).arg(submissions)
            : QStringLiteral("%1 cannot be read (damaged?), so what it holds is unknown; add --force to replace it "
                             "(it is kept beside it)").arg(storePath);
    }
    *keptAs = QStringLiteral("%1.replaced-%2").arg(storePath, m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString error;
    if (!DurableFile::replace(storePath, *keptAs, &error))
        return error;
    // The journal belongs to the file set aside.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(storePath + suffix))
            DurableFile::replace(storePath + suffix, *keptAs + suffix, &error);
    }
    return {};
}
