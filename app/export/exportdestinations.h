#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Where reception may put an export: the clinic's exports folder and each
// removable medium mounted now, listed by name. Nothing else: reception
// chooses from this list, never browses, renames or deletes, and no file
// inside these folders is ever opened or even listed (a file dialog opens
// files to show them, and opening the database file from this process drops
// SQLite's locks: another reader then removed the -wal and later writes
// were lost).
struct ExportDestination
{
    // The exports folder, or the medium's name as it was mounted ("KINGSTON").
    QString name;
    QString folder;
    bool removable = false;
};

class ExportDestinations
{
public:
    // `exportsFolder` is made when missing; each of `mediaRoots` is a folder
    // whose sub-folders are mounted media (/media/$USER, /run/media/$USER).
    ExportDestinations(QString exportsFolder, QStringList mediaRoots);
    // From the settings: PRESCREEN_EXPORT_DIR (default: the documents
    // folder) and PRESCREEN_MEDIA_ROOTS (colon-separated; default
    // /media/$USER:/run/media/$USER).
    static ExportDestinations configured();

    // The exports folder first, then the media by name. Lists folders only.
    QList<ExportDestination> available() const;
    // A file for `day` in `destination` that does not exist yet:
    // prescreen-DAY.EXT, else prescreen-DAY-2.EXT and so on. The write
    // (QSaveFile) then makes it new and never replaces another file, the
    // database included. Empty with `error` when the destination is not one
    // of available() (gone, or never offered).
    QString newFile(const ExportDestination &destination, const QDate &day, const QString &extension,
                    QString *error) const;

private:
    QString m_exportsFolder;
    QStringList m_mediaRoots;
};
