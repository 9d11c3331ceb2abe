#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPoint>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

// What a run of the real `prescreen` executable printed and returned.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class StaffAccounts;
struct StaffAccount;

namespace TestSupport {

// The clinic's administrator ("admin", password "admin-pass-1"), made as
// `prescreen admin create` makes the first one, or found when already there.
StaffAccount makeAdmin(StaffAccounts &accounts);

ProcessResult runPrescreen(const QStringList &arguments, const QProcessEnvironment &env = {});
// The same, with `input` on its standard input (a PIN, as staff type it).
ProcessResult runPrescreenWithInput(const QStringList &arguments, const QByteArray &input,
                                    const QProcessEnvironment &env = {});
QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);
QJsonObject readJsonObject(const QString &path);
// The default rule set as the source tree holds it.
QString defaultRulesPath();
// A rule set's text with its version line set to `version`, for drafts.
QByteArray withVersion(QByteArray rules, const QByteArray &version);
// The default rule set's cases (rules/cases/NAME), which `prescreen test-rules` runs.
QString casePath(const QString &name);

// The suites that touch storage run once on SQLite and once on PostgreSQL
// (PRESCREEN_TEST_BACKEND=postgresql, against the throwaway server that
// scripts/run-tests.sh starts and names in PRESCREEN_TEST_PG).
bool onPostgres();
// The test server's URL (PRESCREEN_TEST_PG, with its TLS query) for another
// login (empty: the same) and database.
QString testServerUrl(const QString &user, const QString &databaseName);
// A plain connection to the test server at `url` (no migration, no check),
// for set-up done as its superuser; the caller removes `connectionName`.
QSqlDatabase openTestServer(const QString &url, const QString &connectionName);
// A new, empty database: a SQLite file at `sqlitePath`, or a new database on the test server.
QString freshDatabaseUrl(const QString &sqlitePath);
// Whether `needle` is in any row of any table of the test server's database
// at `url`, read as text after a VACUUM (the rows any login could read back).
bool serverFilesHave(const QString &url, const QByteArray &needle);

// Answers of a woman to whom no rule applies, to change one answer at a time.
QVariantMap clearAnswers();

// Strokes recorded in tests/data/handwriting/*.strokes: one stroke a line of
// "x,y" points; lines starting with # are comments.
QList<QList<QPoint>> readStrokes(const QString &relative);
// Python 3 (Debian's, which has openpyxl) and the helper scripts in tests/tools.
QString python();
QString toolPath(const QString &name);
// An export read back by a real reader (tests/tools/read-export.py): a CSV
// through Python's csv module, a workbook through openpyxl.
QJsonDocument readExport(const QString &kind, const QString &path);

// RFC 4180 parsing, written apart from the exporter so that it checks it.
QList<QStringList> parseCsv(const QString &text);

} // namespace TestSupport
