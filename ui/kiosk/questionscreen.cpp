// One question a screen, its answer buttons, text or date.
#include "screens.h"

#include "answerformat.h"
#include "clipboardguard.h"
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

// The rule set's own texts (questions, choices, help) in the patient's language.
QString ruleText(const PatientFlow &flow, const QString &source)
{
    return RuleSetText::translate(*flow.ruleSet(), source);
}

} // namespace

QuestionScreen::QuestionScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    const Question *q = flow.question();
    // Five choices or more are drawn a little lower and closer together, so
    // that all of them fit on a 1280x800 screen at the larger text size too
    // and none hides below the fold (everyScreenFits checks the last one).
    m_compact = q->choices.size() > 4;
    if (m_compact) {
        column()->setContentsMargins(48, 16, 48, 0);
        column()->setSpacing(12);
    }
    addHeading(ruleText(flow, q->text));
    if (!q->help.isEmpty())
        Screen::addText(ruleText(flow, q->help), "help");
    m_answers = new QVBoxLayout;
    m_answers->setSpacing(m_compact ? 6 : 12);
    column()->addLayout(m_answers);
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
    ClipboardGuard::protectPatientField(edit);
    column()->addWidget(edit);
    // The same pads as for the name, also opened by a tap on the field on a
    // bare tablet (TouchTyping).
    auto *keys = new QPushButton(tr("Write by touch"), this);
    keys->setObjectName(QStringLiteral("textAnswerKeys"));
    keys->setProperty("role", QStringLiteral("secondary"));
    edit->setProperty("writeByTouch", QVariant::fromValue<QObject *>(keys));
    column()->addWidget(keys, 0, Qt::AlignLeft);
    connect(keys, &QPushButton::clicked, this, [this, edit, title = ruleText(m_flow, q->text)] {
        auto *page = NameEntryPage::openFor(this, title, edit->toPlainText(),
                                            NameEntryPage::writingModes(m_flow.language()) << NameEntryPage::Mode::Numbers,
                                            m_flow.language(), [edit](const QString &text) { edit->setPlainText(text); });
        page->setLetters(NameEntryPage::Letters::Sentences);
    });
    if (!q->required)
        Screen::addText(tr("You may leave this empty."), "help");
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, id = q->id] {
        m_flow.setAnswer(id, edit->toPlainText().trimmed().isEmpty() ? QVariant() : QVariant(edit->toPlainText()));
        emit edited();
    });
}

void QuestionScreen::addDate()
{
    const Question *q = m_flow.question();
    const QDate today = m_flow.today();
    const QDate earliest = m_flow.patient().birthDate.isValid() ? m_flow.patient().birthDate : today.addYears(-120);
    auto *input = new DateInput(earliest, today, ruleText(m_flow, q->text), this);
    input->setObjectName(QStringLiteral("dateAnswer"));
    input->setDate(m_flow.answer(q->id).toDate());
    column()->addWidget(input);
    // From the birth date to today only: the flow's checks cannot fail here.
    connect(input, &DateInput::dateChanged, this, [this, id = q->id](const QDate &date) {
        m_flow.setAnswer(id, date.isValid() ? QVariant(date) : QVariant());
        emit edited();
    });
}
