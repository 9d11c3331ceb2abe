// The rule set format: the default rule set matches DESIGN.md's tables and
// cites the article, and each broken file under data/rules reports exactly
// the errors its trailing `# expect` lines list, at the right line and column.
#include "hostilerules.h"
#include "rulesetloader.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestRuleSetLoader : public QObject
{
    Q_OBJECT

private slots:
    void defaultRuleSetHasDesignQuestions();
    void defaultRuleSetHasDesignRules();
    void everySectionIsAHeadingOfTheArticle();
    void followUpsAreTheQuestionsAnAnswerOpens();
    void brokenFiles_data();
    void brokenFiles();
    void checkRulesCommandPrintsFileLineColumn();
    void continuedTextAndWindowsLineEnds();
    void conditionMustFitOnOneLine();
    void missingFile();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void checkRulesWarnsOfRulesOnHiddenQuestions();
    void questionnaireSaysWhichConditionsHaveNoFhirPath();
};

namespace {

RuleSetPtr loadDefault()
{
    const auto result = RuleSetLoader::loadFile(defaultRulesPath());
    for (const Diagnostic &d : result.errors)
        qWarning("%s", qPrintable(d.toString()));
    return result.ruleSet;
}

} // namespace

void TestRuleSetLoader::defaultRuleSetHasDesignQuestions()
{
    const RuleSetPtr rules = loadDefault();
    QVERIFY(rules);
    QCOMPARE(rules->id, QStringLiteral("exosome-screening"));
    struct Expected
    {
        const char *id;
        Question::Type type;
        const char *choices;
        bool required;
        const char *shownWhen;
    };
    using T = Question::Type;
    const QList<Expected> expected{
        {"sex", T::Choice, "female,male,other", true, ""},
        {"pregnancy", T::Choice, "yes,possibly,no", true, "sex != \"male\""},
        {"breastfeeding", T::Choice, "yes,no", true, "sex != \"male\""},
        {"cancer", T::Choice, "never,current,past", true, ""},
        {"cancer_detail", T::Text, "", false, "cancer != \"never\""},
        {"anaphylaxis", T::Boolean, "", true, ""},
        {"allergy", T::Boolean, "", true, ""},
        {"allergy_detail", T::Text, "", false, "allergy or anaphylaxis"},
        {"chronic_illness", T::Boolean, "", true, ""},
        {"chronic_detail", T::Text, "", false, "chronic_illness"},
        {"medication", T::Boolean, "", true, ""},
        {"medication_detail", T::Text, "", false, "medication"},
        {"previous_treatment", T::Boolean, "", true, ""},
        {"previous_date", T::Date, "", true, "previous_treatment"},
        {"previous_side_effects", T::MultiChoice, "none,injection_site,fatigue,rash_itching,other", true,
         "previous_treatment"},
        {"blood_donation", T::Boolean, "", true, ""},
        {"notes", T::Text, "", false, ""},
    };
    QCOMPARE(rules->questions.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Question &q = rules->questions.at(i);
        const Expected &e = expected.at(i);
        QCOMPARE(q.id, QString::fromLatin1(e.id));
        QCOMPARE(q.type, e.type);
        QCOMPARE(q.choiceIds().join(u','), QString::fromLatin1(e.choices));
        QCOMPARE(q.required, e.required);
        QCOMPARE(q.shownWhen ? q.shownWhen->text() : QString(), QString::fromLatin1(e.shownWhen));
        QVERIFY2(!q.text.isEmpty(), e.id);
    }
    const Question *effects = rules->question(QStringLiteral("previous_side_effects"));
    QVERIFY(effects->choice(QStringLiteral("none"))->exclusive);
    QVERIFY(!effects->choice(QStringLiteral("fatigue"))->exclusive);
}

void TestRuleSetLoader::defaultRuleSetHasDesignRules()
{
    const RuleSetPtr rules = loadDefault();
    QVERIFY(rules);
    const QList<QPair<QString, Outcome>> expected{
        {QStringLiteral("pregnant"), Outcome::Decline},
        {QStringLiteral("possibly_pregnant"), Outcome::Avoid},
        {QStringLiteral("breastfeeding"), Outcome::Decline},
        {QStringLiteral("cancer"), Outcome::Decline},
        {QStringLiteral("anaphylaxis"), Outcome::Avoid},
        {QStringLiteral("allergy"), Outcome::Review},
        {QStringLiteral("allergic_reaction_before"), Outcome::Avoid},
        {QStringLiteral("side_effects_before"), Outcome::Review},
        {QStringLiteral("interval"), Outcome::Review},
        {QStringLiteral("chronic_illness"), Outcome::Review},
        {QStringLiteral("medication"), Outcome::Review},
        {QStringLiteral("blood_donation"), Outcome::Review},
    };
    QCOMPARE(rules->rules.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Rule &r = rules->rules.at(i);
        QCOMPARE(r.id, expected.at(i).first);
        QCOMPARE(r.level, expected.at(i).second);
        QVERIFY2(r.reason.size() > 20, qPrintable(r.id));
        QVERIFY2(!r.section.isEmpty(), qPrintable(r.id));
        // The doctor's queue lists titles: short, and each says something else.
        QVERIFY2(!r.title.isEmpty() && r.title.size() <= 45, qPrintable(r.id));
        for (int j = 0; j < i; ++j)
            QVERIFY2(rules->rules.at(j).title != r.title, qPrintable(r.id));
    }
}

void TestRuleSetLoader::followUpsAreTheQuestionsAnAnswerOpens()
{
    const RuleSetPtr rules = loadDefault();
    QVERIFY(rules);
    QCOMPARE(rules->followUps({QStringLiteral("cancer")}), QStringList{"cancer_detail"});
    QCOMPARE(rules->followUps({QStringLiteral("anaphylaxis")}), QStringList{"allergy_detail"});
    QCOMPARE(rules->followUps({QStringLiteral("sex")}), (QStringList{"pregnancy", "breastfeeding"}));
    QCOMPARE(rules->followUps({QStringLiteral("previous_treatment"), QStringLiteral("medication")}),
             (QStringList{"medication_detail", "previous_date", "previous_side_effects"}));
    QVERIFY(rules->followUps({QStringLiteral("blood_donation")}).isEmpty());
}

void TestRuleSetLoader::everySectionIsAHeadingOfTheArticle()
{
    const RuleSetPtr rules = loadDefault();
    QVERIFY(rules);
    const QString article = QString::fromUtf8(
        readFile(QStringLiteral(PRESCREEN_RULES_DIR "/sources/minato-womens-clinic-exosome-risks-2025-07-07.txt")));
    QStringList headings;
    for (const QString &line : article.split(u'\n'))
        headings << line.trimmed();
    for (const Rule &r : rules->rules) {
        for (const QString &part : r.section.split(QStringLiteral(" › ")))
            QVERIFY2(headings.contains(part), qPrintable(QStringLiteral("%1: \"%2\" is not a heading of the article")
                                                             .arg(r.id, part)));
    }
}

void TestRuleSetLoader::brokenFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataPath(QStringLiteral("rules")));
    const QStringList files = dir.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 7);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRuleSetLoader::brokenFiles()
{
    QFETCH(QString, path);
    QStringList expected;
    static const QRegularExpression expectLine(QStringLiteral("^# expect (\\d+:\\d+: .*)$"));
    for (const QString &line : QString::fromUtf8(readFile(path)).split(u'\n')) {
        const auto match = expectLine.match(line);
        if (match.hasMatch())
            expected << path + u':' + match.captured(1);
    }
    QVERIFY2(!expected.isEmpty(), "a broken file must list the errors it expects");

    const RuleSetLoader::Result result = RuleSetLoader::loadFile(path);
    QVERIFY(!result.ruleSet);
    QStringList actual;
    for (const Diagnostic &d : result.errors)
        actual << d.toString();
    QCOMPARE(actual, expected);
}

void TestRuleSetLoader::checkRulesCommandPrintsFileLineColumn()
{
    const QString path = dataPath(QStringLiteral("rules/unknown_ids.rules"));
    const ProcessResult run = runPrescreen({QStringLiteral("check-rules"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), path + QStringLiteral(":12:15: unknown question id \"sexx\""));

    const ProcessResult good = runPrescreen({QStringLiteral("check-rules"), defaultRulesPath()});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.contains("exosome-screening"));
}

void TestRuleSetLoader::continuedTextAndWindowsLineEnds()
{
    const QByteArray data = "ruleset: small\r\nversion: 2\r\n\r\nquestion q\r\n  type: boolean\r\n"
                            "  text: A long question that\r\n    carries on here.\r\n\r\n"
                            "rule r\r\n  level: avoid\r\n  when: q\r\n  reason: Because\r\n     of this.\r\n  section: S\r\n";
    const auto result = RuleSetLoader::loadData(data, QStringLiteral("small.rules"));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.ruleSet->questions.first().text, QStringLiteral("A long question that carries on here."));
    QCOMPARE(result.ruleSet->rules.first().reason, QStringLiteral("Because of this."));
    QCOMPARE(result.ruleSet->rules.first().level, Outcome::Avoid);
    QVERIFY(result.ruleSet->rules.first().title.isEmpty()); // optional
    const auto titled = RuleSetLoader::loadData(QByteArray(data).replace("  when: q\r\n", "  when: q\r\n  title: Short\r\n"),
                                                QStringLiteral("small.rules"));
    QVERIFY(titled.errors.isEmpty());
    QCOMPARE(titled.ruleSet->rules.first().title, QStringLiteral("Short"));
    QCOMPARE(result.ruleSet->sha256.size(), 64);
}

void TestRuleSetLoader::conditionMustFitOnOneLine()
{
    const QByteArray data = "ruleset: small\nversion: 2\nquestion q\n  type: boolean\n  text: Q\n"
                            "rule r\n  level: avoid\n  when: q and\n    q\n  reason: R\n  section: S\n";
    const auto result = RuleSetLoader::loadData(data, QStringLiteral("small.rules"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(), QStringLiteral("small.rules:8:9: a condition must fit on one line"));
}

void TestRuleSetLoader::missingFile()
{
    const auto result = RuleSetLoader::loadFile(QStringLiteral("/nonexistent/x.rules"));
    QVERIFY(!result.ruleSet);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().toString().startsWith(QStringLiteral("/nonexistent/x.rules: cannot open the rule set")));
}

void TestRuleSetLoader::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    for (const HostileRules::Case &c : HostileRules::cases())
        QTest::newRow(c.name) << c.text << c.expected;
}

// Each once overflowed the stack. Now every command that loads the file
// refuses it with one clear message and exit 1 (a crash would not be 1).
void TestRuleSetLoader::hostileFilesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.rules"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    const QList<QStringList> commands{
        {QStringLiteral("check-rules"), path},
        {QStringLiteral("evaluate"), QStringLiteral("--answers"), dataPath(QStringLiteral("cases/allergy/answers.json")),
         QStringLiteral("--rules"), path},
        {QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--rules"), path},
    };
    for (const QStringList &command : commands) {
        const ProcessResult run = runPrescreen(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QString::fromUtf8(run.err), path + expected + u'\n');
    }
}

void TestRuleSetLoader::checkRulesWarnsOfRulesOnHiddenQuestions()
{
    const ProcessResult run = runPrescreen({QStringLiteral("check-rules"), defaultRulesPath()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    // pregnant, possibly_pregnant, breastfeeding, allergic_reaction_before,
    // side_effects_before and interval.
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.first().endsWith(QStringLiteral(": warning: rule \"pregnant\" reads pregnancy, which is hidden unless "
                                                   "sex != \"male\"; while hidden it is unanswered, so the rule cannot "
                                                   "fire on it")),
             qPrintable(lines.first()));
}

void TestRuleSetLoader::questionnaireSaysWhichConditionsHaveNoFhirPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.rules"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ruleset: dates\nversion: 1\n\nquestion d\n  type: date\n  text: When?\n\n"
               "question q\n  type: boolean\n  text: Q?\n  shown when: today - d > d - today\n");
    file.close();
    const ProcessResult run = runPrescreen({QStringLiteral("questionnaire"), QStringLiteral("--format"),
                                            QStringLiteral("fhir"), QStringLiteral("--rules"), path});
    QCOMPARE(run.exitCode, 0);
    // The first line; the texts without translations follow (tests/test_fhir.cpp).
    QCOMPARE(QString::fromUtf8(run.err).section(u'\n', 0, 0) + u'\n',
             path + QStringLiteral(":8:10: warning: question q is exported without its condition (always enabled): "
                                   "it adds or subtracts more than one difference of two dates, which FHIRPath "
                                   "cannot calculate\n"));
    QVERIFY(!run.out.contains("enableWhen"));
}

QTEST_GUILESS_MAIN(TestRuleSetLoader)
#include "test_rulesetloader.moc"
