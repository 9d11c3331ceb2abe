#pragma once

#include "outcome.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QWidget>

// Submissions per day as stacked bars, one colour per result, with the
// totals written above the bars so the chart does not rely on colour.
class DailyChart : public QWidget
{
    Q_OBJECT

public:
    explicit DailyChart(QWidget *parent = nullptr);
    void setCounts(const QMap<QDate, QHash<Outcome, int>> &counts);
    const QMap<QDate, QHash<Outcome, int>> &counts() const { return m_counts; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QDate, QHash<Outcome, int>> m_counts;
};
