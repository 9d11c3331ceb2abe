// A durable submit (the SubmissionStore: the row, its flags, the audit of the
// change, one transaction) against a bare SQLite insert of a row of the same
// size (1.5 kB) with the same pragmas (WAL, synchronous=FULL) on the same
// disk. The two alternate in rounds, the order rotating, so that a busy
// machine slows both alike; the ratio printed is the median of the per-round
// ratios of the medians. Target: at most 1.2x.
//
//   build/tests/bench/bench_submit [FOLDER] [ROUNDS]   (FOLDER: where the database files go)
#include "benchsupport.h"
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

#include <cstdio>

using BenchSupport::median;

namespace {

constexpr int kPerRound = 25;

class BareInsert
{
public:
    explicit BareInsert(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        m_db.setDatabaseName(path);
        if (!m_db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));
        m_insert = QSqlQuery(m_db);
        m_insert.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?)"));
    }

    double round()
    {
        static const QString payload(1536, u'x');
        std::vector<double> times;
        QSqlQuery q(m_db);
        for (int i = 0; i < kPerRound; ++i) {
            QElapsedTimer timer;
            timer.start();
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            m_insert.addBindValue(payload);
            if (!m_insert.exec())
                qFatal("bare insert failed");
            q.exec(QStringLiteral("COMMIT"));
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

class DurableSubmit
{
public:
    DurableSubmit(const QString &path, const RuleSetPtr &rules) : m_evaluator(rules)
    {
        QString error;
        if (!m_db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error))
            qFatal("%s", qPrintable(error));
        m_store = std::make_unique<SubmissionStore>(m_db, Clock::system());
    }

    double round()
    {
        std::vector<double> times;
        for (int i = 0; i < kPerRound; ++i) {
            const Submission s = BenchSupport::sampleSubmission(++m_count);
            const Evaluation e = m_evaluator.evaluate(s.answers, s.day());
            QString error;
            QElapsedTimer timer;
            timer.start();
            if (!m_store->save(s, e, &error))
                qFatal("%s", qPrintable(error));
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    }

private:
    Database m_db;
    std::unique_ptr<SubmissionStore> m_store;
    Evaluator m_evaluator;
    int m_count = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const int rounds = argc > 2 ? std::max(3, atoi(argv[2])) : 21;
    QTemporaryDir dir(QDir(folder).filePath(QStringLiteral("prescreen-bench-XXXXXX")));
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    BareInsert bare(dir.filePath(QStringLiteral("bare.sqlite")));
    DurableSubmit submit(dir.filePath(QStringLiteral("store.sqlite")), rules);
    bare.round(); // warm both files and caches: not counted
    submit.round();

    std::vector<double> bareMs, submitMs, ratios;
    for (int r = 0; r < rounds; ++r) {
        double b = 0, s = 0;
        if (r % 2 == 0) {
            b = bare.round();
            s = submit.round();
        } else {
            s = submit.round();
            b = bare.round();
        }
        bareMs.push_back(b);
        submitMs.push_back(s);
        ratios.push_back(s / b);
    }
    std::printf("durable submit against a bare insert (%d rounds of %d each, alternating; files in %s):\n", rounds,
                kPerRound, qPrintable(folder));
    std::printf("  durable submit: median %.3f ms (row, flags, one transaction, WAL, synchronous=FULL)\n", median(submitMs));
    std::printf("  bare insert:    median %.3f ms (one 1.5 kB row, same pragmas, same disk)\n", median(bareMs));
    std::printf("  ratio: median of per-round ratios %.2fx (min %.2fx, max %.2fx; target at most 1.20x)\n", median(ratios),
                *std::min_element(ratios.begin(), ratios.end()), *std::max_element(ratios.begin(), ratios.end()));
    return 0;
}
