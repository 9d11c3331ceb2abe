#include "csvexport.h"

#include "formulaguard.h"

#include <QIODevice>

CsvExport::CsvExport(QIODevice *out, const ExportTable &table) : m_out(out), m_table(table) {}

bool CsvExport::begin()
{
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    line(m_table.headings());
    return flush(0);
}

void CsvExport::line(const QStringList &fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += u',';
        text += FormulaGuard::csvField(fields.at(i));
    }
    text += QStringLiteral("\r\n");
    m_buffer += text.toUtf8();
}

bool CsvExport::flush(qsizetype above)
{
    if (m_buffer.size() <= above)
        return true;
    const bool written = m_out->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return written;
}

bool CsvExport::add(const QueueEntry &entry)
{
    m_table.row(entry, &m_cells);
    m_fields.resize(m_cells.size());
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        m_fields[i] = m_cells.at(i).text;
    line(m_fields);
    return flush(64 * 1024);
}

bool CsvExport::finish()
{
    return flush(0);
}
