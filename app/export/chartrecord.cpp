#include "chartrecord.h"

#include "outcomecolour.h"
#include "outputfile.h"
#include "pdflayout.h"
#include "ruleset.h"
#include "rulesettext.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartRecord", text);
}

QString stamp(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString ChartRecord::title() const
{
    return tr("Pre-treatment questionnaire (exosome therapy)");
}

// Dates as ISO (a chart's own form); choices and yes/no in words.
QString ChartRecord::answerText(const QString &id) const
{
    const QVariant value = entry.stored.submission.answers.value(id);
    const Question *q = ruleSet ? ruleSet->question(id) : nullptr;
    if (!q)
        return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", ")) : value.toString();
    const auto choice = [&](const QString &choiceId) {
        const Choice *c = q->choice(choiceId);
        return c ? RuleSetText::translate(*ruleSet, c->text) : choiceId;
    };
    switch (q->type) {
    case Question::Type::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case Question::Type::Choice:
        return choice(value.toString());
    case Question::Type::MultiChoice: {
        QStringList texts;
        for (const QString &c : value.toStringList())
            texts << choice(c);
        return texts.join(tr(", "));
    }
    case Question::Type::Date:
    case Question::Type::Text:
        break;
    }
    return value.toString();
}

QStringList ChartRecord::patientBlock() const
{
    const Submission &s = entry.stored.submission;
    QStringList lines;
    lines << tr("Name: %1").arg(s.patient.name);
    if (!s.patient.kana.isEmpty())
        lines << tr("Kana: %1").arg(s.patient.kana);
    int age = s.day().year() - s.patient.birthDate.year();
    if (s.day() < s.patient.birthDate.addYears(age))
        --age;
    lines << tr("Born: %1 (age %2)").arg(s.patient.birthDate.toString(Qt::ISODate)).arg(age);
    lines << tr("Answered: %1").arg(stamp(s.submittedAt, zone));
    lines << tr("Result: %1").arg(PdfText::outcome(entry.stored.evaluation.outcome));
    return lines;
}

// Flagged: the questions a fired rule names and what the patient wrote in
// their follow-ups; otherwise every other answer, in the rule set's order.
QList<ChartRecord::Line> ChartRecord::answers(bool flagged) const
{
    const QVariantMap &given = entry.stored.submission.answers;
    QStringList inFlags;
    for (const Flag &f : entry.stored.evaluation.flags)
        inFlags << f.questions + (ruleSet ? ruleSet->followUps(f.questions) : QStringList());
    QStringList order;
    if (ruleSet) {
        for (const Question &q : ruleSet->questions)
            order << q.id;
    }
    for (const QString &id : given.keys()) {
        if (!order.contains(id))
            order << id;
    }
    QList<Line> lines;
    for (const QString &id : order) {
        if (!given.contains(id) || inFlags.contains(id) != flagged)
            continue;
        const Question *q = ruleSet ? ruleSet->question(id) : nullptr;
        lines.append({q ? RuleSetText::translate(*ruleSet, q->text) : id, answerText(id)});
    }
    return lines;
}

QStringList ChartRecord::flagLines(const Flag &flag) const
{
    return {QStringLiteral("[%1] %2").arg(PdfText::outcome(flag.level), RuleSetText::flagTitle(ruleSet, flag)),
            tr("Reason: %1").arg(ruleSet ? RuleSetText::translate(*ruleSet, flag.reason) : flag.reason),
            tr("Article: %1").arg(ruleSet ? RuleSetText::section(*ruleSet, flag.section) : flag.section)};
}

QStringList ChartRecord::decisionBlock() const
{
    const auto &review = entry.latestReview;
    if (!review)
        return {tr("Decision: not yet reviewed")};
    QStringList lines{tr("Decision: %1").arg(PdfText::decision(review)),
                      tr("Doctor: %1 (%2)").arg(review->reviewerName, stamp(review->at, zone))};
    if (!review->note.isEmpty())
        lines << tr("Note: %1").arg(review->note);
    return lines;
}

QString ChartRecord::footer() const
{
    const Evaluation &e = entry.stored.evaluation;
    // Inside a patient's disclosure nobody prints the record: no "by".
    if (printedBy.isEmpty())
        return tr("Made %1 · rule set %2 %3 · PreScreen %4")
            .arg(stamp(printedAt, zone), e.ruleSetId, e.ruleSetVersion, QStringLiteral(PRESCREEN_VERSION));
    return tr("Printed %1 by %2 · rule set %3 %4 · PreScreen %5")
        .arg(stamp(printedAt, zone), printedBy, e.ruleSetId, e.ruleSetVersion, QStringLiteral(PRESCREEN_VERSION));
}

QString ChartRecord::text() const
{
    QStringList out;
    out << (clinicName.isEmpty() ? title() : QStringLiteral("%1 %2").arg(clinicName, title()));
    out << QStringLiteral("【%1】").arg(tr("Patient")) << patientBlock();
    const QList<Flag> &flags = entry.stored.evaluation.flags;
    out << QStringLiteral("【%1】").arg(tr("Flagged answers"));
    if (flags.isEmpty())
        out << tr("None");
    for (const Flag &f : flags)
        out << flagLines(f);
    for (const Line &l : answers(true))
        out << QStringLiteral("・%1 → %2").arg(l.question, l.answer);
    out << QStringLiteral("【%1】").arg(tr("Other answers"));
    for (const Line &l : answers(false))
        out << QStringLiteral("・%1 → %2").arg(l.question, l.answer);
    out << QStringLiteral("【%1】").arg(tr("Doctor's decision")) << decisionBlock();
    out << footer();
    return out.join(u'\n') + u'\n';
}

bool ChartRecord::writePdf(QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    PdfText::setUp(writer, title());
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont body = PdfText::font(10), small = PdfText::font(9), heading = PdfText::font(12, true),
                big = PdfText::font(16, true);
    const QList<int> twoColumns{0, page.width() * 45 / 100};
    PdfLayout layout(&painter, page.width(), page.height());
    for (int pass = 0; pass < 2; ++pass) {
        layout.begin(pass == 1 ? &writer : nullptr);
        if (!clinicName.isEmpty())
            layout.text(clinicName, heading);
        layout.text(title(), big);
        layout.space(30);
        for (const QString &line : patientBlock())
            layout.text(line, body);
        layout.space(30);
        layout.text(tr("Flagged answers"), heading);
        if (entry.stored.evaluation.flags.isEmpty())
            layout.text(tr("None"), body);
        for (const Flag &f : entry.stored.evaluation.flags) {
            const QStringList lines = flagLines(f);
            layout.row({lines.first()}, {0}, body, outcomeColour(f.level));
            layout.row({lines.mid(1).join(u'\n')}, {60}, small);
        }
        for (const Line &l : answers(true))
            layout.row({l.question, l.answer}, twoColumns, body);
        layout.space(30);
        layout.text(tr("Other answers"), heading);
        for (const Line &l : answers(false))
            layout.row({l.question, l.answer}, twoColumns, body);
        layout.space(30);
        // The decision, the seal box beside it and the printed-by line stay
        // on one page: a seal alone on a second page signs nothing in view.
        // Beside rather than below, so that a record with six flags still
        // fits one page.
        const QStringList decision = decisionBlock();
        const int sealHeight = page.height() / 9;
        const int decisionHeight = int(decision.size()) * QFontMetrics(body, &writer).height();
        layout.ensure(QFontMetrics(heading, &writer).height() + std::max(decisionHeight, sealHeight) + 20
                      + 2 * QFontMetrics(small, &writer).height());
        layout.text(tr("Doctor's decision"), heading);
        const int top = layout.y();
        layout.box(tr("Doctor's signature or seal (印)"), page.width() * 40 / 100, sealHeight, small, true);
        const QList<int> besideSeal{0, page.width() * 58 / 100};
        for (const QString &line : decision)
            layout.row({line, QString()}, besideSeal, body);
        layout.skipTo(top + sealHeight);
        layout.space(20);
        layout.row({footer()}, {0}, small);
        if (pass == 0)
            layout.setTotal(layout.pages());
    }
    layout.footer();
    painter.end();
    return true;
}

bool ChartRecord::save(const QString &path, bool pdf, QString *error) const
{
    QSaveFile out(path);
    bool written = out.open(QIODevice::WriteOnly);
    if (written)
        written = pdf ? writePdf(&out, error) : out.write(text().toUtf8()) >= 0;
    if (!written || !OutputFile::commitPrivately(out)) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}
