#include "storeservices.h"

#include "auditlog.h"
#include "clock.h"
#include "doctorqueue.h"
#include "outbox.h"
#include "outboxcourier.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "submissionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

StoreServices::StoreServices() = default;

StoreServices::~StoreServices() = default;

void StoreServices::open(const QString &databaseUrl, StoreLogin::Use use)
{
    QString error;
    const auto url = DatabaseUrl::parse(databaseUrl, &error);
    // A damaged file takes no more patients: what they enter could be lost
    // with it. The quick check reads every page once (about 0.1 s a year).
    // On PostgreSQL a kiosk connects with a role that may only store
    // submissions and read rule sets, and refuses a wider one (StoreLogin).
    if (url && m_database.open(*url, &error, Database::Access::ReadWrite, use) && m_database.quickCheck(&error)) {
        m_store = std::make_unique<SubmissionStore>(m_database, Clock::system());
        m_audit = std::make_unique<AuditLog>(m_database, Clock::system());
        m_versions = std::make_unique<RuleSetVersions>(m_database, *m_audit, Clock::system());
        m_sink = m_store.get();
    } else {
        std::fprintf(stderr, "prescreen: storage unavailable: %s\n", qPrintable(error));
    }
    if (url && url->kind == DatabaseUrl::Kind::PostgreSQL)
        openOutbox(*url);
}

// On a shared server, a tablet keeps what the server cannot take in a
// local outbox and delivers it later; the patient never notices.
void StoreServices::openOutbox(const DatabaseUrl &server)
{
    QString error;
    const QString path = qEnvironmentVariable("PRESCREEN_OUTBOX", QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                                    + QStringLiteral("/outbox.sqlite"));
    const auto outboxUrl = DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error);
    if (!outboxUrl || !m_outboxDatabase.open(*outboxUrl, &error)) {
        std::fprintf(stderr, "prescreen: no outbox: %s\n", qPrintable(error));
        return;
    }
    // The patient's submit commits to the outbox on the tablet; the
    // courier's thread carries it to the server at once, or every 10 s
    // while the server is away, never holding the screen.
    m_outbox = std::make_unique<Outbox>(m_database, m_outboxDatabase, Clock::system());
    m_courier = std::make_unique<OutboxCourier>(server, *outboxUrl, Clock::system(), 10);
    m_outbox->deliverThrough([c = m_courier.get()] { c->wake(); });
    QObject::connect(m_courier.get(), &OutboxCourier::delivered, m_outbox.get(),
                     [o = m_outbox.get()](int, qint64 waiting) { emit o->pendingChanged(waiting); });
    m_sink = m_outbox.get();
}

std::function<RuleSetPtr()> StoreServices::activeRules(RuleSetPtr builtIn)
{
    if (!m_versions || !builtIn)
        return {};
    m_activeRules = std::make_unique<ActiveRuleSet>(*m_versions, std::move(builtIn));
    return [active = m_activeRules.get()] { return active->current(); };
}

std::function<StaffWindow *(QWidget *host)> StoreServices::staffWindowMaker(const RuleSet *builtIn, int staffIdleSeconds,
                                                                            bool staffPc)
{
    if (!m_store || !m_database.login().readsSubmissions())
        return {};
    m_accounts = std::make_unique<StaffAccounts>(m_database, *m_audit, Clock::system());
    // The wait after wrong PINs outlives a restart (a pulled plug), in the
    // device's own folder beside its outbox.
    const QString waitFile = qEnvironmentVariable(
        "PRESCREEN_SIGNIN_WAIT", QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/signin-wait"));
    QDir().mkpath(QFileInfo(waitFile).absolutePath());
    if (const QString problem = m_accounts->keepDeviceWaitIn(waitFile); !problem.isEmpty())
        std::fprintf(stderr, "prescreen: %s\n", qPrintable(problem));
    m_reviews = std::make_unique<ReviewStore>(m_database, *m_audit, Clock::system());
    m_queue = std::make_unique<DoctorQueue>(*m_store, *m_reviews, m_database);
    m_retention = std::make_unique<Retention>(m_database, *m_audit, Clock::system());
    return [this, builtIn, staffIdleSeconds, staffPc](QWidget *host) {
        auto *staff = new StaffWindow(StaffServices{*m_accounts, *m_audit, *m_store, *m_reviews, *m_queue, *m_retention,
                                                    m_outbox.get(), builtIn, Clock::system(), m_versions.get()},
                                      staffIdleSeconds, host);
        staff->setStaffPc(staffPc);
        staff->setFirstAdminAllowed(staffPc);
        return staff;
    };
}
