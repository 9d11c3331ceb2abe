#pragma once

#include <QChar>
#include <QString>

// The small changes a kana keyboard makes to the character before the
// cursor: the voicing marks and small kana, in hiragana and katakana alike.
namespace Kana {

enum class Mark { Dakuten, Handakuten, Small };

// か→が→か, は→ぱ→は, つ→っ→つ; a character the mark does not apply to
// comes back unchanged.
QChar apply(Mark mark, QChar c);
QString toKatakana(const QString &hiragana);
// Hiragana, katakana, ー and spaces only: a name written in kana.
bool isKana(const QString &text);

} // namespace Kana
