// PreScreen's side of the evaluation benchmark (driven by
// bench_evaluation.js, which runs fhirpath.js on the same rules and answer
// sets in rounds alternating with this one). Reads the answer sets that
// condition_matrix made, then answers each "run PASSES" line on stdin with
// the nanoseconds that PASSES passes of Evaluator::evaluate over every
// answer set took, and the number of flags (so the work cannot be skipped).
//
//   bench_evaluation RULES_FILE MATRIX_JSON
#include "evaluation.h"
#include "rulesetloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

struct AnswerSet
{
    QVariantMap answers;
    QDate day;
};

QVariant fromJson(const QJsonValue &value, Question::Type type)
{
    switch (type) {
    case Question::Type::Date: return QDate::fromString(value.toString(), Qt::ISODate);
    case Question::Type::MultiChoice: {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list << v.toString();
        return list;
    }
    case Question::Type::Boolean: return value.toBool();
    default: return value.toString();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_evaluation RULES_FILE MATRIX_JSON\n");
        return 2;
    }
    const auto loaded = RuleSetLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ruleSet)
        return 1;
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    std::vector<AnswerSet> sets;
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        AnswerSet set;
        set.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
        const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            set.answers.insert(it.key(), fromJson(it.value(), loaded.ruleSet->question(it.key())->type));
        sets.push_back(set);
    }
    const Evaluator evaluator(loaded.ruleSet);
    std::printf("ready %zu\n", sets.size());
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        const int passes = std::stoi(line.substr(line.find(' ') + 1));
        qint64 flags = 0;
        QElapsedTimer timer;
        timer.start();
        for (int p = 0; p < passes; ++p) {
            for (const AnswerSet &s : sets)
                flags += evaluator.evaluate(s.answers, s.day).flags.size();
        }
        const qint64 ns = timer.nsecsElapsed();
        std::printf("%lld %lld\n", static_cast<long long>(ns), static_cast<long long>(flags));
        std::fflush(stdout);
    }
    return 0;
}
