#pragma once

#include <QString>

class Database;

// One write transaction that is never left open: whatever path leaves the
// scope without a successful commit() (an early return, a failed statement,
// a failed COMMIT itself) rolls back. A COMMIT that fails on SQLite (busy,
// disk full) leaves the transaction open; the next BEGIN would then fail or,
// worse, a later COMMIT would store a half-written record.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    // Rolls back when COMMIT fails.
    bool commit(QString *error);
    void rollback();

private:
    Database &m_database;
    bool m_open = false;
};
