#pragma once

#include <QSqlError>
#include <QString>

struct DatabaseUrl;

// What went wrong with the store, in the words of someone at the clinic:
// which file or server, what is wrong with it, what to do. SQLite's own
// texts ("file is not a database", "disk I/O error") say neither where nor
// what next.
namespace StoreProblem {

QString describe(const DatabaseUrl &url, const QSqlError &error);
// Why a SQLite path cannot be opened at all, before SQLite tries: a folder
// in its place, a missing or unwritable folder. Empty when nothing is seen.
QString pathProblem(const QString &path, bool readOnly);

} // namespace StoreProblem
