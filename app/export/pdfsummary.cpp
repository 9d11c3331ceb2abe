#include "pdfsummary.h"

#include "outcomecolour.h"
#include "rulesettext.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace {

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Clear: return QCoreApplication::translate("PdfSummary", "clear");
    case Outcome::Review: return QCoreApplication::translate("PdfSummary", "review");
    case Outcome::Avoid: return QCoreApplication::translate("PdfSummary", "avoid");
    case Outcome::Decline: return QCoreApplication::translate("PdfSummary", "decline");
    }
    return {};
}

QString decisionLabel(const std::optional<Review> &review)
{
    if (!review)
        return QCoreApplication::translate("PdfSummary", "not reviewed");
    switch (review->decision) {
    case Review::Decision::Proceed: return QCoreApplication::translate("PdfSummary", "proceed to counselling");
    case Review::Decision::DoNotTreat: return QCoreApplication::translate("PdfSummary", "do not treat");
    case Review::Decision::NeedsInformation: return QCoreApplication::translate("PdfSummary", "needs more information");
    }
    return {};
}

// Lays out and draws; run once to count the pages, then again to draw.
class Layout
{
public:
    Layout(QPainter *painter, int width, int height) : m_painter(painter), m_width(width), m_height(height) {}

    int pages() const { return m_page; }
    void setTotal(int total) { m_total = total; }

    void begin(QPdfWriter *writer)
    {
        m_writer = writer;
        m_page = 1;
        m_y = 0;
    }

    void ensure(int height)
    {
        if (m_y + height <= m_height - footerHeight())
            return;
        footer();
        if (m_writer && m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = 0;
    }

    void text(const QString &text, const QFont &font, int indent = 0, const QColor &colour = Qt::black)
    {
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        ensure(metrics.height());
        if (m_painter && m_writer) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRect(indent, m_y, m_width - indent, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                metrics.elidedText(text, Qt::ElideRight, m_width - indent));
        }
        m_y += metrics.height();
    }

    // Cells wrap rather than lose words: a row is as tall as its longest cell.
    void row(const QStringList &cells, const QList<int> &columns, const QFont &font, const QColor &marker = QColor())
    {
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        QList<QRect> boxes;
        int height = metrics.height();
        for (int i = 0; i < cells.size(); ++i) {
            const int left = columns.at(i);
            const int right = i + 1 < columns.size() ? columns.at(i + 1) : m_width;
            const QRect box(left, 0, right - left - 20, metrics.height());
            boxes << box;
            height = std::max(height, metrics.boundingRect(box, Qt::TextWordWrap, cells.at(i)).height());
        }
        ensure(height);
        if (m_painter && m_writer) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            for (int i = 0; i < cells.size(); ++i)
                m_painter->drawText(boxes.at(i).translated(0, m_y).adjusted(0, 0, 0, height - metrics.height()),
                                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(i));
            if (marker.isValid())
                m_painter->fillRect(QRect(-30, m_y + metrics.height() / 4, 18, metrics.height() / 2), marker);
        }
        m_y += height;
    }

    // A horizontal bar chart: label, bar, count.
    void bars(const QList<std::tuple<QString, int, QColor>> &values, const QFont &font)
    {
        int most = 1;
        for (const auto &[label, count, colour] : values)
            most = std::max(most, count);
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        const int labelWidth = m_width / 2;
        const int barSpace = m_width - labelWidth - metrics.horizontalAdvance(QStringLiteral("00000"));
        for (const auto &[label, count, colour] : values) {
            ensure(metrics.height() + 10);
            if (m_painter && m_writer) {
                m_painter->setFont(font);
                m_painter->setPen(Qt::black);
                m_painter->drawText(QRect(0, m_y, labelWidth - 20, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                    metrics.elidedText(label, Qt::ElideRight, labelWidth - 20));
                const int width = count * barSpace / most;
                m_painter->fillRect(QRect(labelWidth, m_y + 6, std::max(width, 2), metrics.height() - 12), colour);
                m_painter->drawText(QRect(labelWidth + width + 15, m_y, 400, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                    QString::number(count));
            }
            m_y += metrics.height() + 10;
        }
    }

    void space(int height) { m_y += height; }

    void footer()
    {
        if (!m_painter || !m_writer)
            return;
        QFont font = m_painter->font();
        font.setPointSize(8);
        m_painter->setFont(font);
        m_painter->setPen(Qt::darkGray);
        m_painter->drawText(QRect(0, m_height - footerHeight() / 2, m_width, footerHeight() / 2), Qt::AlignCenter,
                            QCoreApplication::translate("PdfSummary", "Page %1 of %2").arg(m_page).arg(m_total));
    }

private:
    int footerHeight() const { return m_height / 20; }

    QPainter *m_painter;
    QPdfWriter *m_writer = nullptr;
    int m_width;
    int m_height;
    int m_page = 1;
    int m_total = 1;
    int m_y = 0;
};

} // namespace

bool PdfSummary::write(QIODevice *device, const QDate &day, const QTimeZone &zone, const QList<QueueEntry> &entries,
                       const RuleSet &ruleSet, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("PdfSummary", "PreScreen daily summary %1").arg(day.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("PreScreen"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    // IPAGothic first: with Noto CJK, Qt's PDF text map gives some kanji the
    // code points of look-alike Kangxi radicals (山 as ⼭), which breaks
    // searching and copying the names.
    QFont body;
    body.setFamilies({QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP")});
    body.setPointSize(10);
    QFont small = body;
    small.setPointSize(9);
    QFont title = body;
    title.setPointSize(16);
    title.setBold(true);
    QFont section = body;
    section.setPointSize(12);
    section.setBold(true);

    QHash<Outcome, int> byOutcome;
    // Per rule: one of its flags (for its title and level) and how often it fired.
    QHash<QString, std::pair<Flag, int>> byRule;
    int pending = 0;
    for (const QueueEntry &e : entries) {
        ++byOutcome[e.stored.evaluation.outcome];
        for (const Flag &f : e.stored.evaluation.flags) {
            auto &[flag, count] = byRule[f.rule];
            flag = f;
            ++count;
        }
        if (!e.latestReview && e.stored.evaluation.outcome != Outcome::Clear)
            ++pending;
    }
    QList<std::tuple<QString, int, QColor>> outcomeBars;
    for (Outcome o : {Outcome::Decline, Outcome::Avoid, Outcome::Review, Outcome::Clear})
        outcomeBars.append({outcomeLabel(o), byOutcome.value(o), outcomeColour(o)});
    // In the rule set's order; rules fired under an earlier rule set last.
    QStringList ruleOrder;
    for (const Rule &r : ruleSet.rules)
        ruleOrder << r.id;
    QStringList fired = byRule.keys();
    std::sort(fired.begin(), fired.end(), [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &id) {
            const qsizetype i = ruleOrder.indexOf(id);
            return i < 0 ? ruleOrder.size() : i;
        };
        return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
    });
    QList<std::tuple<QString, int, QColor>> ruleBars;
    for (const QString &id : fired) {
        const auto &[flag, count] = byRule[id];
        ruleBars.append({RuleSetText::flagTitle(&ruleSet, flag), count, outcomeColour(flag.level)});
    }
    const QList<int> columns{0, page.width() * 9 / 100, page.width() * 40 / 100, page.width() * 50 / 100,
                             page.width() * 80 / 100};

    // Pass 0 counts the pages, pass 1 draws them with "page N of M".
    Layout layout(&painter, page.width(), page.height());
    for (int pass = 0; pass < 2; ++pass) {
        layout.begin(pass == 1 ? &writer : nullptr);
        layout.text(QCoreApplication::translate("PdfSummary", "PreScreen daily summary"), title);
        layout.text(QCoreApplication::translate("PdfSummary", "Clinic day %1 (%2), rule set %3 %4")
                        .arg(day.toString(Qt::ISODate), QString::fromUtf8(zone.id()), ruleSet.id, ruleSet.version),
                    body);
        layout.text(QCoreApplication::translate("PdfSummary", "%1 submissions, %2 flagged and not yet reviewed").arg(entries.size()).arg(pending), body);
        layout.space(40);
        layout.text(QCoreApplication::translate("PdfSummary", "By result"), section);
        layout.bars(outcomeBars, body);
        layout.space(30);
        layout.text(QCoreApplication::translate("PdfSummary", "By rule"), section);
        if (ruleBars.isEmpty())
            layout.text(QCoreApplication::translate("PdfSummary", "No rule fired."), body);
        layout.bars(ruleBars, body);
        layout.space(40);
        layout.text(QCoreApplication::translate("PdfSummary", "Submissions"), section);
        layout.row({QCoreApplication::translate("PdfSummary", "Time"), QCoreApplication::translate("PdfSummary", "Name"), QCoreApplication::translate("PdfSummary", "Result"), QCoreApplication::translate("PdfSummary", "Rules"), QCoreApplication::translate("PdfSummary", "Review")}, columns, small);
        for (const QueueEntry &e : entries) {
            const Submission &s = e.stored.submission;
            QString name = s.patient.name;
            if (!s.patient.kana.isEmpty())
                name += QStringLiteral("（%1）").arg(s.patient.kana);
            layout.row({s.submittedAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")), name,
                        outcomeLabel(e.stored.evaluation.outcome), RuleSetText::flagTitles(&ruleSet, e.stored.evaluation.flags),
                        decisionLabel(e.latestReview)},
                       columns, small, outcomeColour(e.stored.evaluation.outcome));
        }
        if (pass == 0)
            layout.setTotal(layout.pages());
    }
    layout.footer();
    painter.end();
    return true;
}
