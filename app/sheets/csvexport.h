#pragma once

#include "exporttable.h"

#include <QByteArray>

class QIODevice;

// The day's table as a CSV file that Excel on Japanese Windows opens
// correctly by double-click: UTF-8 with a byte order mark, RFC 4180 quoting,
// CRLF line ends, and no cell that a spreadsheet would run as a formula
// (FormulaGuard). Rows go out as they come, in blocks of about 64 kB.
class CsvExport
{
public:
    CsvExport(QIODevice *out, const ExportTable &table);

    bool begin();
    bool add(const QueueEntry &entry);
    bool finish();

private:
    void line(const QStringList &fields);
    bool flush(qsizetype above);

    QIODevice *m_out;
    const ExportTable &m_table;
    QByteArray m_buffer;
    QList<ExportCell> m_cells;
    QStringList m_fields;
};
