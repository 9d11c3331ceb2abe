// One submission for the doctor, and the review form.
#include "staffpages.h"

#include "stafflabels.h"
#include "answerformat.h"
#include "outbox.h"
#include "dailychart.h"
#include "dayexport.h"
#include "outcomecolour.h"
#include "retention.h"
#include "auditlog.h"
#include "changewatch.h"
#include "clock.h"
#include "doctorqueue.h"
#include "reviewstore.h"
#include "ruleset.h"
#include "rulesettext.h"
#include "settings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace StaffLabels;

SubmissionPage::SubmissionPage(StaffServices &services, const StaffAccount &account, const StoredSubmission &stored,
                               QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account), m_stored(stored)
{
    const Submission &s = stored.submission;
    const RuleSet *rules = services.ruleSet;
    const QTimeZone zone = Settings::clinicTimeZone();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    QString title = s.patient.name;
    if (!s.patient.kana.isEmpty())
        title += QStringLiteral("（%1）").arg(s.patient.kana);
    layout->addWidget(heading(title, this));
    const QString languageName = s.language == QLatin1String("ja") ? QStringLiteral("日本語")
        : s.language == QLatin1String("zh_CN")                     ? QStringLiteral("简体中文")
                                                                    : QStringLiteral("English");
    layout->addWidget(wrapped(tr("Born %1, age %2 · answered %3 in %4 · rule set %5 %6")
                                  .arg(AnswerFormat::longDate(s.patient.birthDate))
                                  .arg(ageOn(s.patient.birthDate, s.day()))
                                  .arg(s.submittedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       languageName, stored.evaluation.ruleSetId, stored.evaluation.ruleSetVersion),
                              this, "help"));
    auto *outcome = wrapped(tr("Result: %1").arg(AnswerFormat::outcome(stored.evaluation.outcome)), this, "outcome");
    outcome->setAutoFillBackground(true);
    QPalette palette = outcome->palette();
    palette.setColor(QPalette::Window, outcomeTint(stored.evaluation.outcome));
    outcome->setPalette(palette);
    outcome->setStyleSheet(QStringLiteral("background: %1; padding: 8px; font-weight: bold;")
                               .arg(outcomeTint(stored.evaluation.outcome).name()));
    layout->addWidget(outcome);

    const auto questionText = [rules](const QString &id) {
        const Question *q = rules ? rules->question(id) : nullptr;
        return q ? RuleSetText::translate(*rules, q->text) : id;
    };
    const auto answerText = [rules, &s](const QString &id) {
        return rules ? AnswerFormat::answer(*rules, id, s.answers.value(id)) : s.answers.value(id).toString();
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    int row = 0;
    QStringList flagged;
    if (!stored.evaluation.flags.isEmpty()) {
        grid->addWidget(heading(tr("Flagged answers"), this), row++, 0, 1, 2);
        for (const Flag &f : stored.evaluation.flags) {
            QStringList answers;
            // The flagged answers, then what the patient wrote in the
            // questions they opened (the type of cancer, the allergy), once.
            const QStringList ids = f.questions + (rules ? rules->followUps(f.questions) : QStringList());
            for (const QString &id : ids) {
                const bool followUp = !f.questions.contains(id);
                if (followUp && (flagged.contains(id) || !s.answers.contains(id)))
                    continue;
                answers << QStringLiteral("%1 → %2").arg(questionText(id), answerText(id));
                flagged << id;
            }
            auto *level = wrapped(QStringLiteral("%1\n%2").arg(RuleSetText::flagTitle(rules, f), AnswerFormat::outcome(f.level)), this);
            level->setStyleSheet(QStringLiteral("background: %1; padding: 6px; font-weight: bold;")
                                     .arg(outcomeTint(f.level).name()));
            auto *detail = wrapped(QStringLiteral("%1\n%2\n%3")
                                       .arg(answers.join(u'\n'),
                                            rules ? RuleSetText::translate(*rules, f.reason) : f.reason,
                                            tr("Article: %1").arg(rules ? AnswerFormat::section(*rules, f.section) : f.section)),
                                   this);
            detail->setObjectName(QStringLiteral("flag_") + f.rule);
            grid->addWidget(level, row, 0, Qt::AlignTop);
            grid->addWidget(detail, row++, 1);
        }
    }
    grid->addWidget(heading(tr("Other answers"), this), row++, 0, 1, 2);
    const QList<QString> order = rules ? [&] {
        QStringList ids;
        for (const Question &q : rules->questions)
            ids << q.id;
        return ids;
    }() : s.answers.keys();
    for (const QString &id : order) {
        if (!s.answers.contains(id) || flagged.contains(id))
            continue;
        grid->addWidget(wrapped(questionText(id), this), row, 0, Qt::AlignTop);
        auto *answer = wrapped(answerText(id), this);
        answer->setObjectName(QStringLiteral("answer_") + id);
        QFont bold = answer->font();
        bold.setBold(true);
        answer->setFont(bold);
        grid->addWidget(answer, row++, 1);
    }
    layout->addLayout(grid);

    QString error;
    const QList<Review> history = services.reviews.history(stored.id, &error);
    layout->addWidget(heading(tr("Reviews"), this));
    if (history.isEmpty())
        layout->addWidget(wrapped(tr("Not reviewed yet."), this, "help"));
    for (const Review &r : history) {
        const bool superseded = r.id != history.last().id;
        auto *line = wrapped(QStringLiteral("%1 · %2 · %3%4%5")
                                 .arg(r.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.reviewerName,
                                      AnswerFormat::decision(r.decision),
                                      r.note.isEmpty() ? QString() : QStringLiteral(" — ") + r.note,
                                      superseded ? u' ' + tr("(superseded)") : QString()),
                             this, superseded ? "help" : "text");
        layout->addWidget(line);
    }

    if (account.role == StaffAccount::Role::Doctor) {
        layout->addWidget(heading(tr("Your decision"), this));
        m_decision = new QButtonGroup(this);
        auto *choices = new QHBoxLayout;
        for (Review::Decision d : {Review::Decision::Proceed, Review::Decision::NeedsInformation, Review::Decision::DoNotTreat}) {
            // Whole buttons, not radio dots: the target is the full width.
            auto *choice = new QPushButton(AnswerFormat::decision(d), this);
            choice->setObjectName(QStringLiteral("decision_") + Review::decisionName(d));
            choice->setCheckable(true);
            choice->setProperty("role", QStringLiteral("answer"));
            m_decision->addButton(choice, int(d));
            choices->addWidget(choice);
        }
        layout->addLayout(choices);
        if (stored.evaluation.outcome >= Outcome::Avoid)
            layout->addWidget(wrapped(tr("Proceeding overrules the advice above: write in the note why."), this, "help"));
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("reviewNote"));
        m_note->setPlaceholderText(tr("Note"));
        m_note->setMaximumHeight(120);
        layout->addWidget(m_note);
        m_message = wrapped(QString(), this, "problem");
        layout->addWidget(m_message);
    }
    auto *buttons = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("Back to the list"), this);
    backButton->setObjectName(QStringLiteral("backToQueue"));
    backButton->setProperty("role", QStringLiteral("secondary"));
    buttons->addWidget(backButton);
    connect(backButton, &QPushButton::clicked, this, &SubmissionPage::back);
    if (m_decision) {
        auto *saveButton = new QPushButton(tr("Save decision"), this);
        saveButton->setObjectName(QStringLiteral("saveReview"));
        buttons->addWidget(saveButton);
        connect(saveButton, &QPushButton::clicked, this, &SubmissionPage::save);
    }
    layout->addLayout(buttons);
    layout->addStretch();
}

void SubmissionPage::save()
{
    if (m_decision->checkedId() < 0) {
        m_message->setText(tr("Please choose a decision."));
        return;
    }
    QString error;
    const auto decision = Review::Decision(m_decision->checkedId());
    if (!m_services.reviews.record(m_stored, m_account, decision, m_note->toPlainText(), &error)) {
        m_message->setText(decision == Review::Decision::Proceed && m_stored.evaluation.outcome >= Outcome::Avoid
                               ? tr("Proceeding despite this result needs a note that says why.")
                               : error);
        return;
    }
    emit reviewed();
}
