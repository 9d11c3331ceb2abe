#include "exportdestinations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>

namespace {

// lstat only: whether something of that name is there, without following or
// opening it.
bool taken(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

} // namespace

ExportDestinations::ExportDestinations(QString exportsFolder, QStringList mediaRoots)
    : m_exportsFolder(std::move(exportsFolder)), m_mediaRoots(std::move(mediaRoots))
{
}

ExportDestinations ExportDestinations::configured()
{
    QString folder = qEnvironmentVariable("PRESCREEN_EXPORT_DIR").trimmed();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QStringList roots;
    const QString configuredRoots = qEnvironmentVariable("PRESCREEN_MEDIA_ROOTS");
    if (!configuredRoots.isEmpty()) {
        roots = configuredRoots.split(u':', Qt::SkipEmptyParts);
    } else {
        const QString user = qEnvironmentVariable("USER");
        if (!user.isEmpty())
            roots << QStringLiteral("/media/") + user << QStringLiteral("/run/media/") + user;
    }
    return ExportDestinations(folder, roots);
}

QList<ExportDestination> ExportDestinations::available() const
{
    QList<ExportDestination> list;
    QDir().mkpath(m_exportsFolder);
    list << ExportDestination{QDir(m_exportsFolder).dirName(), QDir(m_exportsFolder).absolutePath(), false};
    for (const QString &root : m_mediaRoots) {
        // Sub-folders only: the mount points, by the medium's name.
        const QDir dir(root);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString folder = dir.absoluteFilePath(name);
            if (QFileInfo(folder).isWritable())
                list << ExportDestination{name, folder, true};
        }
    }
    return list;
}

QString ExportDestinations::newFile(const ExportDestination &destination, const QDate &day, const QString &extension,
                                    QString *error) const
{
    bool offered = false;
    for (const ExportDestination &d : available())
        offered = offered || d.folder == destination.folder;
    if (!offered) {
        *error = destination.removable
            ? QCoreApplication::translate("ExportDestinations", "%1 is no longer there; put the medium back in or choose another place")
                  .arg(destination.name)
            : QCoreApplication::translate("ExportDestinations", "%1 is not a place exports go to").arg(destination.folder);
        return {};
    }
    const QDir folder(destination.folder);
    const QString stem = QStringLiteral("prescreen-%1").arg(day.toString(Qt::ISODate));
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? QStringLiteral("%1.%2").arg(stem, extension)
                                    : QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(extension);
        const QString path = folder.filePath(name);
        if (!taken(path))
            return path;
    }
    *error = QCoreApplication::translate("ExportDestinations", "%1 already holds 999 exports of %2").arg(destination.folder, day.toString(Qt::ISODate));
    return {};
}
