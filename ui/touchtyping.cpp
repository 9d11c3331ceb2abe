#include "touchtyping.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

// What the pad's heading says: the field's placeholder, else the label of
// its form row ("PIN or password").
QString titleOf(QWidget *field)
{
    QString title;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        title = line->placeholderText();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        title = text->placeholderText();
    if (title.isEmpty()) {
        const auto labels = field->window()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == field) {
                title = label->text().remove(u'&');
                break;
            }
        }
    }
    return title.isEmpty() ? field->accessibleName() : title;
}

// Staff fields say what they hold through their input method hints, as
// they would to any on-screen keyboard.
bool isLogin(const QWidget *field)
{
    return field->inputMethodHints() & (Qt::ImhPreferLowercase | Qt::ImhLowercaseOnly);
}

bool isSecret(const QWidget *field)
{
    const auto *line = qobject_cast<const QLineEdit *>(field);
    return line && line->echoMode() != QLineEdit::Normal;
}

QString textOf(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return plain->toPlainText();
    return {};
}

void writeInto(QWidget *field, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setText(text);
        // What a keyboard's Enter would have done: the search runs, the
        // sign-in is tried, the form moves on.
        emit line->editingFinished();
        emit line->returnPressed();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        plain->setPlainText(text);
        plain->moveCursor(QTextCursor::End);
    }
}

} // namespace

bool TouchTyping::wanted(bool kiosk)
{
    return kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE");
}

TouchTyping::TouchTyping(QWidget *window, std::function<QString()> language)
    : QObject(window), m_window(window), m_language(std::move(language))
{
    qApp->installEventFilter(this);
}

TouchTyping::~TouchTyping()
{
    qApp->removeEventFilter(this);
}

QList<NameEntryPage::Mode> TouchTyping::modesFor(const QWidget *field, const QString &language)
{
    using Mode = NameEntryPage::Mode;
    if (isSecret(field))
        return {Mode::Keypad, Mode::SmallLatin, Mode::Latin, Mode::Symbols};
    if (isLogin(field))
        return {Mode::SmallLatin, Mode::Keypad};
    const Qt::InputMethodHints hints = field->inputMethodHints();
    if (hints & (Qt::ImhDigitsOnly | Qt::ImhFormattedNumbersOnly | Qt::ImhDate | Qt::ImhPreferNumbers))
        return {Mode::Numbers, Mode::SmallLatin};
    QList<Mode> modes = NameEntryPage::writingModes(language);
    modes.removeAll(Mode::Latin);
    return modes << Mode::SmallLatin << Mode::Latin << Mode::Numbers;
}

QWidget *TouchTyping::fieldAt(QObject *watched)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return nullptr;
    // A multi-line field is tapped on its viewport.
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget->parentWidget()); plain && plain->viewport() == widget)
        return plain->isReadOnly() || !plain->isEnabled() ? nullptr : plain;
    auto *line = qobject_cast<QLineEdit *>(widget);
    if (!line || line->isReadOnly() || !line->isEnabled())
        return nullptr;
    // Spin boxes, date fields and drop-downs have their own touch controls;
    // the pad's own line is the pad.
    for (QWidget *up = line->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QComboBox *>(up) || qobject_cast<NameEntryPage *>(up))
            return nullptr;
    }
    return line;
}

bool TouchTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return false;
    QWidget *field = fieldAt(watched);
    if (!field || !m_window->isAncestorOf(field))
        return false;
    // A patient's field has its own "Write by touch" button, with the pads
    // chosen for it (the reading in kana only).
    if (auto *keys = qobject_cast<QAbstractButton *>(field->property("writeByTouch").value<QObject *>())) {
        keys->click();
        return false;
    }
    open(field);
    return false;
}

void TouchTyping::open(QWidget *field)
{
    const QString language = m_language();
    auto *page = NameEntryPage::openFor(field, titleOf(field), textOf(field), modesFor(field, language), language,
                                        [this, field](const QString &written) {
                                            writeInto(field, written);
                                            // Where Enter moved on to the next field of the same
                                            // form (the login to the PIN), its pad follows: one tap
                                            // fewer. Not after a sign-in, whose form is gone.
                                            QWidget *next = fieldAt(QApplication::focusWidget());
                                            if (next && next != field && field->isVisible() && next->isVisible()
                                                && m_window->isAncestorOf(next) && !next->property("writeByTouch").isValid())
                                                open(next);
                                        });
    page->setLetters(NameEntryPage::Letters::AsShown);
    if (isSecret(field))
        page->hideText();
    if (isSecret(field) || isLogin(field))
        page->withoutSpace();
    page->acceptKeyboard();
}
