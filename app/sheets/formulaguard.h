#pragma once

#include <QString>

// Keeps what patients typed from running as a spreadsheet formula when a
// CSV is opened in Excel or LibreOffice. A CSV cell has no type: the
// program guesses from the characters, and it skips spaces (ASCII, NBSP,
// U+3000), control and zero-width characters before it looks, and reads
// full-width ＝＋－＠ like their ASCII forms. The workbook needs none of
// this: its cells are typed text.
namespace FormulaGuard {

// True when the text, after what a spreadsheet skips, starts with = + - @
// (ASCII or full-width) or is a DDE link such as cmd|' /C calc'!A0; and
// any text that starts with a tab or CR.
bool isRisky(const QString &text);

// The text as one RFC 4180 field: a risky text gets one leading apostrophe
// (the only prefix every spreadsheet honours; Excel shows it in a CSV), and
// a field with a comma, quote or line break is quoted.
QString csvField(const QString &text);

} // namespace FormulaGuard
