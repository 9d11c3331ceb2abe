#pragma once

#include <QString>

// Files made for people (exports, backups) are written through QSaveFile,
// which writes beside the target and renames over it. Renaming over a FIFO,
// a device or a folder would replace it with a regular file, so such a
// target is refused before anything is written.
namespace OutputFile {

// Empty when `path` is a regular file or does not exist yet in a folder that
// exists; else what is wrong with it, naming it.
QString problem(const QString &path);

} // namespace OutputFile
