#include "decisionbar.h"

#include "answerformat.h"
#include "stafflabels.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

DecisionBar::DecisionBar(bool overrulesAdvice, QWidget *parent)
    : QFrame(parent), m_choices(new QButtonGroup(this)), m_note(new QPlainTextEdit(this)),
      m_message(StaffLabels::wrapped(QString(), this, "problem"))
{
    setObjectName(QStringLiteral("decisionBar"));
    setStyleSheet(QStringLiteral("QFrame#decisionBar { border-top: 3px solid #0b3d6e; }"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 8, 24, 8);
    int column = 0;
    for (Review::Decision d : {Review::Decision::Proceed, Review::Decision::NeedsInformation, Review::Decision::DoNotTreat}) {
        // Whole buttons, not radio dots: the target is the full width.
        auto *choice = new QPushButton(AnswerFormat::decision(d), this);
        choice->setObjectName(QStringLiteral("decision_") + Review::decisionName(d));
        choice->setCheckable(true);
        choice->setProperty("role", QStringLiteral("answer"));
        choice->setProperty("compact", true);
        m_choices->addButton(choice, int(d));
        grid->addWidget(choice, 0, column++);
    }
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(overrulesAdvice ? tr("Note (proceeding overrules the advice: write why)") : tr("Note"));
    // Two lines show; a longer note scrolls inside the field.
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 2 + 32);
    grid->addWidget(m_note, 1, 0, 1, 2);
    auto *save = new QPushButton(tr("Save decision"), this);
    save->setObjectName(QStringLiteral("saveReview"));
    grid->addWidget(save, 1, 2);
    grid->addWidget(m_message, 2, 0, 1, 3);
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
