#include "disclosure.h"

#include "chartrecord.h"
#include "outputfile.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sys/stat.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Disclosure", text);
}

QString stamp(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject reviewJson(const Review &r)
{
    return {{QStringLiteral("decision"), Review::decisionName(r.decision)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("doctor"), r.reviewerName},
            {QStringLiteral("doctorLogin"), r.reviewerLogin},
            {QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject auditJson(const AuditEntry &a)
{
    return {{QStringLiteral("at"), a.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), a.actor},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("detail"), a.detail}};
}

bool taken(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

} // namespace

QJsonObject Disclosure::json() const
{
    QJsonArray screenings;
    for (const Held &h : held) {
        const Submission &s = h.entry.stored.submission;
        QJsonArray reviews;
        for (const Review &r : h.reviews)
            reviews << reviewJson(r);
        QJsonArray audit;
        for (const AuditEntry &a : h.audit)
            audit << auditJson(a);
        screenings << QJsonObject{
            {QStringLiteral("uuid"), s.uuid},
            {QStringLiteral("submittedAt"), s.submittedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("storedAt"), h.entry.stored.storedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("patient"), QJsonObject{{QStringLiteral("name"), s.patient.name},
                                                     {QStringLiteral("kana"), s.patient.kana},
                                                     {QStringLiteral("birthDate"), s.patient.birthDate.toString(Qt::ISODate)}}},
            {QStringLiteral("consent"), QJsonObject{{QStringLiteral("given"), s.consent.given},
                                                     {QStringLiteral("noticeVersion"), s.consent.noticeVersion}}},
            {QStringLiteral("answers"), QJsonObject::fromVariantMap(s.answers)},
            {QStringLiteral("evaluation"), h.entry.stored.evaluation.toJson()},
            {QStringLiteral("reviews"), reviews},
            {QStringLiteral("audit"), audit}};
    }
    return {{QStringLiteral("clinic"), clinicName},
            {QStringLiteral("madeAt"), madeAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("screenings"), screenings}};
}

bool Disclosure::writePdf(QIODevice *device, QString *error) const
{
    QPdfWriter writer(device);
    PdfText::setUp(writer, tr("What the clinic holds about you"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont body = PdfText::font(10), small = PdfText::font(9), heading = PdfText::font(12, true),
                big = PdfText::font(16, true);
    PdfLayout layout(&painter, page.width(), page.height());
    for (int pass = 0; pass < 2; ++pass) {
        layout.begin(pass == 1 ? &writer : nullptr);
        if (!clinicName.isEmpty())
            layout.text(clinicName, heading);
        layout.text(tr("What the clinic holds about you"), big);
        layout.row({tr("Made %1. Everything kept about each screening follows: what you entered, the result "
                       "and why, the doctor's reviews, and who handled it when.")
                        .arg(stamp(madeAt, zone))},
                   {0}, body);
        layout.space(30);
        for (const Held &h : held) {
            layout.text(tr("Screening of %1").arg(stamp(h.entry.stored.submission.submittedAt, zone)), heading);
            layout.row({QStringLiteral("ID: %1").arg(h.entry.stored.submission.uuid)}, {0}, small);
            const ChartRecord record{h.entry, ruleSet, QString(), QString(), madeAt, zone};
            layout.row({record.text().trimmed()}, {0}, body);
            layout.space(20);
            layout.text(tr("Reviews"), heading);
            if (h.reviews.isEmpty())
                layout.row({tr("None")}, {0}, body);
            for (const Review &r : h.reviews)
                layout.row({QStringLiteral("%1  %2  %3  %4")
                                .arg(stamp(r.at, zone), r.reviewerName, PdfText::decision(r), r.note)},
                           {0}, body);
            layout.space(20);
            layout.text(tr("Who handled it"), heading);
            for (const AuditEntry &a : h.audit)
                layout.row({QStringLiteral("%1  %2  %3  %4").arg(stamp(a.at, zone), a.actor, a.action, a.detail)}, {0},
                           small);
            layout.space(40);
        }
        if (pass == 0)
            layout.setTotal(layout.pages());
    }
    layout.footer();
    painter.end();
    return true;
}

QStringList Disclosure::write(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("%1: cannot make the folder").arg(folder);
        return {};
    }
    const QString stem = QDir(folder).filePath(QStringLiteral("prescreen-disclosure-%1")
                                                   .arg(madeAt.toTimeZone(zone).date().toString(Qt::ISODate)));
    QString base = stem;
    for (int n = 2; taken(base + QStringLiteral(".json")) || taken(base + QStringLiteral(".pdf")); ++n)
        base = QStringLiteral("%1-%2").arg(stem).arg(n);
    const QStringList paths{base + QStringLiteral(".json"), base + QStringLiteral(".pdf")};
    for (const QString &path : paths) {
        if (const QString p = OutputFile::problem(path); !p.isEmpty()) {
            *error = p;
            return {};
        }
        QSaveFile out(path);
        bool written = out.open(QIODevice::WriteOnly);
        if (written && path.endsWith(QLatin1String(".json")))
            written = out.write(QJsonDocument(json()).toJson()) >= 0;
        else if (written)
            written = writePdf(&out, error);
        if (!written || !OutputFile::commitPrivately(out)) {
            if (error->isEmpty())
                *error = QStringLiteral("%1: cannot write: %2").arg(path, out.errorString());
            return {};
        }
    }
    return paths;
}
