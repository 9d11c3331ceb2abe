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

// A to Z and the marks a Western name uses, for the English flow.
class LatinKeyboard : public QWidget
{
    Q_OBJECT

public:
    explicit LatinKeyboard(QWidget *parent = nullptr);

signals:
    void typed(const QString &text);
};
