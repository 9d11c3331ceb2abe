// The commands for changing the rules safely: test-rules (the clinic's own
// cases), replay (what a draft would change), rules (versions kept in the store).
#include "commandline.h"

#include "clisupport.h"
#include "clock.h"
#include "rulecases.h"

using namespace Cli;

int CommandLine::testRules(const QStringList &arguments)
{
    Options options(QStringLiteral("test-rules"), {kRulesOption}, m_err);
    if (!options.parse(arguments, 1))
        return Usage;
    if (options.positional().isEmpty()) {
        options.usageError(QStringLiteral("name the folder of cases"));
        return Usage;
    }
    const QString dir = options.positional().first();
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    const QList<RuleCases::Result> results = RuleCases::run(dir, ruleSet, m_clock.now());
    if (results.isEmpty()) {
        m_err << dir << ": no cases (a case is a folder with answers.json and expected.json)\n";
        m_err.flush();
        return BadInput;
    }
    int failed = 0;
    for (const RuleCases::Result &r : results) {
        if (r.passed())
            continue;
        ++failed;
        m_out << "FAIL " << r.folder << "\n";
        for (const QString &d : r.differences)
            m_out << "  " << d << "\n";
    }
    m_out << QStringLiteral("%1 cases, %2 passed, %3 failed (rule set %4 %5, %6)\n")
                 .arg(results.size())
                 .arg(results.size() - failed)
                 .arg(failed)
                 .arg(ruleSet->id, ruleSet->version, ruleSet->fileName);
    m_out.flush();
    return failed == 0 ? Success : BadInput;
}
