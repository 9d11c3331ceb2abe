// Every answer with a Change button, before sending.
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

// The rule set's own texts (questions, choices, help) in the patient's language.
QString ruleText(const PatientFlow &flow, const QString &source)
{
    return RuleSetText::translate(*flow.ruleSet(), source);
}

} // namespace

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
