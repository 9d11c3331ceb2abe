#include "exporttable.h"

#include <cstdio>

ExportTable::ExportTable(const ExportWords &words, const QTimeZone &zone) : m_words(words), m_zone(zone)
{
    for (const Question &q : words.ruleSet().questions) {
        m_questions << &q;
        m_questionIds.insert(q.id);
    }
    const auto heading = [&](const char *code, const char *words) {
        return m_words.codes() ? QString::fromLatin1(code) : m_words.text("ExportWords", words);
    };
    if (m_words.codes())
        m_headings << QStringLiteral("id");
    m_headings << heading("submitted_at", QT_TRANSLATE_NOOP("ExportWords", "Submitted at"))
               << heading("name", QT_TRANSLATE_NOOP("ExportWords", "Name"))
               << heading("kana", QT_TRANSLATE_NOOP("ExportWords", "Reading (kana)"))
               << heading("birth_date", QT_TRANSLATE_NOOP("ExportWords", "Date of birth"))
               << heading("language", QT_TRANSLATE_NOOP("ExportWords", "Language"))
               << heading("consent", QT_TRANSLATE_NOOP("ExportWords", "Consent"))
               << heading("outcome", QT_TRANSLATE_NOOP("ExportWords", "Result"))
               << heading("flags", QT_TRANSLATE_NOOP("ExportWords", "Rules that fired"))
               << heading("decision", QT_TRANSLATE_NOOP("ExportWords", "Doctor's decision"))
               << heading("decision_note", QT_TRANSLATE_NOOP("ExportWords", "Doctor's note"))
               << heading("decided_by", QT_TRANSLATE_NOOP("ExportWords", "Decided by"))
               << heading("rule_set", QT_TRANSLATE_NOOP("ExportWords", "Rule set"));
    for (const Question *q : m_questions)
        m_headings << m_words.question(q->id);
    m_headings << heading("other_answers", QT_TRANSLATE_NOOP("ExportWords", "Answers to earlier questions"));
    if (!m_words.codes())
        m_headings << m_words.text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Submission ID"));
}

QDateTime ExportTable::clinicTime(const QDateTime &instant) const
{
    const qint64 ms = instant.toMSecsSinceEpoch();
    const qint64 hour = ms >= 0 ? ms / 3600000 : (ms - 3599999) / 3600000;
    if (hour != m_offsetHour) {
        m_offsetHour = hour;
        m_offset = m_zone.offsetFromUtc(instant);
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, m_offset);
}

namespace {

// "yyyy-MM-dd HH:mm" without QDateTime::toString's format parser.
// YYYY-MM-DD without QDate::toString's general formatter.
QString dayText(const QDate &d)
{
    if (!d.isValid())
        return {};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return QString::fromLatin1(text);
}

QString minuteText(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", d.year(), d.month(), d.day(), h.hour(), h.minute());
    return QString::fromLatin1(text);
}

} // namespace

void ExportTable::row(const QueueEntry &entry, QList<ExportCell> *cells) const
{
    const StoredSubmission &stored = entry.stored;
    const Submission &s = stored.submission;
    const std::optional<Review> &review = entry.latestReview;
    cells->resize(m_headings.size());
    int i = 0;
    const auto text = [&](const QString &value) {
        ExportCell &c = (*cells)[i++];
        c.kind = ExportCell::Kind::Text;
        c.text = value;
    };
    if (m_words.codes())
        text(s.uuid);
    {
        ExportCell &c = (*cells)[i++];
        c.kind = s.submittedAt.isValid() ? ExportCell::Kind::DateTime : ExportCell::Kind::Text;
        c.when = c.kind == ExportCell::Kind::DateTime ? clinicTime(s.submittedAt) : QDateTime();
        c.text = c.kind == ExportCell::Kind::DateTime ? minuteText(c.when) : QString();
    }
    text(s.patient.name);
    text(s.patient.kana);
    {
        ExportCell &c = (*cells)[i++];
        // A day has no zone: its fields are all a cell takes (a zone here cost
        // a time-zone lookup per cell).
        c.when = QDateTime(s.patient.birthDate, QTime(0, 0), Qt::UTC);
        c.kind = s.patient.birthDate.isValid() ? ExportCell::Kind::Date : ExportCell::Kind::Text;
        c.text = dayText(s.patient.birthDate);
    }
    text(m_words.patientLanguage(s.language));
    text(m_words.consent(s.consent.given));
    text(m_words.outcome(stored.evaluation.outcome));
    text(m_words.ruleTitles(stored.evaluation.flags));
    text(m_words.decision(review));
    text(review ? review->note : QString());
    text(review ? review->reviewerName : QString());
    text(stored.evaluation.ruleSetId + u' ' + stored.evaluation.ruleSetVersion);
    for (const Question *q : m_questions) {
        const QVariant value = s.answers.value(q->id);
        if (q->type == Question::Type::Date && value.isValid()) {
            // Stored as ISO text; a real date in the workbook.
            const QDate date = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
            if (date.isValid()) {
                ExportCell &c = (*cells)[i++];
                c.kind = ExportCell::Kind::Date;
                c.when = QDateTime(date, QTime(0, 0), Qt::UTC);
                c.text = dayText(date);
                continue;
            }
        }
        text(m_words.answer(*q, value));
    }
    QStringList others;
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        if (!m_questionIds.contains(it.key()))
            others << it.key() + QStringLiteral(": ") + m_words.answer(it.key(), it.value());
    }
    text(others.join(QStringLiteral("; ")));
    if (!m_words.codes())
        text(s.uuid);
}
