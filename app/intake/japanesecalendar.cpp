#include "japanesecalendar.h"

#include <QCoreApplication>

namespace JapaneseCalendar {

const QList<Era> &eras()
{
    static const QList<Era> list{
        {QStringLiteral("reiwa"), QStringLiteral("令和"), QDate(2019, 5, 1), QDate()},
        {QStringLiteral("heisei"), QStringLiteral("平成"), QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {QStringLiteral("showa"), QStringLiteral("昭和"), QDate(1926, 12, 25), QDate(1989, 1, 7)},
        {QStringLiteral("taisho"), QStringLiteral("大正"), QDate(1912, 7, 30), QDate(1926, 12, 24)},
    };
    return list;
}

const Era *era(const QString &id)
{
    for (const Era &e : eras()) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QDate toDate(const QString &eraId, int eraYear, int month, int day, QString *problem)
{
    const Era *e = era(eraId);
    if (!e || eraYear < 1) {
        *problem = QCoreApplication::translate("JapaneseCalendar", "Please choose an era and a year.");
        return {};
    }
    const QDate date(e->first.year() + eraYear - 1, month, day);
    if (!date.isValid()) {
        *problem = QCoreApplication::translate("JapaneseCalendar", "This day does not exist. Please check the month and day.");
        return {};
    }
    if (date < e->first || (e->last.isValid() && date > e->last)) {
        *problem = QCoreApplication::translate("JapaneseCalendar", "This date is not in the era you chose. Please check the era and the year.");
        return {};
    }
    return date;
}

EraYear fromDate(const QDate &date)
{
    for (const Era &e : eras()) {
        if (date >= e.first && (!e.last.isValid() || date <= e.last))
            return {e.id, date.year() - e.first.year() + 1};
    }
    return {};
}

} // namespace JapaneseCalendar
