// A rule-set file as a clinic may edit it: loaded, and when it loads, one
// evaluation of empty answers and its FHIR conditions.
#include "evaluation.h"
#include "rulesetloader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RuleSetLoader::Result result = RuleSetLoader::loadData(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)), QStringLiteral("fuzz.rules"));
    if (result.ruleSet) {
        Evaluator(result.ruleSet).evaluate({}, QDate(2026, 11, 25));
        for (const Question &q : result.ruleSet->questions) {
            if (q.shownWhen)
                q.shownWhen->toFhirPath();
        }
    }
    return 0;
}
