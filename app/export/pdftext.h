#pragma once

#include "outcome.h"
#include "reviewstore.h"

#include <QByteArray>
#include <QFont>
#include <QString>

#include <optional>

class QPdfWriter;

// What the PDFs for paper share: A4 set up alike, the fonts, the words for
// results and decisions, and what their text needs to read right.
namespace PdfText {

QString outcome(Outcome outcome);
QString decision(const std::optional<Review> &review);
// A4 portrait, 300 dpi, the clinic's margins, PreScreen as creator.
void setUp(QPdfWriter &writer, const QString &title);
// IPAGothic first: with Noto CJK, Qt's PDF text map gives some kanji the
// code points of look-alike Kangxi radicals (山 as ⼭), which breaks
// searching and copying the names. (The chart's record; the day summary
// takes the language's own family below, with the map mended.)
QFont font(int points, bool bold = false);

// One CJK family per language, so that every cell of a row shares one
// baseline: Noto Sans CJK SC (Simplified Chinese glyphs) for zh_CN, Noto
// Sans CJK JP for ja and en (a Tokyo clinic's English file still holds
// Japanese names). Its Latin letters serve English.
QFont font(const QString &language, int pointSize, bool bold = false);

// Qt's PDF writer gives each embedded glyph the lowest code point that the
// font maps to it. Noto CJK draws 山 and the Kangxi radical ⼭ (U+2F2D) with
// one glyph, and ・ and ‧ (U+2027) with another, so the file said ⼭ where
// the page shows 山: copying and searching names failed. This rewrites the
// ToUnicode maps in `pdf` so that such glyphs copy as the character of
// `drawn` (all the text on the pages) that they were drawn for (same
// length, in place, so the file's offsets hold). Returns how many mappings
// it changed.
int mendToUnicode(QByteArray *pdf, const QFont &font, const QString &drawn);

} // namespace PdfText
