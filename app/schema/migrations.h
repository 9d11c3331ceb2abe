#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The store's schema, as migrations. Each migration is a list of statements
// run in one transaction. Never edit one that has shipped: add the next.
// The statements are written once for both drivers; `{id}` and `{seq}`
// become each one's key columns, and triggers are made by refuse() in each
// one's dialect.
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> migrations(bool sqlite);
// What a migration needs beyond SQL: keys only C++ can compute.
bool fillAfter(int version, QSqlDatabase db, QString *error);
