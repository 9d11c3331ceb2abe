#include "kioskstyle.h"

#include "ownfonts.h"
#include "privatelog.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPixmapCache>
#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

namespace KioskStyle {

namespace {

// PreScreen's own cut of Noto Sans CJK (fonts/subset-fonts.py): the same
// glyphs for every text of the program, in a file the size of a photo
// instead of 19 MB, so that drawing a screen maps a few pages rather than
// most of the collection. The GUI registers them with fontconfig on its
// fontconfig thread (OwnFonts); anything else that uses the kiosk's style
// (the tests, the screenshot tool) registers them through Qt on first use.
// Without them (a build that could not make them) the full Noto Sans CJK
// draws everything.
bool ownFonts()
{
    static const bool registered = [] {
        if (OwnFonts::registered())
            return true;
        const OwnFonts::Location at = OwnFonts::locate();
        if (at.where == OwnFonts::Where::SystemFonts)
            return true;
        if (at.where == OwnFonts::Where::Nowhere) {
            qCInfo(lcKiosk, "PreScreen's fonts are not installed; Noto Sans CJK draws all text");
            return false;
        }
        const QDir dir(QString::fromStdString(at.folder));
        bool all = true;
        for (const QString &file : dir.entryList({QStringLiteral("PreScreenSans*.otf")}, QDir::Files))
            all = QFontDatabase::addApplicationFont(dir.filePath(file)) >= 0 && all;
        if (!all)
            qCWarning(lcKiosk, "the fonts in %s could not all be loaded", qPrintable(dir.path()));
        return all;
    }();
    return registered;
}

} // namespace

int pointSize(TextSize size)
{
    return size == TextSize::Larger ? 26 : 20;
}

QStringList fontFamilies(const QString &language)
{
    const QString face = language == QLatin1String("zh_CN") ? QStringLiteral("SC") : QStringLiteral("JP");
    QStringList families{QStringLiteral("Noto Sans CJK ") + face, QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    // A patient's name may hold any kanji: what the cut lacks comes from the full font.
    if (ownFonts())
        families.prepend(QStringLiteral("PreScreen Sans ") + face);
    return families;
}

void useOwnGlyphsOnly(QFont &font)
{
    font.setStyleStrategy(QFont::NoFontMerging);
}

void useOwnGlyphsOnly(QWidget *widget)
{
    // Only the strategy is set: family and size still follow the
    // application's font (language, text size).
    QFont font;
    useOwnGlyphsOnly(font);
    widget->setFont(font);
}

void useLanguage(QApplication &app, const QString &language)
{
    QFont font = app.font();
    font.setFamilies(fontFamilies(language));
    app.setFont(font);
}

QHBoxLayout *addHeader(QWidget *window, QVBoxLayout *column)
{
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *header = new QWidget(window);
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(24, 10, 24, 10);
    column->addWidget(header);
    return row;
}

void apply(QApplication &app, TextSize size)
{
    // Every screen is rebuilt for each step, and the style caches a pixmap
    // for each button and field size it paints; Qt's default of 10 MB grew
    // the kiosk by that much over a day. A screen's worth is enough.
    QPixmapCache::setCacheLimit(2048);
    QFont font = app.font();
    // Noto Sans CJK covers Japanese and Chinese with one consistent design;
    // the right glyph variants come from the language of each screen.
    font.setFamilies(fontFamilies(QStringLiteral("ja")));
    font.setPointSize(pointSize(size));
    app.setFont(font);
    // Black on white, dark blue actions with white text (contrast above
    // 7:1), thick focus and selection marks that do not rely on colour alone.
    // Drop-down lists are plain lists (combobox-popup: 0) with tall rows and
    // a wide scroll bar: the default popup fills the screen and scrolls only
    // while a pointer hovers over its small arrows, which a finger cannot do.
    app.setStyleSheet(QStringLiteral(R"(
        QWidget { color: #111111; background: #ffffff; }
        QWidget#header { background: #0b3d6e; }
        QWidget#header QLabel { color: #ffffff; background: transparent; font-weight: bold; }
        QWidget#header QPushButton { background: #ffffff; color: #0b3d6e; border: 2px solid #ffffff;
                                     border-radius: 10px; padding: 6px 14px; min-height: 48px; }
        QWidget#header QPushButton:checked { background: #ffd84d; color: #111111; border-color: #ffd84d; }
        QPushButton { background: #0b3d6e; color: #ffffff; border: 3px solid #0b3d6e; border-radius: 14px;
                      padding: 12px 24px; min-height: 64px; }
        QPushButton:disabled { background: #9aa7b4; border-color: #9aa7b4; }
        QPushButton[role="secondary"] { background: #ffffff; color: #0b3d6e; }
        QPushButton[role="secondary"]:checked { background: #ffd84d; color: #111111; border-color: #111111; }
        QPushButton[role="answer"] { background: #ffffff; color: #111111; border: 3px solid #5a6b7b;
                                     text-align: left; padding-left: 24px; }
        QPushButton[role="answer"][compact="true"] { padding-top: 4px; padding-bottom: 4px; min-height: 48px; }
        QPushButton[role="answer"]:checked { background: #0b3d6e; color: #ffffff; border: 5px solid #ffd84d; }
        QLineEdit, QPlainTextEdit, QComboBox, QDateEdit { border: 3px solid #5a6b7b; border-radius: 10px; padding: 8px;
                                               min-height: 56px; background: #ffffff; }
        QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus { border-color: #0b3d6e; }
        QComboBox { combobox-popup: 0; }
        QComboBox QAbstractItemView { selection-background-color: #0b3d6e; selection-color: #ffffff;
                                      border: 3px solid #0b3d6e; }
        QComboBox QAbstractItemView::item { min-height: 64px; padding-left: 12px; border-bottom: 1px solid #c8cfd6; }
        QComboBox QAbstractItemView::item:selected { background: #0b3d6e; color: #ffffff; }
        QPushButton[role="pick"] { background: #ffffff; color: #111111; border: 3px solid #5a6b7b; padding: 6px;
                                   min-height: 56px; }
        QPushButton[role="pick"]:disabled { background: #f0f2f4; color: #8a96a3; border: 2px solid #d0d5da; }
        QPushButton[role="field"] { background: #ffffff; color: #111111; border: 3px solid #5a6b7b;
                                    border-radius: 10px; text-align: left; padding-left: 16px; }
        QFrame#datePicker, QFrame#nameEntryPage { background: #ffffff; }
        QWidget#writingCanvas { background: #ffffff; border: 3px solid #5a6b7b; border-radius: 10px; }
        QPushButton[role="key"] { padding: 4px; min-height: 48px; border-radius: 10px; }
        QPushButton[role="key"]:disabled { background: #e6e9ed; border-color: #e6e9ed; }
        QFrame#birthDateCheck { background: #fff3c4; border: 3px solid #111111; border-radius: 12px; }
        QFrame#birthDateCheck QLabel { background: transparent; font-weight: bold; }
        QLabel#heading { font-weight: bold; }
        QLabel#problem { color: #a00000; font-weight: bold; }
        QLabel#help { color: #333333; }
        QLabel[changed="true"] { background: #fff3c4; border-left: 6px solid #ffd84d; padding-left: 8px; }
        QFrame#countdownBanner { background: #ffd84d; border: 3px solid #111111; border-radius: 12px; }
        QFrame#countdownBanner QLabel { background: transparent; font-weight: bold; }
        QLabel#padNotice { background: #ffd84d; border: 3px solid #111111; border-radius: 12px; padding: 8px 12px; font-weight: bold; }
        QProgressBar { border: 2px solid #5a6b7b; border-radius: 8px; min-height: 20px; max-height: 20px;
                       text-align: center; background: #e6e9ed; }
        QProgressBar::chunk { background: #0b3d6e; border-radius: 6px; }
        QScrollBar:vertical { width: 44px; background: #e6e9ed; margin: 0; border: none; }
        QScrollBar::handle:vertical { background: #5a6b7b; min-height: 80px; border-radius: 12px; margin: 3px; }
        QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
    )"));
}

} // namespace KioskStyle
