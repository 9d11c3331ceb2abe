#include "csvexport.h"

#include <QSet>

namespace {

QString answerText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::QStringList: return value.toStringList().join(QStringLiteral("; "));
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    default: return value.toString();
    }
}

} // namespace

QString CsvExport::cell(const QString &text)
{
    QString value = text;
    // A leading = + - @ tab or CR makes Excel evaluate the cell; an
    // apostrophe makes it plain text and shows what the patient typed.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && triggers.contains(value.at(0)))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

QByteArray CsvExport::write(const QList<QueueEntry> &entries, const RuleSet &ruleSet, const QTimeZone &clinicZone)
{
    // The active rule set's questions first, in its order, then any that
    // only older submissions answered.
    QStringList questionIds;
    QSet<QString> known;
    for (const Question &q : ruleSet.questions) {
        questionIds << q.id;
        known.insert(q.id);
    }
    for (const QueueEntry &entry : entries) {
        for (auto it = entry.stored.submission.answers.keyBegin(); it != entry.stored.submission.answers.keyEnd(); ++it) {
            if (!known.contains(*it)) {
                questionIds << *it;
                known.insert(*it);
            }
        }
    }

    QStringList header{QStringLiteral("id"), QStringLiteral("submitted_at"), QStringLiteral("name"),
                       QStringLiteral("kana"), QStringLiteral("birth_date"), QStringLiteral("language"),
                       QStringLiteral("consent"), QStringLiteral("outcome"), QStringLiteral("flags"),
                       QStringLiteral("decision"), QStringLiteral("decision_note"), QStringLiteral("decided_by"),
                       QStringLiteral("rule_set")};
    header << questionIds;

    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << cell(c);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QueueEntry &entry : entries) {
        const StoredSubmission &stored = entry.stored;
        const Submission &s = stored.submission;
        const std::optional<Review> &review = entry.latestReview;
        QStringList flags;
        for (const Flag &f : stored.evaluation.flags)
            flags << f.rule;
        QStringList row{s.uuid,
                        s.submittedAt.toTimeZone(clinicZone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        s.patient.name,
                        s.patient.kana,
                        s.patient.birthDate.toString(Qt::ISODate),
                        s.language,
                        s.consent.given ? QStringLiteral("yes") : QStringLiteral("not recorded"),
                        outcomeName(stored.evaluation.outcome),
                        flags.join(QStringLiteral("; ")),
                        review ? Review::decisionName(review->decision) : QString(),
                        review ? review->note : QString(),
                        review ? review->reviewerName : QString(),
                        stored.evaluation.ruleSetId + u' ' + stored.evaluation.ruleSetVersion};
        for (const QString &id : questionIds)
            row << answerText(s.answers.value(id));
        line(row);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}
