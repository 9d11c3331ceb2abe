// Data-driven evaluation cases: each folder under data/cases holds an
// answers.json and the expected.json a doctor can check by reading it. Every
// case runs through the real `prescreen evaluate`, and refused ones through
// `prescreen submit` too, to show that nothing is stored.
#include "clock.h"
#include "database.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate_data();
    void evaluate();
    void refusedSubmissionStoresNothing_data();
    void refusedSubmissionStoresNothing();
    void everyRuleHasAFiringCase();
    void builtInRuleSetIsTheSourceFile();
    void testRulesPassesOnTheShippedCases();
    void testRulesNamesWhatDiffered();
    void testRulesWithADraftRuleSet();
    void testRulesRefusesAFolderWithoutCases();

private:
    static QStringList caseNames();
    QSet<QString> m_firedRules;
};

QStringList TestCases::caseNames()
{
    return QDir(casePath(QString())).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void TestCases::initTestCase()
{
    QVERIFY2(caseNames().size() >= 40, "the case folders are missing");
}

void TestCases::evaluate_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &name : caseNames())
        QTest::newRow(qPrintable(name)) << casePath(name);
}

void TestCases::evaluate()
{
    QFETCH(QString, folder);
    const QJsonObject expected = readJsonObject(folder + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), "expected.json is missing or not an object");
    const ProcessResult run = runPrescreen({QStringLiteral("evaluate"), QStringLiteral("--answers"),
                                            folder + QStringLiteral("/answers.json")});
    const QString err = QString::fromUtf8(run.err);

    if (expected.value(QStringLiteral("refused")).toBool()) {
        QCOMPARE(run.exitCode, expected.value(QStringLiteral("exitCode")).toInt());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        for (const QJsonValue &message : expected.value(QStringLiteral("messages")).toArray())
            QVERIFY2(err.contains(message.toString()),
                     qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(message.toString(), err)));
        for (const QJsonValue &message : expected.value(QStringLiteral("notMessages")).toArray())
            QVERIFY2(!err.contains(message.toString()),
                     qPrintable(QStringLiteral("did not expect \"%1\" in:\n%2").arg(message.toString(), err)));
        // Every message names the file, so a clerk can find the bad one.
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(folder + QStringLiteral("/answers.json: ")), qPrintable(line));
        return;
    }

    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError parseError;
    const QJsonObject actual = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(actual.value(QStringLiteral("outcome")).toString(), expected.value(QStringLiteral("outcome")).toString());

    const QJsonArray actualFlags = actual.value(QStringLiteral("flags")).toArray();
    const QJsonArray expectedFlags = expected.value(QStringLiteral("flags")).toArray();
    QStringList actualRules, expectedRules;
    for (const QJsonValue &f : actualFlags)
        actualRules << f.toObject().value(QStringLiteral("rule")).toString();
    for (const QJsonValue &f : expectedFlags)
        expectedRules << f.toObject().value(QStringLiteral("rule")).toString();
    QCOMPARE(actualRules, expectedRules);
    for (int i = 0; i < actualFlags.size(); ++i) {
        const QJsonObject a = actualFlags.at(i).toObject();
        const QJsonObject e = expectedFlags.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("level")).toString(), e.value(QStringLiteral("level")).toString());
        QCOMPARE(a.value(QStringLiteral("questions")).toArray(), e.value(QStringLiteral("questions")).toArray());
        QVERIFY(!a.value(QStringLiteral("title")).toString().isEmpty());
        if (e.contains(QStringLiteral("title")))
            QCOMPARE(a.value(QStringLiteral("title")).toString(), e.value(QStringLiteral("title")).toString());
        QVERIFY(!a.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!a.value(QStringLiteral("section")).toString().isEmpty());
        m_firedRules.insert(a.value(QStringLiteral("rule")).toString());
    }
    const QJsonObject ruleSet = actual.value(QStringLiteral("ruleSet")).toObject();
    QCOMPARE(ruleSet.value(QStringLiteral("id")).toString(), QStringLiteral("exosome-screening"));
    QVERIFY(!ruleSet.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(ruleSet.value(QStringLiteral("sha256")).toString().size(), 64);
}

void TestCases::refusedSubmissionStoresNothing_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &name : caseNames()) {
        if (name.startsWith(QLatin1String("refused_")))
            QTest::newRow(qPrintable(name)) << casePath(name);
    }
}

void TestCases::refusedSubmissionStoresNothing()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"),
                                            folder + QStringLiteral("/answers.json"), QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("nothing was stored"));

    QString error;
    Database db;
    QVERIFY2(db.open(*DatabaseUrl::parse(url, &error), &error), qPrintable(error));
    QCOMPARE(SubmissionStore(db, Clock::system()).count(&error), 0);
}

void TestCases::everyRuleHasAFiringCase()
{
    const auto loaded = RuleSetLoader::loadFile(defaultRulesPath());
    QVERIFY(loaded.ruleSet);
    for (const Rule &rule : loaded.ruleSet->rules)
        QVERIFY2(m_firedRules.contains(rule.id), qPrintable(QStringLiteral("no case fires rule %1").arg(rule.id)));
}

void TestCases::builtInRuleSetIsTheSourceFile()
{
    const ProcessResult run = runPrescreen({QStringLiteral("check-rules")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray sha = QCryptographicHash::hash(readFile(defaultRulesPath()), QCryptographicHash::Sha256).toHex();
    QVERIFY2(run.out.contains(sha), run.out.constData());
}

// The same cases through `prescreen test-rules`, as a clinic runs them
// beside its rule set.
void TestCases::testRulesPassesOnTheShippedCases()
{
    const ProcessResult run = runPrescreen({QStringLiteral("test-rules"), casePath(QString())});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString summary = QStringLiteral("%1 cases, %1 passed, 0 failed (rule set exosome-screening ").arg(caseNames().size());
    QVERIFY2(QString::fromUtf8(run.out).contains(summary), run.out.constData());
    QVERIFY(!run.out.contains("FAIL"));
}

void TestCases::testRulesNamesWhatDiffered()
{
    // The shipped cases and one deliberately wrong case side by side.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cases"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("allergy"), QStringLiteral("refused_unknown_choice")}) {
        QVERIFY(QDir().mkpath(folder + u'/' + name));
        for (const QString &file : {QStringLiteral("answers.json"), QStringLiteral("expected.json")})
            QVERIFY(QFile::copy(casePath(name + u'/' + file), folder + u'/' + name + u'/' + file));
    }
    const QString wrong = dataPath(QStringLiteral("rule-cases-wrong/cancer_said_clear"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/cancer_said_clear")));
    for (const QString &file : {QStringLiteral("answers.json"), QStringLiteral("expected.json")})
        QVERIFY(QFile::copy(wrong + u'/' + file, folder + QStringLiteral("/cancer_said_clear/") + file));

    const ProcessResult run = runPrescreen({QStringLiteral("test-rules"), folder});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("FAIL ") + folder + QStringLiteral("/cancer_said_clear"),
                                 QStringLiteral("  outcome: expected clear, got decline"),
                                 QStringLiteral("  rule allergy: expected to fire, did not"),
                                 QStringLiteral("  rule cancer: fired, not expected"),
                                 QStringLiteral("3 cases, 2 passed, 1 failed (rule set exosome-screening %1, :/rules/exosome-screening.rules)")
                                     .arg(RuleSetLoader::loadFile(defaultRulesPath()).ruleSet->version)}));

    // One case folder on its own is a set of one.
    const ProcessResult one = runPrescreen({QStringLiteral("test-rules"), wrong});
    QCOMPARE(one.exitCode, 1);
    QVERIFY(one.out.contains("1 cases, 0 passed, 1 failed"));
}

void TestCases::testRulesWithADraftRuleSet()
{
    // The interval at 21 days: the shipped case of a treatment 7 days ago
    // still passes; one at 14-20 days would now be flagged.
    QTemporaryDir dir;
    QByteArray rules = readFile(defaultRulesPath());
    QVERIFY(rules.contains("today - previous_date < 14 days"));
    rules.replace("today - previous_date < 14 days", "today - previous_date < 21 days");
    const QString draft = dir.filePath(QStringLiteral("draft.rules"));
    QFile file(draft);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(rules) == rules.size());
    file.close();
    const ProcessResult run = runPrescreen({QStringLiteral("test-rules"), casePath(QString()), QStringLiteral("--rules"), draft});
    const QString out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 1);
    // Exactly the two shipped cases at 14 days now differ, and say how.
    QVERIFY2(out.contains(QStringLiteral("FAIL %1\n  outcome: expected clear, got review\n  rule interval: fired, not expected\n")
                              .arg(casePath(QStringLiteral("interval_14_days")))),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1 cases, %2 passed, 2 failed (rule set exosome-screening %4, %3)")
                              .arg(caseNames().size())
                              .arg(caseNames().size() - 2)
                              .arg(draft)
                              .arg(RuleSetLoader::loadFile(defaultRulesPath()).ruleSet->version)),
             qPrintable(out));
    QCOMPARE(out.count(QLatin1String("FAIL ")), 2);

    // A draft that does not load: its errors, exit 1.
    const ProcessResult broken = runPrescreen({QStringLiteral("test-rules"), casePath(QString()), QStringLiteral("--rules"),
                                               dataPath(QStringLiteral("rules/syntax.rules"))});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains("syntax.rules:"), broken.err.constData());
}

void TestCases::testRulesRefusesAFolderWithoutCases()
{
    QTemporaryDir dir;
    const ProcessResult run = runPrescreen({QStringLiteral("test-rules"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no cases"), run.err.constData());
    QCOMPARE(runPrescreen({QStringLiteral("test-rules")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCases)
#include "test_cases.moc"
