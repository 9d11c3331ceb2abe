#pragma once

#include "exporttable.h"
#include "rawdeflate.h"

#include <QHash>
#include <QTemporaryFile>

class QIODevice;

// The day's table as an Excel workbook: every value a patient or doctor
// typed is a text cell, so no formula can run and no apostrophe shows;
// times and dates are real date cells; the header row is frozen and carries
// a filter; columns are as wide as their contents. A second sheet counts the
// submissions by result and by rule.
//
// The rows stream as SpreadsheetML, deflated as they come, into a private
// temporary file (a tenth of their size: about 7 MB for a year), since the
// column widths that come before them in the sheet are known only at the
// end; finish() then writes the package (SpreadsheetMl, ZipWriter) to `out`,
// copying the deflated rows in as they are. Memory stays flat however many
// rows there are.
class XlsxExport
{
public:
    explicit XlsxExport(const ExportTable &table);

    bool begin(QString *error);
    bool add(const QueueEntry &entry, QString *error);
    bool finish(QIODevice *out, QString *error);
    // Whether finish() failed writing to `out` (a full or missing medium),
    // not the temporary folder or the rows.
    bool outputFailed() const { return m_outputFailed; }

private:
    void track(int column, const QString &text);
    bool flushRows(QString *error, RawDeflate::Flush flush);
    QByteArray countsSheet() const;

    const ExportTable &m_table;
    QTemporaryFile m_rows;
    RawDeflate m_deflate;
    QByteArray m_xml;
    quint32 m_row = 0;
    bool m_outputFailed = false;
    QList<int> m_widths;
    QList<ExportCell> m_cells;
    QHash<Outcome, int> m_byOutcome;
    // Per rule, in the order first seen: its flag (for the title) and count.
    QList<std::pair<Flag, int>> m_byRule;
    QHash<QString, qsizetype> m_ruleIndex;
};
