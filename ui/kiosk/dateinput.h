#pragma once

#include <QDate>
#include <QFrame>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

// A page over the whole window that asks for a date in a few large taps,
// with nothing chosen in advance: the decade, then the year, the month and
// the day, each a grid of big buttons. Only days from `earliest` to
// `latest` can be tapped, so it never gives a day that does not exist, a
// day in the future or one out of range. Japanese readers see each decade
// and year in its era too (昭和31年), since many know their birthday so.
class DatePicker : public QFrame
{
    Q_OBJECT

public:
    DatePicker(const QDate &earliest, const QDate &latest, const QString &title, QWidget *window);

signals:
    void chosen(const QDate &date);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Stage { Decade, Year, Month, Day };
    void showStage(Stage stage);
    QPushButton *addPick(const QString &text, const QString &objectName, bool enabled, int index, int columns);
    void addTrail(const QString &text, const QString &objectName, Stage stage);
    void fillDecades();
    void fillYears();
    void fillMonths();
    void fillDays();

    QDate m_earliest;
    QDate m_latest;
    QLabel *m_prompt;
    QHBoxLayout *m_trail;
    QWidget *m_trailHost;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_decade = 0;
    int m_year = 0;
    int m_month = 0;
};

// The date field on a screen: a large button that shows the chosen date
// (or asks for one) and opens a DatePicker when tapped.
class DateInput : public QWidget
{
    Q_OBJECT

public:
    // Days offered run from `earliest` to `latest`; `title` heads the picker.
    DateInput(const QDate &earliest, const QDate &latest, const QString &title, QWidget *parent = nullptr);
    ~DateInput() override;

    // Invalid until the patient has chosen a day.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Opens the picker over the window.
    void open();
    DatePicker *picker() const { return m_picker; }

signals:
    void dateChanged(const QDate &date);

private:
    void showDate();

    QDate m_earliest;
    QDate m_latest;
    QString m_title;
    QDate m_date;
    QPushButton *m_field;
    // A child of the window, not of this field (which sits in a scrolled
    // column that would clip it); deleted with the field all the same.
    QPointer<DatePicker> m_picker;
};
