#pragma once

class QApplication;

// Large type and high contrast for a tablet read by patients of any age,
// with one switch for larger text.
namespace KioskStyle {

enum class TextSize { Large, Larger };

void apply(QApplication &app, TextSize size);
int pointSize(TextSize size);

} // namespace KioskStyle
