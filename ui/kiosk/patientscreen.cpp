// Name, kana reading and date of birth.
#include "screens.h"

#include "answerformat.h"
#include "clipboardguard.h"
#include "dateinput.h"
#include "nameentrypage.h"
#include "kioskstyle.h"
#include "patientflow.h"
#include "rulesettext.h"
#include "translations.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

PatientScreen::PatientScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    addHeading(tr("About you"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(18);
    grid->setHorizontalSpacing(24);
    int row = 0;
    const auto addField = [&](const QString &label, QWidget *field, QWidget *keys = nullptr) {
        auto *l = new QLabel(label, this);
        l->setWordWrap(true);
        l->setBuddy(field);
        grid->addWidget(l, row, 0);
        grid->addWidget(field, row, 1, 1, keys ? 1 : 2);
        if (keys)
            grid->addWidget(keys, row, 2);
        ++row;
    };
    auto *name = new QLineEdit(flow.patient().name, this);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("e.g. Yamada Hanako"));
    ClipboardGuard::protectPatientField(name);
    connect(name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_flow.setPatientName(text);
        emit edited();
    });
    addField(tr("Full name"), name, touchKeys(name, tr("Your full name"), NameEntryPage::writingModes(flow.language()), &PatientFlow::setPatientName));
    if (flow.asksKana()) {
        auto *kana = new QLineEdit(flow.patient().kana, this);
        kana->setObjectName(QStringLiteral("kanaEdit"));
        kana->setPlaceholderText(tr("e.g. やまだ はなこ"));
        ClipboardGuard::protectPatientField(kana);
        connect(kana, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_flow.setPatientKana(text);
            emit edited();
        });
        addField(tr("Reading of your name (kana, optional)"), kana,
                 touchKeys(kana, tr("The reading of your name in kana"),
                           {NameEntryPage::Mode::Hiragana, NameEntryPage::Mode::Katakana}, &PatientFlow::setPatientKana));
        connect(name, &QLineEdit::returnPressed, kana, qOverload<>(&QWidget::setFocus));
    }
    // The on-screen keyboard's Enter means "done": on to the reading, then
    // away from the keyboard (it hides when no text field has the focus), so
    // that the date lists and Next are in view again.
    QLineEdit *last = findChild<QLineEdit *>(QStringLiteral("kanaEdit"));
    if (!last)
        last = name;
    connect(last, &QLineEdit::returnPressed, last, &QWidget::clearFocus);
    const QDate today = flow.today();
    auto *birth = new DateInput(today.addYears(-120), today, tr("Your date of birth"), this);
    birth->setObjectName(QStringLiteral("birthDate"));
    birth->setDate(flow.patient().birthDate);
    addField(tr("Date of birth"), birth);
    grid->setColumnStretch(1, 1);
    column()->addLayout(grid);
    // The picker offers real days up to today only: nothing to refuse here.
    connect(birth, &DateInput::dateChanged, this, [this](const QDate &date) {
        m_flow.setBirthDate(date);
        emit edited();
    });
    column()->addStretch();
}

QPushButton *PatientScreen::touchKeys(QLineEdit *field, const QString &title, const QList<NameEntryPage::Mode> &modes,
                                      void (PatientFlow::*store)(const QString &))
{
    // Beside the field rather than on it: where an input method is installed
    // (fcitx5 with a keyboard), typing in the field itself still works.
    auto *keys = new QPushButton(tr("Write by touch"), this);
    keys->setObjectName(field->objectName() + QStringLiteral("Keys"));
    keys->setProperty("role", QStringLiteral("secondary"));
    // On a bare tablet a tap on the field opens the same pads (TouchTyping).
    field->setProperty("writeByTouch", QVariant::fromValue<QObject *>(keys));
    connect(keys, &QPushButton::clicked, this, [this, field, title, modes, store] {
        NameEntryPage::openFor(this, title, field->text(), modes, m_flow.language(), [this, field, store](const QString &text) {
            field->setText(text);
            (m_flow.*store)(text);
            emit edited();
        });
    });
    return keys;
}
