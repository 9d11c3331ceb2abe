#pragma once

#include <QString>

class QSaveFile;

// Files made for people (exports, backups) are written through QSaveFile,
// which writes beside the target and renames over it. Renaming over a FIFO,
// a device or a folder would replace it with a regular file, so such a
// target is refused before anything is written.
namespace OutputFile {

// Renames the finished file over its target, readable by this user alone
// whatever the file it replaces allowed (QSaveFile keeps that file's mode:
// an export written over a 0644 file stayed readable by everyone).
bool commitPrivately(QSaveFile &file);

// Empty when `path` is a regular file or does not exist yet in a folder that
// exists; else what is wrong with it, naming it.
QString problem(const QString &path);

} // namespace OutputFile
