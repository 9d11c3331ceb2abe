// Reception's exports of a year read from the database, as the export
// command runs them: 50,000 submissions over 2026 to a workbook (target
// under 2 s) and to CSV (under 1 s), and 200,000 over four years to CSV with
// memory that does not grow with the rows. Each export runs in a child
// process so that its own peak resident memory can be printed. The
// reference, interleaved with them in rotated order, is the bare read: the
// same forward-only query with every row decoded and nothing written.
// Also the paper summary of a day of 200, and of a year from memory.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_export [postgresql://USER@HOST:PORT/DB]
//
// With a PostgreSQL URL (of a database it may fill: a throwaway one) it runs
// on that server as well as on SQLite.
#include "clock.h"
#include "database.h"
#include "dayexport.h"
#include "evaluation.h"
#include "pdfsummary.h"
#include "rulesetloader.h"
#include "submissioncursor.h"
#include "submissionstore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QTimeZone kTokyo(9 * 3600);

Submission sample(int i, const QDateTime &at)
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.language = i % 5 == 0 ? QStringLiteral("zh_CN") : QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子 %1").arg(i), QStringLiteral("やまだ はなこ"), QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28)};
    s.submittedAt = at;
    s.consent = {true, QStringLiteral("2026-11")};
    s.answers = {{QStringLiteral("sex"), QStringLiteral("female")},
                 {QStringLiteral("pregnancy"), i % 17 == 0 ? QStringLiteral("possibly") : QStringLiteral("no")},
                 {QStringLiteral("breastfeeding"), QStringLiteral("no")},
                 {QStringLiteral("cancer"), i % 29 == 0 ? QStringLiteral("past") : QStringLiteral("never")},
                 {QStringLiteral("anaphylaxis"), false}, {QStringLiteral("allergy"), i % 3 == 0},
                 {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), i % 5 == 0},
                 {QStringLiteral("previous_treatment"), i % 2 == 0}, {QStringLiteral("blood_donation"), false},
                 {QStringLiteral("notes"), QStringLiteral("メモ, \"引用\" =1+1 %1").arg(i)}};
    if (i % 2 == 0) {
        s.answers.insert(QStringLiteral("previous_date"), at.date().addDays(-10 - i % 30));
        s.answers.insert(QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")});
    }
    return s;
}

// `count` submissions spread evenly over the days from `first` to `last`:
// 200 distinct ones stored as the kiosk stores them, copied by SQL in one
// transaction (a durable commit per row would take minutes on PostgreSQL).
bool fill(Database &db, const RuleSetPtr &rules, int count, const QDate &first, const QDate &last)
{
    QString error;
    SubmissionStore store(db, Clock::system());
    const Evaluator evaluator(rules);
    QList<qint64> models;
    for (int i = 0; i < 200; ++i) {
        const Submission s = sample(i, QDateTime(first, QTime(9, 0), kTokyo));
        const auto stored = store.save(s, evaluator.evaluate(s.answers, s.day()), &error);
        if (!stored) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(error));
            return false;
        }
        models << stored->id;
    }
    if (!db.beginWrite(&error))
        return false;
    QSqlQuery copy(db.connection());
    copy.prepare(QStringLiteral(
        "INSERT INTO submissions (uuid, submitted_at, submitted_utc, stored_utc, language, patient_name, patient_kana, "
        "patient_birth_date, consent_given, consent_notice_version, answers_json, outcome, outcome_rank, flags_json, "
        "ruleset_id, ruleset_version, ruleset_sha256) "
        "SELECT ?, ?, ?, stored_utc, language, patient_name, patient_kana, patient_birth_date, consent_given, "
        "consent_notice_version, answers_json, outcome, outcome_rank, flags_json, ruleset_id, ruleset_version, "
        "ruleset_sha256 FROM submissions WHERE id = ?"));
    const qint64 days = first.daysTo(last) + 1;
    for (int i = 200; i < count; ++i) {
        const QDate day = first.addDays(qint64(i) * days / count);
        const QDateTime at(day, QTime(9, 0).addSecs((i % 150) * 216), kTokyo);
        copy.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        copy.addBindValue(at.toString(Qt::ISODateWithMs));
        copy.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
        copy.addBindValue(models.at(i % models.size()));
        if (!copy.exec()) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(copy.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit(&error);
}

struct Run
{
    double ms = 0;
    double cpuMs = 0; // the child's user + system time: what the export costs when the machine is shared
    double peakMb = 0;
    qint64 rows = 0;
};

// One export (or the bare read) in a child process: its time and peak RSS.
Run runChild(const QString &url, const QString &kind, const QDate &first, const QDate &last, const RuleSet &rules,
             const QString &out)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        QString error;
        Database db;
        Run run;
        if (db.open(*DatabaseUrl::parse(url, &error), &error)) {
            QElapsedTimer timer;
            timer.start();
            if (kind == QLatin1String("read")) {
                SubmissionCursor(db).forDays(first, last, kTokyo, [&](const QueueEntry &) { ++run.rows; return true; }, &error);
            } else {
                DayExport::Request request;
                request.format = *DayExport::formatFromName(kind);
                request.path = out;
                request.first = first;
                request.last = last;
                request.zone = kTokyo;
                request.language = QStringLiteral("ja");
                const DayExport::Result result = DayExport::write(request, db, rules);
                run.rows = result.ok ? result.submissions : -1;
                if (!result.ok)
                    std::fprintf(stderr, "%s: %s\n", qPrintable(kind), qPrintable(result.error));
            }
            run.ms = double(timer.nsecsElapsed()) / 1e6;
        }
        (void)!write(pipeFds[1], &run, sizeof run);
        _exit(0);
    }
    close(pipeFds[1]);
    Run run;
    (void)!read(pipeFds[0], &run, sizeof run);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.peakMb = usage.ru_maxrss / 1024.0;
    run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void benchBackend(const QString &label, const QString &url, const RuleSetPtr &rules, const QString &folder)
{
    QString error;
    {
        Database db;
        if (!db.open(*DatabaseUrl::parse(url, &error), &error)) {
            std::printf("%s: %s\n", qPrintable(label), qPrintable(error));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        // 50,000 in 2026 (a busy year) and 150,000 more in 2023 to 2025.
        if (!fill(db, rules, 50000, QDate(2026, 1, 1), QDate(2026, 12, 31))
            || !fill(db, rules, 150000, QDate(2023, 1, 1), QDate(2025, 12, 31)))
            return;
        std::printf("%s: 200,000 submissions stored in %.1f s\n", qPrintable(label), double(timer.elapsed()) / 1e3);
    }
    struct Case
    {
        QString kind;
        QDate first, last;
        QString name;
    };
    const QList<Case> cases{{QStringLiteral("read"), QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("year, bare read (reference)")},
                            {QStringLiteral("csv"), QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("year to CSV")},
                            {QStringLiteral("xlsx"), QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("year to workbook")},
                            {QStringLiteral("csv"), QDate(2026, 11, 25), QDate(2026, 11, 25), QStringLiteral("one day to CSV")},
                            // 1 January to 14 March: the first 10,000 of the year.
                            {QStringLiteral("csv"), QDate(2026, 1, 1), QDate(2026, 3, 14), QStringLiteral("10,000 to CSV")},
                            {QStringLiteral("xlsx"), QDate(2026, 1, 1), QDate(2026, 3, 14), QStringLiteral("10,000 to workbook")},
                            {QStringLiteral("read"), QDate(2023, 1, 1), QDate(2026, 12, 31), QStringLiteral("200,000, bare read")},
                            {QStringLiteral("csv"), QDate(2023, 1, 1), QDate(2026, 12, 31), QStringLiteral("200,000 to CSV")}};
    const int rounds = 3;
    std::vector<std::vector<double>> ms(cases.size()), cpu(cases.size()), mb(cases.size());
    std::vector<qint64> rows(cases.size());
    for (int round = 0; round < rounds; ++round) {
        for (int k = 0; k < cases.size(); ++k) {
            const int c = (k + round) % int(cases.size()); // rotated, so no case always runs first
            const Case &cs = cases.at(c);
            const Run run = runChild(url, cs.kind, cs.first, cs.last, *rules,
                                     folder + QStringLiteral("/out.") + DayExport::extension(*DayExport::formatFromName(cs.kind == QLatin1String("read") ? QStringLiteral("csv") : cs.kind)));
            ms[c].push_back(run.ms);
            cpu[c].push_back(run.cpuMs);
            mb[c].push_back(run.peakMb);
            rows[c] = run.rows;
        }
    }
    std::printf("%s, median of %d interleaved rounds:\n", qPrintable(label), rounds);
    std::printf("  %-30s %7s %12s %12s %14s\n", "", "rows", "wall", "CPU", "peak RSS");
    for (int c = 0; c < cases.size(); ++c)
        std::printf("  %-30s %7lld %9.1f ms %9.1f ms %9.1f MB\n", qPrintable(cases.at(c).name), qlonglong(rows[c]),
                    median(ms[c]), median(cpu[c]), median(mb[c]));
    std::printf("  year to CSV %.2fx the bare read, to workbook %.2fx (wall); CSV under 1 s: %s wall, %s CPU; "
                "workbook under 2 s: %s wall, %s CPU\n",
                median(ms[1]) / median(ms[0]), median(ms[2]) / median(ms[0]), median(ms[1]) < 1000 ? "yes" : "NO",
                median(cpu[1]) < 1000 ? "yes" : "NO", median(ms[2]) < 2000 ? "yes" : "NO", median(cpu[2]) < 2000 ? "yes" : "NO");
    std::printf("  peak RSS, CSV: one day %.1f MB, 10,000 %.1f MB, 50,000 %.1f MB, 200,000 %.1f MB; workbook: 10,000 %.1f MB, "
                "50,000 %.1f MB (flat when these agree)\n",
                median(mb[3]), median(mb[4]), median(mb[1]), median(mb[7]), median(mb[5]), median(mb[2]));
}

void benchPdf(const RuleSetPtr &rules)
{
    const Evaluator evaluator(rules);
    for (int count : {200, 50000}) {
        QList<QueueEntry> entries;
        for (int i = 0; i < count; ++i) {
            StoredSubmission stored;
            stored.id = i + 1;
            stored.submission = sample(i, QDateTime(QDate(2026, 1, 1), QTime(9, 0), kTokyo).addSecs(qint64(i) * 600));
            stored.evaluation = evaluator.evaluate(stored.submission.answers, stored.submission.day());
            entries.append(QueueEntry{stored, std::nullopt});
        }
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QString error;
        QElapsedTimer timer;
        timer.start();
        PdfSummary::Heading heading;
        heading.day = QDate(2026, 1, 1);
        heading.zone = kTokyo;
        heading.printedAt = QDateTime::currentDateTime();
        PdfSummary::write(&pdf, heading, entries, ExportWords(*rules, QStringLiteral("ja")), &error);
        std::printf("PDF summary of %d from memory: %.1f ms (%.1f MB)\n", count, double(timer.nsecsElapsed()) / 1e6,
                    pdf.size() / 1e6);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    QTemporaryDir dir;
    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        std::printf("load average at the start: %.2f %.2f %.2f (2 cores: the figures are for a machine this busy)\n", load[0],
                    load[1], load[2]);
    benchBackend(QStringLiteral("SQLite"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite")), rules, dir.path());
    if (argc > 1)
        benchBackend(QStringLiteral("PostgreSQL"), QString::fromLocal8Bit(argv[1]), rules, dir.path());
    benchPdf(rules);
    if (getloadavg(load, 3) == 3)
        std::printf("load average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    return 0;
}
