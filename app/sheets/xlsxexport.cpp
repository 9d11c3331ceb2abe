#include "xlsxexport.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

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

lxw_datetime excelTime(const QDateTime &when)
{
    lxw_datetime t{};
    t.year = when.date().year();
    t.month = when.date().month();
    t.day = when.date().day();
    t.hour = when.time().hour();
    t.min = when.time().minute();
    t.sec = when.time().second();
    return t;
}

// Excel refuses longer cells; a longer note is cut visibly, never silently.
constexpr qsizetype kMaxCell = 32767;

QByteArray cellText(QString text)
{
    if (text.size() > kMaxCell) {
        const QString mark = QStringLiteral(" […]");
        text = text.left(kMaxCell - mark.size()) + mark;
    }
    // libxlsxwriter takes C strings and writes other control characters as
    // _xHHHH_ (ECMA-376's escape, which Excel decodes); NUL it cannot see,
    // so it is escaped here the same way.
    text.replace(QChar(0), QStringLiteral("_x0000_"));
    return text.toUtf8();
}

// Sheet names may not hold []:*?/\ and have at most 31 characters.
QByteArray sheetName(QString name)
{
    for (QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, u' ');
    return name.left(31).toUtf8();
}

} // namespace

XlsxExport::XlsxExport(const ExportTable &table) : m_table(table) {}

XlsxExport::~XlsxExport()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

bool XlsxExport::begin(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder for the workbook: %1").arg(m_dir.errorString());
        return false;
    }
    m_tmpdir = QFile::encodeName(m_dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_dir.filePath(QStringLiteral("day.xlsx"))).constData(), &options);
    if (!m_workbook) {
        *error = QStringLiteral("cannot start the workbook");
        return false;
    }
    const ExportWords &words = m_table.words();
    m_sheet = workbook_add_worksheet(m_workbook, sheetName(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Submissions"))).constData());
    m_counts = workbook_add_worksheet(m_workbook, sheetName(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Counts"))).constData());
    m_heading = workbook_add_format(m_workbook);
    format_set_bold(m_heading);
    format_set_bg_color(m_heading, 0xE8EEF4);
    format_set_bottom(m_heading, LXW_BORDER_THIN);
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");

    const QStringList &headings = m_table.headings();
    m_widths.fill(0, headings.size());
    for (int c = 0; c < headings.size(); ++c) {
        m_failure = m_failure ? m_failure : worksheet_write_string(m_sheet, 0, lxw_col_t(c), cellText(headings.at(c)).constData(), m_heading);
        track(c, headings.at(c));
    }
    m_row = 1;
    if (m_failure) {
        *error = QStringLiteral("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(lxw_error(m_failure))));
        return false;
    }
    return true;
}

void XlsxExport::track(int column, const QString &text)
{
    // A long note need not make its column a screen wide: 60 is plenty to
    // read, and the whole text is in the cell.
    m_widths[column] = std::max(m_widths.at(column), std::min(displayWidth(text), 60));
}

bool XlsxExport::add(const QueueEntry &entry)
{
    m_table.row(entry, &m_cells);
    for (int c = 0; c < m_cells.size() && !m_failure; ++c) {
        const ExportCell &cell = m_cells.at(c);
        switch (cell.kind) {
        case ExportCell::Kind::DateTime:
        case ExportCell::Kind::Date: {
            lxw_datetime t = excelTime(cell.when);
            m_failure = worksheet_write_datetime(m_sheet, m_row, lxw_col_t(c), &t,
                                                 cell.kind == ExportCell::Kind::Date ? m_date : m_dateTime);
            track(c, cell.text);
            break;
        }
        case ExportCell::Kind::Text:
            // Blank cells stay empty rather than holding "".
            if (!cell.text.isEmpty()) {
                m_failure = worksheet_write_string(m_sheet, m_row, lxw_col_t(c), cellText(cell.text).constData(), nullptr);
                track(c, cell.text);
            }
            break;
        }
    }
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
    return m_failure == 0;
}

bool XlsxExport::writeCounts()
{
    const ExportWords &words = m_table.words();
    int widest = 0;
    lxw_row_t row = 0;
    const auto line = [&](const QString &label, const QVariant &count, lxw_format *format) {
        if (m_failure)
            return;
        m_failure = worksheet_write_string(m_counts, row, 0, cellText(label).constData(), format);
        if (!m_failure)
            m_failure = count.typeId() == QMetaType::Int ? worksheet_write_number(m_counts, row, 1, count.toInt(), format)
                                                         : worksheet_write_string(m_counts, row, 1, count.toString().toUtf8().constData(), format);
        widest = std::max(widest, std::min(displayWidth(label), 60));
        ++row;
    };
    const QString submissions = words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Count"));
    line(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Result")), submissions, m_heading);
    for (Outcome o : {Outcome::Decline, Outcome::Avoid, Outcome::Review, Outcome::Clear})
        line(words.outcome(o), m_byOutcome.value(o), nullptr);
    line(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Total")), int(m_row - 1), m_heading);
    ++row;
    line(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Rule")), submissions, m_heading);
    // In the rule set's order; rules that fired under an earlier rule set after.
    QList<std::pair<Flag, int>> rules = m_byRule;
    const QList<Rule> &order = words.ruleSet().rules;
    const auto rank = [&](const Flag &f) {
        const auto it = std::find_if(order.cbegin(), order.cend(), [&](const Rule &r) { return r.id == f.rule; });
        return std::make_pair(it - order.cbegin(), f.rule);
    };
    std::stable_sort(rules.begin(), rules.end(), [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    for (const auto &[flag, count] : rules)
        line(words.ruleTitle(flag), count, nullptr);
    if (rules.isEmpty())
        line(words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "No rule fired")), 0, nullptr);
    worksheet_set_column(m_counts, 0, 0, std::max(widest, 12) + 2, nullptr);
    worksheet_set_column(m_counts, 1, 1, std::max(displayWidth(submissions), 8) + 2, nullptr);
    return m_failure == 0;
}

bool XlsxExport::finish(QIODevice *out, QString *error)
{
    const int lastColumn = int(m_widths.size()) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c) + 2, nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    worksheet_autofilter(m_sheet, 0, 0, std::max<lxw_row_t>(m_row - 1, 1), lxw_col_t(lastColumn));
    writeCounts();
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (m_failure || closed) {
        *error = QStringLiteral("cannot write the workbook: %1")
                     .arg(QString::fromUtf8(lxw_strerror(lxw_error(m_failure ? m_failure : closed))));
        return false;
    }
    QFile written(m_dir.filePath(QStringLiteral("day.xlsx")));
    if (!written.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the workbook back: %1").arg(written.errorString());
        return false;
    }
    QByteArray block;
    while (!(block = written.read(1 << 20)).isEmpty()) {
        if (out->write(block) != block.size()) {
            *error = out->errorString();
            return false;
        }
    }
    return true;
}
