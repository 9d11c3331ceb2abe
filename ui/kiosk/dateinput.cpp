#include "dateinput.h"

#include "japanesecalendar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScroller>

namespace {

QComboBox *makeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setMaxVisibleItems(8);
    combo->setMinimumWidth(140);
    // A year of birth may be 70 rows down: let a finger flick the list.
    QScroller::grabGesture(combo->view()->viewport(), QScroller::LeftMouseButtonGesture);
    return combo;
}

} // namespace

DateInput::DateInput(const QDate &earliest, const QDate &latest, QWidget *parent)
    : QWidget(parent), m_earliest(earliest), m_latest(latest)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_calendar = makeCombo(QStringLiteral("calendarCombo"), this);
    m_calendar->addItem(tr("Western calendar"), QString());
    for (const JapaneseCalendar::Era &era : JapaneseCalendar::eras()) {
        if (era.first <= latest && (!era.last.isValid() || era.last >= earliest))
            m_calendar->addItem(era.name, era.id);
    }
    m_year = makeCombo(QStringLiteral("yearCombo"), this);
    m_month = makeCombo(QStringLiteral("monthCombo"), this);
    m_day = makeCombo(QStringLiteral("dayCombo"), this);
    m_month->addItem(tr("Month"), 0);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().monthName(m, QLocale::LongFormat), m);
    m_day->addItem(tr("Day"), 0);
    for (int d = 1; d <= 31; ++d)
        m_day->addItem(tr("%1 (day)", "a day in a date: 12日").arg(d), d);
    layout->addWidget(m_calendar, 3);
    layout->addWidget(m_year, 3);
    layout->addWidget(m_month, 2);
    layout->addWidget(m_day, 2);
    fillYears();

    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        fillYears();
        emitDate();
    });
    for (QComboBox *combo : {m_year, m_month, m_day})
        connect(combo, &QComboBox::currentIndexChanged, this, &DateInput::emitDate);
}

void DateInput::fillYears()
{
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("Year"), 0);
    const QString eraId = m_calendar->currentData().toString();
    const JapaneseCalendar::Era *era = JapaneseCalendar::era(eraId);
    for (int y = m_latest.year(); y >= m_earliest.year(); --y) {
        if (!era) {
            m_year->addItem(tr("%1 (year)", "a Western year in a date: 1985年").arg(y), y);
            continue;
        }
        if (y < era->first.year() || (era->last.isValid() && y > era->last.year()))
            continue;
        const int eraYear = y - era->first.year() + 1;
        // 元年 is how the first year of an era is said and printed.
        const QString label = eraYear == 1 ? tr("first year (%1)", "元年 of a Japanese era; %1 is the Western year").arg(y)
                                           : tr("year %1 (%2)", "a Japanese era year; %2 is the Western year").arg(eraYear).arg(y);
        m_year->addItem(label, y);
    }
}

QDate DateInput::resolve(QString *problem) const
{
    const int y = m_year->currentData().toInt();
    const int m = m_month->currentData().toInt();
    const int d = m_day->currentData().toInt();
    if (y == 0 || m == 0 || d == 0)
        return {};
    const QString eraId = m_calendar->currentData().toString();
    if (eraId.isEmpty()) {
        const QDate date(y, m, d);
        if (!date.isValid())
            *problem = tr("This day does not exist. Please check the month and day.");
        return date;
    }
    const JapaneseCalendar::Era *era = JapaneseCalendar::era(eraId);
    return JapaneseCalendar::toDate(eraId, y - era->first.year() + 1, m, d, problem);
}

QDate DateInput::date() const
{
    QString ignored;
    return resolve(&ignored);
}

QString DateInput::problem() const
{
    QString problem;
    resolve(&problem);
    return problem;
}

void DateInput::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QSignalBlocker b1(m_calendar), b2(m_year), b3(m_month), b4(m_day);
    m_calendar->setCurrentIndex(0);
    fillYears();
    m_year->setCurrentIndex(m_year->findData(date.year()));
    m_month->setCurrentIndex(date.month());
    m_day->setCurrentIndex(date.day());
}

void DateInput::emitDate()
{
    emit dateChanged(date());
}
