#include "nameentrypage.h"

#include "clipboardguard.h"
#include "handwritingpad.h"
#include "handwritingrecognizer.h"
#include "kana.h"
#include "kanakeyboard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace {

QString modeName(NameEntryPage::Mode mode)
{
    switch (mode) {
    case NameEntryPage::Mode::Hiragana: return QStringLiteral("hiragana");
    case NameEntryPage::Mode::Katakana: return QStringLiteral("katakana");
    case NameEntryPage::Mode::Handwriting: return QStringLiteral("handwriting");
    case NameEntryPage::Mode::Latin: return QStringLiteral("latin");
    case NameEntryPage::Mode::SmallLatin: return QStringLiteral("small");
    case NameEntryPage::Mode::Numbers: return QStringLiteral("numbers");
    case NameEntryPage::Mode::Keypad: return QStringLiteral("keypad");
    case NameEntryPage::Mode::Symbols: return QStringLiteral("symbols");
    }
    return {};
}

QPushButton *bottomKey(QWidget *parent, const QString &text, const QString &objectName, bool secondary = true)
{
    auto *key = new QPushButton(text, parent);
    key->setObjectName(objectName);
    if (secondary)
        key->setProperty("role", QStringLiteral("secondary"));
    key->setFocusPolicy(Qt::NoFocus);
    return key;
}

} // namespace

NameEntryPage::NameEntryPage(const QString &title, const QString &text, const QList<Mode> &modes,
                             const QString &handwritingLanguage, QWidget *window)
    : QFrame(window), m_handwritingLanguage(handwritingLanguage), m_modes(modes)
{
    setObjectName(QStringLiteral("nameEntryPage"));
    setAttribute(Qt::WA_StyledBackground);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(36, 14, 36, 14);
    column->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    top->addWidget(heading, 1);
    for (Mode mode : modes) {
        QString label;
        switch (mode) {
        case Mode::Hiragana: label = tr("Hiragana"); break;
        case Mode::Katakana: label = tr("Katakana"); break;
        case Mode::Handwriting: label = tr("Handwriting"); break;
        case Mode::Latin: label = tr("A B C"); break;
        case Mode::SmallLatin: label = tr("a b c"); break;
        case Mode::Numbers:
        case Mode::Keypad: label = tr("1 2 3"); break;
        case Mode::Symbols: label = tr("# + ="); break;
        }
        auto *b = bottomKey(this, label, QStringLiteral("mode_") + modeName(mode));
        b->setCheckable(true);
        connect(b, &QPushButton::clicked, this, [this, mode] { showMode(mode); });
        top->addWidget(b);
        m_modeButtons << b;
    }
    column->addLayout(top);

    // Over the top of the page, not in its layout: the keys and the ink
    // under a finger must not move when the countdown comes.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("padNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_text = new QLineEdit(text, this);
    m_text->setObjectName(QStringLiteral("nameEntryText"));
    // Shown, not typed into: the keys below write it. An input method, where
    // one is installed, works on the screen's own field instead.
    m_text->setReadOnly(true);
    m_text->setFocusPolicy(Qt::NoFocus);
    ClipboardGuard::protectPatientField(m_text);
    column->addWidget(m_text);

    m_keys = new QStackedLayout;
    for (int i = 0; i < modes.size(); ++i)
        m_keyboards << nullptr;
    column->addLayout(m_keys, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    QPushButton *cancel = bottomKey(this, tr("Cancel"), QStringLiteral("nameEntryCancel"));
    QPushButton *erase = bottomKey(this, tr("⌫ Delete"), QStringLiteral("nameEntryDelete"));
    QPushButton *space = m_space = bottomKey(this, tr("Space"), QStringLiteral("nameEntrySpace"));
    QPushButton *finish = bottomKey(this, tr("Done"), QStringLiteral("nameEntryDone"), false);
    connect(cancel, &QPushButton::clicked, this, &NameEntryPage::cancelled);
    connect(erase, &QPushButton::clicked, this, [this] { m_text->setText(m_text->text().chopped(qMin(1, int(m_text->text().size())))); });
    connect(space, &QPushButton::clicked, this, [this] { insert(QStringLiteral(" ")); });
    connect(finish, &QPushButton::clicked, this, [this] { emit done(this->text()); });
    bottom->addWidget(cancel);
    bottom->addStretch();
    bottom->addWidget(erase);
    bottom->addWidget(space, 1);
    bottom->addWidget(finish);
    column->addLayout(bottom);

    window->installEventFilter(this);
    setGeometry(window->rect());
    if (!modes.isEmpty())
        showMode(modes.first());
}

QList<NameEntryPage::Mode> NameEntryPage::writingModes(const QString &language)
{
    QList<Mode> modes;
    if (HandwritingRecognizer::available(language))
        modes << Mode::Handwriting;
    if (language == QLatin1String("ja"))
        modes << Mode::Hiragana << Mode::Katakana;
    modes << Mode::Latin;
    return modes;
}

NameEntryPage *NameEntryPage::openFor(QWidget *owner, const QString &title, const QString &text, const QList<Mode> &modes,
                                      const QString &language, const std::function<void(const QString &)> &done)
{
    auto *page = new NameEntryPage(title, text, modes, language, owner->window());
    connect(owner, &QObject::destroyed, page, [page] { delete page; });
    const auto close = [page] {
        page->hide();
        page->deleteLater();
    };
    connect(page, &NameEntryPage::cancelled, page, close);
    connect(page, &NameEntryPage::done, page, [done, close](const QString &written) {
        done(written);
        close();
    });
    page->show();
    page->raise();
    return page;
}

void NameEntryPage::hideText()
{
    m_text->setEchoMode(QLineEdit::Password);
}

void NameEntryPage::withoutSpace()
{
    m_space->hide();
}

void NameEntryPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    placeNotice();
}

void NameEntryPage::placeNotice()
{
    const QMargins margins = layout()->contentsMargins();
    const int width = qMax(1, this->width() - margins.left() - margins.right());
    m_notice->setGeometry(margins.left(), margins.top(), width, m_notice->heightForWidth(width));
    m_notice->raise();
}

void NameEntryPage::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeNotice();
}

void NameEntryPage::acceptKeyboard()
{
    m_text->setReadOnly(false);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setFocus();
    connect(m_text, &QLineEdit::returnPressed, this, [this] { emit done(this->text()); });
}

QString NameEntryPage::text() const
{
    return m_text->text();
}

bool NameEntryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QFrame::eventFilter(watched, event);
}

void NameEntryPage::showMode(Mode mode)
{
    const int index = int(m_modes.indexOf(mode));
    if (index < 0)
        return;
    m_keys->setCurrentWidget(keyboardFor(mode));
    for (int i = 0; i < m_modeButtons.size(); ++i)
        m_modeButtons.at(i)->setChecked(i == index);
}

QWidget *NameEntryPage::keyboardFor(Mode mode)
{
    const int index = int(m_modes.indexOf(mode));
    if (QWidget *made = m_keyboards.at(index))
        return made;
    QWidget *keyboard = nullptr;
    switch (mode) {
    case Mode::Hiragana:
    case Mode::Katakana: {
        auto *kana = new KanaKeyboard(mode == Mode::Katakana, this);
        connect(kana, &KanaKeyboard::typed, this, &NameEntryPage::insert);
        connect(kana, &KanaKeyboard::mark, this, [this](Kana::Mark mark) {
            QString t = m_text->text();
            if (!t.isEmpty())
                t.back() = Kana::apply(mark, t.back());
            m_text->setText(t);
        });
        keyboard = kana;
        break;
    }
    case Mode::Handwriting:
        m_pad = new HandwritingPad(m_handwritingLanguage, this);
        connect(m_pad, &HandwritingPad::typed, this, &NameEntryPage::insert);
        keyboard = m_pad;
        break;
    case Mode::Latin: {
        auto *latin = new CharacterKeyboard(CharacterKeyboard::latin(), QStringLiteral("latin_"), this);
        latin->setObjectName(QStringLiteral("latinKeyboard"));
        connect(latin, &CharacterKeyboard::typed, this, [this](const QString &letter) {
            // A capital at the start of each name (or sentence), small
            // letters after it.
            const QString t = m_text->text();
            const QString trimmed = t.trimmed();
            bool capital = true;
            if (m_letters == Letters::Sentences)
                capital = trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'?') || trimmed.endsWith(u'!');
            else if (m_letters == Letters::Name)
                capital = t.isEmpty() || t.back() == u' ' || t.back() == u'-';
            insert(capital ? letter : letter.toLower());
        });
        keyboard = latin;
        break;
    }
    case Mode::SmallLatin:
        keyboard = typingKeys(CharacterKeyboard::smallLatin(), QStringLiteral("small_"), QStringLiteral("smallLatinKeyboard"));
        break;
    case Mode::Numbers:
        keyboard = typingKeys(CharacterKeyboard::numbers(), QStringLiteral("number_"), QStringLiteral("numberKeyboard"));
        break;
    case Mode::Keypad:
        keyboard = typingKeys(CharacterKeyboard::keypad(), QStringLiteral("pin_"), QStringLiteral("keypad"), 3);
        break;
    case Mode::Symbols:
        keyboard = typingKeys(CharacterKeyboard::symbols(), QStringLiteral("symbol_"), QStringLiteral("symbolKeyboard"));
        break;
    }
    m_keyboards[index] = keyboard;
    m_keys->addWidget(keyboard);
    return keyboard;
}

QWidget *NameEntryPage::typingKeys(const QString &characters, const QString &prefix, const QString &name, int columns)
{
    auto *keys = new CharacterKeyboard(characters, prefix, this, columns);
    keys->setObjectName(name);
    connect(keys, &CharacterKeyboard::typed, this, &NameEntryPage::insert);
    return keys;
}

void NameEntryPage::insert(const QString &text)
{
    m_text->setText(m_text->text() + text);
}
