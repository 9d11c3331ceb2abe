#pragma once

#include <QStringList>

class QApplication;
class QFont;
class QHBoxLayout;
class QVBoxLayout;
class QWidget;

// Large type and high contrast for a tablet read by patients of any age,
// with one switch for larger text.
namespace KioskStyle {

enum class TextSize { Large, Larger };

void apply(QApplication &app, TextSize size);
// Han characters are drawn differently in Japan and in China: the font
// follows the language so that neither reads the other's glyph shapes.
void useLanguage(QApplication &app, const QString &language);
// The font families for one language, for text shown in a language other
// than the screen's (the welcome screen greets in all three).
QStringList fontFamilies(const QString &language);
int pointSize(TextSize size);
// For the kiosk's own fixed words (the header, the welcome screen): every
// character is in the font asked for (test_kiosk checks each language), so
// Qt need not ask fontconfig for fallback fonts, a search through every
// installed font for each face and script (a tenth of the work to the first
// frame). A patient's or a rule set's words may need another font: they
// never go in these widgets.
void useOwnGlyphsOnly(QFont &font);
void useOwnGlyphsOnly(QWidget *widget);

// The dark blue bar across the top of a window, added to `column`; returns
// the row to put the title and the buttons in.
QHBoxLayout *addHeader(QWidget *window, QVBoxLayout *column);

} // namespace KioskStyle
