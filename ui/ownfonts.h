#pragma once

#include <string>

#include <fontconfig/fontconfig.h>

// Where PreScreen's own fonts are (the cut of Noto Sans CJK that
// fonts/subset-fonts.py makes) and their registration with fontconfig.
// Plain C++, POSIX and fontconfig, no Qt: the GUI registers them on its
// fontconfig thread, before QApplication exists, and a Qt call there could
// claim Qt's main thread (docs/PERFORMANCE.md).
namespace OwnFonts {

enum class Where {
    Nowhere,
    // Installed among the system's fonts (the package's
    // /usr/share/fonts/opentype/prescreen): fontconfig lists them already,
    // from the cache its dpkg trigger keeps.
    SystemFonts,
    // A folder of their own (PRESCREEN_FONTS_DIR, the build's), registered
    // as application fonts.
    Folder,
};

struct Location
{
    Where where = Where::Nowhere;
    std::string folder;
};

// PRESCREEN_FONTS_DIR, else the package's, else the build's: the first
// folder holding all four PreScreenSans*.otf.
Location locate();

// Makes the fonts at `at` known to fontconfig, after FcInit and before Qt
// reads fontconfig's fonts. A folder is added whole (FcConfigAppFontAddDir),
// so that fontconfig reads its cache of the folder (fc-cache, which the
// build runs) instead of opening each font and counting its characters,
// which QFontDatabase::addApplicationFont did on the main thread (6 million
// instructions before the first frame). Any thread; says on stderr when it
// fails (Noto Sans CJK then draws everything).
bool registerWithFontconfig(const Location &at);

// Says that registerWithFontconfig(at) is under way on another thread, so
// that the kiosk's style names the fonts without waiting for it and without
// registering them again through Qt.
void announce(const Location &at);

// Whether fontconfig has the fonts, or is being given them (announce).
bool registered();

// The system's fontconfig configuration with its fonts, read as FcInit reads
// it but without what FcInit adds for fc-conflist alone: fontconfig 2.14
// parses every file of its template folder (conf.avail) for their
// descriptions, 10 million instructions, a twelfth of the kiosk's start.
// Null where the configuration does not load. The caller owns it.
FcConfig *readSystemConfiguration();
// Makes that configuration fontconfig's current one, so that FcInit (which
// Qt calls) keeps it; where it does not load, FcInit's own way is taken.
void loadSystemConfiguration();

} // namespace OwnFonts
