// Staff accounts, for administrators.
#include "staffpages.h"

#include "clipboardguard.h"
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

AccountsPage::AccountsPage(StaffServices &services, const StaffAccount &admin, QWidget *parent)
    : QWidget(parent), m_services(services), m_admin(admin)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading(tr("Staff accounts"), this));
    m_table = new QTableWidget(0, 4, this);
    ClipboardGuard::refuseCopy(m_table);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Four accounts in view, as the rows below leave room for on 800 pixels.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 4 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *form = new QGridLayout;
    auto *login = new QLineEdit(this);
    login->setObjectName(QStringLiteral("addLogin"));
    login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase | Qt::ImhNoPredictiveText);
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
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockAccount"));
    unlock->setProperty("role", QStringLiteral("secondary"));
    actions->addWidget(toggle);
    actions->addWidget(unlock);
    actions->addStretch();
    layout->addLayout(actions);
    // A row of its own: beside the other buttons "New PIN or password" was
    // cut to "New PIN or pa…" in Japanese.
    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(newSecret, 1);
    resetRow->addWidget(reset);
    layout->addLayout(resetRow);
    // Enter walks the form and then adds, as on a touch pad's Done.
    // From the name it goes to the role, not on to the PIN: a pad opened
    // there by itself would cover the role, and a receptionist added on the
    // default "Doctor" could record reviews.
    connect(login, &QLineEdit::returnPressed, name, qOverload<>(&QWidget::setFocus));
    connect(name, &QLineEdit::returnPressed, role, qOverload<>(&QWidget::setFocus));
    connect(secret, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(newSecret, &QLineEdit::returnPressed, reset, &QPushButton::click);

    const auto selectedId = [this]() -> qint64 {
        const int row = m_table->currentRow();
        return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    };
    connect(add, &QPushButton::clicked, this, [=] {
        QString error;
        const StaffAccount::Role newRole = *StaffAccount::roleFromName(role->currentData().toString());
        if (const auto problem = StaffAccounts::secretProblem(newRole, secret->text());
            problem != StaffAccounts::SecretProblem::None) {
            emit failed(secretProblemText(problem));
            secret->clear();
            return;
        }
        if (m_services.accounts.add(login->text().trimmed(), name->text(), newRole, secret->text(), m_admin, &error)) {
            emit done(tr("Account %1 added as %2.").arg(login->text().trimmed(), role->currentText()));
            login->clear();
            name->clear();
            secret->clear();
            reload();
        } else {
            emit failed(error);
        }
    });
    connect(toggle, &QPushButton::clicked, this, [=] {
        QString error;
        const qint64 id = selectedId();
        const auto account = id ? m_services.accounts.byId(id, &error) : std::nullopt;
        if (!account) {
            emit failed(tr("Please select an account first."));
            return;
        }
        if (account->id == m_admin.id) {
            emit failed(tr("You cannot disable your own account."));
            return;
        }
        if (!m_services.accounts.setDisabled(id, !account->disabled, m_admin, &error))
            emit failed(error);
        reload();
    });
    connect(unlock, &QPushButton::clicked, this, [=] {
        QString error;
        const qint64 id = selectedId();
        if (!id) {
            emit failed(tr("Please select an account first."));
            return;
        }
        if (m_services.accounts.unlock(id, m_admin, &error)) {
            emit done(tr("The account was unlocked."));
        } else {
            emit failed(error);
        }
        reload();
    });
    connect(reset, &QPushButton::clicked, this, [=] {
        QString error;
        const qint64 id = selectedId();
        if (!id) {
            emit failed(tr("Please select an account first."));
            return;
        }
        const auto account = m_services.accounts.byId(id, &error);
        if (account) {
            if (const auto problem = StaffAccounts::secretProblem(account->role, newSecret->text());
                problem != StaffAccounts::SecretProblem::None) {
                emit failed(secretProblemText(problem));
                newSecret->clear();
                return;
            }
        }
        if (account && m_services.accounts.resetSecret(id, newSecret->text(), m_admin, &error)) {
            emit done(tr("The PIN was reset."));
        } else {
            emit failed(error);
        }
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
        const bool locked = a.lockedUntil.isValid() && a.lockedUntil > m_services.clock.now();
        m_table->setItem(row, 3, new QTableWidgetItem(a.disabled ? tr("Disabled") : locked ? tr("Locked") : tr("Active")));
    }
}
