#pragma once

#include <QStringList>

class QApplication;
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

// The dark blue bar across the top of a window, added to `column`; returns
// the row to put the title and the buttons in.
QHBoxLayout *addHeader(QWidget *window, QVBoxLayout *column);

} // namespace KioskStyle
