#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Clock;
class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;          // an account login, or "cli:USER" for the command line
    QString action;         // sign_in, sign_in_failed, view, review, export, purge, account_add, ...
    QString submissionUuid; // empty when the action concerns no submission
    QString detail;
    QString prevHash;
    QString hash;
};

// Who did what, when, to which submission. Rows are only ever appended, and
// each row's SHA-256 covers the previous row's hash, so a row changed,
// removed or slipped in behind the app's back breaks the chain.
class AuditLog
{
public:
    AuditLog(Database &database, const Clock &clock);

    // In a write transaction of its own.
    bool append(const QString &actor, const QString &action, const QString &submissionUuid, const QString &detail,
                QString *error);
    // Inside the caller's write transaction, so the record and its audit
    // row are committed together or not at all.
    bool appendInTransaction(const QString &actor, const QString &action, const QString &submissionUuid,
                             const QString &detail, QString *error);

    struct Verification
    {
        bool intact = true;
        qint64 rows = 0;
        qint64 firstBadSeq = 0;
        QString problem;
        QString lastHash;
    };
    Verification verify(QString *error) const;

    QList<AuditEntry> entries(QString *error) const;
    // The newest row with one of these actions, read from the log's end.
    std::optional<AuditEntry> latest(const QStringList &actions, QString *error) const;

    // How many rows the log has and the last one's hash: what the paper
    // summary prints, so that a later `audit verify` can be held against paper.
    struct Head
    {
        qint64 rows = 0;
        QString lastHash;
    };
    std::optional<Head> head(QString *error) const;

    static QString hashOf(const AuditEntry &entry);
    static QString genesisHash();

private:
    Database &m_database;
    const Clock &m_clock;
};
