#include "writetransaction.h"

#include "database.h"

WriteTransaction::WriteTransaction(Database &database) : m_database(database) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    m_open = m_database.beginWrite(error);
    return m_open;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_open)
        return false;
    if (!m_database.commit(error)) {
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (m_open)
        m_database.rollback();
    m_open = false;
}
