// The JSON a submit writes by hand reads back, through Qt's own JSON reader,
// exactly as the QJsonObject it replaced: for every answer type, and for text
// that JSON must escape (quotes, backslashes, every control character, NUL),
// CJK and characters outside the BMP.
#include "evaluation.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void answersReadBackAsWritten();
    void flagsReadBackAsWritten();
};

namespace {

QString everyAwkwardCharacter()
{
    QString text = QStringLiteral("\"quoted\" back\\slash /slash 山田 花子 やまだ 王芳 😀 \u00e9 \u3000 \u200b =1+1 ");
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(0x7f);
    return text;
}

QJsonObject asQtWritesIt(const QVariantMap &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QDate)
            object.insert(it.key(), it.value().toDate().toString(Qt::ISODate));
        else
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return object;
}

} // namespace

void TestJsonText::answersReadBackAsWritten()
{
    const QVariantMap answers{{QStringLiteral("allergy"), true},
                              {QStringLiteral("medication"), false},
                              {QStringLiteral("sex"), QStringLiteral("female")},
                              {QStringLiteral("notes"), everyAwkwardCharacter()},
                              {QStringLiteral("empty"), QString()},
                              {QStringLiteral("previous_date"), QDate(2026, 11, 18)},
                              {QStringLiteral("previous_side_effects"),
                               QStringList{QStringLiteral("fatigue"), everyAwkwardCharacter()}},
                              {QStringLiteral("no_choice"), QStringList{}},
                              {QStringLiteral("a number"), 42},
                              {everyAwkwardCharacter(), QStringLiteral("a key that needs escaping")}};
    const QByteArray written = JsonText::answers(answers);
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(read.isObject());
    QCOMPARE(read.object(), asQtWritesIt(answers));
    QCOMPARE(read.object().value(QStringLiteral("notes")).toString(), everyAwkwardCharacter());

    QCOMPARE(JsonText::answers({}), QByteArray("{}"));
}

void TestJsonText::flagsReadBackAsWritten()
{
    Flag pregnant{QStringLiteral("pregnant"), Outcome::Decline, {QStringLiteral("pregnancy")},
                  QStringLiteral("妊娠中"), everyAwkwardCharacter(), QStringLiteral("§3 \"注意\"")};
    Flag allergy{QStringLiteral("allergy"), Outcome::Review, {QStringLiteral("allergy"), QStringLiteral("allergy_detail")},
                 QString(), QStringLiteral("reason"), QString()};
    const QList<Flag> flags{pregnant, allergy};
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(JsonText::flags(flags), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.array(), Evaluation::flagsToJson(flags));
    const QList<Flag> back = Evaluation::flagsFromJson(read.array());
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).reason, everyAwkwardCharacter());
    QCOMPARE(back.at(1).questions, allergy.questions);

    QCOMPARE(JsonText::flags({}), QByteArray("[]"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_jsontext.moc"
