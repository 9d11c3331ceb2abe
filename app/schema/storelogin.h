#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What the PostgreSQL login a device connects with may do to the store,
// asked of the server when the store opens: the kiosk's password sits on a
// tablet that can be stolen, so a kiosk that could read every record or
// rewrite the audit log refuses to start, and a staff PC missing a grant
// says which one before any work fails halfway with a SQL error.
class StoreLogin
{
public:
    // Who the device is, for what is checked.
    enum class Use {
        Unchecked, // tools and tests: nothing checked beyond the schema
        Kiosk,     // stores submissions, reads rule sets, and nothing else
        Staff,     // the doctor's desk, reception, rule approval, patient requests
        Owner,     // migrations and grants
    };

    // The role, its rights on every table of the store's schema, and who
    // owns them. Read after the schema is current.
    static std::optional<StoreLogin> read(QSqlDatabase db, QString *error);
    // The same facts for a SQLite file: its reader may do everything.
    static StoreLogin localFile();

    // Empty when this login suits `use`; else what is wrong and how to fix
    // it, for the person setting the device up.
    QString refusal(Use use, const QString &where) const;

    const QString &name() const { return m_name; }
    const QString &owner() const { return m_owner; }
    bool ownsTables() const { return m_superuser || m_ownsTables; }
    // Whether it may read the patients' answers (a kiosk's login may not).
    bool readsSubmissions() const { return m_local || m_granted.contains(QStringLiteral("submissions.patient_name:SELECT")); }
    bool may(const QString &table, const QString &privilege) const;

    // What a kiosk may do that it must not, in words; and what each use
    // needs that this login lacks, as "PRIVILEGE on TABLE".
    QStringList beyondKiosk() const;
    QStringList missingFor(Use use) const;

private:
    bool m_local = false;
    bool m_superuser = false;
    bool m_ownsTables = false;
    bool m_createsInSchema = false;
    QString m_name, m_owner, m_schema;
    // "table:PRIVILEGE", "sequence:USAGE", "table.column:SELECT", "function():EXECUTE"
    QSet<QString> m_granted;
};
