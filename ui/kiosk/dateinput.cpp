#include "dateinput.h"

#include "answerformat.h"
#include "japanesecalendar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

bool japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

// 昭和31年, or 昭和64年・平成元年 for a year that two eras share.
QString eraYears(int firstYear, int lastYear)
{
    const auto eraYear = [](const QDate &day) {
        const JapaneseCalendar::EraYear y = JapaneseCalendar::fromDate(day);
        const JapaneseCalendar::Era *era = JapaneseCalendar::era(y.eraId);
        if (!era)
            return QString();
        return era->name + (y.year == 1 ? QStringLiteral("元") : QString::number(y.year)) + QStringLiteral("年");
    };
    // The calendar starts with 大正; earlier years have no era here.
    const QDate firstDay = qMax(QDate(firstYear, 1, 1), JapaneseCalendar::eras().constLast().first);
    const QDate lastDay(lastYear, 12, 31);
    if (lastDay < firstDay)
        return {};
    const QString first = eraYear(firstDay);
    const QString last = eraYear(lastDay);
    if (first == last)
        return first;
    // Within one era a decade reads 昭和25〜34年.
    if (JapaneseCalendar::fromDate(firstDay).eraId == JapaneseCalendar::fromDate(lastDay).eraId)
        return first.chopped(1) + QStringLiteral("〜") + last.mid(2);
    // Across eras a decade reads 昭和55〜平成元年: one 年 less, so that it
    // fits its button at the larger text size.
    if (lastYear != firstYear)
        return first.chopped(1) + QStringLiteral("〜") + last;
    return first + QStringLiteral("・") + last;
}

QString monthName(int month)
{
    // Chinese and Japanese number their months (6月, never 六月).
    if (QLocale().language() == QLocale::English)
        return QLocale().standaloneMonthName(month, QLocale::LongFormat);
    return QCoreApplication::translate("DateInput", "%1 (month)", "a month in a date: 6月").arg(month);
}

} // namespace

DatePicker::DatePicker(const QDate &earliest, const QDate &latest, const QString &title, QWidget *window)
    : QFrame(window), m_earliest(earliest), m_latest(latest)
{
    setObjectName(QStringLiteral("datePicker"));
    setAttribute(Qt::WA_StyledBackground);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(36, 18, 36, 18);
    column->setSpacing(14);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    top->addWidget(heading, 1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("pickerCancel"));
    cancel->setProperty("role", QStringLiteral("secondary"));
    connect(cancel, &QPushButton::clicked, this, &DatePicker::cancelled);
    top->addWidget(cancel);
    column->addLayout(top);
    m_trailHost = new QWidget(this);
    m_trail = new QHBoxLayout(m_trailHost);
    m_trail->setContentsMargins(0, 0, 0, 0);
    m_trail->setSpacing(12);
    column->addWidget(m_trailHost);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("help"));
    m_prompt->setWordWrap(true);
    column->addWidget(m_prompt);
    column->addStretch(0);
    window->installEventFilter(this);
    setGeometry(window->rect());
    // A range within one decade needs no decade step.
    const bool oneDecade = earliest.year() / 10 == latest.year() / 10;
    if (oneDecade)
        m_decade = latest.year() / 10 * 10;
    showStage(oneDecade ? Stage::Year : Stage::Decade);
}

bool DatePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QFrame::eventFilter(watched, event);
}

void DatePicker::showStage(Stage stage)
{
    // Later, not now: the tap that brought us here is still being delivered
    // to one of these buttons.
    if (m_gridHost) {
        m_gridHost->hide();
        m_gridHost->deleteLater();
    }
    m_gridHost = new QWidget(this);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    static_cast<QVBoxLayout *>(layout())->insertWidget(3, m_gridHost, 1);
    // What is chosen so far, each step a button back to it.
    while (QLayoutItem *item = m_trail->takeAt(0)) {
        if (QWidget *step = item->widget()) {
            step->setProperty("gone", true);
            step->hide();
            step->deleteLater();
        }
        delete item;
    }
    if (stage > Stage::Decade && m_earliest.year() / 10 != m_latest.year() / 10)
        addTrail(tr("%1s", "a decade: 1950年代").arg(m_decade), QStringLiteral("trail_decade"), Stage::Decade);
    if (stage > Stage::Year)
        addTrail(tr("%1 (year)", "a Western year in a date: 1985年").arg(m_year), QStringLiteral("trail_year"), Stage::Year);
    if (stage > Stage::Month)
        addTrail(monthName(m_month), QStringLiteral("trail_month"), Stage::Month);
    m_trail->addStretch();
    m_trailHost->setVisible(stage > Stage::Decade);
    switch (stage) {
    case Stage::Decade: fillDecades(); break;
    case Stage::Year: fillYears(); break;
    case Stage::Month: fillMonths(); break;
    case Stage::Day: fillDays(); break;
    }
    // At once: a layout shows new children only when the event loop next runs.
    m_gridHost->show();
    for (QPushButton *step : m_trailHost->findChildren<QPushButton *>())
        step->setVisible(!step->property("gone").toBool());
}

void DatePicker::addTrail(const QString &text, const QString &objectName, Stage stage)
{
    auto *step = new QPushButton(text + QStringLiteral("  ✎"), m_trailHost);
    step->setObjectName(objectName);
    step->setProperty("role", QStringLiteral("secondary"));
    connect(step, &QPushButton::clicked, this, [this, stage] { showStage(stage); });
    m_trail->addWidget(step);
}

QPushButton *DatePicker::addPick(const QString &text, const QString &objectName, bool enabled, int index, int columns)
{
    auto *button = new QPushButton(text, m_gridHost);
    button->setObjectName(objectName);
    button->setProperty("role", QStringLiteral("pick"));
    button->setEnabled(enabled);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_grid->addWidget(button, index / columns, index % columns);
    return button;
}

void DatePicker::fillDecades()
{
    m_prompt->setText(tr("Which decade?"));
    int index = 0;
    for (int decade = m_earliest.year() / 10 * 10; decade <= m_latest.year(); decade += 10, ++index) {
        QString text = tr("%1s", "a decade: 1950年代").arg(decade);
        if (japanese() && !eraYears(decade, decade + 9).isEmpty())
            text += u'\n' + eraYears(decade, decade + 9);
        QPushButton *b = addPick(text, QStringLiteral("decade_%1").arg(decade), true, index, 4);
        connect(b, &QPushButton::clicked, this, [this, decade] {
            m_decade = decade;
            showStage(Stage::Year);
        });
    }
}

void DatePicker::fillYears()
{
    m_prompt->setText(tr("Which year?"));
    for (int i = 0; i < 10; ++i) {
        const int year = m_decade + i;
        QString text = tr("%1 (year)", "a Western year in a date: 1985年").arg(year);
        if (japanese() && !eraYears(year, year).isEmpty())
            text += u'\n' + eraYears(year, year);
        const bool inRange = year >= m_earliest.year() && year <= m_latest.year();
        QPushButton *b = addPick(text, QStringLiteral("year_%1").arg(year), inRange, i, 5);
        connect(b, &QPushButton::clicked, this, [this, year] {
            m_year = year;
            showStage(Stage::Month);
        });
    }
}

void DatePicker::fillMonths()
{
    m_prompt->setText(tr("Which month?"));
    for (int month = 1; month <= 12; ++month) {
        const bool inRange = QDate(m_year, month, QDate(m_year, month, 1).daysInMonth()) >= m_earliest
            && QDate(m_year, month, 1) <= m_latest;
        QPushButton *b = addPick(monthName(month), QStringLiteral("month_%1").arg(month), inRange, month - 1, 4);
        connect(b, &QPushButton::clicked, this, [this, month] {
            m_month = month;
            showStage(Stage::Day);
        });
    }
}

void DatePicker::fillDays()
{
    m_prompt->setText(tr("Which day?"));
    const int days = QDate(m_year, m_month, 1).daysInMonth();
    for (int day = 1; day <= days; ++day) {
        const QDate date(m_year, m_month, day);
        QPushButton *b = addPick(tr("%1 (day)", "a day in a date: 12日").arg(day), QStringLiteral("day_%1").arg(day),
                                 date >= m_earliest && date <= m_latest, day - 1, 7);
        connect(b, &QPushButton::clicked, this, [this, date] { emit chosen(date); });
    }
}

DateInput::DateInput(const QDate &earliest, const QDate &latest, const QString &title, QWidget *parent)
    : QWidget(parent), m_earliest(earliest), m_latest(latest), m_title(title)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QPushButton(this);
    m_field->setObjectName(QStringLiteral("dateField"));
    m_field->setProperty("role", QStringLiteral("field"));
    m_field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_field);
    connect(m_field, &QPushButton::clicked, this, &DateInput::open);
    showDate();
}

DateInput::~DateInput()
{
    delete m_picker;
}

void DateInput::setDate(const QDate &date)
{
    m_date = date;
    showDate();
}

void DateInput::showDate()
{
    m_field->setText(m_date.isValid() ? AnswerFormat::longDate(m_date) + QStringLiteral("  ✎")
                                      : tr("Touch to choose the date"));
}

void DateInput::open()
{
    delete m_picker;
    m_picker = new DatePicker(m_earliest, m_latest, m_title, window());
    connect(m_picker, &DatePicker::chosen, this, [this](const QDate &date) {
        m_picker->hide();
        m_picker->deleteLater();
        setDate(date);
        emit dateChanged(date);
    });
    connect(m_picker, &DatePicker::cancelled, this, [this] {
        m_picker->hide();
        m_picker->deleteLater();
    });
    m_picker->show();
    m_picker->raise();
}
