// Prints evaluations per second of the default rule set, and the median time
// of a durable submit beside a bare SQLite insert with the same pragmas on
// the same disk. Target: submit within 1.5x of the bare insert.
//
//   build/tests/bench/bench_core [FOLDER]   (FOLDER: where the database files go; default: current folder)
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

Submission sampleSubmission(int i)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {QStringLiteral("山田 花子 %1").arg(i), QStringLiteral("やまだ はなこ"), QDate(1985, 4, 12)};
    s.submittedAt = Clock::system().now();
    s.consent = {true, QStringLiteral("2026-11")};
    s.answers = {{QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("pregnancy"), QStringLiteral("no")},
                 {QStringLiteral("breastfeeding"), QStringLiteral("no")}, {QStringLiteral("cancer"), QStringLiteral("never")},
                 {QStringLiteral("anaphylaxis"), false}, {QStringLiteral("allergy"), i % 3 == 0},
                 {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), i % 5 == 0},
                 {QStringLiteral("previous_treatment"), true}, {QStringLiteral("previous_date"), s.submittedAt.date().addDays(-(i % 30))},
                 {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}},
                 {QStringLiteral("blood_donation"), false}};
    return s;
}

void benchEvaluate(const RuleSetPtr &rules)
{
    const Evaluator evaluator(rules);
    std::vector<Submission> inputs;
    for (int i = 0; i < 1000; ++i)
        inputs.push_back(sampleSubmission(i));
    const int rounds = 200;
    QElapsedTimer timer;
    timer.start();
    int fired = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const Submission &s : inputs)
            fired += int(evaluator.evaluate(s.answers, s.day()).flags.size());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("evaluate: %.0f evaluations/s (%d in %.2f s, %d flags)\n", rounds * 1000 / seconds, rounds * 1000,
                seconds, fired);
}

double benchBareInsert(const QString &path, int count)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));
    const QString payload(1200, u'x'); // about the size of one submission row
    std::vector<double> times;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?)"));
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        insert.addBindValue(payload);
        insert.exec();
        q.exec(QStringLiteral("COMMIT"));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

double benchSubmit(const QString &path, const RuleSetPtr &rules, int count)
{
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error))
        qFatal("%s", qPrintable(error));
    SubmissionStore store(db, Clock::system());
    const Evaluator evaluator(rules);
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        const Submission s = sampleSubmission(i);
        const Evaluation e = evaluator.evaluate(s.answers, s.day());
        QElapsedTimer timer;
        timer.start();
        if (!store.save(s, e, &error))
            qFatal("%s", qPrintable(error));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir dir(QDir(folder).filePath(QStringLiteral("prescreen-bench-XXXXXX")));
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;

    benchEvaluate(rules);
    const int count = 300;
    const double bare = benchBareInsert(dir.filePath(QStringLiteral("bare.sqlite")), count);
    const double submit = benchSubmit(dir.filePath(QStringLiteral("store.sqlite")), rules, count);
    std::printf("durable submit: median %.3f ms over %d (store with flags, WAL, synchronous=FULL)\n", submit, count);
    std::printf("bare insert:    median %.3f ms over %d (one row, same pragmas, same disk: %s)\n", bare, count,
                qPrintable(folder));
    std::printf("ratio: %.2fx (target: at most 1.50x)\n", submit / bare);
    return 0;
}
