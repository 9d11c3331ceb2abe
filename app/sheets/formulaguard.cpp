#include "formulaguard.h"

#include <algorithm>

namespace FormulaGuard {

namespace {

// Spaces of every kind, control characters (NUL, tab, LF, CR among them)
// and format characters such as the zero-width space and the BOM.
bool skipped(QChar c)
{
    return c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format;
}

bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=': case u'+': case u'-': case u'@':
    case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20: // ＝＋－＠
    case 0xfe62: case 0xfe63: case 0xfe66: // small ﹢﹣﹦
        return true;
    default:
        return false;
    }
}

} // namespace

bool isRisky(const QString &text)
{
    // A leading tab or CR is a trigger of its own (OWASP): some importers
    // drop it and read on as a formula.
    if (text.startsWith(u'\t') || text.startsWith(u'\r'))
        return true;
    qsizetype i = 0;
    while (i < text.size() && skipped(text.at(i)))
        ++i;
    if (i < text.size() && startsFormula(text.at(i)))
        return true;
    // DDE: program|'arguments'!item, which older Excel runs even without a
    // leading = when the cell is re-entered.
    const qsizetype bar = text.indexOf(u'|');
    return bar >= 0 && text.indexOf(u'!', bar) > bar;
}

QString csvField(const QString &text)
{
    QString value = isRisky(text) ? u'\'' + text : text;
    // One pass for the four characters that need quotes (a year's export
    // asks this of a million cells).
    const bool quoted = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (quoted) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

} // namespace FormulaGuard
