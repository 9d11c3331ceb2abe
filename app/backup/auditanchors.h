#pragma once

#include "auditlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Points of the audit chain written down outside the database. The chain's
// hashes are plain SHA-256, which anyone who can write the database (a
// tablet's SQLite file, or a PostgreSQL login) can recompute after changing
// a row: the chain alone then reads as intact. An anchor, the number and
// hash of a row copied to a place that login cannot write (the backup
// folder on a USB stick or NAS, each night), does not follow such a
// rewrite: every row from the changed one on gets a new hash.
class AuditAnchors
{
public:
    struct Anchor
    {
        qint64 seq = 0;
        QString hash;
        QDateTime at;  // when it was written down
        int line = 0;  // in the anchors file, for messages
    };

    // Appends the row to FILE (made 0600 when new) and makes it durable.
    static bool append(const QString &file, const AuditEntry &row, const QDateTime &now, QString *error);
    // The anchors of FILE; a line that does not read is an error naming it.
    static QList<Anchor> read(const QString &file, QString *error);
    // The first anchor the chain no longer holds, said in words; or empty.
    static QString firstBroken(const QList<Anchor> &anchors, const QList<AuditEntry> &chain, const QString &file);

    // The file a backup writes its anchor to: beside the backup.
    static QString besideBackup(const QString &backupPath);
};
