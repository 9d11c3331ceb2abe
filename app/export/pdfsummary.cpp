#include "pdfsummary.h"

#include "outcomecolour.h"
#include "pdflayout.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

bool PdfSummary::write(QIODevice *device, const Heading &heading, const QList<QueueEntry> &entries,
                       const ExportWords &words, QString *error)
{
    const auto say = [&words](const char *source) { return words.text("PdfSummary", source); };
    // Drawn into memory first: the text map is mended before the file is written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // Several days say so in the title and give each row its date: a range
    // headed with its first day alone read as a false record of that day.
    const bool severalDays = heading.lastDay.isValid() && heading.lastDay != heading.day;
    const QString days = severalDays ? QStringLiteral("%1 – %2").arg(heading.day.toString(Qt::ISODate), heading.lastDay.toString(Qt::ISODate))
                                     : heading.day.toString(Qt::ISODate);
    PdfText::setUp(writer, say(QT_TRANSLATE_NOOP("PdfSummary", "PreScreen daily summary %1")).arg(days));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QString language = words.language();
    const QFont body = PdfText::font(language, 10);
    const QFont small = PdfText::font(language, 9);
    const QFont smallBold = PdfText::font(language, 9, true);
    const QFont title = PdfText::font(language, 16, true);
    const QFont section = PdfText::font(language, 12, true);
    // The foot carries the audit log's last hash, which the README says to
    // keep on paper: it must be readable there.
    const QFont foot = PdfText::font(language, 8);

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
        outcomeBars.append({words.outcome(o), byOutcome.value(o), outcomeColour(o)});
    // In the rule set's order; rules fired under an earlier rule set last.
    QStringList ruleOrder;
    for (const Rule &r : words.ruleSet().rules)
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
        ruleBars.append({words.ruleTitle(flag), count, outcomeColour(flag.level)});
    }

    const QStringList tableHeader{say(QT_TRANSLATE_NOOP("PdfSummary", "Time")), say(QT_TRANSLATE_NOOP("PdfSummary", "Name")),
                                  say(QT_TRANSLATE_NOOP("PdfSummary", "Result")), say(QT_TRANSLATE_NOOP("PdfSummary", "Rules")),
                                  say(QT_TRANSLATE_NOOP("PdfSummary", "Review"))};
    QList<QStringList> table{tableHeader};
    QList<QColor> markers{QColor()};
    for (const QueueEntry &e : entries) {
        const Submission &s = e.stored.submission;
        QString name = PdfLayout::oneLine(s.patient.name);
        if (!s.patient.kana.isEmpty() && s.patient.kana != s.patient.name)
            name += QStringLiteral("（%1）").arg(PdfLayout::oneLine(s.patient.kana));
        const QString review = e.latestReview ? words.decision(e.latestReview) : say(QT_TRANSLATE_NOOP("PdfSummary", "not reviewed"));
        table.append({s.submittedAt.toTimeZone(heading.zone).toString(severalDays ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm")), name,
                      words.outcome(e.stored.evaluation.outcome), words.ruleTitles(e.stored.evaluation.flags), review});
        markers.append(outcomeColour(e.stored.evaluation.outcome));
    }

    PdfLayout layout(&painter, page.width(), page.height());
    layout.setFoot(say(QT_TRANSLATE_NOOP("PdfSummary", "Audit log: %1 rows, last hash %2"))
                       .arg(heading.auditRows)
                       .arg(heading.auditLastHash),
                   say(QT_TRANSLATE_NOOP("PdfSummary", "Page %1 of %2")), foot);
    const QList<int> widths = layout.balance(table, small);
    // Pass 0 counts the pages, pass 1 draws them with "page N of M".
    for (int pass = 0; pass < 2; ++pass) {
        layout.begin(pass == 1 ? &writer : nullptr);
        layout.setTableHeader({}, smallBold);
        if (!heading.clinicName.isEmpty())
            layout.paragraph(heading.clinicName, title);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "PreScreen daily summary")), heading.clinicName.isEmpty() ? title : section);
        const char *daysLine = severalDays ? QT_TRANSLATE_NOOP("PdfSummary", "Clinic days %1 (%2), rule set %3 %4")
                                           : QT_TRANSLATE_NOOP("PdfSummary", "Clinic day %1 (%2), rule set %3 %4");
        layout.paragraph(say(daysLine).arg(days, QString::fromUtf8(heading.zone.id()), words.ruleSet().id, words.ruleSet().version),
                         body);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "Printed %1 by %2"))
                        .arg(heading.printedAt.toTimeZone(heading.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             heading.printedBy),
                    body);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "%1 submissions, %2 flagged and not yet reviewed")).arg(entries.size()).arg(pending),
                    body);
        layout.space(40);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "By result")), section);
        layout.bars(outcomeBars, body);
        layout.space(30);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "By rule")), section);
        if (ruleBars.isEmpty())
            layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "No rule fired.")), body);
        layout.bars(ruleBars, body);
        layout.space(40);
        layout.paragraph(say(QT_TRANSLATE_NOOP("PdfSummary", "Submissions")), section);
        layout.tableRow(tableHeader, widths, smallBold, QColor(), true);
        layout.setTableHeader(tableHeader, smallBold);
        for (qsizetype i = 1; i < table.size(); ++i)
            layout.tableRow(table.at(i), widths, small, markers.at(i));
        if (pass == 0)
            layout.setTotal(layout.pages());
    }
    layout.footer();
    painter.end();
    QByteArray pdf = buffer.data();
    PdfText::mendToUnicode(&pdf, body, layout.drawn());
    if (device->write(pdf) != pdf.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}
