// Staff sign-in: login and PIN or password.
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

SignInPage::SignInPage(StaffServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(160, 40, 160, 40);
    layout->addWidget(heading(tr("Staff sign-in"), this));
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase | Qt::ImhNoPredictiveText
                                 | Qt::ImhSensitiveData);
    // A PIN typed here by mistake must not stay in the selection either.
    ClipboardGuard::protectPatientField(m_login);
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
    case R::Throttled: {
        const qint64 seconds = m_services.clock.now().secsTo(result.retryAt);
        m_message->setText(tr("Too many wrong attempts on this device. Please wait %n seconds before trying again.",
                              nullptr, int(qMax<qint64>(seconds, 1))));
        return;
    }
    case R::Locked: {
        const qint64 minutes = (m_services.clock.now().secsTo(result.retryAt) + 59) / 60;
        m_message->setText(tr("This account is locked after too many wrong attempts. An administrator can unlock it "
                              "under Accounts; otherwise try again in %n minutes.",
                              nullptr, int(qMax<qint64>(minutes, 1))));
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
