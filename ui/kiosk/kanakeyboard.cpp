#include "kanakeyboard.h"

#include <QGridLayout>
#include <QPushButton>

namespace {

// The table's columns from あ to わ, each top to bottom (a i u e o); a
// blank is a gap in the table (や行 and わ行 have three and two kana).
const char16_t kTable[10][5] = {
    {u'あ', u'い', u'う', u'え', u'お'}, {u'か', u'き', u'く', u'け', u'こ'}, {u'さ', u'し', u'す', u'せ', u'そ'},
    {u'た', u'ち', u'つ', u'て', u'と'}, {u'な', u'に', u'ぬ', u'ね', u'の'}, {u'は', u'ひ', u'ふ', u'へ', u'ほ'},
    {u'ま', u'み', u'む', u'め', u'も'}, {u'や', 0, u'ゆ', 0, u'よ'},          {u'ら', u'り', u'る', u'れ', u'ろ'},
    {u'わ', 0, u'を', 0, u'ん'},
};

QPushButton *makeKey(QWidget *parent, const QString &text, const QString &objectName)
{
    // "&" on a button marks a shortcut; "&&" shows it.
    auto *key = new QPushButton(QString(text).replace(u'&', QStringLiteral("&&")), parent);
    key->setObjectName(objectName);
    key->setProperty("role", QStringLiteral("key"));
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    key->setFocusPolicy(Qt::NoFocus);
    return key;
}

} // namespace

KanaKeyboard::KanaKeyboard(bool katakana, QWidget *parent) : QWidget(parent)
{
    setObjectName(katakana ? QStringLiteral("katakanaKeyboard") : QStringLiteral("hiraganaKeyboard"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int column = 0; column < 10; ++column) {
        for (int row = 0; row < 5; ++row) {
            const char16_t kana = kTable[column][row];
            if (!kana)
                continue;
            const QString text = katakana ? Kana::toKatakana(QString(QChar(kana))) : QString(QChar(kana));
            // Keys are named by their hiragana, whichever script they show.
            QPushButton *key = addKey(grid, text, QStringLiteral("kana_") + QChar(kana), row, column);
            connect(key, &QPushButton::clicked, this, [this, text] { emit typed(text); });
        }
    }
    const QString longVowel = QStringLiteral("ー");
    QPushButton *dash = addKey(grid, longVowel, QStringLiteral("kana_long"), 1, 10);
    connect(dash, &QPushButton::clicked, this, [this, longVowel] { emit typed(longVowel); });
    const QList<QPair<QString, Kana::Mark>> marks{{QStringLiteral("゛"), Kana::Mark::Dakuten},
                                                  {QStringLiteral("゜"), Kana::Mark::Handakuten},
                                                  {tr("small", "the key that makes the last kana small: 小"), Kana::Mark::Small}};
    int row = 2;
    for (const auto &[text, mark] : marks) {
        QPushButton *key = addKey(grid, text, QStringLiteral("kana_mark_%1").arg(row - 2), row, 10);
        connect(key, &QPushButton::clicked, this, [this, mark = mark] { emit this->mark(mark); });
        ++row;
    }
}

QPushButton *KanaKeyboard::addKey(QGridLayout *grid, const QString &text, const QString &objectName, int row, int column)
{
    QPushButton *key = makeKey(this, text, objectName);
    grid->addWidget(key, row, column);
    return key;
}

CharacterKeyboard::CharacterKeyboard(const QString &characters, const QString &prefix, QWidget *parent, int columns)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < characters.size(); ++i) {
        const QString text = characters.mid(i, 1);
        if (text == QLatin1String(" "))
            continue;
        QPushButton *key = makeKey(this, text, prefix + (text.at(0).isLetter() ? text : QString::number(i)));
        grid->addWidget(key, i / columns, i % columns);
        connect(key, &QPushButton::clicked, this, [this, text] { emit typed(text); });
    }
}
