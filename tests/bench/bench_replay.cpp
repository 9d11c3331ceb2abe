// Prints the time to replay a draft rule set (the interval at 21 days) over
// 50,000 stored submissions in a real SQLite file, beside the time to only
// stream the same rows out of the store, three runs each, interleaved.
// Target: the replay in under 2 s.
//
//   build/tests/bench/bench_replay
#include "clock.h"
#include "database.h"
#include "replay.h"
#include "rulesetloader.h"
#include "submissionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

// A year of patients whose answers vary as make-day.py's do.
QVariantMap answersFor(int i, const QDate &day)
{
    QVariantMap a{{QStringLiteral("sex"), i % 10 == 0 ? QStringLiteral("male") : QStringLiteral("female")},
                  {QStringLiteral("cancer"), i % 31 == 0 ? QStringLiteral("past") : QStringLiteral("never")},
                  {QStringLiteral("anaphylaxis"), i % 37 == 0}, {QStringLiteral("allergy"), i % 4 == 0},
                  {QStringLiteral("chronic_illness"), i % 8 == 0}, {QStringLiteral("medication"), i % 3 == 0},
                  {QStringLiteral("previous_treatment"), i % 5 < 3}, {QStringLiteral("blood_donation"), i % 25 == 0},
                  {QStringLiteral("notes"), QStringLiteral("前回の施術後、3日ほど微熱が続きました")}};
    if (i % 10 != 0) {
        a.insert(QStringLiteral("pregnancy"), i % 29 == 0 ? QStringLiteral("possibly") : QStringLiteral("no"));
        a.insert(QStringLiteral("breastfeeding"), QStringLiteral("no"));
    }
    if (a.value(QStringLiteral("previous_treatment")).toBool()) {
        static const int gaps[] = {7, 10, 13, 14, 15, 21, 28, 60};
        a.insert(QStringLiteral("previous_date"), day.addDays(-gaps[i % 8]));
        a.insert(QStringLiteral("previous_side_effects"), QStringList{i % 7 == 0 ? QStringLiteral("fatigue") : QStringLiteral("none")});
    }
    return a;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The process's CPU time: on a machine that other work shares, the wall
// time grows with the load and this does not.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = 50000;
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    QFile source(RuleSetLoader::builtInPath());
    source.open(QIODevice::ReadOnly);
    QByteArray draftText = source.readAll();
    draftText.replace("today - previous_date < 14 days", "today - previous_date < 21 days");
    const RuleSetPtr draft = RuleSetLoader::loadData(draftText, QStringLiteral("draft.rules")).ruleSet;
    if (!rules || !draft)
        return 1;

    QTemporaryDir dir;
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("year.sqlite")), &error), &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 3;
    // Filling is not what is measured: without fsync per row it takes seconds, not minutes.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    SubmissionStore store(db, Clock::system());
    const Evaluator evaluator(rules);
    QElapsedTimer timer;
    timer.start();
    const QDateTime start(QDate(2025, 11, 27), QTime(9, 0), QTimeZone(9 * 3600));
    for (int i = 0; i < count; ++i) {
        Submission s;
        s.language = QStringLiteral("ja");
        s.patient = {QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28)};
        s.submittedAt = start.addDays(i / 137).addSecs((i % 137) * 240);
        s.consent = {true, QStringLiteral("2026-11")};
        s.answers = answersFor(i, s.submittedAt.date());
        if (!store.save(s, evaluator.evaluate(s.answers, s.day()), &error))
            return std::fprintf(stderr, "%s\n", qPrintable(error)), 3;
    }
    std::printf("filled %d submissions in %.1f s\n", count, seconds(timer));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=FULL"));

    const QTimeZone zone(QByteArrayLiteral("Asia/Tokyo"));
    const auto known = [&](const QString &sha) { return sha == rules->sha256 ? rules : RuleSetPtr(); };
    for (int run = 1; run <= 3; ++run) {
        int rows = 0;
        timer.restart();
        store.forEachInDays({}, {}, zone, [&](const StoredSubmission &) { return ++rows, true; }, &error);
        const double read = seconds(timer);

        ReplayReport report;
        timer.restart();
        const double cpuBefore = cpuSeconds();
        Replay(draft, known).run(store, {}, {}, zone, &report, &error);
        const double replay = seconds(timer);
        const double replayCpu = cpuSeconds() - cpuBefore;
        std::printf("run %d: stream %d rows %.2f s; replay %d submissions %.2f s, CPU %.2f s (%d change outcome) [target < 2 s]\n",
                    run, rows, read, report.submissions, replay, replayCpu, report.changed);
    }
    return 0;
}
