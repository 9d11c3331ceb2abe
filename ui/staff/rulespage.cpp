// The clinic's rule sets and their history.
#include "rulespage.h"

#include "answerformat.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "exportdestinations.h"
#include "replay.h"
#include "rulesettext.h"
#include "settings.h"
#include "stafflabels.h"
#include "submissionstore.h"

#include <QFile>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace StaffLabels;

RulesPage::RulesPage(StaffServices &services, const StaffAccount &account, QWidget *parent)
    : QWidget(parent), m_services(services), m_versions(*services.ruleVersions), m_account(account)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("Rule sets"), this));
    layout->addWidget(wrapped(tr("The kiosk uses the active version from its next patient on. Without one it uses "
                                 "the built-in rule set."),
                              this));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Loaded"), tr("Approved"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The state is what a doctor reads first: its column takes the room, whole.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(150);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name, void (RulesPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setProperty("role", QStringLiteral("secondary"));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    if (m_account.role == StaffAccount::Role::Doctor)
        button(tr("Approve the selected version"), "approveVersion", &RulesPage::approve);
    button(tr("Make the selected version active"), "restoreVersion", &RulesPage::restore);
    button(tr("Roll back"), "rollBack", &RulesPage::rollBack);
    actions->addStretch(1);
    layout->addLayout(actions);

    if (m_account.role == StaffAccount::Role::Admin) {
        auto *load = new QHBoxLayout;
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("draftPath"));
        m_path->setPlaceholderText(tr("The draft rule set file"));
        // Drafts are picked from the exports folder and the media plugged in,
        // by name, never through a file dialog (which can rename and delete,
        // and opens files, the database's included).
        auto *drafts = new QComboBox(this);
        drafts->setObjectName(QStringLiteral("draftChoice"));
        drafts->addItem(tr("Rule sets in the exports folder and on USB sticks…"));
        for (const ExportDestination &place : ExportDestinations::configured().available()) {
            for (const QString &name : QDir(place.folder).entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name))
                drafts->addItem(QStringLiteral("%1: %2").arg(place.name, name), QDir(place.folder).filePath(name));
        }
        auto *loadButton = new QPushButton(tr("Load the draft"), this);
        loadButton->setObjectName(QStringLiteral("loadDraft"));
        // The list on a line of its own: the path beside it stays readable.
        layout->addWidget(drafts);
        load->addWidget(m_path, 1);
        load->addWidget(loadButton);
        layout->addLayout(load);
        connect(drafts, &QComboBox::activated, this, [this, drafts](int index) {
            if (index > 0)
                m_path->setText(drafts->itemData(index).toString());
        });
        connect(loadButton, &QPushButton::clicked, this, &RulesPage::loadDraft);
    }
    m_message = wrapped(QString(), this, "problem");
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_replay = wrapped(QString(), this);
    m_replay->setObjectName(QStringLiteral("replaySummary"));
    layout->addWidget(m_replay);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("versionText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(160);
    layout->addWidget(m_text, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesPage::showSelected);
    reload();
}

void RulesPage::say(const QString &text, bool problem)
{
    m_message->setProperty("calm", !problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    // A long path has no space to wrap at and widened the page past the
    // window: it may break after each folder.
    QString breakable = text;
    m_message->setText(breakable.replace(u'/', QStringLiteral("/\u200B")));
}

void RulesPage::reload()
{
    QString error;
    const QList<RuleSetVersion> versions = m_versions.all(&error);
    if (!error.isEmpty())
        say(error, true);
    const QTimeZone zone = Settings::clinicTimeZone();
    const auto when = [&](const QString &who, const QDateTime &at) {
        return QStringLiteral("%1  %2").arg(who, at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    };
    m_table->setRowCount(int(versions.size()) + 1);
    for (int row = 0; row < versions.size(); ++row) {
        const RuleSetVersion &v = versions.at(row);
        auto *version = new QTableWidgetItem(QStringLiteral("#%1  %2 %3").arg(v.id).arg(v.ruleSetId, v.version));
        version->setData(Qt::UserRole, v.id);
        m_table->setItem(row, 0, version);
        m_table->setItem(row, 1, new QTableWidgetItem(when(v.loadedBy, v.loadedAt)));
        m_table->setItem(row, 2, new QTableWidgetItem(v.approvedBy.isEmpty() ? QString() : when(v.approvedBy, v.approvedAt)));
        m_table->setItem(row, 3, new QTableWidgetItem(v.active ? tr("Active")
                                                      : v.approvedBy.isEmpty() ? tr("Waiting for a doctor's approval")
                                                                               : tr("Approved, not active")));
    }
    // The built-in default, always there to return to.
    const int last = int(versions.size());
    auto *builtIn = new QTableWidgetItem(tr("Built-in rule set"));
    builtIn->setData(Qt::UserRole, 0);
    m_table->setItem(last, 0, builtIn);
    m_table->setItem(last, 1, new QTableWidgetItem(QString()));
    m_table->setItem(last, 2, new QTableWidgetItem(QString()));
    const bool noneActive = std::none_of(versions.cbegin(), versions.cend(), [](const RuleSetVersion &v) { return v.active; });
    m_table->setItem(last, 3, new QTableWidgetItem(noneActive ? tr("Active") : QString()));
}

std::optional<RuleSetVersion> RulesPage::selected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        say(tr("Please select a version first."), true);
        return std::nullopt;
    }
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (id == 0)
        return RuleSetVersion{}; // the built-in default
    QString error;
    const auto version = m_versions.byId(id, &error);
    if (!version)
        say(error, true);
    return version;
}

void RulesPage::showSelected()
{
    const int row = m_table->currentRow();
    const qint64 id = row < 0 || !m_table->item(row, 0) ? -1 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    QString error;
    const auto version = id > 0 ? m_versions.byId(id, &error) : std::nullopt;
    m_text->setPlainText(version ? QString::fromUtf8(version->text) : QString());
    m_approveArmed = 0;
    m_replay->clear();
    // A version waiting for approval shows what it would change, so that the
    // doctor approves the effect, not only the text.
    if (version && version->approvedBy.isEmpty())
        showReplay(*version);
}

void RulesPage::loadDraft()
{
    m_replay->clear();
    // Only a .rules file is read, and never the store under another name (a
    // link): opening and closing any file of the database from this process
    // would drop SQLite's locks, and another reader could then lose writes.
    const QString path = m_path->text().trimmed();
    if (!path.endsWith(QLatin1String(".rules"))) {
        say(tr("%1 is not a rule set file: its name must end in .rules").arg(path), true);
        return;
    }
    if (m_services.queue.database().isOneOfItsFiles(path)) {
        say(tr("%1 is the database itself under another name, not a rule set; it was not opened").arg(path), true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), true);
        return;
    }
    const RuleSetVersions::Loaded loaded = m_versions.load(file.readAll(), file.fileName(), m_account);
    if (!loaded.version) {
        QStringList lines;
        for (const Diagnostic &d : loaded.errors)
            lines << d.toString();
        if (!loaded.storageError.isEmpty())
            lines << loaded.storageError;
        say(tr("The draft was not kept. Please correct it and load it again:") + u'\n' + lines.join(u'\n'), true);
        return;
    }
    say(tr("Version #%1 (%2) is kept. A doctor other than you must approve it before the kiosk uses it.")
            .arg(loaded.version->id)
            .arg(loaded.version->version),
        false);
    reload();
    showReplay(*loaded.version);
    m_text->setPlainText(QString::fromUtf8(loaded.version->text));
}

// What a version would have changed over the last 90 days: for the
// administrator who loads it, and for the doctor before approving it.
void RulesPage::showReplay(const RuleSetVersion &version)
{
    const RuleSetPtr draft = RuleSetVersions::parse(version);
    if (!draft)
        return;
    const QDate today = m_services.clock.now().toTimeZone(Settings::clinicTimeZone()).date();
    ReplayReport report;
    QString error;
    if (!Replay(draft, m_versions.lookup())
             .run(m_services.submissions, today.addDays(1 - kReplayDays), today, Settings::clinicTimeZone(), &report, &error)) {
        say(error, true);
        return;
    }
    m_services.audit.append(m_account.login, QStringLiteral("rules_replay"), QString(),
                            QStringLiteral("draft #%1; last %2 days; %3 submissions, %4 changed, %5 not judged")
                                .arg(version.id)
                                .arg(kReplayDays)
                                .arg(report.submissions)
                                .arg(report.changed)
                                .arg(report.notJudged),
                            &error);
    m_replay->setText(replaySummary(report, *draft));
}

QString RulesPage::replaySummary(const ReplayReport &report, const RuleSet &draft) const
{
    QStringList lines;
    lines << tr("In the last %1 days, %2 submissions: %3 would get another result, %4 cannot be judged.")
                 .arg(kReplayDays)
                 .arg(report.submissions)
                 .arg(report.changed)
                 .arg(report.notJudged);
    for (auto it = report.transitions.cbegin(); it != report.transitions.cend(); ++it) {
        if (it.key().first != it.key().second)
            lines << tr("%1 → %2: %3").arg(AnswerFormat::outcome(it.key().first), AnswerFormat::outcome(it.key().second)).arg(it.value());
    }
    for (auto it = report.fires.cbegin(); it != report.fires.cend(); ++it) {
        if (it.value().before != it.value().after)
            lines << tr("Rule %1 fires %2 times instead of %3.").arg(it.key()).arg(it.value().after).arg(it.value().before);
    }
    // The question in the reader's words (its text in the draft), the id after it for the rules file.
    for (auto it = report.notJudgedByQuestion.cbegin(); it != report.notJudgedByQuestion.cend(); ++it) {
        const Question *q = draft.question(it.key());
        const QString asked = q ? QStringLiteral("%1 (%2)").arg(RuleSetText::translate(draft, q->text), it.key()) : it.key();
        lines << tr("Never asked \"%1\": %2 submissions, not judged.").arg(asked).arg(it.value());
    }
    return lines.join(u'\n');
}

void RulesPage::approve()
{
    const auto version = selected();
    if (!version)
        return;
    // Two presses: approving makes the version active at every kiosk.
    if (version->id != 0 && m_approveArmed != version->id) {
        m_approveArmed = version->id;
        say(tr("Approve version #%1? Each kiosk uses it from its next patient. Press the button again to approve it.")
                .arg(version->id),
            false);
        return;
    }
    m_approveArmed = 0;
    QString error;
    if (version->id == 0 || !m_versions.approve(version->id, m_account, &error)) {
        say(error.isEmpty() ? tr("The built-in rule set needs no approval.") : error, true);
        return;
    }
    say(tr("Version #%1 is approved and active; each kiosk changes at its next patient.").arg(version->id), false);
    reload();
}

void RulesPage::restore()
{
    const auto version = selected();
    if (!version)
        return;
    QString error;
    if (!m_versions.activate(version->id, m_account, &error)) {
        say(error, true);
        return;
    }
    say(tr("The selected version is active; each kiosk changes at its next patient."), false);
    reload();
}

void RulesPage::rollBack()
{
    QString error;
    if (!m_versions.rollback(m_account, &error)) {
        say(error, true);
        return;
    }
    say(tr("Rolled back to the version active before; each kiosk changes at its next patient."), false);
    reload();
}
