#include "rulecases.h"

#include "answersfile.h"
#include "evaluation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kAnswers = QStringLiteral("answers.json");
const QString kExpected = QStringLiteral("expected.json");

bool readJson(const QString &path, QJsonObject *object, QStringList *differences)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *differences << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *differences << QStringLiteral("%1: not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    *object = doc.object();
    return true;
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// What the expected refusal names and what the answers' problems say.
void compareRefusal(const QJsonObject &expected, const QStringList &problems, QStringList *differences)
{
    if (problems.isEmpty()) {
        *differences << QStringLiteral("expected the answers to be refused, but they were accepted");
        return;
    }
    const QString all = problems.join(u'\n');
    for (const QString &message : strings(expected.value(QStringLiteral("messages")).toArray())) {
        if (!all.contains(message))
            *differences << QStringLiteral("expected the message \"%1\"; the problems were: %2")
                                .arg(message, problems.join(QStringLiteral("; ")));
    }
    for (const QString &message : strings(expected.value(QStringLiteral("notMessages")).toArray())) {
        if (all.contains(message))
            *differences << QStringLiteral("did not expect the message \"%1\"").arg(message);
    }
}

void compareEvaluation(const QJsonObject &expected, const Evaluation &actual, QStringList *differences)
{
    const QString expectedOutcome = expected.value(QStringLiteral("outcome")).toString();
    if (!outcomeFromName(expectedOutcome))
        *differences << QStringLiteral("expected.json: outcome \"%1\" is not clear, review, avoid or decline").arg(expectedOutcome);
    else if (expectedOutcome != outcomeName(actual.outcome))
        *differences << QStringLiteral("outcome: expected %1, got %2").arg(expectedOutcome, outcomeName(actual.outcome));

    const qsizetype before = differences->size();
    QStringList expectedRules, actualRules;
    const QJsonArray expectedFlags = expected.value(QStringLiteral("flags")).toArray();
    for (const QJsonValue &f : expectedFlags)
        expectedRules << f.toObject().value(QStringLiteral("rule")).toString();
    for (const Flag &f : actual.flags)
        actualRules << f.rule;
    for (const QString &rule : expectedRules) {
        if (!actualRules.contains(rule))
            *differences << QStringLiteral("rule %1: expected to fire, did not").arg(rule);
    }
    for (const QString &rule : actualRules) {
        if (!expectedRules.contains(rule))
            *differences << QStringLiteral("rule %1: fired, not expected").arg(rule);
    }
    if (differences->size() == before && expectedRules != actualRules)
        *differences << QStringLiteral("flags: expected in the order %1, got %2").arg(listed(expectedRules), listed(actualRules));

    // Level, questions and title are compared where the case states them.
    for (const QJsonValue &value : expectedFlags) {
        const QJsonObject e = value.toObject();
        const QString rule = e.value(QStringLiteral("rule")).toString();
        const auto flag = std::find_if(actual.flags.cbegin(), actual.flags.cend(), [&](const Flag &f) { return f.rule == rule; });
        if (flag == actual.flags.cend())
            continue;
        if (e.contains(QStringLiteral("level")) && e.value(QStringLiteral("level")).toString() != outcomeName(flag->level))
            *differences << QStringLiteral("rule %1: level expected %2, got %3")
                                .arg(rule, e.value(QStringLiteral("level")).toString(), outcomeName(flag->level));
        if (e.contains(QStringLiteral("questions")) && strings(e.value(QStringLiteral("questions")).toArray()) != flag->questions)
            *differences << QStringLiteral("rule %1: questions expected %2, got %3")
                                .arg(rule, listed(strings(e.value(QStringLiteral("questions")).toArray())), listed(flag->questions));
        if (e.contains(QStringLiteral("title")) && e.value(QStringLiteral("title")).toString() != flag->title)
            *differences << QStringLiteral("rule %1: title expected \"%2\", got \"%3\"")
                                .arg(rule, e.value(QStringLiteral("title")).toString(), flag->title);
    }
}

} // namespace

QStringList RuleCases::folders(const QString &dir)
{
    const QDir root(dir);
    if (root.exists(kAnswers) || root.exists(kExpected))
        return {root.path()};
    QStringList list;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        list << root.filePath(name);
    return list;
}

RuleCases::Result RuleCases::runOne(const QString &folder, const RuleSetPtr &ruleSet, const QDateTime &now)
{
    Result result{folder, {}};
    const QDir dir(folder);
    QJsonObject expected;
    if (!readJson(dir.filePath(kExpected), &expected, &result.differences))
        return result;
    QFile answersFile(dir.filePath(kAnswers));
    if (!answersFile.open(QIODevice::ReadOnly)) {
        result.differences << QStringLiteral("%1: cannot read: %2").arg(answersFile.fileName(), answersFile.errorString());
        return result;
    }
    const AnswersFile::Result read = AnswersFile::read(answersFile.readAll(), ruleSet, now);
    if (expected.value(QStringLiteral("refused")).toBool()) {
        compareRefusal(expected, read.problems, &result.differences);
        return result;
    }
    if (!read.problems.isEmpty()) {
        for (const QString &p : read.problems)
            result.differences << QStringLiteral("answers.json refused: %1").arg(p);
        return result;
    }
    const Evaluation evaluation = Evaluator(ruleSet).evaluate(read.submission.answers, read.submission.day());
    compareEvaluation(expected, evaluation, &result.differences);
    return result;
}

QList<RuleCases::Result> RuleCases::run(const QString &dir, const RuleSetPtr &ruleSet, const QDateTime &now)
{
    QList<Result> results;
    for (const QString &folder : folders(dir))
        results << runOne(folder, ruleSet, now);
    return results;
}
