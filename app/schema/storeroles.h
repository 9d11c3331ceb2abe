#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The PostgreSQL roles of a clinic, as the owner of the tables sets them up
// after the migrations (`prescreen db grant`): the kiosk's role may store
// submissions and read rule sets and nothing else; the staff's role does
// the desk's, reception's and the administrator's work but may not change
// the schema, drop or disable a trigger, or rewrite the audit log. Whatever
// either had before on the store's tables is taken away first, so running
// it again after a migration gives exactly what is written here.
namespace StoreRoles {

struct Result
{
    bool ok = false;
    QString error;
    // What each role was given, in words, for the owner to read.
    QStringList granted;
};

// On a connection of the owner of the tables, in one transaction.
Result grant(QSqlDatabase db, const QString &kioskRole, const QString &staffRole);

} // namespace StoreRoles
