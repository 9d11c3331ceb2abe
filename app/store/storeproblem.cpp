#include "storeproblem.h"

#include "database.h"

#include <QFileInfo>

namespace {

// SQLite's primary result codes, as Qt's driver reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

} // namespace

namespace StoreProblem {

QString pathProblem(const QString &path, bool readOnly)
{
    const QFileInfo file(path);
    if (file.isDir())
        return QStringLiteral("%1 is a folder, not a database file; give the path of the .sqlite file").arg(path);
    if (file.exists() && !file.isFile())
        return QStringLiteral("%1 is not a regular file (a device or a pipe?), so it cannot be a database").arg(path);
    if (!file.exists() && readOnly)
        return QStringLiteral("%1 does not exist").arg(path);
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isDir())
        return QStringLiteral("%1 cannot be made: %2 is a file, not a folder").arg(path, folder.absoluteFilePath());
    return {};
}

QString describe(const DatabaseUrl &url, const QSqlError &error)
{
    const QString where = url.toString();
    const QString detail = QStringLiteral(" (%1)").arg(error.text().simplified());
    if (url.kind != DatabaseUrl::Kind::SQLite) {
        if (error.type() == QSqlError::ConnectionError || error.text().contains(QLatin1String("not open")))
            return QStringLiteral("%1: the connection to the server was lost; check that the server runs and the "
                                  "network reaches it%2").arg(where, detail);
        return QStringLiteral("%1: %2").arg(where, error.text().simplified());
    }
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return QStringLiteral("%1: %2").arg(where, error.text().simplified());
    switch (code) {
    case Corrupt:
        return QStringLiteral("%1 is damaged: SQLite found a page it cannot read%2. Nothing more was read, so no "
                              "list is shown short. Run \"prescreen check --db %1\", and restore the last backup "
                              "(prescreen restore)").arg(where, detail);
    case NotADatabase:
        return QStringLiteral("%1 is not a PreScreen database: the file is not SQLite, or its first page is "
                              "damaged%2. If it held the clinic's data, restore the last backup (prescreen restore)")
            .arg(where, detail);
    case ReadOnly:
        return QStringLiteral("%1 is read-only for this user, so nothing can be stored in it%2; check the file's "
                              "owner and permissions").arg(where, detail);
    case Full:
        return QStringLiteral("the disk that holds %1 is full%2; free some space").arg(where, detail);
    case IoError:
        return QStringLiteral("%1: the disk reported a read or write error%2; the disk or the file may be failing")
            .arg(where, detail);
    case Busy:
    case Locked:
        return QStringLiteral("%1 stayed locked by another PreScreen process for longer than 15 seconds%2; "
                              "try again").arg(where, detail);
    case CantOpen: {
        const QString problem = pathProblem(url.path, false);
        if (!problem.isEmpty())
            return problem;
        return QStringLiteral("%1 cannot be opened%2: check that its folder exists and that this user may read "
                              "and write the file and its folder").arg(where, detail);
    }
    default:
        return QStringLiteral("%1: %2").arg(where, error.text().simplified());
    }
}

} // namespace StoreProblem
