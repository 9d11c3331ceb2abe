#pragma once

#include "exporttable.h"

#include <QHash>
#include <QTemporaryDir>

class QIODevice;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// The day's table as an Excel workbook (libxlsxwriter): every value a
// patient or doctor typed is a text cell, so no formula can run and no
// apostrophe shows; times and dates are real date cells; the header row is
// frozen and carries a filter; columns are as wide as their contents. A
// second sheet counts the submissions by result and by rule. Written in
// libxlsxwriter's constant-memory mode, a row at a time, into a private
// temporary folder, then copied to `out` (which QSaveFile makes atomic).
class XlsxExport
{
public:
    explicit XlsxExport(const ExportTable &table);
    ~XlsxExport();
    XlsxExport(const XlsxExport &) = delete;
    XlsxExport &operator=(const XlsxExport &) = delete;

    bool begin(QString *error);
    bool add(const QueueEntry &entry);
    bool finish(QIODevice *out, QString *error);

private:
    void track(int column, const QString &text);
    bool writeCounts();

    const ExportTable &m_table;
    QTemporaryDir m_dir;
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_worksheet *m_counts = nullptr;
    lxw_format *m_heading = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_date = nullptr;
    quint32 m_row = 0;
    int m_failure = 0;
    QList<int> m_widths;
    QList<ExportCell> m_cells;
    QHash<Outcome, int> m_byOutcome;
    // Per rule, in the order first seen: its flag (for the title) and count.
    QList<std::pair<Flag, int>> m_byRule;
    QHash<QString, qsizetype> m_ruleIndex;
};
