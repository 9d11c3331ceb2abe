#pragma once

#include "database.h"
#include "ruleset.h"
#include "storelogin.h"

#include <functional>
#include <memory>

class ActiveRuleSet;
class AuditLog;
class DoctorQueue;
class Outbox;
class OutboxCourier;
class QWidget;
class Retention;
class ReviewStore;
class RuleSetVersions;
class StaffAccounts;
class StaffWindow;
class SubmissionSink;
class SubmissionStore;

// Everything of the program that needs the store: the store itself, on
// PostgreSQL the tablet's outbox and its courier, the clinic's active rule
// set, and what staff mode works on. The GUI opens it once the patient's
// first frame is painted (the welcome screen needs none of it: a sixth of
// the start); what fails goes to stderr for staff, and the kiosk goes out
// of service.
class StoreServices
{
public:
    StoreServices();
    ~StoreServices();

    // `databaseUrl` as given with --db (or the default).
    void open(const QString &databaseUrl, StoreLogin::Use use);

    // Where a patient's submission goes: the store, or the outbox in front
    // of a server; null when neither opened.
    SubmissionSink *sink() const { return m_sink; }
    // The clinic's active rule set for each new patient, `builtIn` while
    // none is active; empty without a store.
    std::function<RuleSetPtr()> activeRules(RuleSetPtr builtIn);
    // Builds the staff window the first time staff mode opens; empty
    // without a store, or with a kiosk's login, which reads no records
    // (staff work on such a tablet happens at the staff PC).
    std::function<StaffWindow *(QWidget *host)> staffWindowMaker(const RuleSet *builtIn, int staffIdleSeconds,
                                                                 bool staffPc);

private:
    void openOutbox(const DatabaseUrl &server);

    // In the order they were made: each goes before what it uses.
    Database m_database;
    std::unique_ptr<SubmissionStore> m_store;
    Database m_outboxDatabase;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxCourier> m_courier;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RuleSetVersions> m_versions;
    std::unique_ptr<ActiveRuleSet> m_activeRules;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<DoctorQueue> m_queue;
    std::unique_ptr<Retention> m_retention;
    SubmissionSink *m_sink = nullptr;
};
