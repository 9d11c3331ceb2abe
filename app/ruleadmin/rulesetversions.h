#pragma once

#include "diagnostic.h"
#include "ruleset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class AuditLog;
class Clock;
class Database;
struct StaffAccount;

// One rule set file as loaded into the store, with what became of it.
struct RuleSetVersion
{
    qint64 id = 0;
    QString ruleSetId;
    QString version;
    QString sha256;
    QString fileName;
    QByteArray text;
    QString loadedBy;
    QDateTime loadedAt;
    QString approvedBy; // empty until a doctor approves it
    QDateTime approvedAt;
    bool active = false;
};

// The clinic's rule sets kept in the store with their history. A draft is
// loaded by an administrator, approved by a doctor who did not load it
// (which makes it the active version), and any approved version can be
// made active again; the built-in default stands when none is active.
// Every load, approval, activation and rollback is an audit row written in
// the same transaction.
class RuleSetVersions
{
public:
    RuleSetVersions(Database &database, AuditLog &audit, const Clock &clock);

    struct Loaded
    {
        std::optional<RuleSetVersion> version; // stored only when the file loads
        Diagnostics errors;                    // file:line:column, as check-rules prints them
        QString storageError;
    };
    // The administrator's draft. A file already stored is not stored twice.
    Loaded load(const QByteArray &text, const QString &fileName, const StaffAccount &admin);

    // A doctor's approval, signed in as themselves, of a version they did not
    // load; it becomes the active version at each kiosk's next patient.
    bool approve(qint64 versionId, const StaffAccount &doctor, QString *error);
    // Makes an approved version active again (a restore); `versionId` 0 is the built-in default.
    bool activate(qint64 versionId, const StaffAccount &who, QString *error);
    // Back to the version that was active before the current one (or the
    // built-in default); rolling back again goes further back.
    bool rollback(const StaffAccount &who, QString *error);

    // Newest first.
    QList<RuleSetVersion> all(QString *error) const;
    std::optional<RuleSetVersion> byId(qint64 versionId, QString *error) const;
    // The active version, or nullopt for the built-in default.
    std::optional<RuleSetVersion> active(QString *error) const;
    // The rule set of a stored version, parsed; null if none has that hash.
    RuleSetPtr bySha256(const QString &sha256, QString *error) const;

    static RuleSetPtr parse(const RuleSetVersion &version, Diagnostics *errors = nullptr);
    // The rule sets stored submissions may have been made under, by SHA-256,
    // for a replay: the built-in one, those the package ships, and those
    // kept here, all read and parsed at once.
    std::function<RuleSetPtr(const QString &sha256)> lookup() const;

private:
    bool record(qint64 versionId, const QString &action, const QString &actor, const QString &auditDetail, QString *error);
    QList<RuleSetVersion> select(const QString &where, const QVariantList &values, QString *error) const;
    // The versions activated and not rolled back, oldest first (0: the built-in default); the last is active.
    QList<qint64> activations(QString *error) const;

    Database &m_database;
    AuditLog &m_audit;
    const Clock &m_clock;
};

// What a kiosk asks as each patient starts: the clinic's active version from
// the store (on PostgreSQL, the server every device shares), parsed once per
// version, or the built-in default when none is active.
class ActiveRuleSet
{
public:
    ActiveRuleSet(const RuleSetVersions &versions, RuleSetPtr fallback);
    // Null when the store cannot be read just now: the kiosk keeps what it has.
    RuleSetPtr current();

private:
    const RuleSetVersions &m_versions;
    RuleSetPtr m_fallback;
    qint64 m_versionId = -1;
    RuleSetPtr m_ruleSet;
};
