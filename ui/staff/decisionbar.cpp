#include "decisionbar.h"

#include "answerformat.h"
#include "stafflabels.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DecisionBar::DecisionBar(bool overrulesAdvice, QWidget *parent)
    : QFrame(parent), m_choices(new QButtonGroup(this)), m_note(new QPlainTextEdit(this)),
      m_message(StaffLabels::wrapped(QString(), this, "problem"))
{
    setObjectName(QStringLiteral("decisionBar"));
    // A column at the right of the answers, not a bar under them: the
    // answers keep the window's height to be read in (a bar below left them
    // about 255 px at 1280x800), and the decision is still always in view.
    setStyleSheet(QStringLiteral("QFrame#decisionBar { border-left: 3px solid #0b3d6e; }"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(16, 4, 24, 4);
    column->setSpacing(4);
    for (Review::Decision d : {Review::Decision::Proceed, Review::Decision::NeedsInformation, Review::Decision::DoNotTreat}) {
        // Whole buttons, not radio dots: the target is the full width.
        auto *choice = new QPushButton(AnswerFormat::decision(d), this);
        choice->setObjectName(QStringLiteral("decision_") + Review::decisionName(d));
        choice->setCheckable(true);
        choice->setProperty("role", QStringLiteral("answer"));
        choice->setProperty("compact", true);
        m_choices->addButton(choice, int(d));
        column->addWidget(choice);
    }
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(overrulesAdvice ? tr("Note (proceeding overrules the advice: write why)") : tr("Note"));
    // Three lines show (the hint for an overruling note takes three in the
    // column); a longer note scrolls inside the field.
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 44);
    column->addWidget(m_note);
    auto *save = new QPushButton(tr("Save decision"), this);
    save->setObjectName(QStringLiteral("saveReview"));
    column->addWidget(save);
    column->addWidget(m_message);
    column->addStretch();
    m_message->hide();
    connect(save, &QPushButton::clicked, this, &DecisionBar::saveRequested);
}

std::optional<Review::Decision> DecisionBar::decision() const
{
    if (m_choices->checkedId() < 0)
        return std::nullopt;
    return Review::Decision(m_choices->checkedId());
}

QString DecisionBar::note() const
{
    return m_note->toPlainText();
}

void DecisionBar::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
