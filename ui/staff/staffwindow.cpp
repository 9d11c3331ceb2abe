#include "staffwindow.h"

#include "clipboardguard.h"
#include "patientrequestspage.h"
#include "rulespage.h"
#include "scrollpastinputs.h"

#include "auditlog.h"
#include "idlewatch.h"
#include "noticebanner.h"
#include "kioskstyle.h"
#include "queuepage.h"
#include "staffpages.h"
#include "submissionstore.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

StaffWindow::StaffWindow(StaffServices services, int inactivitySeconds, QWidget *parent)
    : QWidget(parent), m_services(services), m_idle(new IdleWatch(services.clock, inactivitySeconds, 0, this))
{
    setObjectName(QStringLiteral("staffWindow"));
    m_idle->setObjectName(QStringLiteral("staffIdle"));
    qApp->installEventFilter(new ScrollPastInputs(this));
    auto *layout = new QVBoxLayout(this);
    QHBoxLayout *headerLayout = KioskStyle::addHeader(this, layout);
    QWidget *header = headerLayout->parentWidget();
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("signedInAs"));
    headerLayout->addWidget(m_who, 1);
    m_queueButton = new QPushButton(tr("Today's list"), header);
    m_queueButton->setObjectName(QStringLiteral("queueButton"));
    m_receptionButton = new QPushButton(tr("Reception"), header);
    m_receptionButton->setObjectName(QStringLiteral("receptionButton"));
    m_rulesButton = new QPushButton(tr("Rule sets"), header);
    m_rulesButton->setObjectName(QStringLiteral("rulesButton"));
    m_accountsButton = new QPushButton(tr("Accounts"), header);
    m_accountsButton->setObjectName(QStringLiteral("accountsButton"));
    m_signOutButton = new QPushButton(tr("Sign out"), header);
    m_signOutButton->setObjectName(QStringLiteral("handBackButton"));
    headerLayout->addWidget(m_queueButton);
    headerLayout->addWidget(m_receptionButton);
    headerLayout->addWidget(m_rulesButton);
    headerLayout->addWidget(m_accountsButton);
    headerLayout->addWidget(m_signOutButton);
    // Most pages scroll as a whole; the doctor's list and a submission
    // scroll inside themselves, so that their headings and the decision bar
    // stay in view.
    // How things went, where the eye is: over the top of the page.
    m_notice = new NoticeBanner(header, this);
    m_body = new QStackedWidget(this);
    m_scroll = new QScrollArea(m_body);
    m_scroll->setObjectName(QStringLiteral("staffBody"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_body->addWidget(m_scroll);
    layout->addWidget(m_body, 1);

    connect(m_queueButton, &QPushButton::clicked, this, &StaffWindow::showQueue);
    connect(m_accountsButton, &QPushButton::clicked, this, &StaffWindow::showAccounts);
    connect(m_receptionButton, &QPushButton::clicked, this, &StaffWindow::showReception);
    connect(m_rulesButton, &QPushButton::clicked, this, &StaffWindow::showRules);
    connect(m_signOutButton, &QPushButton::clicked, this, [this] { signOut(QStringLiteral("handed back")); });
    connect(m_idle, &IdleWatch::expired, this, [this] { signOut(QStringLiteral("inactivity")); });
}

void StaffWindow::setPage(QWidget *page, Scrolling scrolling)
{
    // The old page is hidden now and deleted once the event that led here
    // has finished with it (a click in the list is still being handled).
    // The doctor's list stays, with its day, search and place, until sign-out.
    if (m_page && m_page != m_queue && m_page != page) {
        if (m_scroll->widget() == m_page)
            m_scroll->takeWidget();
        else
            m_body->removeWidget(m_page);
        // Kept as our child, it cannot outlive us.
        m_page->setParent(this);
        m_page->hide();
        m_page->deleteLater();
    }
    m_page = page;
    if (scrolling == Scrolling::Whole) {
        m_scroll->setWidget(page);
        m_body->setCurrentWidget(m_scroll);
    } else {
        if (m_body->indexOf(page) < 0)
            m_body->addWidget(page);
        m_body->setCurrentWidget(page);
    }
    // Once the window shows it (openStaff switches to it right after), the
    // page's first field takes the keyboard: a PC user types at once.
    QTimer::singleShot(0, page, [page] { page->setFocus(); });
    const bool signedIn = m_account.has_value();
    m_who->setText(signedIn ? tr("Signed in: %1").arg(m_account->displayName) : tr("Staff"));
    m_queueButton->setVisible(signedIn);
    m_accountsButton->setVisible(signedIn && m_account->role == StaffAccount::Role::Admin);
    m_receptionButton->setVisible(signedIn);
    m_rulesButton->setVisible(signedIn && m_services.ruleVersions && m_account->role != StaffAccount::Role::Staff);
    m_signOutButton->setVisible(signedIn);
    if (m_idle->isActive())
        m_idle->restart();
}

void StaffWindow::begin()
{
    m_account.reset();
    m_idle->setActive(true); // even an abandoned sign-in screen goes back to the patients
    QString error;
    if (m_services.accounts.isEmpty(&error) && error.isEmpty() && !m_firstAdminAllowed) {
        auto *page = new NoAccountYetPage(this);
        connect(page, &NoAccountYetPage::cancelled, this, [this] { signOut(QString()); });
        setPage(page);
        return;
    }
    if (m_services.accounts.isEmpty(&error) && error.isEmpty()) {
        auto *page = new FirstAdminPage(m_services, this);
        connect(page, &FirstAdminPage::created, this, [this] {
            begin();
            m_notice->success(tr("Administrator account created. Sign in with it."));
        });
        connect(page, &FirstAdminPage::cancelled, this, [this] { signOut(QString()); });
        setPage(page);
        return;
    }
    auto *page = new SignInPage(m_services, this);
    connect(page, &SignInPage::signedIn, this, &StaffWindow::signedIn);
    connect(page, &SignInPage::cancelled, this, [this] { signOut(QString()); });
    setPage(page);
}

void StaffWindow::signedIn(const StaffAccount &account)
{
    m_account = account;
    switch (account.role) {
    case StaffAccount::Role::Admin: showAccounts(); break;
    case StaffAccount::Role::Staff: showReception(); break;
    case StaffAccount::Role::Doctor: showQueue(); break;
    }
}

void StaffWindow::signOut(const QString &why)
{
    if (m_account && !why.isEmpty())
        m_services.accounts.signOut(*m_account, why);
    m_account.reset();
    m_idle->setActive(false);
    m_notice->hide();
    // The doctor's "Copy for the chart" and anything else copied or selected
    // in the session stay with the session (on a staff PC too).
    ClipboardGuard::clear();
    setPage(new QWidget(this));
    // Nothing of the session's patients stays behind for the next one.
    if (m_queue) {
        m_body->removeWidget(m_queue);
        m_queue->deleteLater();
        m_queue = nullptr;
    }
    emit handedBack();
}

void StaffWindow::showQueue()
{
    if (!m_account)
        return;
    if (!m_queue) {
        m_queue = new QueuePage(m_services, m_body);
        connect(m_queue, &QueuePage::opened, this, &StaffWindow::showSubmission);
    } else {
        m_queue->refresh();
    }
    setPage(m_queue, Scrolling::Inside);
}

void StaffWindow::showSubmission(const QString &uuid)
{
    if (!m_account)
        return;
    QString error;
    const auto stored = m_services.submissions.byUuid(uuid, &error);
    if (!stored || !m_services.audit.append(m_account->login, QStringLiteral("view"), uuid, QString(), &error)) {
        qWarning("cannot open submission %s: %s", qPrintable(uuid), qPrintable(error));
        return;
    }
    auto *page = new SubmissionPage(m_services, *m_account, *stored, m_staffPc, this);
    connect(page, &SubmissionPage::back, this, &StaffWindow::showQueue);
    const QString name = stored->submission.patient.name;
    connect(page, &SubmissionPage::reviewed, this, [this, name] {
        showQueue();
        m_notice->success(tr("Decision saved for %1.").arg(name));
    });
    connect(page, &SubmissionPage::done, m_notice, &NoticeBanner::success);
    connect(page, &SubmissionPage::failed, m_notice, &NoticeBanner::problem);
    setPage(page, Scrolling::Inside);
}

void StaffWindow::showAccounts()
{
    if (!m_account || m_account->role != StaffAccount::Role::Admin)
        return;
    auto *page = new AccountsPage(m_services, *m_account, this);
    connect(page, &AccountsPage::done, m_notice, &NoticeBanner::success);
    connect(page, &AccountsPage::failed, m_notice, &NoticeBanner::problem);
    setPage(page);
}

void StaffWindow::showRules()
{
    if (!m_account || m_account->role == StaffAccount::Role::Staff || !m_services.ruleVersions)
        return;
    setPage(new RulesPage(m_services, *m_account, this));
}

void StaffWindow::showReception()
{
    if (!m_account)
        return;
    auto *page = new ReceptionPage(m_services, *m_account, this);
    connect(page, &ReceptionPage::done, m_notice, &NoticeBanner::success);
    connect(page, &ReceptionPage::patientRequest, this, &StaffWindow::showPatientRequests);
    setPage(page);
}

void StaffWindow::showPatientRequests()
{
    if (!m_account)
        return;
    auto *page = new PatientRequestsPage(m_services, *m_account, this);
    connect(page, &PatientRequestsPage::done, m_notice, &NoticeBanner::success);
    setPage(page);
}
