// The doctor's list of the day.
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

QueuePage::QueuePage(StaffServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_changes(new ChangeWatch(services.queue.database(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("Today's submissions"), this));
    m_summary = wrapped(QString(), this, "help");
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Name"), tr("Result"), tr("Flagged"), tr("Review")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(56);
    m_table->verticalHeader()->setMinimumSectionSize(56);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Wrapped rows are only as tall as the final column widths say.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents,
            Qt::QueuedConnection);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        emit opened(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    // New submissions from any kiosk, and reviews from any PC, appear
    // within two seconds without a manual refresh.
    connect(m_changes, &ChangeWatch::changed, this, &QueuePage::refresh);
    refresh();
}

void QueuePage::refresh()
{
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    const QList<QueueEntry> entries = m_services.queue.load(m_services.clock.now().toTimeZone(zone).date(), zone, &error);
    m_table->setRowCount(int(entries.size()));
    int pending = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const QueueEntry &e = entries.at(row);
        const StoredSubmission &s = e.stored;
        const auto item = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setBackground(outcomeTint(s.evaluation.outcome));
            cell->setForeground(Qt::black);
            m_table->setItem(row, column, cell);
            return cell;
        };
        item(0, s.submission.submittedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")))
            ->setData(Qt::UserRole, s.submission.uuid);
        item(1, s.submission.patient.name);
        item(2, AnswerFormat::outcome(s.evaluation.outcome));
        // What was flagged, most serious first: a doctor between patients
        // sees why a row is red without opening it.
        item(3, RuleSetText::flagTitles(m_services.ruleSet, s.evaluation.flags));
        if (!e.latestReview && s.evaluation.outcome != Outcome::Clear)
            ++pending;
        item(4, e.latestReview ? QStringLiteral("%1 (%2)").arg(AnswerFormat::decision(e.latestReview->decision),
                                                               e.latestReview->reviewerName)
                               : tr("Not reviewed"));
    }
    m_table->resizeRowsToContents();
    QString summary = error.isEmpty() ? tr("%n submission(s) today, %1 flagged and not yet reviewed.", nullptr,
                                           int(entries.size())).arg(pending)
                                      : tr("The database cannot be reached: %1").arg(error);
    if (const qint64 waiting = m_services.outbox ? m_services.outbox->pendingCount() : 0)
        summary += u'\n' + tr("%n submission(s) on this tablet are waiting for the server.", nullptr, int(waiting));
    m_summary->setText(summary);
}
