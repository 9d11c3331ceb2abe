#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Japanese era years (和暦), which many older patients know their birthday in.
namespace JapaneseCalendar {

struct Era
{
    QString id;     // "reiwa", "heisei", "showa", "taisho"
    QString name;   // 令和, 平成, 昭和, 大正
    QDate first;    // first day of the era
    QDate last;     // last day, invalid for the current era
};

// Newest first, as patients scan for theirs.
const QList<Era> &eras();
const Era *era(const QString &id);

// The date, or an invalid date and `problem` when it is not a real day of
// that era (平成32年, or 昭和64年 after 7 January).
QDate toDate(const QString &eraId, int eraYear, int month, int day, QString *problem);

// The era and era year a date falls in; year 1 is 元年.
struct EraYear
{
    QString eraId;
    int year = 0;
};
EraYear fromDate(const QDate &date);

} // namespace JapaneseCalendar
