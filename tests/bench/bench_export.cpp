// Prints the time to export a day of 200 submissions and a year of 50,000,
// as CSV and as PDF, and the time to load a day of 200 from a real SQLite
// file. Target: a year's CSV in under a second.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_export
#include "clock.h"
#include "csvexport.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "pdfsummary.h"
#include "reviewstore.h"
#include "auditlog.h"
#include "rulesetloader.h"
#include "submissionstore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

namespace {

QList<QueueEntry> makeEntries(const RuleSet &rules, const RuleSetPtr &ptr, int count)
{
    Q_UNUSED(rules);
    const Evaluator evaluator(ptr);
    QList<QueueEntry> entries;
    entries.reserve(count);
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), QTimeZone(9 * 3600));
    for (int i = 0; i < count; ++i) {
        StoredSubmission stored;
        stored.id = i + 1;
        Submission &s = stored.submission;
        s.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        s.language = QStringLiteral("ja");
        s.patient = {QStringLiteral("山田 花子 %1").arg(i), QStringLiteral("やまだ はなこ"), QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28)};
        s.submittedAt = start.addSecs(qint64(i) * 600);
        s.consent = {true, QStringLiteral("v1")};
        s.answers = {{QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("pregnancy"), i % 17 == 0 ? QStringLiteral("possibly") : QStringLiteral("no")},
                     {QStringLiteral("breastfeeding"), QStringLiteral("no")}, {QStringLiteral("cancer"), i % 29 == 0 ? QStringLiteral("past") : QStringLiteral("never")},
                     {QStringLiteral("anaphylaxis"), false}, {QStringLiteral("allergy"), i % 3 == 0},
                     {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), i % 5 == 0},
                     {QStringLiteral("previous_treatment"), false}, {QStringLiteral("blood_donation"), false},
                     {QStringLiteral("notes"), QStringLiteral("メモ, \"引用\" %1").arg(i)}};
        stored.evaluation = evaluator.evaluate(s.answers, s.day());
        entries.append(QueueEntry{stored, std::nullopt});
    }
    return entries;
}

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    const QTimeZone zone(9 * 3600);
    for (int count : {200, 50000}) {
        const QList<QueueEntry> entries = makeEntries(*rules, rules, count);
        QElapsedTimer timer;
        timer.start();
        const QByteArray csv = CsvExport::write(entries, *rules, zone);
        const double csvMs = millis(timer);
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QString error;
        timer.restart();
        PdfSummary::write(&pdf, QDate(2026, 1, 1), zone, entries, *rules, &error);
        const double pdfMs = millis(timer);
        std::printf("%6d submissions: CSV %8.1f ms (%6.1f MB)   PDF %8.1f ms (%6.1f MB)%s\n", count, csvMs,
                    csv.size() / 1e6, pdfMs, pdf.size() / 1e6,
                    count == 50000 ? (csvMs < 1000 ? "   year's CSV under 1 s: yes" : "   year's CSV under 1 s: NO") : "");
    }

    // A day of 200 from a real SQLite file, loaded as the export command does.
    QTemporaryDir dir;
    QString error;
    Database db;
    db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("b.sqlite")), &error), &error);
    SubmissionStore store(db, Clock::system());
    for (const QueueEntry &e : makeEntries(*rules, rules, 200)) {
        Submission s = e.stored.submission;
        s.submittedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), zone).addSecs(e.stored.id * 400);
        store.save(s, e.stored.evaluation, &error);
    }
    AuditLog audit(db, Clock::system());
    ReviewStore reviews(db, audit, Clock::system());
    QElapsedTimer timer;
    timer.start();
    const QList<QueueEntry> day = DoctorQueue(store, reviews, db).load(QDate(2026, 1, 1), zone, &error, DoctorQueue::Order::ByTime);
    const double loadMs = millis(timer);
    timer.restart();
    CsvExport::write(day, *rules, zone);
    std::printf("day of %lld from SQLite: load %.1f ms, CSV %.1f ms\n", qlonglong(day.size()), loadMs, millis(timer));
    // A year is held in memory while it is written: what that costs.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.0f MB (resident, the whole run)\n", usage.ru_maxrss / 1024.0);
    return 0;
}
