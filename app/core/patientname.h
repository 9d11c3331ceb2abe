#pragma once

#include <QString>

// How the clinic tells that two names are the same person's: a name typed
// on the kiosk in full-width or half-width letters, with or without the
// space between family and given name, and a reading in hiragana or in
// katakana, all come to one key.
namespace PatientName {

// NFKC (full-width letters and half-width katakana to their usual forms),
// case folded, without spaces or middle dots, katakana as hiragana.
QString key(const QString &text);

} // namespace PatientName
