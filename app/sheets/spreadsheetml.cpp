#include "spreadsheetml.h"

#include <charconv>
#include <cstring>

namespace SpreadsheetMl {

namespace {

const char kHeader[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char kRelationships[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

void appendNumber(QByteArray &xml, double value)
{
    char digits[32];
    // The shortest text that reads back as the same double.
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    xml.append(digits, ec == std::errc() ? end - digits : 0);
}

void appendNumber(QByteArray &xml, quint64 value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    xml.append(digits, ec == std::errc() ? end - digits : 0);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Text as XML character data, with ECMA-376's _xHHHH_ for what XML cannot
// carry (control characters other than tab, CR and LF; U+FFFE, U+FFFF):
// Excel decodes it; openpyxl leaves it for the script
// (openpyxl.utils.escape.unescape). A literal
// "_x0041_" typed by a patient is kept by escaping its underscore, or Excel
// would show "A".
void appendEscaped(QByteArray &xml, const QByteArray &utf8)
{
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    const char *run = p;
    const auto flush = [&](const char *upTo) { xml.append(run, upTo - run); };
    char code[8];
    const auto escapeCode = [&](unsigned value) {
        static const char hex[] = "0123456789ABCDEF";
        std::memcpy(code, "_x0000_", 8);
        for (int i = 0; i < 4; ++i)
            code[5 - i] = hex[(value >> (4 * i)) & 0xf];
        xml.append(code, 7);
    };
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '_' && c != 0xEF)
            continue;
        if (c == '&') {
            flush(p), xml.append("&amp;");
        } else if (c == '<') {
            flush(p), xml.append("&lt;");
        } else if (c == '>') {
            flush(p), xml.append("&gt;");
        } else if (c == '\t' || c == '\n') {
            continue;
        } else if (c == '\r') {
            // A reference, not the character: XML readers turn a bare CR
            // into LF. Every reader (openpyxl too) gives back the CR.
            flush(p), xml.append("&#13;");
        } else if (c < 0x20) {
            flush(p), escapeCode(c);
        } else if (c == '_') {
            if (end - p < 7 || p[1] != 'x' || !isHex(p[2]) || !isHex(p[3]) || !isHex(p[4]) || !isHex(p[5]) || p[6] != '_')
                continue;
            flush(p), escapeCode('_');
        } else { // 0xEF: U+FFFE and U+FFFF are EF BF BE and EF BF BF
            if (end - p < 3 || static_cast<unsigned char>(p[1]) != 0xBF || static_cast<unsigned char>(p[2]) < 0xBE)
                continue;
            flush(p), escapeCode(0xFFFE + (static_cast<unsigned char>(p[2]) - 0xBE));
            p += 2;
        }
        run = p + 1;
    }
    flush(end);
}

void appendAttribute(QByteArray &xml, const QString &value)
{
    QByteArray escaped;
    appendEscaped(escaped, value.toUtf8());
    // In an attribute a parser turns tab and LF into spaces unless referenced.
    xml += escaped.replace('"', "&quot;").replace('\t', "&#9;").replace('\n', "&#10;");
}

double excelDay(const QDate &day)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never
    // was, so from March 1900 on the count starts at 1899-12-30.
    return double(day.toJulianDay() - QDate(1899, 12, 30).toJulianDay());
}

const QDate kFirstExcelDay(1900, 3, 1);

} // namespace

QByteArray columnName(int column)
{
    QByteArray name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(char('A' + (column - 1) % 26));
    return name;
}

QByteArray range(int lastColumn, quint32 lastRow, bool absolute)
{
    const QByteArray mark = absolute ? "$" : "";
    QByteArray ref = mark + "A" + mark + "1:" + mark + columnName(lastColumn) + mark;
    appendNumber(ref, quint64(lastRow) + 1);
    return ref;
}

QByteArray contentTypes(int sheets)
{
    QByteArray xml = kHeader;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    for (int s = 1; s <= sheets; ++s)
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(s)
               + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    xml += "</Types>";
    return xml;
}

QByteArray packageRelationships()
{
    return QByteArray(kHeader) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" + kRelationships + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
           "</Relationships>";
}

QByteArray workbookRelationships(int sheets)
{
    QByteArray xml = QByteArray(kHeader) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int s = 1; s <= sheets; ++s)
        xml += "<Relationship Id=\"rId" + QByteArray::number(s) + "\" Type=\"" + kRelationships
               + "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(s) + ".xml\"/>";
    xml += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) + "\" Type=\"" + kRelationships
           + "/styles\" Target=\"styles.xml\"/></Relationships>";
    return xml;
}

QByteArray styles()
{
    // The order of cellXfs is Style's: plain, heading (bold on pale blue,
    // a thin line under), date and time, date.
    return QByteArray(kHeader) + "<styleSheet xmlns=\"" + kMain + "\">"
           "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
           "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
           "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
           "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
           "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
           "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
           "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
           "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";
}

QByteArray workbook(const QStringList &sheetNames, int lastColumn, quint32 lastRow)
{
    QByteArray xml = QByteArray(kHeader) + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships + "\">"
                     "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
    for (int s = 0; s < sheetNames.size(); ++s) {
        xml += "<sheet name=\"";
        appendAttribute(xml, sheetNames.at(s));
        xml += "\" sheetId=\"" + QByteArray::number(s + 1) + "\" r:id=\"rId" + QByteArray::number(s + 1) + "\"/>";
    }
    xml += "</sheets>";
    if (!sheetNames.isEmpty()) {
        // The hidden name Excel keeps for a sheet's filter; a sheet name is
        // quoted with its apostrophes doubled.
        QString quoted = sheetNames.first();
        quoted.replace(u'\'', QStringLiteral("''"));
        xml += "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">";
        QByteArray target;
        appendEscaped(target, QStringLiteral("'%1'!").arg(quoted).toUtf8());
        xml += target + range(lastColumn, lastRow, true) + "</definedName></definedNames>";
    }
    xml += "</workbook>";
    return xml;
}

QByteArray sheetStart(const QByteArray &dimension, const QList<double> &widths, bool frozenHeader, bool selected)
{
    QByteArray xml = QByteArray(kHeader) + "<worksheet xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships + "\">"
                     "<dimension ref=\"" + dimension + "\"/><sheetViews><sheetView workbookViewId=\"0\""
                     + (selected ? " tabSelected=\"1\">" : ">");
    if (frozenHeader)
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>";
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!widths.isEmpty()) {
        xml += "<cols>";
        for (int c = 0; c < widths.size(); ++c) {
            xml += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1) + "\" width=\"";
            appendNumber(xml, widths.at(c));
            xml += "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>";
    return xml;
}

QByteArray sheetEnd(const QByteArray &filter)
{
    QByteArray xml = "</sheetData>";
    if (!filter.isEmpty())
        xml += "<autoFilter ref=\"" + filter + "\"/>";
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    return xml;
}

void Rows::begin(quint32 row)
{
    m_row.clear();
    appendNumber(m_row, quint64(row) + 1);
    *m_xml += "<row r=\"" + m_row + "\">";
}

void Rows::cell(int column, Style style, const char *type)
{
    while (m_columns.size() <= column)
        m_columns.append(columnName(int(m_columns.size())));
    *m_xml += "<c r=\"";
    *m_xml += m_columns.at(column);
    *m_xml += m_row;
    *m_xml += '"';
    if (style != Style::Plain) {
        *m_xml += " s=\"";
        *m_xml += char('0' + int(style));
        *m_xml += '"';
    }
    if (type) {
        *m_xml += " t=\"";
        *m_xml += type;
        *m_xml += '"';
    }
    *m_xml += '>';
}

void Rows::text(int column, const QString &text, Style style)
{
    cell(column, style, "inlineStr");
    const bool edgeSpace = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    *m_xml += edgeSpace ? "<is><t xml:space=\"preserve\">" : "<is><t>";
    appendEscaped(*m_xml, text.toUtf8());
    *m_xml += "</t></is></c>";
}

void Rows::number(int column, double value, Style style)
{
    cell(column, style, nullptr);
    *m_xml += "<v>";
    appendNumber(*m_xml, value);
    *m_xml += "</v></c>";
}

void Rows::dateTime(int column, const QDateTime &when, const QString &text)
{
    if (!when.isValid() || when.date() < kFirstExcelDay)
        return Rows::text(column, text);
    number(column, excelDay(when.date()) + when.time().msecsSinceStartOfDay() / 86400000.0, Style::DateTime);
}

void Rows::date(int column, const QDate &day, const QString &text)
{
    if (!day.isValid() || day < kFirstExcelDay)
        return Rows::text(column, text);
    number(column, excelDay(day), Style::Date);
}

void Rows::end()
{
    *m_xml += "</row>";
}

} // namespace SpreadsheetMl
