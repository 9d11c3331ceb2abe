#include "testsupport.h"

#include "database.h"
#include "staffaccounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace TestSupport {

StaffAccount makeAdmin(StaffAccounts &accounts)
{
    QString error;
    for (const StaffAccount &a : accounts.all(&error)) {
        if (a.role == StaffAccount::Role::Admin)
            return a;
    }
    const auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"),
                                                 QStringLiteral("admin-pass-1"), QString(), &error);
    if (!admin)
        qFatal("cannot make the administrator: %s", qPrintable(error));
    return *admin;
}

ProcessResult runPrescreen(const QStringList &arguments, const QProcessEnvironment &env)
{
    return runPrescreenWithInput(arguments, {}, env);
}

ProcessResult runPrescreenWithInput(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(QStringLiteral(PRESCREEN_EXECUTABLE));
    process.setArguments(arguments);
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        qWarning("prescreen %s did not finish", qPrintable(arguments.join(u' ')));
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(PRESCREEN_TEST_DATA)).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QString defaultRulesPath()
{
    return QDir(QStringLiteral(PRESCREEN_RULES_DIR)).filePath(QStringLiteral("exosome-screening.rules"));
}

QByteArray withVersion(QByteArray rules, const QByteArray &version)
{
    const qsizetype start = rules.indexOf("\nversion: ");
    if (start < 0)
        qFatal("the rule set has no version line");
    const qsizetype end = rules.indexOf('\n', start + 1);
    return rules.replace(start, end - start, "\nversion: " + version);
}

QString casePath(const QString &name)
{
    return QDir(QStringLiteral(PRESCREEN_RULES_DIR)).filePath(QStringLiteral("cases/") + name);
}

QString python()
{
    // Debian's own interpreter first: a pyenv or venv python3 on PATH lacks python3-openpyxl.
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStringLiteral("python3");
}

QString toolPath(const QString &name)
{
    return QDir(QStringLiteral(PRESCREEN_TEST_TOOLS)).filePath(name);
}

QJsonDocument readExport(const QString &kind, const QString &path)
{
    QProcess reader;
    reader.start(python(), {toolPath(QStringLiteral("read-export.py")), kind, path});
    if (!reader.waitForFinished(120000) || reader.exitCode() != 0)
        qFatal("read-export.py %s %s failed: %s", qPrintable(kind), qPrintable(path),
               reader.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reader.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("read-export.py printed no JSON: %s", qPrintable(error.errorString()));
    return document;
}

bool onPostgres()
{
    return qEnvironmentVariable("PRESCREEN_TEST_BACKEND") == QLatin1String("postgresql");
}

QString testServerUrl(const QString &user, const QString &databaseName)
{
    QUrl server(qEnvironmentVariable("PRESCREEN_TEST_PG"));
    if (!server.isValid() || server.host().isEmpty())
        qFatal("PRESCREEN_TEST_PG is not set: run scripts/run-tests.sh, which starts a PostgreSQL server for the tests");
    // The query (sslmode=verify-full&sslrootcert=...) stays: every suite
    // connects as the clinic's devices do, over checked TLS.
    if (!user.isEmpty())
        server.setUserName(user);
    server.setPath(QLatin1Char('/') + databaseName);
    return server.toString(QUrl::FullyEncoded);
}

QSqlDatabase openTestServer(const QString &url, const QString &connectionName)
{
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed->host);
    db.setPort(parsed->port);
    db.setUserName(parsed->user);
    db.setDatabaseName(parsed->databaseName);
    db.setConnectOptions(parsed->connectOptions());
    if (!db.open())
        qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
    return db;
}

QString freshDatabaseUrl(const QString &sqlitePath)
{
    if (!onPostgres())
        return QStringLiteral("sqlite:") + sqlitePath;
    static int counter = 0;
    const QString name = QStringLiteral("prescreen_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QSqlDatabase maintenance = openTestServer(testServerUrl(QString(), QStringLiteral("postgres")),
                                                  QStringLiteral("test-maintenance"));
        QSqlQuery q(maintenance);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        maintenance.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-maintenance"));
    return testServerUrl(QString(), name);
}

bool serverFilesHave(const QString &url, const QByteArray &needle)
{
    bool found = false;
    {
        QSqlDatabase db = openTestServer(url, QStringLiteral("test-files"));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CHECKPOINT")))
            qFatal("CHECKPOINT: %s", qPrintable(q.lastError().text()));
        // Every row of every table of the store, as text, after the server
        // has vacuumed them: what any login could still read back.
        if (!q.exec(QStringLiteral("VACUUM")))
            qFatal("VACUUM: %s", qPrintable(q.lastError().text()));
        if (!q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
            qFatal("listing tables: %s", qPrintable(q.lastError().text()));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        if (tables.isEmpty())
            qFatal("no tables found in %s", qPrintable(url));
        QSqlQuery row(db);
        for (const QString &table : std::as_const(tables)) {
            row.prepare(QStringLiteral("SELECT 1 FROM \"%1\" t WHERE strpos(t::text, ?) > 0 LIMIT 1").arg(table));
            row.addBindValue(QString::fromUtf8(needle));
            if (!row.exec())
                qFatal("reading %s: %s", qPrintable(table), qPrintable(row.lastError().text()));
            found = found || row.next();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-files"));
    return found;
}

QVariantMap clearAnswers()
{
    return {{QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("pregnancy"), QStringLiteral("no")},
            {QStringLiteral("breastfeeding"), QStringLiteral("no")}, {QStringLiteral("cancer"), QStringLiteral("never")},
            {QStringLiteral("anaphylaxis"), false}, {QStringLiteral("allergy"), false},
            {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), false},
            {QStringLiteral("previous_treatment"), false}, {QStringLiteral("blood_donation"), false}};
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QList<QList<QPoint>> readStrokes(const QString &relative)
{
    QList<QList<QPoint>> strokes;
    const QList<QByteArray> lines = readFile(dataPath(relative)).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        QList<QPoint> stroke;
        for (const QByteArray &point : line.simplified().split(' ')) {
            const QList<QByteArray> xy = point.split(',');
            if (xy.size() == 2)
                stroke.append(QPoint(xy.at(0).toInt(), xy.at(1).toInt()));
        }
        strokes.append(stroke);
    }
    return strokes;
}

} // namespace TestSupport
