#pragma once

#include "nameentrypage.h"

#include <QObject>

#include <functional>

class QWidget;

// A tablet with no keyboard and no input method has nothing to type a
// staff field with (the login, the PIN, the doctor's note, the search). On
// such a kiosk a tap on a text field opens PreScreen's own pads over the
// window, as the patient's "Write by touch" does, and what is written there
// goes into the field as if typed and confirmed with Enter. Qt Virtual
// Keyboard did this before, at a fifth of the start's time
// (docs/PERFORMANCE.md); a clinic may still choose it, or fcitx5 with a
// keyboard, through QT_IM_MODULE.
class TouchTyping : public QObject
{
public:
    // On a kiosk where no input method is chosen (QT_IM_MODULE unset or empty).
    static bool wanted(bool kiosk);
    // Watches the fields inside `window`; `language` is the screens' language
    // when a field is tapped (handwriting and the kana table follow it).
    TouchTyping(QWidget *window, std::function<QString()> language);
    ~TouchTyping() override;

    // A login gets small letters first, a PIN or password digits first
    // (hidden), any other field the patient's ways of writing in `language`
    // and then small letters, capitals and digits.
    static QList<NameEntryPage::Mode> modesFor(const QWidget *field, const QString &language);
    // The field a tap on `watched` types into, or null.
    static QWidget *fieldAt(QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(QWidget *field);

    QWidget *m_window;
    std::function<QString()> m_language;
};
