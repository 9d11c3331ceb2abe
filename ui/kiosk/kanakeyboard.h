#pragma once

#include "kana.h"

#include <QWidget>

class QGridLayout;
class QPushButton;

// The 50音 table as large keys, in hiragana or katakana: あ to わ across,
// the vowels down, then ん, ー and the keys that change the last character
// (゛ voiced, ゜ half-voiced, 小 small). Needs no input method.
class KanaKeyboard : public QWidget
{
    Q_OBJECT

public:
    explicit KanaKeyboard(bool katakana, QWidget *parent = nullptr);

signals:
    void typed(const QString &text);
    void mark(Kana::Mark mark);

private:
    QPushButton *addKey(QGridLayout *grid, const QString &text, const QString &objectName, int row, int column);
};

// One large key for each character of `characters`, eight to a row (or
// `columns`): the
// alphabet for names (alphabetical, not QWERTY: easier to find for someone
// who does not type), or digits and the marks of a sentence for a note.
// Each key is named `prefix` and its letter, or its position.
class CharacterKeyboard : public QWidget
{
    Q_OBJECT

public:
    CharacterKeyboard(const QString &characters, const QString &prefix, QWidget *parent = nullptr, int columns = 8);

    // A to Z and the marks a Western name uses.
    static QString latin() { return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ-'."); }
    // a to z and the marks of a login or an e-mail address, for staff
    // fields, where a letter is written as it is shown.
    static QString smallLatin() { return QStringLiteral("abcdefghijklmnopqrstuvwxyz-_.@"); }
    // Digits and the marks of a sentence, Japanese and Chinese ones included
    // ("3 days", "2024/5", "1985-04-12").
    static QString numbers() { return QStringLiteral("1234567890.,:/()%?!、。，-"); }
    // A PIN's keys, three to a row as on a telephone, 0 under 8 (a space
    // leaves its place empty).
    static QString keypad() { return QStringLiteral("123456789 0"); }
    // Every mark of printable ASCII: a password set on a keyboard elsewhere
    // must be possible to type here.
    static QString symbols() { return QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"); }

signals:
    void typed(const QString &text);
};
