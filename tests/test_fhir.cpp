// The FHIR that PreScreen writes for the clinic's EHR, read back from the
// real executable's output as a FHIR client would: the Questionnaire in
// every language, its CodeSystems, a day as a collection and as a
// transaction, the Patient's names. (That every file is valid R4 is
// tests/js/check-fhir.sh's job, with HL7's schema, FHIR.js and fhirpath.js.)
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kTranslation = QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation");

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The translations of object[key], by language, as a multilingual client reads them.
QHash<QString, QString> translations(const QJsonObject &object, const QString &key)
{
    QHash<QString, QString> byLanguage;
    const QJsonArray extensions = object.value(QLatin1Char('_') + key).toObject().value(QStringLiteral("extension")).toArray();
    for (const QJsonValue &e : extensions) {
        if (e.toObject().value(QStringLiteral("url")).toString() != kTranslation)
            continue;
        QString language, content;
        for (const QJsonValue &part : e.toObject().value(QStringLiteral("extension")).toArray()) {
            const QJsonObject p = part.toObject();
            if (p.value(QStringLiteral("url")).toString() == QLatin1String("lang"))
                language = p.value(QStringLiteral("valueCode")).toString();
            if (p.value(QStringLiteral("url")).toString() == QLatin1String("content"))
                content = p.value(QStringLiteral("valueString")).toString();
        }
        byLanguage.insert(language, content);
    }
    return byLanguage;
}

QList<QJsonObject> extensions(const QJsonObject &object, const QString &url)
{
    QList<QJsonObject> found;
    for (const QJsonValue &e : object.value(QStringLiteral("extension")).toArray()) {
        if (e.toObject().value(QStringLiteral("url")).toString() == url)
            found << e.toObject();
    }
    return found;
}

QHash<QString, QJsonObject> itemsById(const QJsonObject &questionnaire)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &item : questionnaire.value(QStringLiteral("item")).toArray())
        byId.insert(item.toObject().value(QStringLiteral("linkId")).toString(), item.toObject());
    return byId;
}

QJsonObject firstOption(const QJsonObject &item, const QString &code)
{
    for (const QJsonValue &o : item.value(QStringLiteral("answerOption")).toArray()) {
        if (o.toObject().value(QStringLiteral("valueCoding")).toObject().value(QStringLiteral("code")).toString() == code)
            return o.toObject();
    }
    return {};
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        if (e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString() == type)
            found << e.toObject();
    }
    return found;
}

} // namespace

class TestFhir : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void questionnaireSpeaksEveryLanguage();
    void questionnaireInOneLanguage();
    void questionnaireSaysHowToAnswer();
    void questionnaireDescribesItself();
    void questionnaireFallsBackToExpressions();
    void untranslatedRuleSetSaysSo();
    void codeSystemsCarryTheAnswers();
    void canonicalFollowsTheClinicsBase();
    void collectionBundle();
    void transactionBundle();
    void patientNames();
    void badBundleTypeIsAUsageError();

private:
    StoredSubmission submit(const Patient &patient, const QString &language, const QVariantMap &changes, const QTime &at);
    QJsonObject run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QJsonObject exportDay(const QString &bundleType);

    QTemporaryDir m_dir;
    QString m_url;
    RuleSetPtr m_rules;
    QList<StoredSubmission> m_day;
};

void TestFhir::initTestCase()
{
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(m_rules);
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("fhir.sqlite"));
    const auto add = [&](const Patient &p, const char *language, const QVariantMap &changes, int hour) {
        m_day << submit(p, QString::fromLatin1(language), changes, QTime(hour, 0));
    };
    add({str("山田 花子"), str("やまだ はなこ"), QDate(1985, 4, 12)}, "ja",
        {{QStringLiteral("previous_treatment"), true},
         {QStringLiteral("previous_date"), QDate(2026, 11, 1)},
         {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("none")}},
         {QStringLiteral("notes"), QString()}},
        9);
    add({QStringLiteral("Jane Smith"), QString(), QDate(1970, 5, 5)}, "en",
        {{QStringLiteral("sex"), QStringLiteral("male")}, {QStringLiteral("pregnancy"), QVariant()},
         {QStringLiteral("breastfeeding"), QVariant()}},
        10);
    add({str("王 芳"), QString(), QDate(1990, 1, 2)}, "zh_CN", {{QStringLiteral("cancer"), QStringLiteral("past")}}, 11);
    add({str("てしがわら さくら"), str("てしがわら さくら"), QDate(1960, 3, 3)}, "ja", {}, 12);
    add({str("長谷川 真理子"), str("はせがわ まりこ"), QDate(1950, 12, 31)}, "ja", {}, 13);
}

StoredSubmission TestFhir::submit(const Patient &patient, const QString &language, const QVariantMap &changes, const QTime &at)
{
    Submission s;
    s.language = language;
    s.patient = patient;
    s.submittedAt = QDateTime(QDate(2026, 11, 25), at, QTimeZone(9 * 3600));
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull() && it.value().typeId() != QMetaType::QString)
            s.answers.remove(it.key());
        else
            s.answers.insert(it.key(), it.value());
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(18, 0), QTimeZone(9 * 3600)));
    Database db;
    QString error;
    if (!db.open(*DatabaseUrl::parse(m_url, &error), &error))
        qFatal("%s", qPrintable(error));
    SubmissionStore store(db, clock);
    const auto stored = store.save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

QJsonObject TestFhir::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    const ProcessResult result = runPrescreen(arguments, env);
    if (result.exitCode != 0)
        qWarning("prescreen %s: exit %d: %s", qPrintable(arguments.join(u' ')), result.exitCode, result.err.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return object;
}

QJsonObject TestFhir::exportDay(const QString &bundleType)
{
    const QString out = m_dir.filePath(bundleType + QStringLiteral(".json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    QStringList arguments{QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                          QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--out"), out,
                          QStringLiteral("--db"), m_url};
    if (!bundleType.isEmpty())
        arguments << QStringLiteral("--bundle") << bundleType;
    const ProcessResult result = runPrescreen(arguments, env);
    if (result.exitCode != 0)
        qWarning("export: %s", result.err.constData());
    return readJsonObject(out);
}

void TestFhir::questionnaireSpeaksEveryLanguage()
{
    const QJsonObject q = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir")});
    QCOMPARE(q.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(q.value(QStringLiteral("title")).toString(), QStringLiteral("Exosome therapy screening"));
    QCOMPARE(translations(q, QStringLiteral("title")).value(QStringLiteral("ja")), str("エクソソーム療法 事前問診"));
    QCOMPARE(translations(q, QStringLiteral("title")).value(QStringLiteral("zh-CN")), str("外泌体疗法 治疗前问诊"));
    QVERIFY(translations(q, QStringLiteral("description")).value(QStringLiteral("ja")).contains(QStringLiteral("exosome-screening")));

    // Every text: each item's, each help's, each choice's display.
    int texts = 0;
    for (const QJsonValue &value : q.value(QStringLiteral("item")).toArray()) {
        const QJsonObject item = value.toObject();
        QList<QPair<QJsonObject, QString>> all{{item, QStringLiteral("text")}};
        for (const QJsonValue &help : item.value(QStringLiteral("item")).toArray())
            all.append({help.toObject(), QStringLiteral("text")});
        for (const QJsonValue &option : item.value(QStringLiteral("answerOption")).toArray())
            all.append({option.toObject().value(QStringLiteral("valueCoding")).toObject(), QStringLiteral("display")});
        for (const auto &[object, key] : all) {
            const auto byLanguage = translations(object, key);
            QVERIFY2(!object.value(key).toString().isEmpty(), qPrintable(item.value(QStringLiteral("linkId")).toString()));
            QVERIFY2(!byLanguage.value(QStringLiteral("ja")).isEmpty() && !byLanguage.value(QStringLiteral("zh-CN")).isEmpty(),
                     qPrintable(object.value(key).toString()));
            QVERIFY(byLanguage.value(QStringLiteral("ja")) != object.value(key).toString());
            ++texts;
        }
    }
    int expected = 0;
    for (const Question &q : m_rules->questions)
        expected += 1 + (q.help.isEmpty() ? 0 : 1) + q.choices.size();
    QCOMPARE(texts, expected);

    const auto items = itemsById(q);
    QCOMPARE(translations(items.value(QStringLiteral("pregnancy")), QStringLiteral("text")).value(QStringLiteral("ja")),
             str("現在妊娠していますか。または、妊娠している可能性はありますか。"));
    const QJsonObject none = firstOption(items.value(QStringLiteral("previous_side_effects")), QStringLiteral("none"));
    QCOMPARE(translations(none.value(QStringLiteral("valueCoding")).toObject(), QStringLiteral("display")).value(QStringLiteral("zh-CN")),
             str("没有特别的症状"));
}

void TestFhir::questionnaireInOneLanguage()
{
    const QJsonObject ja = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(ja.value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    QCOMPARE(ja.value(QStringLiteral("title")).toString(), str("エクソソーム療法 事前問診"));
    QCOMPARE(itemsById(ja).value(QStringLiteral("pregnancy")).value(QStringLiteral("text")).toString(),
             str("現在妊娠していますか。または、妊娠している可能性はありますか。"));
    QVERIFY(ja.value(QStringLiteral("description")).toString().contains(QStringLiteral("exosome-screening")));
    QVERIFY(!ja.value(QStringLiteral("description")).toString().contains(QStringLiteral("The questions")));
    // One language: no translations anywhere.
    QVERIFY(!QJsonDocument(ja).toJson().contains("StructureDefinition/translation"));
    QVERIFY(ja.value(QStringLiteral("text")).toObject().value(QStringLiteral("div")).toString().contains(str("妊娠している可能性")));

    const QJsonObject zh = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(zh.value(QStringLiteral("language")).toString(), QStringLiteral("zh-CN"));
    QCOMPARE(zh.value(QStringLiteral("title")).toString(), str("外泌体疗法 治疗前问诊"));
    const QJsonObject en = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(en.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(!QJsonDocument(en).toJson().contains("StructureDefinition/translation"));

    const ProcessResult bad = runPrescreen({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                            QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--lang fr"));
}

void TestFhir::questionnaireSaysHowToAnswer()
{
    const auto items = itemsById(run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir")}));
    // "none" excludes the other side effects, as the kiosk does.
    const QJsonObject effects = items.value(QStringLiteral("previous_side_effects"));
    const QString exclusive = QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive");
    QCOMPARE(extensions(firstOption(effects, QStringLiteral("none")), exclusive).size(), 1);
    QCOMPARE(extensions(firstOption(effects, QStringLiteral("none")), exclusive).first().value(QStringLiteral("valueBoolean")).toBool(), true);
    QCOMPARE(extensions(firstOption(effects, QStringLiteral("fatigue")), exclusive).size(), 0);

    // Help texts are help: a display item under the question, itemControl "help".
    const QJsonObject help = items.value(QStringLiteral("sex")).value(QStringLiteral("item")).toArray().first().toObject();
    QCOMPARE(help.value(QStringLiteral("type")).toString(), QStringLiteral("display"));
    QCOMPARE(help.value(QStringLiteral("text")).toString(), QStringLiteral("Some questions apply only to women."));
    const auto control = extensions(help, QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"));
    QCOMPARE(control.size(), 1);
    const QJsonObject code = control.first().value(QStringLiteral("valueCodeableConcept")).toObject()
                                 .value(QStringLiteral("coding")).toArray().first().toObject();
    QCOMPARE(code.value(QStringLiteral("system")).toString(), QStringLiteral("http://hl7.org/fhir/questionnaire-item-control"));
    QCOMPARE(code.value(QStringLiteral("code")).toString(), QStringLiteral("help"));
    QVERIFY(!items.value(QStringLiteral("medication")).contains(QStringLiteral("item"))); // no help, no help item

    // A date no earlier than the birth date and no later than today.
    const QJsonObject date = items.value(QStringLiteral("previous_date"));
    const auto limit = [&](const char *name) {
        const auto found = extensions(date, QStringLiteral("http://hl7.org/fhir/StructureDefinition/") + QLatin1String(name));
        return found.isEmpty() ? QString()
                               : found.first().value(QStringLiteral("_valueDate")).toObject().value(QStringLiteral("extension"))
                                     .toArray().first().toObject().value(QStringLiteral("valueExpression")).toObject()
                                     .value(QStringLiteral("expression")).toString();
    };
    QCOMPARE(limit("minValue"), QStringLiteral("%patient.birthDate"));
    QCOMPARE(limit("maxValue"), QStringLiteral("today()"));
    QVERIFY(limit("minValue").isEmpty() == false);
    QCOMPARE(extensions(items.value(QStringLiteral("sex")), QStringLiteral("http://hl7.org/fhir/StructureDefinition/maxValue")).size(), 0);
}

void TestFhir::questionnaireDescribesItself()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_CLINIC_NAME"), QStringLiteral("Minato Women's Clinic"));
    const QJsonObject q = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir")}, env);
    QCOMPARE(q.value(QStringLiteral("name")).toString(), QStringLiteral("ExosomeScreening")); // que-0
    QCOMPARE(q.value(QStringLiteral("publisher")).toString(), QStringLiteral("Minato Women's Clinic"));
    QCOMPARE(q.value(QStringLiteral("date")).toString(), m_rules->date.toString(Qt::ISODate));
    QVERIFY(m_rules->date.isValid());
    QVERIFY(q.value(QStringLiteral("description")).toString().contains(m_rules->version));
    QVERIFY(q.value(QStringLiteral("description")).toString().contains(m_rules->source));
    const QJsonObject text = q.value(QStringLiteral("text")).toObject();
    QCOMPARE(text.value(QStringLiteral("status")).toString(), QStringLiteral("generated"));
    const QString div = text.value(QStringLiteral("div")).toString();
    QVERIFY(div.startsWith(QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">")));
    QVERIFY(div.contains(QStringLiteral("Are you currently breastfeeding?")));
    QVERIFY(div.contains(QStringLiteral("please choose &quot;Possibly&quot;"))); // escaped, still XHTML
    // The default publisher is the clinic of DESIGN.md.
    const QJsonObject plain = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir")});
    QCOMPARE(plain.value(QStringLiteral("publisher")).toString(), str("みなとウィメンズクリニック"));
}

void TestFhir::questionnaireFallsBackToExpressions()
{
    const QJsonObject q = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                               QStringLiteral("--rules"), dataPath(QStringLiteral("rules-valid/visibility.rules"))});
    const QJsonObject recent = q.value(QStringLiteral("item")).toArray().at(2).toObject();
    QVERIFY(!recent.contains(QStringLiteral("enableWhen")));
    const auto expression = extensions(recent, QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"));
    QCOMPARE(expression.size(), 1);
    QCOMPARE(expression.first().value(QStringLiteral("valueExpression")).toObject().value(QStringLiteral("language")).toString(),
             QStringLiteral("text/fhirpath"));
}

void TestFhir::untranslatedRuleSetSaysSo()
{
    // A clinic's own rule set has no translations: the Questionnaire carries
    // none rather than English marked as Japanese, and says so on stderr.
    const ProcessResult result = runPrescreen({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                               QStringLiteral("--rules"), dataPath(QStringLiteral("rules-valid/visibility.rules"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("have no translation"), result.err.constData());
    QVERIFY(result.err.contains("ja: "));
    const QJsonObject q = QJsonDocument::fromJson(result.out).object();
    const QJsonObject first = q.value(QStringLiteral("item")).toArray().first().toObject();
    QVERIFY(translations(first, QStringLiteral("text")).isEmpty());
}

void TestFhir::codeSystemsCarryTheAnswers()
{
    const QJsonObject bundle = run({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                    QStringLiteral("--with-codesystems")});
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    const auto questionnaires = resources(bundle, QStringLiteral("Questionnaire"));
    QCOMPARE(questionnaires.size(), 1);
    const auto systems = resources(bundle, QStringLiteral("CodeSystem"));
    QSet<QString> systemUrls;
    for (const QJsonObject &entry : systems) {
        const QJsonObject cs = entry.value(QStringLiteral("resource")).toObject();
        QCOMPARE(entry.value(QStringLiteral("fullUrl")).toString(), cs.value(QStringLiteral("url")).toString());
        QCOMPARE(cs.value(QStringLiteral("content")).toString(), QStringLiteral("complete"));
        QCOMPARE(cs.value(QStringLiteral("version")).toString(), m_rules->version);
        systemUrls.insert(cs.value(QStringLiteral("url")).toString());
    }
    // Every coding the Questionnaire offers comes from a CodeSystem beside it, with that code.
    int codings = 0;
    for (const QJsonValue &item : questionnaires.first().value(QStringLiteral("resource")).toObject().value(QStringLiteral("item")).toArray()) {
        for (const QJsonValue &option : item.toObject().value(QStringLiteral("answerOption")).toArray()) {
            const QJsonObject coding = option.toObject().value(QStringLiteral("valueCoding")).toObject();
            QVERIFY2(systemUrls.contains(coding.value(QStringLiteral("system")).toString()), qPrintable(coding.value(QStringLiteral("system")).toString()));
            ++codings;
        }
    }
    QCOMPARE(codings, 3 + 3 + 2 + 3 + 5);
    QCOMPARE(systems.size(), 5);
    const QJsonObject effects = systems.last().value(QStringLiteral("resource")).toObject();
    QCOMPARE(effects.value(QStringLiteral("id")).toString(), QStringLiteral("exosome-screening-previous-side-effects"));
    const QJsonObject none = effects.value(QStringLiteral("concept")).toArray().first().toObject();
    QCOMPARE(none.value(QStringLiteral("code")).toString(), QStringLiteral("none"));
    QCOMPARE(none.value(QStringLiteral("designation")).toArray().first().toObject().value(QStringLiteral("language")).toString(),
             QStringLiteral("ja"));
    QCOMPARE(none.value(QStringLiteral("designation")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
             str("特になし"));
}

void TestFhir::canonicalFollowsTheClinicsBase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_FHIR_BASE"), QStringLiteral("https://ehr.example.jp/fhir/"));
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    const QString out = m_dir.filePath(QStringLiteral("based.json"));
    QCOMPARE(runPrescreen({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--format"),
                           QStringLiteral("fhir"), QStringLiteral("--out"), out, QStringLiteral("--db"), m_url}, env).exitCode, 0);
    const QJsonObject bundle = readJsonObject(out);
    const QJsonObject q = resources(bundle, QStringLiteral("Questionnaire")).first().value(QStringLiteral("resource")).toObject();
    const QString canonical = QStringLiteral("https://ehr.example.jp/fhir/Questionnaire/exosome-screening");
    QCOMPARE(q.value(QStringLiteral("url")).toString(), canonical);
    for (const QJsonObject &entry : resources(bundle, QStringLiteral("QuestionnaireResponse"))) {
        const QJsonObject response = entry.value(QStringLiteral("resource")).toObject();
        QCOMPARE(response.value(QStringLiteral("questionnaire")).toString(), canonical + u'|' + m_rules->version);
        const QJsonObject sex = response.value(QStringLiteral("item")).toArray().first().toObject();
        QCOMPARE(sex.value(QStringLiteral("answer")).toArray().first().toObject().value(QStringLiteral("valueCoding")).toObject()
                     .value(QStringLiteral("system")).toString(),
                 QStringLiteral("https://ehr.example.jp/fhir/CodeSystem/exosome-screening-sex"));
    }
}

void TestFhir::collectionBundle()
{
    const QJsonObject bundle = exportDay(QString());
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    // The Questionnaire the responses name is in the Bundle, at its canonical URL.
    const auto questionnaires = resources(bundle, QStringLiteral("Questionnaire"));
    QCOMPARE(questionnaires.size(), 1);
    const QString canonical = questionnaires.first().value(QStringLiteral("fullUrl")).toString();
    QCOMPARE(canonical, questionnaires.first().value(QStringLiteral("resource")).toObject().value(QStringLiteral("url")).toString());
    QCOMPARE(resources(bundle, QStringLiteral("CodeSystem")).size(), 5);
    const auto responses = resources(bundle, QStringLiteral("QuestionnaireResponse"));
    QCOMPARE(responses.size(), m_day.size());
    QSet<QString> questionIds;
    for (const Question &q : m_rules->questions)
        questionIds.insert(q.id);
    for (int i = 0; i < responses.size(); ++i) {
        const QJsonObject response = responses.at(i).value(QStringLiteral("resource")).toObject();
        const Submission &s = m_day.at(i).submission;
        QCOMPARE(response.value(QStringLiteral("id")).toString(), s.uuid);
        QCOMPARE(responses.at(i).value(QStringLiteral("fullUrl")).toString(), QStringLiteral("urn:uuid:") + s.uuid);
        QCOMPARE(response.value(QStringLiteral("questionnaire")).toString(), canonical + u'|' + m_rules->version);
        QCOMPARE(response.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("#patient"));
        QCOMPARE(response.value(QStringLiteral("contained")).toArray().first().toObject().value(QStringLiteral("birthDate")).toString(),
                 s.patient.birthDate.toString(Qt::ISODate));
        for (const QJsonValue &item : response.value(QStringLiteral("item")).toArray()) {
            QVERIFY2(questionIds.contains(item.toObject().value(QStringLiteral("linkId")).toString()), "unknown linkId");
            QVERIFY(!item.toObject().value(QStringLiteral("answer")).toArray().isEmpty());
        }
    }
    // Hidden questions are absent, an empty note is no answer, and coded
    // answers read in the patient's language.
    const auto answers = [&](int i) {
        QHash<QString, QJsonArray> byId;
        for (const QJsonValue &item : responses.at(i).value(QStringLiteral("resource")).toObject().value(QStringLiteral("item")).toArray())
            byId.insert(item.toObject().value(QStringLiteral("linkId")).toString(), item.toObject().value(QStringLiteral("answer")).toArray());
        return byId;
    };
    QVERIFY(!answers(0).contains(QStringLiteral("notes")));
    QCOMPARE(answers(0).value(QStringLiteral("previous_date")).first().toObject().value(QStringLiteral("valueDate")).toString(),
             QStringLiteral("2026-11-01"));
    QCOMPARE(answers(0).value(QStringLiteral("sex")).first().toObject().value(QStringLiteral("valueCoding")).toObject()
                 .value(QStringLiteral("display")).toString(), str("女性"));
    QVERIFY(!answers(1).contains(QStringLiteral("pregnancy")));
    QCOMPARE(answers(1).value(QStringLiteral("sex")).first().toObject().value(QStringLiteral("valueCoding")).toObject()
                 .value(QStringLiteral("display")).toString(), QStringLiteral("Male"));
    QCOMPARE(answers(2).value(QStringLiteral("cancer")).first().toObject().value(QStringLiteral("valueCoding")).toObject()
                 .value(QStringLiteral("code")).toString(), QStringLiteral("past"));
}

void TestFhir::transactionBundle()
{
    const QJsonObject bundle = exportDay(QStringLiteral("transaction"));
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("transaction"));
    QSet<QString> fullUrls;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString fullUrl = e.toObject().value(QStringLiteral("fullUrl")).toString();
        QVERIFY2(fullUrl.startsWith(QStringLiteral("urn:uuid:")), qPrintable(fullUrl));
        QVERIFY2(!fullUrls.contains(fullUrl), qPrintable(fullUrl));
        fullUrls.insert(fullUrl);
        QVERIFY(e.toObject().contains(QStringLiteral("request")));
    }
    // The Questionnaire and CodeSystems by canonical: a conditional update of that version.
    const QJsonObject q = resources(bundle, QStringLiteral("Questionnaire")).first();
    const QJsonObject put = q.value(QStringLiteral("request")).toObject();
    QCOMPARE(put.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(put.value(QStringLiteral("url")).toString(),
             QStringLiteral("Questionnaire?url=http://prescreen.invalid/fhir/Questionnaire/exosome-screening&version=") + m_rules->version);
    QVERIFY(!q.value(QStringLiteral("resource")).toObject().contains(QStringLiteral("id")));
    for (const QJsonObject &cs : resources(bundle, QStringLiteral("CodeSystem")))
        QVERIFY(cs.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString()
                    .startsWith(QStringLiteral("CodeSystem?url=http://prescreen.invalid/fhir/CodeSystem/exosome-screening-")));

    // Each response created once, by its submission's identifier, with its patient beside it.
    const auto responses = resources(bundle, QStringLiteral("QuestionnaireResponse"));
    const auto patients = resources(bundle, QStringLiteral("Patient"));
    QCOMPARE(responses.size(), m_day.size());
    QCOMPARE(patients.size(), m_day.size());
    QHash<QString, QJsonObject> patientByUrl;
    for (const QJsonObject &p : patients) {
        patientByUrl.insert(p.value(QStringLiteral("fullUrl")).toString(), p);
        const QJsonObject request = p.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("url")).toString(), QStringLiteral("Patient"));
        const QJsonObject identifier = p.value(QStringLiteral("resource")).toObject().value(QStringLiteral("identifier")).toArray().first().toObject();
        QCOMPARE(request.value(QStringLiteral("ifNoneExist")).toString(),
                 QStringLiteral("identifier=urn:ietf:rfc:3986|") + identifier.value(QStringLiteral("value")).toString());
    }
    for (int i = 0; i < responses.size(); ++i) {
        const Submission &s = m_day.at(i).submission;
        const QJsonObject entry = responses.at(i);
        const QJsonObject response = entry.value(QStringLiteral("resource")).toObject();
        QCOMPARE(entry.value(QStringLiteral("fullUrl")).toString(), QStringLiteral("urn:uuid:") + s.uuid);
        QCOMPARE(entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("ifNoneExist")).toString(),
                 QStringLiteral("identifier=urn:ietf:rfc:3986|urn:uuid:") + s.uuid);
        QCOMPARE(response.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("urn:uuid:") + s.uuid);
        QVERIFY(!response.contains(QStringLiteral("contained")));
        QVERIFY(!response.contains(QStringLiteral("id")));
        const QString subject = response.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
        QVERIFY2(patientByUrl.contains(subject), qPrintable(subject));
        QCOMPARE(patientByUrl.value(subject).value(QStringLiteral("resource")).toObject().value(QStringLiteral("birthDate")).toString(),
                 s.patient.birthDate.toString(Qt::ISODate));
    }
    // Sent again, the same day names the same things: nothing is created twice.
    const QJsonObject again = exportDay(QStringLiteral("transaction"));
    QStringList first, second;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
        first << e.toObject().value(QStringLiteral("fullUrl")).toString()
                     + e.toObject().value(QStringLiteral("request")).toObject().value(QStringLiteral("ifNoneExist")).toString();
    for (const QJsonValue &e : again.value(QStringLiteral("entry")).toArray())
        second << e.toObject().value(QStringLiteral("fullUrl")).toString()
                      + e.toObject().value(QStringLiteral("request")).toObject().value(QStringLiteral("ifNoneExist")).toString();
    QCOMPARE(second, first);
}

void TestFhir::patientNames()
{
    const auto patients = resources(exportDay(QStringLiteral("transaction")), QStringLiteral("Patient"));
    const auto names = [&](int i) {
        return patients.at(i).value(QStringLiteral("resource")).toObject().value(QStringLiteral("name")).toArray();
    };
    const auto representation = [](const QJsonValue &name) {
        return name.toObject().value(QStringLiteral("extension")).toArray().first().toObject().value(QStringLiteral("valueCode")).toString();
    };
    // 山田 花子: family first, in kanji (IDE) and in kana (SYL).
    QCOMPARE(names(0).size(), 2);
    const QJsonObject kanji = names(0).at(0).toObject();
    QCOMPARE(kanji.value(QStringLiteral("use")).toString(), QStringLiteral("official"));
    QCOMPARE(kanji.value(QStringLiteral("text")).toString(), str("山田 花子"));
    QCOMPARE(kanji.value(QStringLiteral("family")).toString(), str("山田"));
    QCOMPARE(kanji.value(QStringLiteral("given")).toArray(), QJsonArray{str("花子")});
    QCOMPARE(representation(kanji), QStringLiteral("IDE"));
    const QJsonObject kana = names(0).at(1).toObject();
    QCOMPARE(kana.value(QStringLiteral("family")).toString(), str("やまだ"));
    QCOMPARE(kana.value(QStringLiteral("given")).toArray(), QJsonArray{str("はなこ")});
    QCOMPARE(representation(kana), QStringLiteral("SYL"));
    QCOMPARE(kana.value(QStringLiteral("extension")).toArray().first().toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"));
    // Jane Smith: the input does not say which name is the family name.
    QCOMPARE(names(1).size(), 1);
    QCOMPARE(names(1).first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Jane Smith"));
    QVERIFY(!names(1).first().toObject().contains(QStringLiteral("family")));
    QVERIFY(!names(1).first().toObject().contains(QStringLiteral("extension")));
    // 王 芳: a Chinese name with a space is family first too.
    QCOMPARE(names(2).first().toObject().value(QStringLiteral("family")).toString(), str("王"));
    // A name written in kana is its own reading: one name, syllabic.
    QCOMPARE(names(3).size(), 1);
    QCOMPARE(representation(names(3).first()), QStringLiteral("SYL"));
    QCOMPARE(names(3).first().toObject().value(QStringLiteral("family")).toString(), str("てしがわら"));
    QCOMPARE(names(4).at(0).toObject().value(QStringLiteral("family")).toString(), str("長谷川"));
    // Every patient's language, and an identifier the transaction finds them by.
    const QJsonObject jane = patients.at(1).value(QStringLiteral("resource")).toObject();
    QCOMPARE(jane.value(QStringLiteral("communication")).toArray().first().toObject().value(QStringLiteral("language")).toObject()
                 .value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("en"));
    QCOMPARE(jane.value(QStringLiteral("identifier")).toArray().first().toObject().value(QStringLiteral("use")).toString(),
             QStringLiteral("secondary"));
}

void TestFhir::badBundleTypeIsAUsageError()
{
    const QStringList base{QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("never.json")), QStringLiteral("--db"), m_url, QStringLiteral("--format")};
    const ProcessResult batch = runPrescreen(base + QStringList{QStringLiteral("fhir"), QStringLiteral("--bundle"), QStringLiteral("batch")});
    QCOMPARE(batch.exitCode, 2);
    QVERIFY2(batch.err.contains("--bundle batch: expected collection or transaction"), batch.err.constData());
    const ProcessResult csv = runPrescreen(base + QStringList{QStringLiteral("csv"), QStringLiteral("--bundle"), QStringLiteral("transaction")});
    QCOMPARE(csv.exitCode, 2);
    QVERIFY(csv.err.contains("--bundle is for --format fhir"));
    // Codes are for the tables; the PDF and FHIR would ignore them.
    for (const QString &format : {QStringLiteral("fhir"), QStringLiteral("pdf")}) {
        const ProcessResult codes = runPrescreen(base + QStringList{format, QStringLiteral("--codes")});
        QCOMPARE(codes.exitCode, 2);
        QVERIFY2(codes.err.contains("--codes is for --format csv or xlsx"), codes.err.constData());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
}

QTEST_GUILESS_MAIN(TestFhir)
#include "test_fhir.moc"
