// The answers file of `evaluate` and `submit`, as any script may write it:
// read, checked and evaluated against the default rule set.
#include "answersfile.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissioncheck.h"

#include <QTimeZone>

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
    static const QDateTime now(QDate(2026, 11, 25), QTime(10, 15), QTimeZone(9 * 3600));
    const AnswersFile::Result parsed =
        AnswersFile::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)), *rules, now);
    const QStringList problems = SubmissionCheck(rules).problems(parsed.submission);
    if (parsed.problems.isEmpty() && problems.isEmpty())
        Evaluator(rules).evaluate(parsed.submission.answers, parsed.submission.day());
    return 0;
}
