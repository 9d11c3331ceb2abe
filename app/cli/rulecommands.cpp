// The commands about the rule set itself: check-rules, evaluate, questionnaire, rules-strings.
#include "commandline.h"

#include "clisupport.h"
#include "clock.h"
#include "condition.h"
#include "fhirexport.h"
#include "fhirquestionnaire.h"
#include "rulesettext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Cli;

int CommandLine::checkRules(const QStringList &arguments)
{
    int exitCode = Success;
    // Warnings (rules that read a question which can be hidden) go to stderr.
    const RuleSetPtr ruleSet = ruleSetArgument(QStringLiteral("check-rules"), arguments, m_err, &exitCode, true);
    if (!ruleSet)
        return exitCode;
    m_out << QStringLiteral("%1: rule set %2 %3 is valid: %4 questions, %5 rules (sha256 %6)\n")
                 .arg(ruleSet->fileName, ruleSet->id, ruleSet->version)
                 .arg(ruleSet->questions.size())
                 .arg(ruleSet->rules.size())
                 .arg(ruleSet->sha256);
    m_out.flush();
    return Success;
}

int CommandLine::evaluate(const QStringList &arguments)
{
    Options options(QStringLiteral("evaluate"), {kAnswersOption, kRulesOption}, m_err);
    if (!options.parse(arguments) || !options.require(kAnswersOption))
        return Usage;
    const auto checked = readAnswers(options.value(kAnswersOption), options.value(kRulesOption), m_clock, m_err);
    if (!checked)
        return BadInput;
    m_out << QJsonDocument(checked->evaluation.toJson()).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int CommandLine::rulesStrings(const QStringList &arguments)
{
    int exitCode = Success;
    const RuleSetPtr ruleSet = ruleSetArgument(QStringLiteral("rules-strings"), arguments, m_err, &exitCode);
    if (!ruleSet)
        return exitCode;
    m_out << RuleSetText::lupdateSource(*ruleSet);
    m_out.flush();
    return Success;
}

int CommandLine::questionnaire(const QStringList &arguments)
{
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("fhir"), QStringLiteral("FORMAT"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("One language instead of all three."),
                                       QStringLiteral("LANGUAGE"));
    const QCommandLineOption codeSystemsOption(QStringLiteral("with-codesystems"),
                                               QStringLiteral("A Bundle with the answers' CodeSystems."));
    Options options(QStringLiteral("questionnaire"), {formatOption, kRulesOption, langOption, codeSystemsOption}, m_err);
    if (!options.parse(arguments) || !options.require(formatOption))
        return Usage;
    if (options.value(formatOption) != QLatin1String("fhir")) {
        options.usageError(QStringLiteral("--format %1: expected fhir").arg(options.value(formatOption)));
        return Usage;
    }
    const QString language = options.value(langOption);
    if (options.isSet(langOption) && !Languages::supported().contains(language)) {
        options.usageError(QStringLiteral("--lang %1: expected %2").arg(language, Languages::supported().join(QStringLiteral(", "))));
        return Usage;
    }
    const RuleSetPtr ruleSet = loadRuleSet(options.value(kRulesOption), m_err);
    if (!ruleSet)
        return BadInput;
    // Say which conditions FHIRPath cannot express, and why: their items
    // go out without a condition, enabled always.
    for (const Question &q : ruleSet->questions) {
        QString whyNot;
        if (q.shownWhen && !q.shownWhen->simpleForm() && q.shownWhen->toFhirPath(&whyNot).isEmpty())
            m_err << Diagnostic{q.where, QStringLiteral("warning: question %1 is exported without its condition "
                                                        "(always enabled): %2").arg(q.id, whyNot)}.toString()
                  << "\n";
    }
    m_err.flush();
    const FhirWording wording = FhirWording::forLanguage(ruleSet->id, language);
    const QJsonObject resource = options.isSet(codeSystemsOption)
                                     ? FhirExport::definitions(*ruleSet, wording, m_clock.now())
                                     : FhirQuestionnaire::questionnaire(*ruleSet, wording);
    // A clinic's own rule set may lack translations: say which texts stay
    // without them rather than pass English off as Japanese.
    const QStringList untranslated = wording.untranslated();
    if (!untranslated.isEmpty()) {
        m_err << "prescreen questionnaire: " << untranslated.size()
              << " texts have no translation and carry none (translations/*.ts):\n";
        for (const QString &text : untranslated)
            m_err << "  " << text << "\n";
        m_err.flush();
    }
    m_out << QJsonDocument(resource).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}
