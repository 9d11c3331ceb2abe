#include "ownfonts.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fnmatch.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>

namespace OwnFonts {

namespace {

std::atomic<bool> s_registered{false};

bool holdsAllFour(const std::string &folder)
{
    DIR *dir = opendir(folder.c_str());
    if (!dir)
        return false;
    int fonts = 0;
    while (const dirent *entry = readdir(dir))
        fonts += fnmatch("PreScreenSans*.otf", entry->d_name, 0) == 0;
    closedir(dir);
    return fonts >= 4;
}

// The executable's folder, as QCoreApplication::applicationDirPath() gives it.
std::string programFolder()
{
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    const std::string program(path, size_t(length));
    return program.substr(0, program.rfind('/'));
}

} // namespace

Location locate()
{
    if (const char *chosen = std::getenv("PRESCREEN_FONTS_DIR"); chosen && holdsAllFour(chosen))
        return {Where::Folder, chosen};
    const std::string installed = programFolder() + "/../share/fonts/opentype/prescreen";
    if (holdsAllFour(installed))
        return {Where::SystemFonts, installed};
    if (holdsAllFour(PRESCREEN_FONTS_BUILT))
        return {Where::Folder, PRESCREEN_FONTS_BUILT};
    return {};
}

bool registerWithFontconfig(const Location &at)
{
    if (at.where != Where::Folder)
        return at.where == Where::SystemFonts;
    if (FcConfigAppFontAddDir(nullptr, reinterpret_cast<const FcChar8 *>(at.folder.c_str())))
        return true;
    std::fprintf(stderr, "prescreen: fontconfig did not take the fonts in %s; Noto Sans CJK draws all text\n",
                 at.folder.c_str());
    return false;
}

void announce(const Location &at)
{
    s_registered = at.where != Where::Nowhere;
}

bool registered()
{
    return s_registered;
}

FcConfig *readSystemConfiguration()
{
    FcConfig *config = FcConfigCreate();
    // A null name is the system's fonts.conf (or FONTCONFIG_FILE), as for FcInit.
    if (config && FcConfigParseAndLoad(config, nullptr, FcTrue) && FcConfigBuildFonts(config))
        return config;
    if (config)
        FcConfigDestroy(config);
    return nullptr;
}

void loadSystemConfiguration()
{
    if (FcConfig *config = readSystemConfiguration()) {
        const bool current = FcConfigSetCurrent(config);
        // The current configuration holds a reference of its own (as in
        // fontconfig's FcInitReinitialize).
        FcConfigDestroy(config);
        if (current)
            return;
    }
    FcInit();
}

} // namespace OwnFonts
