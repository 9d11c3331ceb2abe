// Reception's day: counts, chart, export and purge.
#include "staffpages.h"

#include "stafflabels.h"
#include "answerformat.h"
#include "outbox.h"
#include "dailychart.h"
#include "dayexport.h"
#include "outcomecolour.h"
#include "retention.h"
#include "staffretention.h"
#include "auditlog.h"
#include "backup.h"
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
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace StaffLabels;

ReceptionPage::ReceptionPage(StaffServices &services, const StaffAccount &account, QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account), m_places(ExportDestinations::configured())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("Today"), this));
    // Today's counts, each beside its colour: the legend of the chart below.
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(12);
    int cell = 0;
    for (Outcome o : {Outcome::Decline, Outcome::Avoid, Outcome::Review, Outcome::Clear}) {
        auto *swatch = new QFrame(this);
        swatch->setFixedSize(26, 26);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #111111;").arg(outcomeColour(o).name()));
        QLabel *count = wrapped(QString(), this);
        count->setObjectName(QStringLiteral("todayCount_") + outcomeName(o));
        m_todayCounts.insert(o, count);
        legend->addWidget(swatch, cell / 2, (cell % 2) * 2);
        legend->addWidget(count, cell / 2, (cell % 2) * 2 + 1);
        ++cell;
    }
    legend->setColumnStretch(1, 1);
    legend->setColumnStretch(3, 1);
    layout->addLayout(legend);
    m_today = wrapped(QString(), this, "todayCounts");
    layout->addWidget(m_today);
    // Reception comes here to export: the controls, the button and its
    // result sit above the fold of a 1280x800 screen, the chart below them.
    layout->addWidget(heading(tr("Export a day"), this));
    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("exportDate"));
    m_date->setCalendarPopup(true);
    // In the staff screens' language (see QueuePage: the window predates it).
    m_date->setLocale(QLocale());
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(services.clock.now().toTimeZone(Settings::clinicTimeZone()).date());
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV for Excel"), QStringLiteral("csv"));
    m_format->addItem(tr("PDF for the paper file"), QStringLiteral("pdf"));
    m_format->addItem(tr("FHIR JSON for the EHR"), QStringLiteral("fhir"));
    // The file's language, whatever the screen speaks: the clinic's by default.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::clinicLanguage())));
    row->addWidget(m_date);
    row->addWidget(m_format, 1);
    row->addWidget(m_language);
    layout->addLayout(row);
    auto *pathRow = new QHBoxLayout;
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    // Its longest item must not widen the page past the window.
    m_destination->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_destination->setMinimumContentsLength(16);
    auto *lookAgain = new QPushButton(tr("Look for USB sticks"), this);
    lookAgain->setObjectName(QStringLiteral("findDestinations"));
    lookAgain->setProperty("role", QStringLiteral("secondary"));
    auto *save = new QPushButton(tr("Export"), this);
    save->setObjectName(QStringLiteral("exportButton"));
    pathRow->addWidget(m_destination, 1);
    pathRow->addWidget(lookAgain);
    pathRow->addWidget(save);
    layout->addLayout(pathRow);
    // Where the eye is after pressing Export: right under the button.
    m_exportResult = wrapped(QString(), this, "exportResult");
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->hide();
    layout->addWidget(m_exportResult);
    m_target = wrapped(QString(), this, "help");
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_target->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_target);

    m_backup = wrapped(QString(), this, "backupStatus");
    layout->addWidget(m_backup);
    layout->addWidget(heading(tr("The last 30 days"), this));
    m_chart = new DailyChart(this);
    m_chart->setObjectName(QStringLiteral("dailyChart"));
    layout->addWidget(m_chart);

    layout->addWidget(heading(tr("A patient's request"), this));
    auto *request = new QPushButton(tr("A patient asks to see or delete their data"), this);
    request->setObjectName(QStringLiteral("patientRequestButton"));
    request->setProperty("role", QStringLiteral("secondary"));
    connect(request, &QPushButton::clicked, this, &ReceptionPage::patientRequest);
    layout->addWidget(request);

    layout->addWidget(heading(tr("Retention"), this));
    m_purge = new QPushButton(tr("Delete submissions older than %n days", nullptr, Retention::configuredDays()), this);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setProperty("role", QStringLiteral("secondary"));
    m_purge->setVisible(account.role != StaffAccount::Role::Doctor);
    layout->addWidget(m_purge);
    m_message = wrapped(QString(), this, "problem");
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_date, &QDateEdit::dateChanged, this, &ReceptionPage::updatePath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReceptionPage::updatePath);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &ReceptionPage::updatePath);
    connect(lookAgain, &QPushButton::clicked, this, &ReceptionPage::findDestinations);
    connect(save, &QPushButton::clicked, this, &ReceptionPage::exportDay);
    connect(m_purge, &QPushButton::clicked, this, &ReceptionPage::purge);
    findDestinations();
    refresh();
}

void ReceptionPage::refresh()
{
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    const QDate today = m_services.clock.now().toTimeZone(zone).date();
    const auto counts = m_services.submissions.countsByDay(today.addDays(-29), today, zone, &error);
    m_chart->setCounts(counts);
    const QHash<Outcome, int> now = counts.value(today);
    const QList<QueueEntry> entries = m_services.queue.load(today, zone, &error);
    int pending = 0;
    for (const QueueEntry &e : entries)
        pending += !e.latestReview && e.stored.evaluation.outcome != Outcome::Clear ? 1 : 0;
    for (auto it = m_todayCounts.cbegin(); it != m_todayCounts.cend(); ++it)
        it.value()->setText(QStringLiteral("%1: %2").arg(AnswerFormat::outcome(it.key())).arg(now.value(it.key())));
    m_today->setText(error.isEmpty() ? tr("Reviews pending: %1").arg(pending)
                                     : tr("The database cannot be reached: %1").arg(error));
    showBackup();
}

void ReceptionPage::showBackup()
{
    QString error;
    const BackupStatus status = BackupStatus::of(m_services.audit, m_services.clock.now(), &error);
    const QString when = status.at.toTimeZone(Settings::clinicTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text;
    bool warn = true;
    if (!error.isEmpty())
        text = tr("The last backup cannot be read: %1").arg(error);
    else if (status.state == BackupStatus::State::Never)
        text = tr("No backup has been made yet. Turn on the daily backup (prescreen-backup.timer) or run prescreen backup.");
    else if (status.state == BackupStatus::State::Failed)
        text = tr("The last backup failed (%1): %2").arg(when, status.detail);
    else if (status.state == BackupStatus::State::Old)
        text = tr("The last backup is from %1, more than two days ago. Check the USB stick or the backup folder.").arg(when);
    else {
        text = tr("Last backup: %1, checked.").arg(when);
        warn = false;
    }
    m_backup->setText(text);
    // Warnings look like the page's other problems: red and bold.
    m_backup->setStyleSheet(warn ? QStringLiteral("color: #a00000; font-weight: bold;") : QString());
}

void ReceptionPage::findDestinations()
{
    const QString chosen = m_destination->currentIndex() >= 0 ? m_destinations.value(m_destination->currentIndex()).folder
                                                              : QString();
    m_destinations = m_places.available();
    const QSignalBlocker quiet(m_destination);
    m_destination->clear();
    for (const ExportDestination &d : m_destinations) {
        m_destination->addItem(d.removable ? tr("USB stick or card: %1").arg(d.name)
                                           : tr("Exports folder (%1)").arg(d.name));
        m_destination->setItemData(m_destination->count() - 1, d.folder, Qt::ToolTipRole);
        if (d.folder == chosen)
            m_destination->setCurrentIndex(m_destination->count() - 1);
    }
    updatePath();
}

void ReceptionPage::updatePath()
{
    QString error;
    const QString path = exportPath(&error);
    m_target->setText(path.isEmpty() ? error : tr("The next export goes to %1").arg(path));
    m_target->setToolTip(m_target->text());
}

QString ReceptionPage::exportPath(QString *error) const
{
    const auto format = DayExport::formatFromName(m_format->currentData().toString());
    const int index = m_destination->currentIndex();
    if (index < 0 || index >= m_destinations.size()) {
        *error = tr("Choose where the export goes.");
        return {};
    }
    return m_places.newFile(m_destinations.at(index), m_date->date(), DayExport::extension(*format), error);
}

void ReceptionPage::showExportResult(bool ok, const QString &text)
{
    // Success calm, an error red and bold: they must not look alike.
    m_exportResult->setProperty("state", ok ? QStringLiteral("success") : QStringLiteral("error"));
    m_exportResult->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1d4d1d; background: #e9f4e9; border: 1px solid #7aa87a;"
                                                      " border-radius: 4px; padding: 8px; }")
                                     : QStringLiteral("QLabel { color: #8b0000; background: #fdecec; border: 2px solid #c03030;"
                                                      " border-radius: 4px; padding: 8px; font-weight: bold; }"));
    m_exportResult->setText(text);
    m_exportResult->show();
}

void ReceptionPage::exportDay()
{
    if (!m_services.ruleSet) {
        showExportResult(false, tr("The rule set did not load; see the log."));
        return;
    }
    QString error;
    DayExport::Request request;
    request.format = *DayExport::formatFromName(m_format->currentData().toString());
    request.path = exportPath(&error);
    if (request.path.isEmpty()) {
        showExportResult(false, tr("The export failed: %1").arg(error));
        findDestinations();
        return;
    }
    request.first = request.last = m_date->date();
    request.zone = Settings::clinicTimeZone();
    request.language = m_language->currentData().toString();
    request.printedBy = m_account.displayName;
    request.printedAt = m_services.clock.now();
    const DayExport::Result result =
        DayExport::writeFor(m_account, m_services.audit, request, m_services.queue.database(), *m_services.ruleSet);
    if (!result.ok) {
        // Said in the page's language first; the technical detail (the
        // path, the system's words) follows for whoever fixes it.
        const QString why = result.diskFailed ? tr("the USB stick or disk is full, or was taken out. Nothing was written.")
                            : result.storageFailed ? tr("the database could not be read. Nothing was written.")
                                                   : tr("the file could not be written. Nothing was written.");
        showExportResult(false, tr("The export failed: %1").arg(why) + QStringLiteral("\n(") + result.error + u')');
        // A stick taken out is no longer offered as where the next export goes.
        findDestinations();
        return;
    }
    showExportResult(true, tr("%n submission(s) of %1 written to %2", nullptr, int(result.submissions))
                               .arg(request.first.toString(Qt::ISODate), request.path));
    updatePath();
}

void ReceptionPage::purge()
{
    // Two presses, not a dialog: deleting patients' data should take a second thought.
    if (!m_purgeArmed) {
        m_purgeArmed = true;
        m_message->setText(tr("This deletes submissions older than %n days for good. Press again to confirm.", nullptr,
                              Retention::configuredDays()));
        return;
    }
    m_purgeArmed = false;
    const Retention::Result result =
        StaffRetention::purgeOlderThan(m_services.retention, m_account, Retention::configuredDays());
    m_message->setText(result.ok ? tr("%n submission(s) deleted.", nullptr, int(result.purged))
                                 : tr("The purge failed: %1").arg(result.error));
    if (result.ok && !result.notice.isEmpty())
        m_message->setText(m_message->text() + QLatin1Char('\n') + result.notice);
    refresh();
}
