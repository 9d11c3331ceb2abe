#include "staffpages.h"

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

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("heading"));
    QFont font = label->font();
    font.setPointSize(font.pointSize() * 6 / 5);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName = "text")
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit *secretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

// Pale backgrounds for rows and banners, where black text must stay legible;
// they carry the same meaning as the words beside them, never alone.
QColor outcomeTint(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Decline: return QColor(0xf4, 0xc7, 0xc3);
    case Outcome::Avoid: return QColor(0xfc, 0xe0, 0xb2);
    case Outcome::Review: return QColor(0xff, 0xf5, 0xc2);
    case Outcome::Clear: break;
    }
    return QColor(Qt::white);
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

} // namespace

SignInPage::SignInPage(StaffServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(160, 40, 160, 40);
    layout->addWidget(heading(tr("Staff sign-in"), this));
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase | Qt::ImhNoPredictiveText);
    m_secret = secretEdit(QStringLiteral("secretEdit"), this);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("PIN or password"), m_secret);
    layout->addLayout(form);
    m_message = wrapped(QString(), this, "problem");
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back to patient screen"), this);
    cancel->setObjectName(QStringLiteral("cancelSignIn"));
    cancel->setProperty("role", QStringLiteral("secondary"));
    auto *signIn = new QPushButton(tr("Sign in"), this);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(signIn);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(signIn, &QPushButton::clicked, this, &SignInPage::attempt);
    // Enter walks the form, as on the on-screen keyboard, whose panel covers the buttons.
    connect(m_login, &QLineEdit::returnPressed, m_secret, qOverload<>(&QWidget::setFocus));
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInPage::attempt);
    connect(cancel, &QPushButton::clicked, this, &SignInPage::cancelled);
    setFocusProxy(m_login);
}

void SignInPage::attempt()
{
    const StaffAccounts::SignIn result = m_services.accounts.signIn(m_login->text(), m_secret->text());
    m_secret->clear();
    using R = StaffAccounts::SignIn::Result;
    switch (result.result) {
    case R::SignedIn:
        m_message->clear();
        emit signedIn(*result.account);
        return;
    case R::WrongLoginOrSecret:
        m_message->setText(tr("The login or the PIN is not right. Please try again."));
        return;
    case R::Locked: {
        const qint64 seconds = m_services.clock.now().secsTo(result.lockedUntil);
        m_message->setText(tr("Too many wrong attempts. This account is locked; try again in %n seconds.", nullptr,
                              int(qMax<qint64>(seconds, 1))));
        return;
    }
    case R::Disabled:
        m_message->setText(tr("This account is disabled. Please ask an administrator."));
        return;
    case R::StorageError:
        m_message->setText(tr("The database cannot be reached: %1").arg(result.error));
        return;
    }
}

FirstAdminPage::FirstAdminPage(StaffServices &services, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(160, 40, 160, 40);
    layout->addWidget(heading(tr("First start: create the administrator account"), this));
    layout->addWidget(wrapped(tr("There is no staff account yet. The administrator adds the accounts of the doctors "
                                 "and of reception afterwards."), this, "help"));
    auto *form = new QFormLayout;
    auto *login = new QLineEdit(this);
    login->setObjectName(QStringLiteral("newLogin"));
    setFocusProxy(login);
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("newName"));
    auto *secret = secretEdit(QStringLiteral("newSecret"), this);
    auto *again = secretEdit(QStringLiteral("newSecretAgain"), this);
    form->addRow(tr("Login"), login);
    form->addRow(tr("Name"), name);
    form->addRow(tr("PIN or password"), secret);
    form->addRow(tr("Again"), again);
    layout->addLayout(form);
    auto *message = wrapped(QString(), this, "problem");
    layout->addWidget(message);
    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back to patient screen"), this);
    cancel->setProperty("role", QStringLiteral("secondary"));
    auto *create = new QPushButton(tr("Create account"), this);
    create->setObjectName(QStringLiteral("createAdmin"));
    buttons->addWidget(cancel);
    buttons->addWidget(create);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(cancel, &QPushButton::clicked, this, &FirstAdminPage::cancelled);
    connect(create, &QPushButton::clicked, this, [=, &services] {
        if (secret->text() != again->text()) {
            message->setText(tr("The two PINs differ. Please enter them again."));
            return;
        }
        QString error;
        if (!services.accounts.add(login->text().trimmed(), name->text(), StaffAccount::Role::Admin, secret->text(),
                                   QString(), &error)) {
            message->setText(error);
            return;
        }
        emit created();
    });
}

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

AccountsPage::AccountsPage(StaffServices &services, const StaffAccount &admin, QWidget *parent)
    : QWidget(parent), m_services(services), m_admin(admin)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("Staff accounts"), this));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *form = new QGridLayout;
    auto *login = new QLineEdit(this);
    login->setObjectName(QStringLiteral("addLogin"));
    login->setPlaceholderText(tr("Login"));
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("addName"));
    name->setPlaceholderText(tr("Name"));
    auto *role = new QComboBox(this);
    role->setObjectName(QStringLiteral("addRole"));
    role->addItem(tr("Doctor"), QStringLiteral("doctor"));
    role->addItem(tr("Reception"), QStringLiteral("staff"));
    role->addItem(tr("Administrator"), QStringLiteral("admin"));
    auto *secret = secretEdit(QStringLiteral("addSecret"), this);
    secret->setPlaceholderText(tr("PIN or password"));
    auto *add = new QPushButton(tr("Add account"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    form->addWidget(login, 0, 0);
    form->addWidget(name, 0, 1);
    form->addWidget(role, 0, 2);
    form->addWidget(secret, 1, 0);
    form->addWidget(add, 1, 2);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    auto *toggle = new QPushButton(tr("Disable or enable the selected account"), this);
    toggle->setObjectName(QStringLiteral("toggleAccount"));
    toggle->setProperty("role", QStringLiteral("secondary"));
    auto *newSecret = secretEdit(QStringLiteral("resetSecret"), this);
    newSecret->setPlaceholderText(tr("New PIN or password"));
    auto *reset = new QPushButton(tr("Reset PIN"), this);
    reset->setObjectName(QStringLiteral("resetAccount"));
    reset->setProperty("role", QStringLiteral("secondary"));
    actions->addWidget(toggle);
    actions->addWidget(newSecret);
    actions->addWidget(reset);
    layout->addLayout(actions);
    m_message = wrapped(QString(), this, "problem");
    layout->addWidget(m_message);

    const auto selectedId = [this]() -> qint64 {
        const int row = m_table->currentRow();
        return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    };
    connect(add, &QPushButton::clicked, this, [=] {
        QString error;
        if (m_services.accounts.add(login->text().trimmed(), name->text(),
                                    *StaffAccount::roleFromName(role->currentData().toString()), secret->text(),
                                    m_admin.login, &error)) {
            m_message->setText(tr("Account %1 added.").arg(login->text().trimmed()));
            login->clear();
            name->clear();
            secret->clear();
            reload();
        } else {
            m_message->setText(error);
        }
    });
    connect(toggle, &QPushButton::clicked, this, [=] {
        QString error;
        const qint64 id = selectedId();
        const auto account = id ? m_services.accounts.byId(id, &error) : std::nullopt;
        if (!account) {
            m_message->setText(tr("Please select an account first."));
            return;
        }
        if (account->id == m_admin.id) {
            m_message->setText(tr("You cannot disable your own account."));
            return;
        }
        if (!m_services.accounts.setDisabled(id, !account->disabled, m_admin.login, &error))
            m_message->setText(error);
        reload();
    });
    connect(reset, &QPushButton::clicked, this, [=] {
        QString error;
        const qint64 id = selectedId();
        if (!id) {
            m_message->setText(tr("Please select an account first."));
            return;
        }
        if (m_services.accounts.resetSecret(id, newSecret->text(), m_admin.login, &error))
            m_message->setText(tr("The PIN was reset."));
        else
            m_message->setText(error);
        newSecret->clear();
    });
    reload();
}

void AccountsPage::reload()
{
    QString error;
    const QList<StaffAccount> accounts = m_services.accounts.all(&error);
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const StaffAccount &a = accounts.at(row);
        auto *login = new QTableWidgetItem(a.login);
        login->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, login);
        m_table->setItem(row, 1, new QTableWidgetItem(a.displayName));
        const QString role = a.role == StaffAccount::Role::Doctor ? tr("Doctor")
            : a.role == StaffAccount::Role::Admin                  ? tr("Administrator")
                                                                   : tr("Reception");
        m_table->setItem(row, 2, new QTableWidgetItem(role));
        m_table->setItem(row, 3, new QTableWidgetItem(a.disabled ? tr("Disabled") : tr("Active")));
    }
}

ReceptionPage::ReceptionPage(StaffServices &services, const StaffAccount &account, QWidget *parent)
    : QWidget(parent), m_services(services), m_account(account)
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
    layout->addWidget(heading(tr("The last 30 days"), this));
    m_chart = new DailyChart(this);
    m_chart->setObjectName(QStringLiteral("dailyChart"));
    layout->addWidget(m_chart);

    layout->addWidget(heading(tr("Export a day"), this));
    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("exportDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(services.clock.now().toTimeZone(Settings::clinicTimeZone()).date());
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV for Excel"), QStringLiteral("csv"));
    m_format->addItem(tr("PDF for the paper file"), QStringLiteral("pdf"));
    m_format->addItem(tr("FHIR JSON for the EHR"), QStringLiteral("fhir"));
    row->addWidget(m_date);
    row->addWidget(m_format, 1);
    layout->addLayout(row);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("choosePath"));
    choose->setProperty("role", QStringLiteral("secondary"));
    auto *save = new QPushButton(tr("Export"), this);
    save->setObjectName(QStringLiteral("exportButton"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    pathRow->addWidget(save);
    layout->addLayout(pathRow);

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
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export a day"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(save, &QPushButton::clicked, this, &ReceptionPage::exportDay);
    connect(m_purge, &QPushButton::clicked, this, &ReceptionPage::purge);
    updatePath();
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
}

void ReceptionPage::updatePath()
{
    const auto format = DayExport::formatFromName(m_format->currentData().toString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(QStringLiteral("prescreen-%1.%2")
                                              .arg(m_date->date().toString(Qt::ISODate), DayExport::extension(*format))));
}

void ReceptionPage::exportDay()
{
    QString error;
    const QTimeZone zone = Settings::clinicTimeZone();
    const QDate day = m_date->date();
    const QString formatName = m_format->currentData().toString();
    const QList<QueueEntry> entries = m_services.queue.load(day, zone, &error, DoctorQueue::Order::ByTime);
    if (!m_services.ruleSet) {
        m_message->setText(tr("The rule set did not load; see the log."));
        return;
    }
    QDir().mkpath(QFileInfo(m_path->text()).absolutePath());
    if (!error.isEmpty()
        || !DayExport::write(*DayExport::formatFromName(formatName), m_path->text(), day, zone, entries,
                             *m_services.ruleSet, m_services.clock.now(), &error)
        || !m_services.audit.append(m_account.login, QStringLiteral("export"), QString(),
                                    QStringLiteral("%1 %2: %3 submissions to %4")
                                        .arg(formatName, day.toString(Qt::ISODate))
                                        .arg(entries.size())
                                        .arg(m_path->text()),
                                    &error)) {
        m_message->setText(tr("The export failed: %1").arg(error));
        return;
    }
    m_message->setText(tr("%n submission(s) of %1 written to %2", nullptr, int(entries.size()))
                           .arg(day.toString(Qt::ISODate), m_path->text()));
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
    const Retention::Result result = m_services.retention.purgeOlderThan(Retention::configuredDays(), m_account.login);
    m_message->setText(result.ok ? tr("%n submission(s) deleted.", nullptr, int(result.purged))
                                 : tr("The purge failed: %1").arg(result.error));
    refresh();
}
