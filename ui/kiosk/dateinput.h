#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;

// A date chosen from lists, in the Western calendar or in a Japanese era
// (令和, 平成, 昭和, 大正): no typing, large targets, no impossible day.
class DateInput : public QWidget
{
    Q_OBJECT

public:
    // Years offered run from `earliest` to `latest`, newest first.
    DateInput(const QDate &earliest, const QDate &latest, QWidget *parent = nullptr);

    // Invalid until calendar, year, month and day are all chosen and exist.
    QDate date() const;
    void setDate(const QDate &date);
    // Why the choice is not a date yet (a day that does not exist, a year
    // outside the era), or an empty string.
    QString problem() const;

signals:
    void dateChanged(const QDate &date);

private:
    void fillYears();
    // The chosen date; invalid, with `problem` set when it is no real day.
    QDate resolve(QString *problem) const;
    void emitDate();

    QDate m_earliest;
    QDate m_latest;
    QComboBox *m_calendar;
    QComboBox *m_year;
    QComboBox *m_month;
    QComboBox *m_day;
};
