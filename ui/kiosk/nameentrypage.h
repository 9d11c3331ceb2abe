#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QPushButton;
class QStackedLayout;
class HandwritingPad;

// A page over the window for writing a name by touch alone, with no input
// method installed: the kana table (hiragana, katakana), handwriting
// (kanji, hanzi) and Latin letters, as the field and language allow.
class NameEntryPage : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Hiragana, Katakana, Handwriting, Latin };

    // `handwritingLanguage` is "ja" or "zh_CN" when Mode::Handwriting is offered.
    NameEntryPage(const QString &title, const QString &text, const QList<Mode> &modes,
                  const QString &handwritingLanguage, QWidget *window);

    QString text() const;
    void showMode(Mode mode);
    // Made the first time handwriting is shown, freed with the page.
    HandwritingPad *handwritingPad() const { return m_pad; }

signals:
    void done(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insert(const QString &text);
    QWidget *keyboardFor(Mode mode);

    QLineEdit *m_text;
    QStackedLayout *m_keys;
    QString m_handwritingLanguage;
    QList<Mode> m_modes;
    QList<QWidget *> m_keyboards;
    QList<QPushButton *> m_modeButtons;
    HandwritingPad *m_pad = nullptr;
};
