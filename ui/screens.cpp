#include "screens.h"

#include "answerformat.h"
#include "dateinput.h"
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

namespace {

QString ruleText(const PatientFlow &flow, const QString &source)
{
    return RuleSetText::translate(*flow.ruleSet(), source);
}

} // namespace

Screen::Screen(PatientFlow &flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    m_column = new QVBoxLayout(this);
    m_column->setContentsMargins(48, 24, 48, 12);
    m_column->setSpacing(18);
}

QLabel *Screen::addHeading(const QString &text)
{
    QLabel *label = addText(text, "heading");
    QFont font = label->font();
    font.setPointSize(font.pointSize() * 13 / 10);
    label->setFont(font);
    return label;
}

QLabel *Screen::addText(const QString &text, const char *objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_column->addWidget(label);
    return label;
}

WelcomeScreen::WelcomeScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    // Whoever walks up has not chosen a language yet: each button greets in its own.
    const QList<QPair<QString, QString>> languages{{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        const auto text = [code = code](const char *source) {
            return Translations::translateIn(code, "WelcomeScreen", source);
        };
        auto *greeting = addText(text(QT_TR_NOOP("Welcome. Before your counselling, please answer a few questions "
                                                  "about your health. It takes about five minutes.")),
                                 "text");
        greeting->setObjectName(QStringLiteral("greeting_") + code);
        auto *button = new QPushButton(text(QT_TR_NOOP("Start in English")), this);
        button->setObjectName(QStringLiteral("start_") + code);
        for (QWidget *inLanguage : {static_cast<QWidget *>(greeting), static_cast<QWidget *>(button)}) {
            QFont font = inLanguage->font();
            font.setFamilies(KioskStyle::fontFamilies(code));
            inLanguage->setFont(font);
        }
        button->setMinimumHeight(88);
        connect(button, &QPushButton::clicked, this, [this, code = code] { m_flow.start(code); });
        column()->addWidget(button);
        column()->addSpacing(12);
    }
    column()->addStretch();
}

PrivacyScreen::PrivacyScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    addHeading(tr("Your personal information"));
    auto *notice = addText(QString(), "privacyNotice");
    notice->setText(tr("Your answers include information about your health. Under Japan's Act on the Protection of "
                       "Personal Information this is special-care-required personal information, and we collect "
                       "it only with your explicit consent.\n\n"
                       "• What we collect: your name, its reading, your date of birth and your answers.\n"
                       "• Why: so that the doctor can prepare your counselling and check whether exosome therapy "
                       "suits you. The answers are advice for the doctor, not a decision.\n"
                       "• Who sees them: only the doctors and staff of this clinic. We give them to no one else "
                       "unless the law requires it.\n"
                       "• How long: for the period the clinic has set; then they are deleted.\n"
                       "• You may ask at reception to see, correct or delete them.\n\n"
                       "If you do not agree, you can still talk to the doctor: please ask at reception."));
    column()->addStretch();
}

PatientScreen::PatientScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    addHeading(tr("About you"));
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(18);
    grid->setHorizontalSpacing(24);
    int row = 0;
    const auto addField = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setWordWrap(true);
        l->setBuddy(field);
        grid->addWidget(l, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
    };
    auto *name = new QLineEdit(flow.patient().name, this);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("e.g. Yamada Hanako"));
    connect(name, &QLineEdit::textEdited, this, [this](const QString &text) { m_flow.setPatientName(text); });
    addField(tr("Full name"), name);
    if (flow.asksKana()) {
        auto *kana = new QLineEdit(flow.patient().kana, this);
        kana->setObjectName(QStringLiteral("kanaEdit"));
        kana->setPlaceholderText(tr("e.g. やまだ はなこ"));
        connect(kana, &QLineEdit::textEdited, this, [this](const QString &text) { m_flow.setPatientKana(text); });
        addField(tr("Reading of your name (kana, optional)"), kana);
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
    auto *birth = new DateInput(today.addYears(-120), today, this);
    birth->setObjectName(QStringLiteral("birthDate"));
    birth->setDate(flow.patient().birthDate);
    addField(tr("Date of birth"), birth);
    column()->addLayout(grid);
    auto *problem = addText(QString(), "problem");
    connect(birth, &DateInput::dateChanged, this, [this, birth, problem](const QDate &date) {
        m_flow.setBirthDate(date);
        const QString dateProblem = birth->problem();
        problem->setText(!dateProblem.isEmpty() ? dateProblem
                         : date.isValid()       ? m_flow.birthDateProblem(date)
                                                : QString());
    });
    column()->addStretch();
}

QuestionScreen::QuestionScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    const Question *q = flow.question();
    addHeading(ruleText(flow, q->text));
    if (!q->help.isEmpty())
        Screen::addText(ruleText(flow, q->help), "help");
    m_answers = new QVBoxLayout;
    m_answers->setSpacing(12);
    column()->addLayout(m_answers);
    // Five choices or more are drawn a little lower, so that all of them
    // fit on the screen and none hides below the fold.
    m_compact = q->choices.size() > 4;
    switch (q->type) {
    case Question::Type::Choice: addChoices(); break;
    case Question::Type::Boolean: addBoolean(); break;
    case Question::Type::MultiChoice: addMultiChoice(); break;
    case Question::Type::Text: addTextAnswer(); break;
    case Question::Type::Date: addDate(); break;
    }
    column()->addStretch();
}

QPushButton *QuestionScreen::addAnswerButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setProperty("role", QStringLiteral("answer"));
    button->setProperty("compact", m_compact);
    button->setMinimumHeight(76);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_answers->addWidget(button);
    return button;
}

void QuestionScreen::addChoices()
{
    const Question *q = m_flow.question();
    auto *group = new QButtonGroup(this);
    for (const Choice &c : q->choices) {
        QPushButton *button = addAnswerButton(ruleText(m_flow, c.text), QStringLiteral("choice_") + c.id);
        button->setChecked(m_flow.answer(q->id).toString() == c.id);
        group->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, id = q->id, choice = c.id] {
            m_flow.setAnswer(id, choice);
            emit edited();
        });
    }
}

void QuestionScreen::addBoolean()
{
    const Question *q = m_flow.question();
    auto *group = new QButtonGroup(this);
    const QVariant current = m_flow.answer(q->id);
    for (bool value : {true, false}) {
        QPushButton *button = addAnswerButton(value ? tr("Yes") : tr("No"),
                                              value ? QStringLiteral("choice_yes") : QStringLiteral("choice_no"));
        button->setChecked(!current.isNull() && current.toBool() == value);
        group->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, id = q->id, value] {
            m_flow.setAnswer(id, value);
            emit edited();
        });
    }
}

void QuestionScreen::addMultiChoice()
{
    const Question *q = m_flow.question();
    QList<QPushButton *> buttons;
    const QStringList chosen = m_flow.answer(q->id).toStringList();
    for (const Choice &c : q->choices) {
        const QString text = ruleText(m_flow, c.text);
        QPushButton *button = addAnswerButton(text, QStringLiteral("choice_") + c.id);
        // A box on each button tells "any of these" from "one of these".
        const auto mark = [button, text](bool checked) {
            button->setText((checked ? QStringLiteral("☑  ") : QStringLiteral("☐  ")) + text);
        };
        connect(button, &QPushButton::toggled, this, mark);
        button->setChecked(chosen.contains(c.id));
        mark(button->isChecked());
        buttons << button;
    }
    for (int i = 0; i < buttons.size(); ++i) {
        connect(buttons.at(i), &QPushButton::clicked, this, [this, q, buttons, i](bool checked) {
            // An exclusive choice ("nothing in particular") clears the others, and any other clears it.
            if (checked) {
                for (int k = 0; k < buttons.size(); ++k) {
                    if (k != i && (q->choices.at(i).exclusive || q->choices.at(k).exclusive))
                        buttons.at(k)->setChecked(false);
                }
            }
            QStringList ids;
            for (int k = 0; k < buttons.size(); ++k) {
                if (buttons.at(k)->isChecked())
                    ids << q->choices.at(k).id;
            }
            m_flow.setAnswer(q->id, ids);
            emit edited();
        });
    }
}

void QuestionScreen::addTextAnswer()
{
    const Question *q = m_flow.question();
    auto *edit = new QPlainTextEdit(m_flow.answer(q->id).toString(), this);
    edit->setObjectName(QStringLiteral("textAnswer"));
    edit->setMinimumHeight(180);
    edit->setTabChangesFocus(true);
    column()->addWidget(edit);
    if (!q->required)
        Screen::addText(tr("You may leave this empty."), "help");
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, id = q->id] {
        m_flow.setAnswer(id, edit->toPlainText().trimmed().isEmpty() ? QVariant() : QVariant(edit->toPlainText()));
    });
}

void QuestionScreen::addDate()
{
    const Question *q = m_flow.question();
    const QDate today = m_flow.today();
    const QDate earliest = m_flow.patient().birthDate.isValid() ? m_flow.patient().birthDate : today.addYears(-120);
    auto *input = new DateInput(earliest, today, this);
    input->setObjectName(QStringLiteral("dateAnswer"));
    input->setDate(m_flow.answer(q->id).toDate());
    column()->addWidget(input);
    auto *problem = Screen::addText(QString(), "problem");
    connect(input, &DateInput::dateChanged, this, [this, input, problem, id = q->id](const QDate &date) {
        m_flow.setAnswer(id, date.isValid() ? QVariant(date) : QVariant());
        const QString inputProblem = input->problem();
        problem->setText(!inputProblem.isEmpty() ? inputProblem
                         : date.isValid()        ? m_flow.dateProblem(date)
                                                 : QString());
    });
}

QString answerText(const PatientFlow &flow, const QString &questionId)
{
    return AnswerFormat::answer(*flow.ruleSet(), questionId, flow.answer(questionId));
}

ReviewScreen::ReviewScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    addHeading(tr("Please check your answers"));
    addText(tr("Touch \"Change\" to correct an answer. When everything is right, touch \"Send answers\"."), "help");
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setVerticalSpacing(14);
    grid->setHorizontalSpacing(18);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    int row = 0;
    const auto addRow = [&](const QString &question, const QString &answer, const QString &changeId) {
        auto *q = new QLabel(question, content);
        q->setWordWrap(true);
        auto *a = new QLabel(answer, content);
        a->setWordWrap(true);
        a->setObjectName(QStringLiteral("answer_") + (changeId.isEmpty() ? QStringLiteral("patient") : changeId));
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        auto *change = new QPushButton(tr("Change"), content);
        change->setObjectName(QStringLiteral("change_") + (changeId.isEmpty() ? QStringLiteral("patient") : changeId));
        change->setProperty("role", QStringLiteral("secondary"));
        connect(change, &QPushButton::clicked, this, [this, changeId] { m_flow.change(changeId); });
        grid->addWidget(q, row, 0, Qt::AlignTop);
        grid->addWidget(a, row, 1, Qt::AlignTop);
        grid->addWidget(change, row, 2, Qt::AlignTop);
        ++row;
    };
    QString patient = flow.patient().name;
    if (flow.asksKana() && !flow.patient().kana.isEmpty())
        patient += QStringLiteral("（%1）").arg(flow.patient().kana);
    patient += u'\n' + AnswerFormat::longDate(flow.patient().birthDate);
    addRow(tr("Name and date of birth"), patient, QString());
    for (const QString &id : flow.visibleQuestionIds())
        addRow(ruleText(flow, flow.ruleSet()->question(id)->text), answerText(flow, id), id);
    column()->addWidget(content);
    column()->addStretch();
}

ThanksScreen::ThanksScreen(PatientFlow &flow, int seconds, QWidget *parent)
    : Screen(flow, parent), m_timer(new QTimer(this)), m_secondsLeft(seconds)
{
    addHeading(tr("Thank you"));
    addText(tr("Your answers have been sent. The doctor will go through them with you at your counselling."));
    addText(tr("Please return the tablet to reception."));
    m_countdown = addText(QString(), "help");
    auto *done = new QPushButton(tr("Finish"), this);
    done->setObjectName(QStringLiteral("finishButton"));
    column()->addWidget(done);
    column()->addStretch();
    const auto show = [this] {
        m_countdown->setText(tr("This screen returns to the start in %n seconds.", nullptr, m_secondsLeft));
    };
    show();
    connect(done, &QPushButton::clicked, this, [this] { m_flow.reset(); });
    connect(m_timer, &QTimer::timeout, this, [this, show] {
        if (--m_secondsLeft <= 0)
            m_flow.reset();
        else
            show();
    });
    m_timer->start(1000);
}

OutOfServiceScreen::OutOfServiceScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    // No language has been chosen, so the notice stands in all three.
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        const bool loaded = translator.load(Translations::qmPath(language));
        const auto text = [&](const char *source) {
            const QString translated = loaded ? translator.translate("OutOfServiceScreen", source) : QString();
            return translated.isEmpty() ? QString::fromUtf8(source) : translated;
        };
        QLabel *heading = addHeading(text(QT_TR_NOOP("This tablet is not available at the moment.")));
        heading->setObjectName(QStringLiteral("outOfService_") + language);
        addText(text(QT_TR_NOOP("Please see the reception staff. We are sorry for the inconvenience.")));
    }
    column()->addStretch();
}
