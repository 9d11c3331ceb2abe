// One condition of the expression language against the default rule set's
// questions, through the public Condition::parse: parsed, evaluated on a
// fixed set of answers and turned into FHIRPath.
#include "condition.h"
#include "rulesetloader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RuleSetPtr rules = [] {
        const RuleSetPtr loaded = RuleSetLoader::loadFile(QStringLiteral(PRESCREEN_DEFAULT_RULES)).ruleSet;
        if (!loaded)
            std::abort();
        return loaded;
    }();
    static const QHash<QString, const Question *> questions = [] {
        QHash<QString, const Question *> byId;
        for (const Question &q : rules->questions)
            byId.insert(q.id, &q);
        return byId;
    }();
    static const QVariantMap answers{{QStringLiteral("sex"), QStringLiteral("female")},
                                     {QStringLiteral("pregnancy"), QStringLiteral("no")},
                                     {QStringLiteral("cancer"), QStringLiteral("past")},
                                     {QStringLiteral("allergy"), true},
                                     {QStringLiteral("previous_date"), QDate(2026, 11, 18)},
                                     {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}}};
    Diagnostics errors;
    const auto condition = Condition::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), int(size)),
                                            SourceLocation{QStringLiteral("fuzz.rules"), 1, 1}, questions, &errors);
    if (condition) {
        condition->truth([](const QString &id) { return answers.value(id); }, QDate(2026, 11, 25));
        condition->toFhirPath();
        condition->simpleForm();
    }
    return 0;
}
