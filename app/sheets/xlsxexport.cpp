#include "xlsxexport.h"

#include "spreadsheetml.h"
#include "zipwriter.h"

#include <QDir>

#include <algorithm>

using SpreadsheetMl::Style;

namespace {

// Excel measures columns in the width of a digit; East Asian characters
// take about two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x2e80 && !c.isSurrogate() ? 2 : 1;
    return width;
}

// Excel refuses longer cells; a longer note is cut visibly, never silently.
constexpr qsizetype kMaxCell = 32767;
// Excel's last row; a longer period is refused rather than cut.
constexpr quint32 kMaxRows = 1048576;
constexpr qsizetype kFlushAt = 1 << 20;

// Cut at `size` UTF-16 units without splitting a character in two (an
// emoji's halves would become "?").
QString cut(const QString &text, qsizetype size)
{
    if (text.size() <= size)
        return text;
    return text.left(text.at(size - 1).isHighSurrogate() ? size - 1 : size);
}

QString cellText(const QString &text)
{
    if (text.size() <= kMaxCell)
        return text;
    const QString mark = QStringLiteral(" […]");
    return cut(text, kMaxCell - mark.size()) + mark;
}

// Sheet names may not hold []:*?/\, begin or end with an apostrophe, or
// have more than 31 characters.
QString sheetName(QString name)
{
    for (QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, u' ');
    name = cut(name, 31);
    while (name.startsWith(u'\'') || name.endsWith(u'\''))
        name = name.startsWith(u'\'') ? name.mid(1) : name.chopped(1);
    return name;
}

} // namespace

XlsxExport::XlsxExport(const ExportTable &table) : m_table(table)
{
    m_rows.setFileTemplate(QDir::temp().filePath(QStringLiteral("prescreen-sheet-XXXXXX")));
}

bool XlsxExport::begin(QString *error)
{
    // QTemporaryFile makes it readable by its owner alone.
    if (!m_rows.open()) {
        *error = QStringLiteral("cannot make a temporary file for the workbook in %1: %2")
                     .arg(QDir::tempPath(), m_rows.errorString());
        return false;
    }
    const QStringList &headings = m_table.headings();
    m_widths.fill(0, headings.size());
    SpreadsheetMl::Rows rows(&m_xml);
    rows.begin(0);
    for (int c = 0; c < headings.size(); ++c) {
        rows.text(c, cellText(headings.at(c)), Style::Heading);
        track(c, headings.at(c));
    }
    rows.end();
    m_row = 1;
    return true;
}

void XlsxExport::track(int column, const QString &text)
{
    // A long note need not make its column a screen wide: 60 is plenty to
    // read, and the whole text is in the cell.
    if (m_widths.at(column) < 60)
        m_widths[column] = std::max(m_widths.at(column), std::min(displayWidth(text), 60));
}

bool XlsxExport::flushRows(QString *error, RawDeflate::Flush flush)
{
    const bool written = m_deflate.add(m_xml.constData(), m_xml.size(), flush, [this](const char *data, qsizetype size) {
        return m_rows.write(data, size) == size;
    });
    // Qt holds the last bytes in its buffer: a full folder shows on flush.
    if (!written || (flush != RawDeflate::Flush::None && !m_rows.flush())) {
        // The temporary folder, not the stick: say which, and what to do.
        // (Qt says "Unknown error" for a short write, which helps nobody.)
        *error = QStringLiteral("the temporary folder %1 is full: the workbook's rows wait there while it is written; "
                                "free space there, or set TMPDIR to a folder with room")
                     .arg(QDir::tempPath());
        return false;
    }
    // Emptied, not freed: the next rows reuse the room.
    m_xml.truncate(0);
    return true;
}

bool XlsxExport::add(const QueueEntry &entry, QString *error)
{
    if (m_row >= kMaxRows) {
        *error = QStringLiteral("more than %1 submissions: Excel's limit; export a shorter period, or a CSV").arg(kMaxRows - 1);
        return false;
    }
    // A ZIP member without ZIP64 ends below 4 GB: refused before the stick
    // is filled with a file that cannot be finished.
    if (m_deflate.size() + quint64(m_xml.size()) >= ZipWriter::kLimit - kFlushAt) {
        *error = QStringLiteral("the sheet would be larger than 4 GB, the most a workbook holds; export a shorter period, or a CSV");
        return false;
    }
    m_table.row(entry, &m_cells);
    SpreadsheetMl::Rows rows(&m_xml);
    rows.begin(m_row);
    for (int c = 0; c < m_cells.size(); ++c) {
        const ExportCell &cell = m_cells.at(c);
        switch (cell.kind) {
        case ExportCell::Kind::DateTime:
            rows.dateTime(c, cell.when, cell.text);
            break;
        case ExportCell::Kind::Date:
            rows.date(c, cell.when.date(), cell.text);
            break;
        case ExportCell::Kind::Text:
            // Blank cells stay empty rather than holding "".
            if (cell.text.isEmpty())
                continue;
            rows.text(c, cellText(cell.text));
            break;
        }
        track(c, cell.text);
    }
    rows.end();
    ++m_byOutcome[entry.stored.evaluation.outcome];
    for (const Flag &f : entry.stored.evaluation.flags) {
        const auto found = m_ruleIndex.constFind(f.rule);
        if (found == m_ruleIndex.constEnd()) {
            m_ruleIndex.insert(f.rule, m_byRule.size());
            m_byRule.append({f, 1});
        } else {
            ++m_byRule[*found].second;
        }
    }
    ++m_row;
    return m_xml.size() < kFlushAt || flushRows(error, RawDeflate::Flush::None);
}

QByteArray XlsxExport::countsSheet() const
{
    const ExportWords &words = m_table.words();
    QByteArray xml;
    SpreadsheetMl::Rows rows(&xml);
    int widest = 0;
    quint32 row = 0;
    const auto line = [&](const QString &label, const QVariant &count, Style style) {
        rows.begin(row++);
        rows.text(0, cellText(label), style);
        if (count.typeId() == QMetaType::Int)
            rows.number(1, count.toInt(), style);
        else
            rows.text(1, count.toString(), style);
        rows.end();
        widest = std::max(widest, std::min(displayWidth(label), 60));
    };
    const QString submissions = words.label(QT_TRANSLATE_NOOP("ExportWords", "Count"));
    line(words.label(QT_TRANSLATE_NOOP("ExportWords", "Result")), submissions, Style::Heading);
    for (Outcome o : {Outcome::Decline, Outcome::Avoid, Outcome::Review, Outcome::Clear})
        line(words.outcome(o), m_byOutcome.value(o), Style::Plain);
    line(words.label(QT_TRANSLATE_NOOP("ExportWords", "Total")), int(m_row - 1), Style::Heading);
    ++row;
    line(words.label(QT_TRANSLATE_NOOP("ExportWords", "Rule")), submissions, Style::Heading);
    // In the rule set's order; rules that fired under an earlier rule set after.
    QList<std::pair<Flag, int>> rules = m_byRule;
    const QList<Rule> &order = words.ruleSet().rules;
    const auto rank = [&](const Flag &f) {
        const auto it = std::find_if(order.cbegin(), order.cend(), [&](const Rule &r) { return r.id == f.rule; });
        return std::make_pair(it - order.cbegin(), f.rule);
    };
    std::stable_sort(rules.begin(), rules.end(), [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    for (const auto &[flag, count] : rules)
        line(words.ruleTitle(flag), count, Style::Plain);
    if (rules.isEmpty())
        line(words.label(QT_TRANSLATE_NOOP("ExportWords", "No rule fired")), 0, Style::Plain);
    const QList<double> widths{double(std::max(widest, 12) + 2), double(std::max(displayWidth(submissions), 8) + 2)};
    return SpreadsheetMl::sheetStart(SpreadsheetMl::range(1, row - 1), widths, false, false) + xml
           + SpreadsheetMl::sheetEnd(QByteArray());
}

bool XlsxExport::finish(QIODevice *out, QString *error)
{
    if (!flushRows(error, RawDeflate::Flush::Sync))
        return false;
    if (!m_rows.seek(0)) {
        *error = QStringLiteral("cannot read the workbook's rows back from %1: %2").arg(m_rows.fileName(), m_rows.errorString());
        return false;
    }
    const ExportWords &words = m_table.words();
    const int lastColumn = int(m_widths.size()) - 1;
    // A filter needs a row under its heading, even an empty one.
    const quint32 filterRows = std::max<quint32>(m_row - 1, 1);
    const QByteArray filter = SpreadsheetMl::range(lastColumn, filterRows);
    QList<double> widths;
    for (int w : std::as_const(m_widths))
        widths.append(w + 2);
    const QStringList names{sheetName(words.label(QT_TRANSLATE_NOOP("ExportWords", "Submissions"))),
                            sheetName(words.label(QT_TRANSLATE_NOOP("ExportWords", "Counts")))};

    ZipWriter zip(out);
    bool written = zip.add("[Content_Types].xml", SpreadsheetMl::contentTypes(2))
                   && zip.add("_rels/.rels", SpreadsheetMl::packageRelationships())
                   && zip.add("xl/workbook.xml", SpreadsheetMl::workbook(names, lastColumn, filterRows))
                   && zip.add("xl/_rels/workbook.xml.rels", SpreadsheetMl::workbookRelationships(2))
                   && zip.add("xl/styles.xml", SpreadsheetMl::styles())
                   && zip.begin("xl/worksheets/sheet1.xml")
                   && zip.write(SpreadsheetMl::sheetStart(SpreadsheetMl::range(lastColumn, m_row - 1), widths, true, true));
    written = written && zip.writeDeflated(&m_rows, m_deflate.packed(), m_deflate.crc(), m_deflate.size());
    written = written && zip.write(SpreadsheetMl::sheetEnd(filter)) && zip.end()
              && zip.add("xl/worksheets/sheet2.xml", countsSheet()) && zip.finish();
    if (!written) {
        *error = QStringLiteral("cannot write the workbook: %1").arg(zip.errorString());
        m_outputFailed = zip.deviceFailed();
    }
    return written;
}
