// The condition language on its own: what each operator means, how hidden
// (unanswered) questions behave, and where errors point.
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
    QTest::newRow("unanswered differs") << "sex != \"male\"" << none << true;
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

QTEST_GUILESS_MAIN(TestConditions)
#include "test_conditions.moc"
