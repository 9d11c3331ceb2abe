#pragma once

#include "storecheck.h"

#include <QString>

class Clock;

// Puts a backup in the place of a SQLite store: the backup is checked
// first; a store that holds submissions is replaced only when asked
// (`force`), and is then kept beside it, never deleted. Stop the kiosks that
// use the store first: an open connection keeps writing to the old file.
class Restore
{
public:
    struct Result
    {
        bool ok = false;
        bool refused = false; // bad input: the backup is not good, or the store is not empty
        QString error;
        QString keptAs;       // where the replaced store went, if there was one
        StoreReport restored;
    };

    explicit Restore(const Clock &clock) : m_clock(clock) {}
    Result run(const QString &backupPath, const QString &storePath, bool force, const QString &actor);

private:
    QString setAside(const QString &storePath, bool force, bool *refused, QString *keptAs);

    const Clock &m_clock;
};
