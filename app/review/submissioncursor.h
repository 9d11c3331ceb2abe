#pragma once

#include "doctorqueue.h"

#include <QDate>
#include <QTimeZone>

#include <functional>

class Database;

// Reads the submissions of a run of clinic days, each with its latest
// review, straight from the database in one forward-only query, and hands
// them over one at a time, oldest first. Nothing is held back, so an export
// of a year takes no more memory than one of a day. (Qt's SQLite driver
// steps the statement; its PostgreSQL driver reads forward-only results in
// libpq's single-row mode.) The connection runs nothing else meanwhile.
class SubmissionCursor
{
public:
    explicit SubmissionCursor(Database &database);

    // Returns false from `visit` to stop (the file could not be written).
    using Visit = std::function<bool(const QueueEntry &entry)>;
    // False, with `error` saying why, when the database failed or stopped
    // early; true when every submission of the days was visited or `visit`
    // stopped.
    bool forDays(const QDate &first, const QDate &last, const QTimeZone &zone, const Visit &visit, QString *error) const;

private:
    Database &m_database;
};
