// The first administrator account, on a device with none.
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

FirstAdminPage::FirstAdminPage(StaffServices &services, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(160, 40, 160, 40);
    layout->addWidget(heading(tr("First start: create the administrator account"), this));
    layout->addWidget(wrapped(tr("There is no staff account yet. The administrator adds the accounts of the doctors "
                                 "and of reception afterwards. The password needs at least %1 characters.")
                                  .arg(StaffAccounts::kMinimumPasswordLength),
                              this, "help"));
    auto *form = new QFormLayout;
    auto *login = new QLineEdit(this);
    login->setObjectName(QStringLiteral("newLogin"));
    login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase | Qt::ImhNoPredictiveText);
    setFocusProxy(login);
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("newName"));
    auto *secret = secretEdit(QStringLiteral("newSecret"), this);
    auto *again = secretEdit(QStringLiteral("newSecretAgain"), this);
    form->addRow(tr("Login"), login);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Password"), secret);
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
    // Enter walks the form and then creates, as on a touch pad's Done.
    connect(login, &QLineEdit::returnPressed, name, qOverload<>(&QWidget::setFocus));
    connect(name, &QLineEdit::returnPressed, secret, qOverload<>(&QWidget::setFocus));
    connect(secret, &QLineEdit::returnPressed, again, qOverload<>(&QWidget::setFocus));
    connect(again, &QLineEdit::returnPressed, create, &QPushButton::click);
    connect(create, &QPushButton::clicked, this, [=, &services] {
        if (secret->text() != again->text()) {
            message->setText(tr("The two passwords differ. Please enter them again."));
            return;
        }
        const auto problem = StaffAccounts::secretProblem(StaffAccount::Role::Admin, secret->text());
        if (problem != StaffAccounts::SecretProblem::None) {
            message->setText(secretProblemText(problem));
            return;
        }
        QString error;
        if (!services.accounts.createFirstAdmin(login->text().trimmed(), name->text(), secret->text(), QString(),
                                                &error)) {
            message->setText(error);
            return;
        }
        emit created();
    });
}

NoAccountYetPage::NoAccountYetPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(160, 40, 160, 40);
    layout->addWidget(heading(tr("No staff account yet"), this));
    layout->addWidget(wrapped(tr("Staff accounts are not set up on this kiosk. The administrator creates the first "
                                 "account on the reception PC, or with the command prescreen admin create."),
                              this, "help"));
    auto *back = new QPushButton(tr("Back to patient screen"), this);
    back->setObjectName(QStringLiteral("cancelSignIn"));
    layout->addWidget(back);
    layout->addStretch();
    setFocusProxy(back);
    connect(back, &QPushButton::clicked, this, &NoAccountYetPage::cancelled);
}
