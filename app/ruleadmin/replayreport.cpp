#include "replayreport.h"

#include "formulaguard.h"

#include <QJsonArray>

namespace {

QString range(const ReplayReport &r)
{
    const QString from = r.from.isValid() ? r.from.toString(Qt::ISODate) : QStringLiteral("the first");
    const QString to = r.to.isValid() ? r.to.toString(Qt::ISODate) : QStringLiteral("the last");
    return QStringLiteral("%1 to %2").arg(from, to);
}

QString clinicTime(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString patientBlock(const Patient &p)
{
    const QString kana = p.kana.isEmpty() ? QString() : p.kana + QStringLiteral(", ");
    return QStringLiteral("%1 (%2%3)").arg(p.name, kana, p.birthDate.toString(Qt::ISODate));
}

QString signedDelta(int delta)
{
    return delta == 0 ? QString() : QStringLiteral("(%1%2)").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
}

} // namespace

namespace ReplayReportFormat {

QString text(const ReplayReport &r, const QTimeZone &zone)
{
    QString out;
    out += QStringLiteral("Replay of draft %1 %2 (sha256 %3)\nover the submissions of %4 (clinic days, %5)\n\n")
               .arg(r.draftId, r.draftVersion, r.draftSha256, range(r), QString::fromUtf8(zone.id()));
    out += QStringLiteral("%1 submissions: %2 judged, %3 change outcome; %4 not judged\n")
               .arg(r.submissions)
               .arg(r.judged)
               .arg(r.changed)
               .arg(r.notJudged);
    if (r.unknownRuleSet > 0)
        out += QStringLiteral("%1 made under a rule set not on file: for them a question counts as asked only if answered\n")
                   .arg(r.unknownRuleSet);

    out += QStringLiteral("\nOutcome, stored -> draft (judged submissions):\n");
    for (auto it = r.transitions.cbegin(); it != r.transitions.cend(); ++it)
        out += QStringLiteral("  %1 -> %2 %3%4\n")
                   .arg(outcomeName(it.key().first), -7)
                   .arg(outcomeName(it.key().second), -7)
                   .arg(it.value(), 7)
                   .arg(it.key().first == it.key().second ? QString() : QStringLiteral("  changed"));

    out += QStringLiteral("\nRules fired, stored -> draft (judged submissions):\n");
    for (auto it = r.fires.cbegin(); it != r.fires.cend(); ++it)
        out += QStringLiteral("  %1 %2 -> %3 %4")
                   .arg(it.key(), -26)
                   .arg(it.value().before, 6)
                   .arg(it.value().after, -6)
                   .arg(signedDelta(it.value().after - it.value().before))
                   .trimmed()
                   .prepend(QStringLiteral("  "))
               + u'\n';

    if (r.notJudged > 0) {
        out += QStringLiteral("\nNot judged: the draft would ask a question these submissions were never asked\n"
                              "(not in their rule set, or hidden there); per question:\n");
        for (auto it = r.notJudgedByQuestion.cbegin(); it != r.notJudgedByQuestion.cend(); ++it)
            out += QStringLiteral("  %1 %2\n").arg(it.key(), -26).arg(it.value(), 6);
    }

    out += QStringLiteral("\nChanged submissions (%1):\n").arg(r.changes.size());
    for (const ReplayChange &c : r.changes) {
        QStringList rules;
        for (const QString &id : c.rulesAdded)
            rules << u'+' + id;
        for (const QString &id : c.rulesRemoved)
            rules << u'-' + id;
        out += QStringLiteral("  %1  %2  %3 -> %4  %5\n")
                   .arg(clinicTime(c.submittedAt, zone), patientBlock(c.patient), outcomeName(c.before),
                        outcomeName(c.after), rules.join(u' '));
    }
    return out;
}

QByteArray csv(const ReplayReport &r, const QTimeZone &zone)
{
    // As the day export: UTF-8 with a BOM and CRLF, so that Excel on
    // Japanese Windows opens it by double-click.
    QString out = QStringLiteral("\uFEFFsubmitted,submission,name,kana,birth date,stored outcome,draft outcome,"
                                 "rules added,rules removed\r\n");
    for (const ReplayChange &c : r.changes) {
        const QStringList cells{clinicTime(c.submittedAt, zone),
                                c.uuid,
                                c.patient.name,
                                c.patient.kana,
                                c.patient.birthDate.toString(Qt::ISODate),
                                outcomeName(c.before),
                                outcomeName(c.after),
                                c.rulesAdded.join(QStringLiteral("; ")),
                                c.rulesRemoved.join(QStringLiteral("; "))};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << FormulaGuard::csvField(cell);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QJsonObject json(const ReplayReport &r, const QTimeZone &zone)
{
    QJsonArray transitions;
    for (auto it = r.transitions.cbegin(); it != r.transitions.cend(); ++it)
        transitions.append(QJsonObject{{QStringLiteral("from"), outcomeName(it.key().first)},
                                       {QStringLiteral("to"), outcomeName(it.key().second)},
                                       {QStringLiteral("count"), it.value()}});
    QJsonObject fires;
    for (auto it = r.fires.cbegin(); it != r.fires.cend(); ++it)
        fires.insert(it.key(), QJsonObject{{QStringLiteral("before"), it.value().before},
                                           {QStringLiteral("after"), it.value().after}});
    QJsonObject notJudged;
    for (auto it = r.notJudgedByQuestion.cbegin(); it != r.notJudgedByQuestion.cend(); ++it)
        notJudged.insert(it.key(), it.value());
    QJsonArray changes;
    for (const ReplayChange &c : r.changes)
        changes.append(QJsonObject{
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("submittedAt"), c.submittedAt.toTimeZone(zone).toString(Qt::ISODate)},
            {QStringLiteral("patient"), QJsonObject{{QStringLiteral("name"), c.patient.name},
                                                    {QStringLiteral("kana"), c.patient.kana},
                                                    {QStringLiteral("birthDate"), c.patient.birthDate.toString(Qt::ISODate)}}},
            {QStringLiteral("before"), outcomeName(c.before)},
            {QStringLiteral("after"), outcomeName(c.after)},
            {QStringLiteral("rulesAdded"), QJsonArray::fromStringList(c.rulesAdded)},
            {QStringLiteral("rulesRemoved"), QJsonArray::fromStringList(c.rulesRemoved)}});
    return QJsonObject{
        {QStringLiteral("draft"), QJsonObject{{QStringLiteral("id"), r.draftId},
                                              {QStringLiteral("version"), r.draftVersion},
                                              {QStringLiteral("sha256"), r.draftSha256}}},
        {QStringLiteral("from"), r.from.isValid() ? QJsonValue(r.from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("to"), r.to.isValid() ? QJsonValue(r.to.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("submissions"), r.submissions},
        {QStringLiteral("judged"), r.judged},
        {QStringLiteral("changed"), r.changed},
        {QStringLiteral("notJudged"), r.notJudged},
        {QStringLiteral("notJudgedByQuestion"), notJudged},
        {QStringLiteral("unknownRuleSet"), r.unknownRuleSet},
        {QStringLiteral("transitions"), transitions},
        {QStringLiteral("fires"), fires},
        {QStringLiteral("changes"), changes},
    };
}

QString auditDetail(const ReplayReport &r)
{
    return QStringLiteral("draft %1 %2 sha256 %3; %4; %5 submissions, %6 judged, %7 changed, %8 not judged")
        .arg(r.draftId, r.draftVersion, r.draftSha256, range(r))
        .arg(r.submissions)
        .arg(r.judged)
        .arg(r.changed)
        .arg(r.notJudged);
}

} // namespace ReplayReportFormat
