#include "kana.h"

namespace Kana {

namespace {

constexpr char16_t kKatakanaOffset = 0x60;

bool isHiragana(char16_t c)
{
    return c >= 0x3041 && c <= 0x3096;
}

bool isKatakana(char16_t c)
{
    return c >= 0x30A1 && c <= 0x30F6;
}

// In hiragana: the plain kana, its voiced form and (は row) its half-voiced one.
char16_t hiraganaApply(Mark mark, char16_t c)
{
    // か..ぢ, つ..ど: plain and voiced alternate; は..ぽ come in threes.
    static const char16_t voicedPairs[] = {u'か', u'き', u'く', u'け', u'こ', u'さ', u'し', u'す', u'せ', u'そ',
                                           u'た', u'ち', u'つ', u'て', u'と'};
    static const char16_t hRow[] = {u'は', u'ひ', u'ふ', u'へ', u'ほ'};
    static const char16_t smallPairs[][2] = {{u'あ', u'ぁ'}, {u'い', u'ぃ'}, {u'う', u'ぅ'}, {u'え', u'ぇ'}, {u'お', u'ぉ'},
                                             {u'つ', u'っ'}, {u'や', u'ゃ'}, {u'ゆ', u'ゅ'}, {u'よ', u'ょ'}, {u'わ', u'ゎ'}};
    switch (mark) {
    case Mark::Dakuten:
        for (char16_t plain : voicedPairs) {
            if (c == plain)
                return plain + 1;
            if (c == plain + 1)
                return plain;
        }
        for (char16_t plain : hRow) {
            if (c == plain || c == plain + 2)
                return plain + 1;
            if (c == plain + 1)
                return plain;
        }
        if (c == u'う')
            return u'ゔ';
        if (c == u'ゔ')
            return u'う';
        return c;
    case Mark::Handakuten:
        for (char16_t plain : hRow) {
            if (c == plain || c == plain + 1)
                return plain + 2;
            if (c == plain + 2)
                return plain;
        }
        return c;
    case Mark::Small:
        // っ is also a voiced つ's plain form: づ becomes っ through つ.
        if (c == u'づ')
            c = u'つ';
        for (const auto &pair : smallPairs) {
            if (c == pair[0])
                return pair[1];
            if (c == pair[1])
                return pair[0];
        }
        return c;
    }
    return c;
}

} // namespace

QChar apply(Mark mark, QChar c)
{
    const char16_t u = c.unicode();
    if (isHiragana(u))
        return QChar(hiraganaApply(mark, u));
    if (isKatakana(u)) {
        const char16_t changed = hiraganaApply(mark, u - kKatakanaOffset);
        return QChar(changed + kKatakanaOffset);
    }
    return c;
}

QString toKatakana(const QString &hiragana)
{
    QString out = hiragana;
    for (QChar &c : out) {
        if (isHiragana(c.unicode()))
            c = QChar(c.unicode() + kKatakanaOffset);
    }
    return out;
}

bool isKana(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!isHiragana(u) && !isKatakana(u) && u != u'ー' && u != u' ' && u != u'\u3000')
            return false;
    }
    return true;
}

} // namespace Kana
