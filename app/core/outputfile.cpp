#include "outputfile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace OutputFile {

bool commitPrivately(QSaveFile &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.commit();
}

QString problem(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("no file name given");
    if (path.endsWith(u'/'))
        return QStringLiteral("%1 is a folder; give a file name inside it").arg(path);
    struct stat info = {};
    // stat follows a symbolic link to what it points at, as the write would.
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return QStringLiteral("%1 is a folder; give a file name inside it").arg(path);
        if (S_ISFIFO(info.st_mode))
            return QStringLiteral("%1 is a named pipe (FIFO), not a regular file; files are written to regular "
                                  "files only").arg(path);
        if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
            return QStringLiteral("%1 is a device, not a regular file; files are written to regular files only").arg(path);
        if (!S_ISREG(info.st_mode))
            return QStringLiteral("%1 is not a regular file; files are written to regular files only").arg(path);
        return {};
    }
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return QStringLiteral("%1: the folder %2 does not exist").arg(path, folder.absoluteFilePath());
    if (!folder.isDir())
        return QStringLiteral("%1: %2 is not a folder").arg(path, folder.absoluteFilePath());
    return {};
}

} // namespace OutputFile
