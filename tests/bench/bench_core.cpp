// Prints evaluations per second of the default rule set. The durable submit
// against a bare insert is bench_submit.
//
//   build/tests/bench/bench_core
#include "benchsupport.h"
#include "evaluation.h"
#include "rulesetloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

namespace {

using BenchSupport::sampleSubmission;

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;

    benchEvaluate(rules);
    return 0;
}
