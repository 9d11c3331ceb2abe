#pragma once

class QApplication;
class QHBoxLayout;
class QVBoxLayout;
class QWidget;

// Large type and high contrast for a tablet read by patients of any age,
// with one switch for larger text.
namespace KioskStyle {

enum class TextSize { Large, Larger };

void apply(QApplication &app, TextSize size);
int pointSize(TextSize size);

// The dark blue bar across the top of a window, added to `column`; returns
// the row to put the title and the buttons in.
QHBoxLayout *addHeader(QWidget *window, QVBoxLayout *column);

} // namespace KioskStyle
