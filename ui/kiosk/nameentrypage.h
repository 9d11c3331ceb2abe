#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class HandwritingPad;

// A page over the window for writing a name, a note to the doctor or a
// staff field by touch alone, with no input method installed: the kana
// table (hiragana, katakana), handwriting (kanji, hanzi), Latin letters
// and digits and punctuation, as the field and language allow.
class NameEntryPage : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Hiragana, Katakana, Handwriting, Latin, SmallLatin, Numbers, Keypad, Symbols };
    // How the capital letters (Mode::Latin) are written: a name gets one at
    // the start of each word, a note at the start of each sentence, a staff
    // field (a login, a password) each letter as it is shown.
    enum class Letters { Name, Sentences, AsShown };

    // How a patient of `language` writes: by hand where a model is
    // installed, the kana table in Japanese, Latin letters always.
    static QList<Mode> writingModes(const QString &language);
    // Opens a page over `owner`'s window with `text`; `done` gets what the
    // patient wrote when she taps Done. The page closes on Done and Cancel,
    // and goes at once when `owner` does (an idle wipe leaves nothing).
    static NameEntryPage *openFor(QWidget *owner, const QString &title, const QString &text, const QList<Mode> &modes,
                                  const QString &language, const std::function<void(const QString &)> &done);

    // `handwritingLanguage` is "ja" or "zh_CN" when Mode::Handwriting is offered.
    NameEntryPage(const QString &title, const QString &text, const QList<Mode> &modes,
                  const QString &handwritingLanguage, QWidget *window);

    QString text() const;
    void showMode(Mode mode);
    // Made the first time handwriting is shown, freed with the page.
    HandwritingPad *handwritingPad() const { return m_pad; }
    void setLetters(Letters letters) { m_letters = letters; }
    // Dots for a PIN or password, as in the field it is written for.
    void hideText();
    // A keyboard, where one is attached, types into the page's own line,
    // and its Enter is Done (staff fields; a patient's pad is touch only).
    void acceptKeyboard();
    // No space key, for a login or a PIN, which hold none.
    void withoutSpace();
    // A line at the top of the page, over the keys (the idle countdown,
    // which the page would otherwise cover); empty hides it.
    void showNotice(const QString &text);

signals:
    void done(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void insert(const QString &text);
    void placeNotice();
    QWidget *keyboardFor(Mode mode);
    // Keys that type what they show.
    QWidget *typingKeys(const QString &characters, const QString &prefix, const QString &name, int columns = 8);

    QLineEdit *m_text;
    QLabel *m_notice;
    QPushButton *m_space;
    QStackedLayout *m_keys;
    QString m_handwritingLanguage;
    QList<Mode> m_modes;
    QList<QWidget *> m_keyboards;
    QList<QPushButton *> m_modeButtons;
    HandwritingPad *m_pad = nullptr;
    Letters m_letters = Letters::Name;
};
