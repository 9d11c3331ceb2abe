#pragma once

#include "doctorqueue.h"
#include "exportwords.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <limits>
#include <QTimeZone>

// One cell of reception's table: text as the patient or doctor wrote it,
// or a date (with a time) that a workbook keeps as a real date.
struct ExportCell
{
    enum class Kind { Text, Date, DateTime };
    Kind kind = Kind::Text;
    QString text;   // what a CSV shows
    QDateTime when; // DateTime: in the clinic's zone; Date: the day, its fields only
};

// The columns of the day's table and each submission as a row of cells,
// shared by the CSV and the workbook. In words: time, patient, result,
// rules, the doctor's latest decision, one column per question of the rule
// set (headed by its text), answers to questions of earlier rule sets, and
// the submission's id last. With codes: today's ids and codes, id first.
class ExportTable
{
public:
    ExportTable(const ExportWords &words, const QTimeZone &zone);

    const ExportWords &words() const { return m_words; }
    const QStringList &headings() const { return m_headings; }
    // Fills `cells` (reused from row to row) with one submission.
    void row(const QueueEntry &entry, QList<ExportCell> *cells) const;

private:
    // The clinic's time of an instant. The zone's offset is looked up once
    // an hour of UTC (offsets change on the hour where they change at all).
    QDateTime clinicTime(const QDateTime &instant) const;

    const ExportWords &m_words;
    QTimeZone m_zone;
    QList<const Question *> m_questions;
    QSet<QString> m_questionIds;
    mutable qint64 m_offsetHour = std::numeric_limits<qint64>::min();
    mutable int m_offset = 0;
    QStringList m_headings;
};
