// The condition language on its own: what each operator means, how hidden
// (unanswered) questions behave (three-valued: Unknown), where errors point,
// and the limits that keep a hostile condition from exhausting the stack.
#include "condition.h"
#include "question.h"

#include <QTest>

class TestConditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
    void collectsQuestionIdsInOrder();
    void threeValued_data();
    void threeValued();
    void deepestAllowedNestingEvaluates();
    void longestAllowedChainEvaluates();
    void fhirPathText_data();
    void fhirPathText();

private:
    QList<Question> m_questions;
    QHash<QString, const Question *> m_byId;
};

void TestConditions::initTestCase()
{
    const auto question = [](const char *id, Question::Type type, QStringList choices = {}) {
        Question q;
        q.id = QString::fromLatin1(id);
        q.type = type;
        for (const QString &c : choices)
            q.choices.append(Choice{c, c, false});
        return q;
    };
    m_questions = {
        question("sex", Question::Type::Choice, {QStringLiteral("female"), QStringLiteral("male")}),
        question("flag", Question::Type::Boolean),
        question("other", Question::Type::Boolean),
        question("last", Question::Type::Date),
        question("effects", Question::Type::MultiChoice, {QStringLiteral("none"), QStringLiteral("rash")}),
        question("note", Question::Type::Text),
    };
    for (const Question &q : std::as_const(m_questions))
        m_byId.insert(q.id, &q);
}

void TestConditions::evaluate_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QVariantMap>("answers");
    QTest::addColumn<bool>("expected");

    const QVariantMap female{{QStringLiteral("sex"), QStringLiteral("female")}};
    const QVariantMap none;
    QTest::newRow("equal") << "sex = \"female\"" << female << true;
    QTest::newRow("double equals") << "sex == \"female\"" << female << true;
    QTest::newRow("not equal") << "sex != \"male\"" << female << true;
    QTest::newRow("unanswered is not equal") << "sex = \"female\"" << none << false;
    QTest::newRow("unanswered is not unequal either") << "sex != \"male\"" << none << false;
    QTest::newRow("bare boolean") << "flag" << QVariantMap{{QStringLiteral("flag"), true}} << true;
    QTest::newRow("bare boolean false") << "flag" << QVariantMap{{QStringLiteral("flag"), false}} << false;
    QTest::newRow("unanswered boolean") << "flag" << none << false;
    QTest::newRow("not") << "not flag" << QVariantMap{{QStringLiteral("flag"), false}} << true;
    QTest::newRow("and binds tighter than or")
        << "flag or other and sex = \"male\"" << QVariantMap{{QStringLiteral("flag"), true}} << true;
    QTest::newRow("parentheses")
        << "(flag or other) and sex = \"male\"" << QVariantMap{{QStringLiteral("flag"), true}} << false;
    QTest::newRow("compare with true") << "flag = true" << QVariantMap{{QStringLiteral("flag"), true}} << true;
    QTest::newRow("in") << "sex in [\"male\", \"female\"]" << female << true;
    QTest::newRow("in, not there") << "sex in [\"male\"]" << female << false;
    QTest::newRow("in, unanswered") << "sex in [\"male\", \"female\"]" << none << false;
    QTest::newRow("contains")
        << "effects contains \"rash\"" << QVariantMap{{QStringLiteral("effects"), QStringList{QStringLiteral("rash")}}}
        << true;
    QTest::newRow("contains, not there")
        << "effects contains \"rash\"" << QVariantMap{{QStringLiteral("effects"), QStringList{QStringLiteral("none")}}}
        << false;
    QTest::newRow("contains, unanswered") << "effects contains \"rash\"" << none << false;
    // "today" is 2026-11-25 in this test.
    const auto last = [](int y, int m, int d) { return QVariantMap{{QStringLiteral("last"), QDate(y, m, d)}}; };
    QTest::newRow("13 days ago") << "today - last < 14 days" << last(2026, 11, 12) << true;
    QTest::newRow("14 days ago") << "today - last < 14 days" << last(2026, 11, 11) << false;
    QTest::newRow("date minus days") << "last > today - 14" << last(2026, 11, 12) << true;
    QTest::newRow("date plus days") << "last + 14 days >= today" << last(2026, 11, 11) << true;
    QTest::newRow("date unanswered") << "today - last < 14 days" << none << false;
    QTest::newRow("text not empty") << "note != \"\"" << QVariantMap{{QStringLiteral("note"), QStringLiteral("x")}} << true;
    QTest::newRow("number arithmetic") << "1 + 2 = 3" << none << true;
}

void TestConditions::evaluate()
{
    QFETCH(QString, condition);
    QFETCH(QVariantMap, answers);
    QFETCH(bool, expected);
    Diagnostics errors;
    const auto parsed = Condition::parse(condition, {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY2(parsed, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QCOMPARE(parsed->evaluate([&](const QString &id) { return answers.value(id); }, QDate(2026, 11, 25)), expected);
}

void TestConditions::errors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QStringList>("expected");
    // The condition starts at column 10, as after "  when: " in a file.
    QTest::newRow("empty") << "" << QStringList{"t:3:10: empty condition"};
    QTest::newRow("unknown id") << "flag or flg" << QStringList{"t:3:18: unknown question id \"flg\""};
    QTest::newRow("two unknown ids")
        << "a and b" << QStringList{"t:3:10: unknown question id \"a\"", "t:3:16: unknown question id \"b\""};
    QTest::newRow("unknown choice")
        << "sex = \"f\"" << QStringList{"t:3:16: unknown choice \"f\" for question sex (choices: female, male)"};
    QTest::newRow("unknown choice on the left")
        << "\"f\" = sex" << QStringList{"t:3:10: unknown choice \"f\" for question sex (choices: female, male)"};
    QTest::newRow("contains on text")
        << "note contains \"x\""
        << QStringList{"t:3:15: type mismatch: 'contains' needs a multi-choice question, not text"};
    QTest::newRow("equal on multi-choice")
        << "effects = \"rash\"" << QStringList{"t:3:18: type mismatch: cannot compare a multi-choice answer with text"};
    QTest::newRow("and with a date")
        << "flag and last" << QStringList{"t:3:19: type mismatch: 'and' needs true/false, but this is a date"};
    QTest::newRow("mixed list")
        << "sex in [\"male\", 3]" << QStringList{"t:3:26: type mismatch: a list mixes text with a number"};
    QTest::newRow("bad character") << "flag & other" << QStringList{"t:3:15: syntax error: unexpected character '&'"};
    QTest::newRow("unclosed paren")
        << "(flag or other" << QStringList{"t:3:24: syntax error: ')' expected to close the '(' at column 10"};
    QTest::newRow("not a whole number of days")
        << "today - last < 1.5" << QStringList{"t:3:25: '1.5' is not a whole number of days from 0 to 100000"};
    QTest::newRow("too many days")
        << "today - last < 100001" << QStringList{"t:3:25: '100001' is not a whole number of days from 0 to 100000"};
    QTest::newRow("list of lists")
        << "sex in [[\"male\"]]" << QStringList{"t:3:18: type mismatch: a list cannot hold a list"};
    QTest::newRow("multi-choice in a list")
        << "effects in [effects]" << QStringList{"t:3:22: type mismatch: a list cannot hold a multi-choice answer",
                                                 "t:3:18: type mismatch: use 'contains' to test a multi-choice answer"};
    QTest::newRow("answered without an id")
        << "answered(\"x\")" << QStringList{"t:3:19: syntax error: answered( needs a question id"};
    QTest::newRow("65 levels")
        << QString(QStringLiteral("(").repeated(65) + QStringLiteral("flag") + QStringLiteral(")").repeated(65))
        << QStringList{"t:3:74: nesting too deep: more than 64 levels of parentheses, lists and 'not'"};
    QTest::newRow("too long")
        << QString(QStringLiteral("flag and ").repeated(250) + QStringLiteral("flag"))
        << QStringList{"t:3:2010: condition too long: 2254 characters, at most 2000"};
    QTest::newRow("text is not a condition")
        << "\"yes\"" << QStringList{"t:3:10: a condition must be true or false, but this is text"};
}

void TestConditions::errors()
{
    QFETCH(QString, condition);
    QFETCH(QStringList, expected);
    Diagnostics errors;
    const auto parsed = Condition::parse(condition, {QStringLiteral("t"), 3, 10}, m_byId, &errors);
    QVERIFY(!parsed);
    QStringList actual;
    for (const Diagnostic &d : errors)
        actual << d.toString();
    QCOMPARE(actual, expected);
}

void TestConditions::collectsQuestionIdsInOrder()
{
    Diagnostics errors;
    const auto parsed = Condition::parse(QStringLiteral("other or today - last < 3 or other and sex = \"male\""),
                                         {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY(parsed);
    QCOMPARE(parsed->questionIds(), (QStringList{"other", "last", "sex"}));
}

// Truth tables: a comparison with an unanswered question is Unknown, `not`
// keeps it Unknown, `and`/`or` follow Kleene, answered() is never Unknown.
void TestConditions::threeValued_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QVariantMap>("answers");
    QTest::addColumn<int>("expected");
    const int T = int(Truth::True), F = int(Truth::False), U = int(Truth::Unknown);
    const QVariantMap none;
    const QVariantMap flagYes{{QStringLiteral("flag"), true}};
    const QVariantMap flagNo{{QStringLiteral("flag"), false}};
    QTest::newRow("bare, unanswered") << "flag" << none << U;
    QTest::newRow("not, unanswered") << "not flag" << none << U;
    QTest::newRow("not, answered no") << "not flag" << flagNo << T;
    QTest::newRow("!=, unanswered") << "sex != \"male\"" << none << U;
    QTest::newRow("U and F") << "other and flag" << flagNo << F;
    QTest::newRow("U and T") << "other and flag" << flagYes << U;
    QTest::newRow("U or T") << "other or flag" << flagYes << T;
    QTest::newRow("U or F") << "other or flag" << flagNo << U;
    QTest::newRow("in, unanswered") << "sex in [\"male\"]" << none << U;
    QTest::newRow("in an empty list") << "sex in []" << none << F;
    QTest::newRow("contains, unanswered") << "effects contains \"rash\"" << none << U;
    QTest::newRow("not contains, unanswered") << "not (effects contains \"rash\")" << none << U;
    QTest::newRow("empty multi-choice is unanswered")
        << "effects contains \"rash\"" << QVariantMap{{QStringLiteral("effects"), QStringList{}}} << U;
    QTest::newRow("empty text is unanswered") << "note = \"\"" << QVariantMap{{QStringLiteral("note"), QString()}} << U;
    QTest::newRow("date arithmetic, unanswered") << "14 > today - last" << none << U;
    QTest::newRow("subtraction on the right") << "14 > today - last"
                                              << QVariantMap{{QStringLiteral("last"), QDate(2026, 11, 12)}} << T;
    QTest::newRow("answered, no") << "answered(flag)" << none << F;
    QTest::newRow("answered, yes") << "answered(flag)" << flagNo << T;
    QTest::newRow("explicit: unanswered counts as not male")
        << "sex != \"male\" or not answered(sex)" << none << T;
    QTest::newRow("choice compared with a text answer")
        << "sex = note" << QVariantMap{{QStringLiteral("sex"), QStringLiteral("male")}, {QStringLiteral("note"), QStringLiteral("male")}} << T;
    QTest::newRow("contains a text answer")
        << "effects contains note"
        << QVariantMap{{QStringLiteral("effects"), QStringList{QStringLiteral("rash")}}, {QStringLiteral("note"), QStringLiteral("rash")}}
        << T;
    QTest::newRow("in with an unanswered item") << "sex in [\"male\", note]"
                                                << QVariantMap{{QStringLiteral("sex"), QStringLiteral("female")}} << U;
    QTest::newRow("in with an unanswered item that matches")
        << "sex in [note, \"female\"]" << QVariantMap{{QStringLiteral("sex"), QStringLiteral("female")}} << T;
}

void TestConditions::threeValued()
{
    QFETCH(QString, condition);
    QFETCH(QVariantMap, answers);
    QFETCH(int, expected);
    Diagnostics errors;
    const auto parsed = Condition::parse(condition, {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY2(parsed, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QCOMPARE(int(parsed->truth([&](const QString &id) { return answers.value(id); }, QDate(2026, 11, 25))), expected);
}

// 64 levels of each kind of nesting are allowed and evaluate without recursion.
void TestConditions::deepestAllowedNestingEvaluates()
{
    const QString inner = QStringLiteral("not ").repeated(30) + QStringLiteral("(").repeated(33)
        + QStringLiteral("flag in [true]") + QStringLiteral(")").repeated(33);
    Diagnostics errors;
    const auto parsed = Condition::parse(inner, {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY(errors.isEmpty() || (qWarning("%s", qPrintable(errors.first().toString())), false));
    QVERIFY(parsed);
    const QVariantMap yes{{QStringLiteral("flag"), true}};
    QCOMPARE(parsed->truth([&](const QString &id) { return yes.value(id); }, QDate(2026, 11, 25)), Truth::True);
}

void TestConditions::longestAllowedChainEvaluates()
{
    // 222 terms, 1,997 characters: one node, evaluated in one flat loop.
    const QString chain = QStringLiteral("flag and ").repeated(221) + QStringLiteral("flag");
    QVERIFY(chain.size() <= Condition::kMaxLength);
    Diagnostics errors;
    const auto parsed = Condition::parse(chain, {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY(parsed);
    const QVariantMap yes{{QStringLiteral("flag"), true}};
    QCOMPARE(parsed->truth([&](const QString &id) { return yes.value(id); }, QDate(2026, 11, 25)), Truth::True);
    QCOMPARE(parsed->truth([](const QString &) { return QVariant(); }, QDate(2026, 11, 25)), Truth::Unknown);
}

// The FHIRPath text itself; what it means is checked against fhirpath.js by
// tests/js/conditions.test.js.
void TestConditions::fhirPathText_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("expected");
    const QString last = QStringLiteral("%resource.repeat(item).where(linkId='last').answer.value");
    const QString today = QStringLiteral(
        "iif(%resource.authored.exists(), %resource.authored.toString().substring(0, 10).toDate(), today())");
    QTest::newRow("subtraction on the left") << "today - last < 14 days"
                                             << QStringLiteral("(%1 < (%2 + 14 days))").arg(today, last);
    QTest::newRow("subtraction on the right") << "14 > today - last"
                                              << QStringLiteral("(%1 > (%2 - 14 days))").arg(last, today);
    QTest::newRow("no dates left") << "1 + 2 = 3" << "true";
    QTest::newRow("quotes and backslashes")
        << "note = \"a\\\\b'c\"" << "(%resource.repeat(item).where(linkId='note').answer.value = 'a\\\\b\\'c')";
    QTest::newRow("two differences") << "today - last = last - today" << "";
}

void TestConditions::fhirPathText()
{
    QFETCH(QString, condition);
    QFETCH(QString, expected);
    Diagnostics errors;
    const auto parsed = Condition::parse(condition, {QStringLiteral("t"), 1, 1}, m_byId, &errors);
    QVERIFY2(parsed, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QString whyNot;
    QCOMPARE(parsed->toFhirPath(&whyNot), expected);
    QCOMPARE(whyNot.isEmpty(), !expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestConditions)
#include "test_conditions.moc"
