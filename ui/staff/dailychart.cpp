#include "dailychart.h"

#include "outcomecolour.h"

#include <QPainter>

#include <algorithm>

namespace {

} // namespace

DailyChart::DailyChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(220);
}

void DailyChart::setCounts(const QMap<QDate, QHash<Outcome, int>> &counts)
{
    m_counts = counts;
    update();
}

void DailyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_counts.isEmpty())
        return;
    int most = 1;
    for (const auto &day : m_counts) {
        int total = 0;
        for (int n : day)
            total += n;
        most = std::max(most, total);
    }
    QFont font = painter.font();
    font.setPointSize(std::max(8, font.pointSize() * 2 / 3));
    painter.setFont(font);
    const int labelHeight = painter.fontMetrics().height();
    const int chartHeight = height() - 2 * labelHeight - 8;
    const double slot = double(width()) / m_counts.size();
    int i = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it, ++i) {
        const int x = int(i * slot + slot * 0.15);
        const int barWidth = std::max(2, int(slot * 0.7));
        int y = labelHeight + chartHeight;
        int total = 0;
        for (Outcome o : {Outcome::Clear, Outcome::Review, Outcome::Avoid, Outcome::Decline}) {
            const int n = it.value().value(o);
            const int h = n * chartHeight / most;
            painter.fillRect(QRect(x, y - h, barWidth, h), outcomeColour(o));
            y -= h;
            total += n;
        }
        painter.setPen(Qt::black);
        if (total > 0)
            painter.drawText(QRect(int(i * slot), y - labelHeight, int(slot), labelHeight), Qt::AlignCenter,
                             QString::number(total));
        // A date under every seventh bar and the last, to stay legible.
        const int last = int(m_counts.size()) - 1;
        if ((i % 7 == 0 && last - i >= 3) || i == last)
            painter.drawText(QRect(int(i * slot) - 20, height() - labelHeight, int(slot) + 40, labelHeight),
                             Qt::AlignCenter, it.key().toString(QStringLiteral("M/d")));
    }
}
