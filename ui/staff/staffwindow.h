#pragma once

#include "staffaccounts.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class AuditLog;
class Clock;
class DoctorQueue;
class IdleWatch;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QueuePage;
class NoticeBanner;
class Outbox;
class Retention;
class RuleSetVersions;
class ReviewStore;
class SubmissionStore;
struct RuleSet;

// What the staff screens work with; all of it from the core library.
struct StaffServices
{
    StaffAccounts &accounts;
    AuditLog &audit;
    SubmissionStore &submissions;
    ReviewStore &reviews;
    DoctorQueue &queue;
    Retention &retention;
    const Outbox *outbox; // null unless this device delivers to a shared server
    const RuleSet *ruleSet; // for question texts; null when it failed to load
    const Clock &clock;
    // The clinic's rule set versions; null where the store is not at hand.
    RuleSetVersions *ruleVersions = nullptr;
};

// The staff side: sign-in (or the first admin account on first start), the
// doctor's queue and a submission's review, and account management for
// admins. A session ends after inactivity or when staff hand the device back.
class StaffWindow : public QWidget
{
    Q_OBJECT

public:
    StaffWindow(StaffServices services, int inactivitySeconds, QWidget *parent = nullptr);

    // Shows sign-in, or when there is no account yet the first-admin form
    // (only where allowed) or where to make one.
    void begin();
    // A staff PC may make the first administrator; a kiosk (--kiosk) never.
    void setFirstAdminAllowed(bool allowed) { m_firstAdminAllowed = allowed; }
    const std::optional<StaffAccount> &account() const { return m_account; }
    IdleWatch &idleWatch() const { return *m_idle; }

    void showQueue();
    void showSubmission(const QString &uuid);
    void showAccounts();
    void showReception();
    // Not started with --kiosk: a staff PC, where the chart text may go to the clipboard.
    void setStaffPc(bool staffPc) { m_staffPc = staffPc; }
    NoticeBanner *notice() const { return m_notice; }
    void showRules();
    void showPatientRequests();

signals:
    // Back to the patient screen; the session has ended.
    void handedBack();

private:
    enum class Scrolling { Whole, Inside };
    void setPage(QWidget *page, Scrolling scrolling = Scrolling::Whole);
    void signedIn(const StaffAccount &account);
    void signOut(const QString &why);

    StaffServices m_services;
    std::optional<StaffAccount> m_account;
    QLabel *m_who;
    QPushButton *m_queueButton;
    QPushButton *m_accountsButton;
    QPushButton *m_receptionButton;
    QPushButton *m_rulesButton;
    QPushButton *m_signOutButton;
    QWidget *m_page = nullptr;
    QStackedWidget *m_body;
    QScrollArea *m_scroll;
    QPointer<QueuePage> m_queue;
    NoticeBanner *m_notice;
    bool m_staffPc = false;
    IdleWatch *m_idle;
    bool m_firstAdminAllowed = false;
};
