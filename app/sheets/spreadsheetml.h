#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

// SpreadsheetML (ECMA-376) as Excel and openpyxl read it: the small parts
// around the sheets of an .xlsx, and a sheet's rows written a cell at a time
// into a buffer. Text goes in inline strings, so a cell needs no shared
// table held in memory while the rows stream.
namespace SpreadsheetMl {

// The cell formats styles() declares, by their index.
enum class Style { Plain = 0, Heading = 1, DateTime = 2, Date = 3 };

QByteArray columnName(int column); // 0 is A, 26 is AA
// "A1:T3", or "$A$1:$T$3" as a defined name wants it; rows count from 0.
QByteArray range(int lastColumn, quint32 lastRow, bool absolute = false);

QByteArray contentTypes(int sheets);
QByteArray packageRelationships();
QByteArray workbookRelationships(int sheets);
QByteArray styles();
// The first sheet carries a filter over its columns to `lastColumn` and its
// rows to `lastRow`.
QByteArray workbook(const QStringList &sheetNames, int lastColumn, quint32 lastRow);
// Everything before a sheet's rows: its extent, the frozen header row, and
// the column widths in Excel's digit widths.
QByteArray sheetStart(const QByteArray &dimension, const QList<double> &widths, bool frozenHeader, bool selected);
QByteArray sheetEnd(const QByteArray &filter);

// Appends one sheet's rows to a buffer the caller empties as it likes.
class Rows
{
public:
    explicit Rows(QByteArray *xml) : m_xml(xml) {}

    void begin(quint32 row); // from 0
    void text(int column, const QString &text, Style style = Style::Plain);
    void number(int column, double value, Style style = Style::Plain);
    // Excel's dates begin in 1900; an earlier one is written as `text`.
    void dateTime(int column, const QDateTime &when, const QString &text);
    void date(int column, const QDate &day, const QString &text);
    void end();

private:
    void cell(int column, Style style, const char *type);

    QByteArray *m_xml;
    QByteArray m_row;
    QList<QByteArray> m_columns; // names, made once
};

} // namespace SpreadsheetMl
