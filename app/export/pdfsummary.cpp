#include "pdfsummary.h"

#include "outcomecolour.h"
#include "pdflayout.h"
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


bool PdfSummary::write(QIODevice *device, const QDate &day, const QTimeZone &zone, const QList<QueueEntry> &entries,
                       const RuleSet &ruleSet, QString *error)
{
    QPdfWriter writer(device);
    PdfText::setUp(writer, QCoreApplication::translate("PdfSummary", "PreScreen daily summary %1").arg(day.toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont body = PdfText::font(10);
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
        outcomeBars.append({PdfText::outcome(o), byOutcome.value(o), outcomeColour(o)});
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
    PdfLayout layout(&painter, page.width(), page.height());
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
                        PdfText::outcome(e.stored.evaluation.outcome), RuleSetText::flagTitles(&ruleSet, e.stored.evaluation.flags),
                        PdfText::decision(e.latestReview)},
                       columns, small, outcomeColour(e.stored.evaluation.outcome));
        }
        if (pass == 0)
            layout.setTotal(layout.pages());
    }
    layout.footer();
    painter.end();
    return true;
}
