// Not a test by itself: prints, as JSON, every condition of a rule set with
// its FHIRPath translation, and a matrix of answer sets (unanswered and
// hidden questions included) with what PreScreen's Evaluator makes of each:
// the questions shown, the rules fired and each condition's three-valued
// truth. tests/js/conditions.test.js evaluates the same translations with
// fhirpath.js and compares.
//
//   condition_matrix RULES_FILE [ANSWER_SETS]
#include "evaluation.h"
#include "rulesetloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

namespace {

QString truthName(Truth t)
{
    return t == Truth::True ? QStringLiteral("true") : t == Truth::False ? QStringLiteral("false") : QStringLiteral("unknown");
}

QJsonValue toJson(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(v.toStringList());
    return QJsonValue::fromVariant(v);
}

// Answers every question with probability 3/4 (whether it will be shown or
// not), choosing among values that make the conditions differ.
QVariantMap randomAnswers(const RuleSet &rules, const QDate &day, QRandomGenerator &random)
{
    static const QStringList texts{QStringLiteral("x"), QStringLiteral("a\\b'c"), QStringLiteral("rash"),
                                   QStringLiteral("male"), QStringLiteral("say \"no\"")};
    QVariantMap answers;
    for (const Question &q : rules.questions) {
        if (random.bounded(4) == 0)
            continue;
        switch (q.type) {
        case Question::Type::Boolean: answers.insert(q.id, random.bounded(2) == 1); break;
        case Question::Type::Choice: answers.insert(q.id, q.choices.at(random.bounded(int(q.choices.size()))).id); break;
        case Question::Type::MultiChoice: {
            QStringList chosen;
            for (const Choice &c : q.choices) {
                if (random.bounded(3) == 0)
                    chosen << c.id;
            }
            if (chosen.isEmpty())
                chosen << q.choices.first().id;
            answers.insert(q.id, chosen);
            break;
        }
        case Question::Type::Text: answers.insert(q.id, texts.at(random.bounded(int(texts.size())))); break;
        case Question::Type::Date: answers.insert(q.id, day.addDays(-random.bounded(30))); break;
        }
    }
    return answers;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: condition_matrix RULES_FILE [ANSWER_SETS]\n");
        return 2;
    }
    const auto loaded = RuleSetLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ruleSet) {
        for (const Diagnostic &d : loaded.errors)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        return 1;
    }
    const RuleSet &rules = *loaded.ruleSet;
    const int count = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 400;

    struct Named { QString kind; QString id; const Condition *condition; };
    QList<Named> conditions;
    for (const Question &q : rules.questions) {
        if (q.shownWhen)
            conditions.append({QStringLiteral("shown"), q.id, q.shownWhen.get()});
    }
    for (const Rule &r : rules.rules)
        conditions.append({QStringLiteral("rule"), r.id, r.when.get()});
    QJsonArray conditionsJson;
    for (const Named &n : conditions) {
        QString whyNot;
        const QString fhirPath = n.condition->toFhirPath(&whyNot);
        conditionsJson.append(QJsonObject{{QStringLiteral("kind"), n.kind}, {QStringLiteral("id"), n.id},
                                          {QStringLiteral("text"), n.condition->text()},
                                          {QStringLiteral("fhirpath"), fhirPath}, {QStringLiteral("whyNot"), whyNot}});
    }
    QJsonArray questionsJson;
    for (const Question &q : rules.questions)
        questionsJson.append(QJsonObject{{QStringLiteral("id"), q.id}, {QStringLiteral("type"), questionTypeName(q.type)}});

    const Evaluator evaluator(loaded.ruleSet);
    QRandomGenerator random(20261126);
    // Submission days and offsets where the local day differs from UTC's.
    const QStringList offsets{QStringLiteral("+09:00"), QStringLiteral("-05:00"), QStringLiteral("Z")};
    QJsonArray cases;
    for (int i = 0; i < count; ++i) {
        const QDate day = QDate(2026, 11, 25).addDays(random.bounded(3));
        const QString authored = day.toString(Qt::ISODate) + QStringLiteral("T23:30:00") + offsets.at(i % offsets.size());
        const QVariantMap answers = randomAnswers(rules, day, random);
        const QSet<QString> visible = evaluator.visibleQuestions(answers, day);
        QVariantMap shownAnswers;
        QJsonObject answersJson;
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            answersJson.insert(it.key(), toJson(it.value()));
            if (visible.contains(it.key()))
                shownAnswers.insert(it.key(), it.value());
        }
        QJsonArray truths;
        for (const Named &n : conditions)
            truths.append(truthName(n.condition->truth([&](const QString &id) { return shownAnswers.value(id); }, day)));
        QJsonArray fired;
        for (const Flag &f : evaluator.evaluate(answers, day).flags)
            fired.append(f.rule);
        QStringList visibleSorted(visible.begin(), visible.end());
        visibleSorted.sort();
        cases.append(QJsonObject{{QStringLiteral("answers"), answersJson}, {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                 {QStringLiteral("authored"), authored},
                                 {QStringLiteral("visible"), QJsonArray::fromStringList(visibleSorted)},
                                 {QStringLiteral("truths"), truths}, {QStringLiteral("fired"), fired}});
    }
    const QJsonObject out{{QStringLiteral("questions"), questionsJson}, {QStringLiteral("conditions"), conditionsJson},
                          {QStringLiteral("cases"), cases}};
    std::fwrite(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), 1,
                size_t(QJsonDocument(out).toJson(QJsonDocument::Compact).size()), stdout);
    return 0;
}
