#pragma once

#include <dlfcn.h>

// A library opened with dlopen the first time it is needed (libzinnia for
// handwriting, libsodium for staff PINs) rather than linked, so that the
// loader does not map and bind it before the kiosk's first frame. Fills
// `function` with `name` from `library`; false where the library lacks it.
template<typename Function>
bool resolveLaterSymbol(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}
