// One submission for the doctor: the patient and the result on top, the
// answers in the middle (they scroll), the decision bar at the bottom.
#include "staffpages.h"

#include "answerformat.h"
#include "answersheet.h"
#include "chartactions.h"
#include "clock.h"
#include "decisionbar.h"
#include "doctorqueue.h"
#include "reviewstore.h"
#include "rulesettext.h"
#include "settings.h"
#include "stafflabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace StaffLabels;

namespace {

QString stamp(const QDateTime &at)
{
    return at.toTimeZone(Settings::clinicTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SubmissionPage::SubmissionPage(StaffServices &services, const StaffAccount &account, const StoredSubmission &stored,
                               bool staffPc, QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account), m_stored(stored)
{
    const Submission &s = stored.submission;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The patient and the result: always in view, above what scrolls.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(24, 12, 24, 8);
    auto *titleRow = new QHBoxLayout;
    QString title = s.patient.name;
    if (!s.patient.kana.isEmpty())
        title += QStringLiteral("（%1）").arg(s.patient.kana);
    auto *name = heading(title, top);
    name->setObjectName(QStringLiteral("patientName"));
    titleRow->addWidget(name, 1);
    auto *chart = new ChartActions(services, account, stored, staffPc, top);
    connect(chart, &ChartActions::done, this, &SubmissionPage::done);
    connect(chart, &ChartActions::failed, this, &SubmissionPage::failed);
    titleRow->addWidget(chart, 0, Qt::AlignTop);
    auto *backButton = new QPushButton(tr("Back to the list"), top);
    backButton->setObjectName(QStringLiteral("backToQueue"));
    backButton->setProperty("role", QStringLiteral("secondary"));
    connect(backButton, &QPushButton::clicked, this, &SubmissionPage::back);
    titleRow->addWidget(backButton, 0, Qt::AlignTop);
    topLayout->addLayout(titleRow);
    const QString languageName = s.language == QLatin1String("ja") ? QStringLiteral("日本語")
        : s.language == QLatin1String("zh_CN")                     ? QStringLiteral("简体中文")
                                                                    : QStringLiteral("English");
    topLayout->addWidget(wrapped(tr("Born %1, age %2 · answered %3 in %4 · rule set %5 %6")
                                     .arg(AnswerFormat::longDate(s.patient.birthDate))
                                     .arg(ageOn(s.patient.birthDate, s.day()))
                                     .arg(stamp(s.submittedAt), languageName, stored.evaluation.ruleSetId,
                                          stored.evaluation.ruleSetVersion),
                                 top, "help"));
    auto *outcome = wrapped(tr("Result: %1").arg(AnswerFormat::outcome(stored.evaluation.outcome)), top, "outcome");
    outcome->setStyleSheet(QStringLiteral("background: %1; padding: 8px; font-weight: bold;")
                               .arg(outcomeTint(stored.evaluation.outcome).name()));
    topLayout->addWidget(outcome);
    layout->addWidget(top);

    QString error;
    const QList<QueueEntry> earlier = services.queue.earlier(stored, &error);
    const std::optional<QueueEntry> previous = earlier.isEmpty() ? std::nullopt : std::optional(earlier.first());

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("submissionBody"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 8, 24, 16);
    if (previous)
        bodyLayout->addWidget(returningNote(*previous, earlier.size(), body));
    auto *sheet = new AnswerSheet(services.ruleSet, stored, previous, body);
    if (previous && sheet->changed().isEmpty())
        bodyLayout->addWidget(wrapped(tr("No answer changed since the last screening."), body, "help"));
    bodyLayout->addWidget(sheet);
    addHistory(bodyLayout, body, earlier);
    bodyLayout->addStretch();
    scroll->setWidget(body);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(0);
    middle->addWidget(scroll, 1);
    layout->addLayout(middle, 1);

    if (account.role == StaffAccount::Role::Doctor) {
        m_bar = new DecisionBar(stored.evaluation.outcome >= Outcome::Avoid, this);
        connect(m_bar, &DecisionBar::saveRequested, this, &SubmissionPage::save);
        // As wide as its longest decision needs, within a third of the
        // window: wide enough for the note's hint in two or three lines.
        m_bar->setFixedWidth(qBound(360, m_bar->sizeHint().width(), 420));
        middle->addWidget(m_bar);
    }
}

// A returning patient: when they were last screened, what the doctor
// decided then, and that the changed answers below are marked.
QLabel *SubmissionPage::returningNote(const QueueEntry &previous, qsizetype count, QWidget *parent)
{
    const QString decision = previous.latestReview
        ? tr("%1 (%2)").arg(AnswerFormat::decision(previous.latestReview->decision), previous.latestReview->reviewerName)
        : tr("not reviewed");
    auto *note = wrapped(tr("Returning patient: %n earlier screening(s). The last, %1: %2; decision: %3. "
                            "Answers that changed since are marked ●.", nullptr, int(count))
                             .arg(stamp(previous.stored.submission.submittedAt),
                                  AnswerFormat::outcome(previous.stored.evaluation.outcome), decision),
                         parent, "returning");
    note->setStyleSheet(QStringLiteral("background: #eef3f8; padding: 8px; border: 2px solid #0b3d6e;"));
    return note;
}

void SubmissionPage::addHistory(QVBoxLayout *layout, QWidget *parent, const QList<QueueEntry> &earlier)
{
    QString error;
    const QList<Review> history = m_services.reviews.history(m_stored.id, &error);
    layout->addWidget(heading(tr("Reviews"), parent));
    if (history.isEmpty())
        layout->addWidget(wrapped(tr("Not reviewed yet."), parent, "help"));
    for (const Review &r : history) {
        const bool superseded = r.id != history.last().id;
        layout->addWidget(wrapped(QStringLiteral("%1 · %2 · %3%4%5")
                                      .arg(stamp(r.at), r.reviewerName, AnswerFormat::decision(r.decision),
                                           r.note.isEmpty() ? QString() : QStringLiteral(" — ") + r.note,
                                           superseded ? u' ' + tr("(superseded)") : QString()),
                                  parent, superseded ? "help" : "text"));
    }
    if (earlier.isEmpty())
        return;
    layout->addWidget(heading(tr("Earlier screenings"), parent));
    QStringList lines;
    for (const QueueEntry &e : earlier) {
        const QString flags = RuleSetText::flagTitles(m_services.ruleSet, e.stored.evaluation.flags);
        lines << QStringLiteral("%1 · %2%3 · %4")
                     .arg(stamp(e.stored.submission.submittedAt), AnswerFormat::outcome(e.stored.evaluation.outcome),
                          flags.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(flags),
                          e.latestReview ? QStringLiteral("%1 (%2)").arg(AnswerFormat::decision(e.latestReview->decision),
                                                                          e.latestReview->reviewerName)
                                         : tr("not reviewed"));
    }
    layout->addWidget(wrapped(lines.join(u'\n'), parent, "earlierScreenings"));
}

void SubmissionPage::save()
{
    const auto decision = m_bar->decision();
    if (!decision) {
        m_bar->showProblem(tr("Please choose a decision."));
        return;
    }
    QString error;
    if (!m_services.reviews.record(m_stored, m_account, *decision, m_bar->note(), &error)) {
        m_bar->showProblem(*decision == Review::Decision::Proceed && m_stored.evaluation.outcome >= Outcome::Avoid
                               ? tr("Proceeding despite this result needs a note that says why.")
                               : error);
        return;
    }
    emit reviewed();
}
