#pragma once

#include <QDate>
#include <QWidget>

struct StaffServices;
class ChangeWatch;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QueueModel;

// The doctor's list: one day (today first, the day before or after, any date
// chosen) or a search across all days by name, kana or birth date. It
// follows new submissions and reviews from any device while it is open, and
// keeps the doctor's place when they come back from a review.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    QueuePage(StaffServices &services, QWidget *parent);
    void refresh();
    void showDay(const QDate &day);
    void search(const QString &text);
    QDate day() const { return m_day; }
    QTableView *table() const { return m_table; }
    QueueModel *model() const { return m_model; }

signals:
    void opened(const QString &uuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate today() const;
    void fitColumns();
    void updateTitle(int count, int pending, const QString &error);

    StaffServices &m_services;
    QueueModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QDateEdit *m_dateEdit;
    QLineEdit *m_searchEdit;
    ChangeWatch *m_changes;
    QDate m_day;
    QString m_search; // when not empty, the list is this search's result
};
