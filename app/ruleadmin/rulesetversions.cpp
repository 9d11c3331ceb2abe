#include "rulesetversions.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "rulesetloader.h"
#include "staffaccounts.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString describe(const RuleSetVersion &v)
{
    return QStringLiteral("%1 %2 (#%3, sha256 %4)").arg(v.ruleSetId, v.version).arg(v.id).arg(v.sha256);
}

} // namespace

RuleSetVersions::RuleSetVersions(Database &database, AuditLog &audit, const Clock &clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

RuleSetPtr RuleSetVersions::parse(const RuleSetVersion &version, Diagnostics *errors)
{
    const RuleSetLoader::Result result = RuleSetLoader::loadData(version.text, version.fileName);
    if (errors)
        *errors = result.errors;
    return result.ruleSet;
}

RuleSetVersions::Loaded RuleSetVersions::load(const QByteArray &text, const QString &fileName, const StaffAccount &admin)
{
    Loaded loaded;
    if (admin.role != StaffAccount::Role::Admin) {
        loaded.storageError = QStringLiteral("only an administrator loads a rule set");
        return loaded;
    }
    const RuleSetLoader::Result result = RuleSetLoader::loadData(text, fileName);
    loaded.errors = result.errors;
    if (!result.ruleSet)
        return loaded;
    const RuleSetPtr ruleSet = result.ruleSet;
    for (const RuleSetVersion &v : select(QStringLiteral("sha256 = ?"), {ruleSet->sha256}, &loaded.storageError)) {
        loaded.version = v; // the same file again: the version already kept
        return loaded;
    }
    if (!loaded.storageError.isEmpty() || !m_database.beginWrite(&loaded.storageError))
        return loaded;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO rule_set_versions (ruleset_id, version, sha256, file_name, source_text, "
                                  "loaded_by, loaded_utc) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QDateTime now = m_clock.now();
    for (const QVariant &v : QVariantList{ruleSet->id, ruleSet->version, ruleSet->sha256, fileName,
                                          QString::fromUtf8(text), admin.login, isoUtc(now)})
        insert.addBindValue(v);
    if (!insert.exec() || !insert.next()) {
        loaded.storageError = insert.lastError().text();
        m_database.rollback();
        return loaded;
    }
    RuleSetVersion version{insert.value(0).toLongLong(), ruleSet->id, ruleSet->version, ruleSet->sha256, fileName, text,
                           admin.login, now, {}, {}, false};
    insert.finish();
    if (!m_audit.appendInTransaction(admin.login, QStringLiteral("rules_load"), QString(), describe(version),
                                     &loaded.storageError)
        || !m_database.commit(&loaded.storageError)) {
        m_database.rollback();
        return loaded;
    }
    loaded.version = version;
    return loaded;
}

bool RuleSetVersions::record(qint64 versionId, const QString &action, const QString &actor, const QString &auditDetail,
                             QString *error)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO rule_set_events (version_id, action, actor, at_utc) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(versionId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(versionId));
    insert.addBindValue(action);
    insert.addBindValue(actor);
    insert.addBindValue(isoUtc(m_clock.now()));
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return m_audit.appendInTransaction(actor, QStringLiteral("rules_") + action, QString(), auditDetail, error);
}

bool RuleSetVersions::approve(qint64 versionId, const StaffAccount &doctor, QString *error)
{
    const auto version = byId(versionId, error);
    if (!version)
        return false;
    if (doctor.role != StaffAccount::Role::Doctor) {
        *error = QStringLiteral("only a doctor approves a rule set");
        return false;
    }
    if (doctor.login == version->loadedBy) {
        *error = QStringLiteral("%1 loaded this version; another person, a doctor, must approve it").arg(doctor.login);
        return false;
    }
    if (!version->approvedBy.isEmpty()) {
        *error = QStringLiteral("version #%1 is already approved by %2").arg(versionId).arg(version->approvedBy);
        return false;
    }
    if (!parse(*version)) {
        *error = QStringLiteral("version #%1 does not load with this PreScreen").arg(versionId);
        return false;
    }
    if (!m_database.beginWrite(error))
        return false;
    if (!record(versionId, QStringLiteral("approve"), doctor.login, describe(*version), error)
        || !record(versionId, QStringLiteral("activate"), doctor.login, describe(*version), error)
        || !m_database.commit(error)) {
        m_database.rollback();
        return false;
    }
    return true;
}

bool RuleSetVersions::activate(qint64 versionId, const StaffAccount &who, QString *error)
{
    if (who.role == StaffAccount::Role::Staff) {
        *error = QStringLiteral("only a doctor or an administrator changes the active rule set");
        return false;
    }
    QString detail = QStringLiteral("the built-in default");
    if (versionId != 0) {
        const auto version = byId(versionId, error);
        if (!version)
            return false;
        if (version->approvedBy.isEmpty()) {
            *error = QStringLiteral("version #%1 is not approved; a doctor who did not load it must approve it first").arg(versionId);
            return false;
        }
        detail = describe(*version);
    }
    if (!m_database.beginWrite(error))
        return false;
    if (!record(versionId, QStringLiteral("activate"), who.login, detail, error) || !m_database.commit(error)) {
        m_database.rollback();
        return false;
    }
    return true;
}

bool RuleSetVersions::rollback(const StaffAccount &who, QString *error)
{
    if (who.role == StaffAccount::Role::Staff) {
        *error = QStringLiteral("only a doctor or an administrator changes the active rule set");
        return false;
    }
    QList<qint64> stack = activations(error);
    if (!error->isEmpty())
        return false;
    if (stack.isEmpty()) {
        *error = QStringLiteral("the built-in default is active; there is nothing to roll back");
        return false;
    }
    stack.removeLast();
    const qint64 previous = stack.isEmpty() ? 0 : stack.last();
    QString detail = QStringLiteral("the built-in default");
    if (previous != 0) {
        const auto version = byId(previous, error);
        if (!version)
            return false;
        detail = describe(*version);
    }
    if (!m_database.beginWrite(error))
        return false;
    if (!record(previous, QStringLiteral("rollback"), who.login, detail, error) || !m_database.commit(error)) {
        m_database.rollback();
        return false;
    }
    return true;
}

QList<qint64> RuleSetVersions::activations(QString *error) const
{
    // Each activation puts a version on top; each rollback takes the top
    // off, back to the one active before it (an empty stack: the built-in default).
    QList<qint64> stack;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version_id, action FROM rule_set_events WHERE action IN ('activate', 'rollback') ORDER BY id"))) {
        *error = q.lastError().text();
        return stack;
    }
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("rollback")) {
            if (!stack.isEmpty())
                stack.removeLast();
        } else {
            stack << (q.value(0).isNull() ? 0 : q.value(0).toLongLong());
        }
    }
    if (q.lastError().isValid())
        *error = q.lastError().text();
    return stack;
}

QList<RuleSetVersion> RuleSetVersions::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<RuleSetVersion> list;
    const QList<qint64> history = activations(error);
    if (!error->isEmpty())
        return list;
    const qint64 activeId = history.isEmpty() ? 0 : history.last();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.ruleset_id, v.version, v.sha256, v.file_name, v.source_text, v.loaded_by, "
                             "v.loaded_utc, a.actor, a.at_utc FROM rule_set_versions v "
                             "LEFT JOIN rule_set_events a ON a.version_id = v.id AND a.action = 'approve' "
                             "WHERE %1 ORDER BY v.id DESC")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = m_database.describe(q.lastError());
        return list;
    }
    while (q.next()) {
        RuleSetVersion v;
        v.id = q.value(0).toLongLong();
        v.ruleSetId = q.value(1).toString();
        v.version = q.value(2).toString();
        v.sha256 = q.value(3).toString();
        v.fileName = q.value(4).toString();
        v.text = q.value(5).toString().toUtf8();
        v.loadedBy = q.value(6).toString();
        v.loadedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        v.approvedBy = q.value(8).toString();
        v.approvedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        v.active = v.id == activeId;
        list << v;
    }
    // A damaged page ends the loop early: the store's own check names the file.
    if (m_database.readFailed(q, error))
        return {};
    return list;
}

QList<RuleSetVersion> RuleSetVersions::all(QString *error) const
{
    return select(QStringLiteral("1 = 1"), {}, error);
}

std::optional<RuleSetVersion> RuleSetVersions::byId(qint64 versionId, QString *error) const
{
    const QList<RuleSetVersion> found = select(QStringLiteral("v.id = ?"), {versionId}, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("no rule set version #%1").arg(versionId);
        return std::nullopt;
    }
    return found.first();
}

std::optional<RuleSetVersion> RuleSetVersions::active(QString *error) const
{
    const QList<qint64> history = activations(error);
    if (history.isEmpty() || history.last() == 0)
        return std::nullopt;
    return byId(history.last(), error);
}

std::function<RuleSetPtr(const QString &)> RuleSetVersions::lookup() const
{
    auto known = std::make_shared<QHash<QString, RuleSetPtr>>();
    QStringList files{RuleSetLoader::builtInPath()};
    const QDir shipped(RuleSetLoader::installedRulesDir());
    for (const QString &name : shipped.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name))
        files << shipped.filePath(name);
    for (const QString &file : files) {
        if (const RuleSetPtr ruleSet = RuleSetLoader::loadFile(file).ruleSet)
            known->insert(ruleSet->sha256, ruleSet);
    }
    // Every version kept, read now: the replay asks while it streams the
    // submissions, and PostgreSQL's row-by-row results allow no other
    // query on the connection meanwhile.
    QString error;
    for (const RuleSetVersion &v : all(&error)) {
        if (const RuleSetPtr ruleSet = parse(v))
            known->insert(ruleSet->sha256, ruleSet);
    }
    if (!error.isEmpty()) // the replay then counts their submissions under "rule set not on file"
        qWarning("rule set versions could not be read: %s", qPrintable(error));
    return [known](const QString &sha256) { return known->value(sha256); };
}

RuleSetPtr RuleSetVersions::bySha256(const QString &sha256, QString *error) const
{
    const QList<RuleSetVersion> found = select(QStringLiteral("v.sha256 = ?"), {sha256}, error);
    return found.isEmpty() ? nullptr : parse(found.first());
}

ActiveRuleSet::ActiveRuleSet(const RuleSetVersions &versions, RuleSetPtr fallback)
    : m_versions(versions), m_fallback(std::move(fallback))
{
}

RuleSetPtr ActiveRuleSet::current()
{
    QString error;
    const auto active = m_versions.active(&error);
    if (!error.isEmpty())
        return nullptr;
    const qint64 id = active ? active->id : 0;
    if (id != m_versionId) {
        m_versionId = id;
        Diagnostics errors;
        m_ruleSet = active ? RuleSetVersions::parse(*active, &errors) : m_fallback;
        for (const Diagnostic &d : std::as_const(errors))
            qWarning("active rule set version #%lld does not load, keeping the built-in default: %s", id, qPrintable(d.toString()));
        if (!m_ruleSet)
            m_ruleSet = m_fallback;
    }
    return m_ruleSet;
}
