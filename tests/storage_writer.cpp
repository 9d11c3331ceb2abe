// A second process for the storage tests: stores COUNT submissions as fast as
// it can and prints each uuid once the store has reported it saved, so that a
// test can run several at once, or kill one mid-run, and check what is kept.
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissionstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: storage_writer DB_URL COUNT NAME\n");
        return 2;
    }
    QString error;
    const auto url = DatabaseUrl::parse(args.at(1), &error);
    Database db;
    if (!url || !db.open(*url, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    const auto rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    const Evaluator evaluator(rules);
    SubmissionStore store(db, Clock::system());
    for (int i = 0; i < args.at(2).toInt(); ++i) {
        Submission s;
        s.language = QStringLiteral("en");
        s.patient = {QStringLiteral("%1 %2").arg(args.at(3)).arg(i), QString(), QDate(1980, 1, 1)};
        s.submittedAt = Clock::system().now();
        s.consent = {true, QStringLiteral("test")};
        s.answers = {{QStringLiteral("sex"), QStringLiteral("male")}, {QStringLiteral("cancer"), QStringLiteral("never")},
                     {QStringLiteral("allergy"), i % 2 == 0}};
        const auto stored = store.save(s, evaluator.evaluate(s.answers, s.day()), &error);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        std::printf("%s\n", qPrintable(stored->submission.uuid));
        std::fflush(stdout);
    }
    return 0;
}
