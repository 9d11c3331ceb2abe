// What reception sends out at the end of the day, read back as the other
// side would: the CSV with a CSV reader, the FHIR JSON by its ids and
// linkIds, the PDF's text through pdftotext; and the retention purge.
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "patientrequests.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "staffaccounts.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace TestSupport;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvCarriesTheLatestDecision();
    void fhirBundle();
    void fhirQuestionnaire();
    void fhirQuestionnaireFallsBackToExpressions();
    void pdfSummary();
    void pdfSummaryOfSeveralDays();
    void replacedFileIsPrivate();
    void pdfSummaryInJapanese();
    void pdfCountsRulesOfEarlierRuleSets();
    void pdfTextAndFontsPerLanguage();
    void everyExportIsAudited();
    void purgeLeavesNothingInTheFile();
    void recordForTheChart();
    void recordKeepsTheSealWithTheDecision();
    void patientFindExportDelete();
    void patientRequestsRefusedInTheCore();
    void kanaOnlyNameFoundByItsReading();

private:
    StoredSubmission submit(const QString &name, const QVariantMap &changes, const QDateTime &at);
    ProcessResult exportDay(const QString &format, const QString &out, const QStringList &extra = {});
    QString url() const { return m_url; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SubmissionStore> m_store;
    RuleSetPtr m_rules;
    StoredSubmission m_yamada, m_smith, m_wang;
};

void TestExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("e.sqlite")));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(18, 0), QTimeZone(9 * 3600)));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(*DatabaseUrl::parse(url(), &error), &error));
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_store = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    const QTimeZone tokyo(9 * 3600);
    m_yamada = submit(QStringLiteral("山田 花子"), {{QStringLiteral("pregnancy"), QStringLiteral("possibly")},
                                                  {QStringLiteral("allergy"), true},
                                                  {QStringLiteral("allergy_detail"), QStringLiteral("=cmd|' /C calc'!A0")}},
                      QDateTime(QDate(2026, 11, 25), QTime(9, 30), tokyo));
    m_smith = submit(QStringLiteral("Jane Smith"), {{QStringLiteral("sex"), QStringLiteral("male")},
                                                   {QStringLiteral("pregnancy"), QVariant()},
                                                   {QStringLiteral("breastfeeding"), QVariant()},
                                                   {QStringLiteral("previous_treatment"), true},
                                                   {QStringLiteral("previous_date"), QDate(2026, 11, 20)},
                                                   {QStringLiteral("previous_side_effects"),
                                                    QStringList{QStringLiteral("fatigue"), QStringLiteral("other")}}},
                     QDateTime(QDate(2026, 11, 25), QTime(11, 0), tokyo));
    m_wang = submit(QStringLiteral("王 芳"), {{QStringLiteral("cancer"), QStringLiteral("past")}},
                    QDateTime(QDate(2026, 11, 25), QTime(14, 45), tokyo));
    // The day before and the day after, in Tokyo: not in the day's exports.
    submit(QStringLiteral("前日"), {}, QDateTime(QDate(2026, 11, 24), QTime(23, 59), tokyo));
    submit(QStringLiteral("翌日"), {}, QDateTime(QDate(2026, 11, 26), QTime(0, 1), tokyo));
}

void TestExport::cleanup()
{
    m_store.reset();
    m_audit.reset();
    m_db.reset();
}

StoredSubmission TestExport::submit(const QString &name, const QVariantMap &changes, const QDateTime &at)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {name, name == QStringLiteral("山田 花子") ? QStringLiteral("やまだ はなこ") : QString(), QDate(1970, 5, 5)};
    s.submittedAt = at;
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            s.answers.remove(it.key());
        else
            s.answers.insert(it.key(), it.value());
    }
    QString error;
    const auto stored = m_store->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

ProcessResult TestExport::exportDay(const QString &format, const QString &out, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    env.insert(QStringLiteral("USER"), QStringLiteral("reception-pc"));
    env.insert(QStringLiteral("PRESCREEN_CLINIC_NAME"), QStringLiteral("Ginza Women's Clinic"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                QStringLiteral("--format"), format, QStringLiteral("--out"), out, QStringLiteral("--db"), url()};
    // English unless the test asks otherwise (the clinic's default is Japanese).
    const QStringList language = extra.contains(QStringLiteral("--lang")) ? QStringList()
                                                                          : QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
    return runPrescreen(arguments + language + extra, env);
}

void TestExport::csvCarriesTheLatestDecision()
{
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                     QStringLiteral("482135"), TestSupport::makeAdmin(accounts), &error);
    ReviewStore reviews(*m_db, *m_audit, *m_clock);
    QVERIFY(reviews.record(m_yamada, *doctor, Review::Decision::NeedsInformation, QStringLiteral("first look"), &error));
    QVERIFY(reviews.record(m_yamada, *doctor, Review::Decision::DoNotTreat, QStringLiteral("pregnancy test positive, \"wait\""), &error));

    const QString out = m_dir->filePath(QStringLiteral("day.csv"));
    const ProcessResult run = exportDay(QStringLiteral("csv"), out, {QStringLiteral("--codes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows.first();
    const auto cell = [&](int row, const char *column) { return rows.at(row).at(header.indexOf(QLatin1String(column))); };
    QCOMPARE(cell(1, "name"), QStringLiteral("山田 花子"));
    QCOMPARE(cell(1, "decision"), QStringLiteral("do_not_treat"));
    QCOMPARE(cell(1, "decision_note"), QStringLiteral("pregnancy test positive, \"wait\""));
    QCOMPARE(cell(1, "decided_by"), QStringLiteral("Dr Sato"));
    QCOMPARE(cell(1, "allergy_detail"), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(cell(2, "decision"), QString());
    QCOMPARE(cell(2, "pregnancy"), QString()); // hidden for a man: empty, not "no"
    QCOMPARE(cell(2, "previous_side_effects"), QStringLiteral("fatigue; other"));
    QCOMPARE(cell(3, "name"), QStringLiteral("王 芳"));
    QCOMPARE(cell(3, "outcome"), QStringLiteral("decline"));
}

void TestExport::fhirBundle()
{
    const QString out = m_dir->filePath(QStringLiteral("day.json"));
    const ProcessResult run = exportDay(QStringLiteral("fhir"), out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError parseError;
    const QJsonObject bundle = QJsonDocument::fromJson(readFile(out), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    // The responses, after the Questionnaire and CodeSystems they answer (tests/test_fhir.cpp).
    QJsonArray entries;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        if (entry.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString()
            == QLatin1String("QuestionnaireResponse"))
            entries.append(entry);
    }
    QCOMPARE(entries.size(), 3);
    QSet<QString> questionIds;
    for (const Question &q : m_rules->questions)
        questionIds.insert(q.id);
    QStringList uuids;
    for (const QJsonValue &entry : entries) {
        const QJsonObject response = entry.toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(response.value(QStringLiteral("resourceType")).toString(), QStringLiteral("QuestionnaireResponse"));
        QCOMPARE(entry.toObject().value(QStringLiteral("fullUrl")).toString(),
                 QStringLiteral("urn:uuid:") + response.value(QStringLiteral("id")).toString());
        QCOMPARE(response.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(response.value(QStringLiteral("questionnaire")).toString(),
                 QStringLiteral("http://prescreen.invalid/fhir/Questionnaire/exosome-screening|") + m_rules->version);
        QVERIFY(QDateTime::fromString(response.value(QStringLiteral("authored")).toString(), Qt::ISODate).isValid());
        for (const QJsonValue &item : response.value(QStringLiteral("item")).toArray()) {
            const QString linkId = item.toObject().value(QStringLiteral("linkId")).toString();
            QVERIFY2(questionIds.contains(linkId), qPrintable(linkId));
            QVERIFY(!item.toObject().value(QStringLiteral("answer")).toArray().isEmpty());
        }
        uuids << response.value(QStringLiteral("id")).toString();
    }
    QCOMPARE(uuids, (QStringList{m_yamada.submission.uuid, m_smith.submission.uuid, m_wang.submission.uuid}));

    const QJsonObject smith = entries.at(1).toObject().value(QStringLiteral("resource")).toObject();
    QHash<QString, QJsonArray> answers;
    for (const QJsonValue &item : smith.value(QStringLiteral("item")).toArray())
        answers.insert(item.toObject().value(QStringLiteral("linkId")).toString(),
                       item.toObject().value(QStringLiteral("answer")).toArray());
    QVERIFY(!answers.contains(QStringLiteral("pregnancy"))); // never shown to him
    QCOMPARE(answers.value(QStringLiteral("sex")).first().toObject().value(QStringLiteral("valueCoding")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("male"));
    QCOMPARE(answers.value(QStringLiteral("allergy")).first().toObject().value(QStringLiteral("valueBoolean")).toBool(true),
             false);
    QCOMPARE(answers.value(QStringLiteral("previous_date")).first().toObject().value(QStringLiteral("valueDate")).toString(),
             QStringLiteral("2026-11-20"));
    QCOMPARE(answers.value(QStringLiteral("previous_side_effects")).size(), 2);
    const QJsonObject patient = smith.value(QStringLiteral("contained")).toArray().first().toObject();
    QCOMPARE(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1970-05-05"));
}

void TestExport::fhirQuestionnaire()
{
    const ProcessResult run = runPrescreen({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject q = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(q.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Questionnaire"));
    QCOMPARE(q.value(QStringLiteral("url")).toString(), QStringLiteral("http://prescreen.invalid/fhir/Questionnaire/exosome-screening"));
    QCOMPARE(q.value(QStringLiteral("version")).toString(), m_rules->version);
    const QJsonArray items = q.value(QStringLiteral("item")).toArray();
    QCOMPARE(items.size(), m_rules->questions.size());
    QHash<QString, QJsonObject> byId;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("linkId")).toString(), m_rules->questions.at(i).id);
        byId.insert(m_rules->questions.at(i).id, item);
    }
    QCOMPARE(byId.value(QStringLiteral("sex")).value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
    QCOMPARE(byId.value(QStringLiteral("sex")).value(QStringLiteral("answerOption")).toArray().size(), 3);
    QCOMPARE(byId.value(QStringLiteral("previous_side_effects")).value(QStringLiteral("repeats")).toBool(), true);
    QCOMPARE(byId.value(QStringLiteral("previous_date")).value(QStringLiteral("type")).toString(), QStringLiteral("date"));
    QCOMPARE(byId.value(QStringLiteral("notes")).value(QStringLiteral("required")).toBool(true), false);

    // sex != "male" holds only for an answered sex (unknown hides), so it comes with an exists.
    const QJsonArray pregnancyWhen = byId.value(QStringLiteral("pregnancy")).value(QStringLiteral("enableWhen")).toArray();
    QCOMPARE(pregnancyWhen.size(), 2);
    QCOMPARE(byId.value(QStringLiteral("pregnancy")).value(QStringLiteral("enableBehavior")).toString(), QStringLiteral("all"));
    QCOMPARE(pregnancyWhen.at(0).toObject().value(QStringLiteral("question")).toString(), QStringLiteral("sex"));
    QCOMPARE(pregnancyWhen.at(0).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("exists"));
    QCOMPARE(pregnancyWhen.at(0).toObject().value(QStringLiteral("answerBoolean")).toBool(), true);
    QCOMPARE(pregnancyWhen.at(1).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("!="));
    QCOMPARE(pregnancyWhen.at(1).toObject().value(QStringLiteral("answerCoding")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("male"));
    const QJsonObject allergyDetail = byId.value(QStringLiteral("allergy_detail"));
    QCOMPARE(allergyDetail.value(QStringLiteral("enableBehavior")).toString(), QStringLiteral("any"));
    const QJsonArray allergyWhen = allergyDetail.value(QStringLiteral("enableWhen")).toArray();
    QCOMPARE(allergyWhen.size(), 2);
    QCOMPARE(allergyWhen.at(1).toObject().value(QStringLiteral("question")).toString(), QStringLiteral("anaphylaxis"));
    QCOMPARE(allergyWhen.at(1).toObject().value(QStringLiteral("answerBoolean")).toBool(), true);
    QVERIFY(!byId.value(QStringLiteral("sex")).contains(QStringLiteral("enableWhen")));
}

void TestExport::fhirQuestionnaireFallsBackToExpressions()
{
    const ProcessResult run = runPrescreen({QStringLiteral("questionnaire"), QStringLiteral("--format"), QStringLiteral("fhir"),
                                            QStringLiteral("--rules"), dataPath(QStringLiteral("rules-valid/visibility.rules"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("item")).toArray();
    const QJsonObject recent = items.at(2).toObject();
    QVERIFY(!recent.contains(QStringLiteral("enableWhen")));
    const QJsonObject extension = recent.value(QStringLiteral("extension")).toArray().first().toObject();
    QCOMPARE(extension.value(QStringLiteral("url")).toString(),
             QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"));
    const QJsonObject expression = extension.value(QStringLiteral("valueExpression")).toObject();
    QCOMPARE(expression.value(QStringLiteral("language")).toString(), QStringLiteral("text/fhirpath"));
    QCOMPARE(expression.value(QStringLiteral("expression")).toString(),
             QStringLiteral("(iif(%resource.authored.exists(), %resource.authored.toString().substring(0, 10).toDate(), "
                            "today()) < (%resource.repeat(item).where(linkId='last').answer.value + 14 days))"));
}

// The text of a PDF as pdftotext reads it, which is what a search or a
// copy from the file gives.
static QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        qFatal("pdftotext (poppler-utils) is needed to read the PDF back");
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    text.waitForFinished(30000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

void TestExport::pdfSummaryInJapanese()
{
    const QString out = m_dir->filePath(QStringLiteral("day-ja.pdf"));
    const ProcessResult run = exportDay(QStringLiteral("pdf"), out, {QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString page = pdfText(out);
    QVERIFY2(page.contains(QStringLiteral("PreScreen 日次サマリー")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("診療日 2026-11-25（Asia/Tokyo）")));
    QVERIFY(page.contains(QStringLiteral("ルール別")));
    QVERIFY2(page.contains(QStringLiteral("がんの診断歴（治療中・既往）")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("前回施術から14日未満")));
    QVERIFY(!page.contains(QStringLiteral("Cancer diagnosis")));
}

// Every character as drawn, in each language: no Kangxi radical or radical
// supplement in place of an ideograph (⼭ for 山), and one embedded CJK
// family per language, Simplified Chinese glyphs for zh_CN.
void TestExport::pdfTextAndFontsPerLanguage()
{
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    QVERIFY2(!pdffonts.isEmpty(), "pdffonts (poppler-utils) is needed");
    submit(QStringLiteral("山本 一郎"), {{QStringLiteral("notes"), QStringLiteral("入力 人 口 日 月 山 川 木 水 火 土 金 言 食 長 門 雨")}},
           QDateTime(QDate(2026, 11, 25), QTime(15, 0), QTimeZone(9 * 3600)));
    const QHash<QString, QString> families{{QStringLiteral("ja"), QStringLiteral("NotoSansCJKjp")},
                                           {QStringLiteral("en"), QStringLiteral("NotoSansCJKjp")},
                                           {QStringLiteral("zh_CN"), QStringLiteral("NotoSansCJKsc")}};
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        const QString out = m_dir->filePath(QStringLiteral("fonts-%1.pdf").arg(it.key()));
        const ProcessResult run = exportDay(QStringLiteral("pdf"), out, {QStringLiteral("--lang"), it.key()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString page = pdfText(out);
        QVERIFY2(page.contains(QStringLiteral("山田 花子（やまだ はなこ）")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("山本 一郎")));
        QVERIFY(page.contains(QStringLiteral("王 芳")));
        for (QChar c : page)
            QVERIFY2(c.unicode() < 0x2e80 || c.unicode() > 0x2fdf,
                     qPrintable(QStringLiteral("%1: radical U+%2 in the text").arg(it.key()).arg(c.unicode(), 4, 16)));
        QProcess fonts;
        fonts.start(pdffonts, {out});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(line.contains(it.value()), qPrintable(it.key() + QStringLiteral(": ") + line));
            QVERIFY2(line.simplified().split(u' ').contains(QStringLiteral("yes")), qPrintable(line)); // embedded
        }
    }
}

void TestExport::pdfCountsRulesOfEarlierRuleSets()
{
    // Stored as evaluated then: a rule since retired, and one from before
    // rules had titles. Both still count, after today's rules.
    Submission s;
    s.language = QStringLiteral("en");
    s.patient = {QStringLiteral("Old Rules"), QString(), QDate(1970, 5, 5)};
    s.submittedAt = QDateTime(QDate(2026, 11, 25), QTime(16, 0), QTimeZone(9 * 3600));
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    Evaluation old;
    old.outcome = Outcome::Review;
    old.ruleSetId = m_rules->id;
    old.ruleSetVersion = QStringLiteral("0.9.0");
    old.ruleSetSha256 = QString(64, u'0');
    old.flags = {Flag{QStringLiteral("retired_rule"), Outcome::Review, {QStringLiteral("notes")}, QStringLiteral("A retired rule"),
                      QStringLiteral("Why it fired."), QStringLiteral("A section")},
                 Flag{QStringLiteral("untitled_rule"), Outcome::Review, {QStringLiteral("notes")}, QString(),
                      QStringLiteral("Why it fired."), QStringLiteral("A section")}};
    QString error;
    QVERIFY2(m_store->save(s, old, &error), qPrintable(error));

    const QString out = m_dir->filePath(QStringLiteral("old.pdf"));
    const ProcessResult run = exportDay(QStringLiteral("pdf"), out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList lines;
    for (const QString &line : pdfText(out).split(u'\n'))
        lines << line.simplified();
    const qsizetype cancer = lines.indexOf(QStringLiteral("Cancer diagnosis 1"));
    const qsizetype retired = lines.indexOf(QStringLiteral("A retired rule 1"));
    const qsizetype untitled = lines.indexOf(QStringLiteral("untitled_rule 1"));
    QVERIFY2(cancer >= 0 && retired > cancer && untitled > retired, qPrintable(lines.join(u'\n')));
}

// Three days in one PDF say so, and each row carries its date: headed with
// its first day alone, the file read as a record of that day.
void TestExport::pdfSummaryOfSeveralDays()
{
    const QString out = m_dir->filePath(QStringLiteral("days.pdf"));
    const ProcessResult run = exportDay(QStringLiteral("pdf"), out, {QStringLiteral("--to"), QStringLiteral("2026-11-26")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString page = pdfText(out);
    QVERIFY2(page.contains(QStringLiteral("Clinic days 2026-11-25 – 2026-11-26 (Asia/Tokyo)")), qPrintable(page));
    QVERIFY(!page.contains(QStringLiteral("Clinic day 2026-11-25")));
    QVERIFY(page.contains(QStringLiteral("11-25 14:45")));
    QVERIFY(page.contains(QStringLiteral("11-26 00:01")));
    QVERIFY(page.contains(QStringLiteral("翌日")));
    QVERIFY(!page.contains(QStringLiteral("前日")));
}

// An export over a file that was there: it is said, and the new file is
// its user's alone, whatever the old one allowed.
void TestExport::replacedFileIsPrivate()
{
    const QString out = m_dir->filePath(QStringLiteral("old.csv"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("OLD\n");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const ProcessResult run = exportDay(QStringLiteral("csv"), out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("(the file that was there is replaced)"), run.out.constData());
    QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                             | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(!readFile(out).contains("OLD"));
    // A new name is not announced as a replacement.
    const ProcessResult fresh = exportDay(QStringLiteral("csv"), m_dir->filePath(QStringLiteral("new.csv")));
    QVERIFY(!fresh.out.contains("replaced"));
}

void TestExport::pdfSummary()
{
    // An earlier export, so that the log's last hash on paper is a real row's.
    QCOMPARE(exportDay(QStringLiteral("csv"), m_dir->filePath(QStringLiteral("before.csv"))).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("day.pdf"));
    const ProcessResult run = exportDay(QStringLiteral("pdf"), out);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readFile(out).startsWith("%PDF-"));
    const QString page = pdfText(out);
    QVERIFY2(page.contains(QStringLiteral("Clinic day 2026-11-25 (Asia/Tokyo)")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("3 submissions, 3 flagged and not yet reviewed")));
    QVERIFY(page.contains(QStringLiteral("山田 花子（やまだ はなこ）")));
    QVERIFY(page.contains(QStringLiteral("王 芳")));
    QVERIFY(!page.contains(QStringLiteral("前日")));
    QVERIFY(page.contains(QStringLiteral("Page 1 of 1")));
    // The clinic, who printed it and when, and the audit log as it stood.
    QVERIFY(page.contains(QStringLiteral("Ginza Women's Clinic")));
    // Printed when the command ran (its own clock), in the clinic's time.
    const QRegularExpressionMatch printed =
        QRegularExpression(QStringLiteral("Printed (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) by cli:reception-pc")).match(page);
    QVERIFY2(printed.hasMatch(), qPrintable(page));
    const QDateTime printedAt = QDateTime::fromString(printed.captured(1), QStringLiteral("yyyy-MM-dd HH:mm")).addSecs(0);
    const QDateTime nowInTokyo = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo"));
    QVERIFY2(qAbs(QDateTime(printedAt.date(), printedAt.time(), QTimeZone("Asia/Tokyo")).secsTo(nowInTokyo)) < 300,
             qPrintable(printed.captured(1)));
    QString error;
    // The log as it stood when the pages were drawn: the export's own row
    // comes after them, as the file takes its place.
    const AuditLog::Verification audit = m_audit->verify(&error);
    const QList<AuditEntry> rows = m_audit->entries(&error);
    QVERIFY2(audit.intact && rows.size() >= 2, qPrintable(error));
    QCOMPARE(rows.last().action, QStringLiteral("export"));
    const QString before = rows.at(rows.size() - 2).hash;
    QVERIFY2(page.simplified().contains(QStringLiteral("Audit log: %1 rows, last hash %2").arg(audit.rows - 1).arg(before)),
             qPrintable(page));
    // The bar charts' counts: one of each result but clear, and each rule that fired.
    const QStringList lines = page.split(u'\n');
    const auto countOn = [&](const QString &label) {
        for (const QString &line : lines) {
            const QStringList words = line.simplified().split(u' ');
            if (words.size() >= 2 && words.mid(0, words.size() - 1).join(u' ') == label)
                return words.last().toInt();
        }
        return -1;
    };
    // Results in the reader's words, as on the screens, not the codes.
    QCOMPARE(countOn(QStringLiteral("Decline (clinic policy)")), 1);
    QCOMPARE(countOn(QStringLiteral("Avoid (doctor may overrule)")), 1);
    QCOMPARE(countOn(QStringLiteral("Review")), 1);
    QCOMPARE(countOn(QStringLiteral("No flags")), 0);
    QVERIFY2(!page.contains(QRegularExpression(QStringLiteral("\\b(decline|avoid|clear)\\b"))), qPrintable(page));
    // Rules by their titles, which paper readers understand.
    QCOMPARE(countOn(QStringLiteral("Side effects after exosome treatment")), 1);
    QCOMPARE(countOn(QStringLiteral("Less than 14 days since the last treatment")), 1);
    QCOMPARE(countOn(QStringLiteral("Cancer diagnosis")), 1);
}

void TestExport::everyExportIsAudited()
{
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("fhir")})
        QCOMPARE(exportDay(format, m_dir->filePath(QStringLiteral("out.") + format)).exitCode, 0);
    QString error;
    const QList<AuditEntry> entries = m_audit->entries(&error);
    QCOMPARE(entries.size(), 4);
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.actor, QStringLiteral("cli:reception-pc"));
        QCOMPARE(e.action, QStringLiteral("export"));
        QVERIFY(e.detail.contains(QLatin1String("2026-11-25: 3 submissions")));
    }
}

void TestExport::purgeLeavesNothingInTheFile()
{
    const QDateTime longAgo(QDate(2024, 1, 10), QTime(10, 0), QTimeZone(9 * 3600));
    const StoredSubmission old = submit(QStringLiteral("Purgeable Oldname"),
                                        {{QStringLiteral("notes"), QStringLiteral("UNIQUE-OLD-NOTE-7731")}}, longAgo);
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                     QStringLiteral("482135"), TestSupport::makeAdmin(accounts), &error);
    QVERIFY(ReviewStore(*m_db, *m_audit, *m_clock).record(old, *doctor, Review::Decision::Proceed, QStringLiteral("REVIEW-NOTE-4410"), &error));
    m_db.reset(); // closed, as another process would find the file
    // The bytes of the store's own files: SQLite's file and its log; on
    // PostgreSQL, every table's and index's file as the server wrote it out
    // (read by the test server's superuser after a checkpoint).
    const auto fileHas = [this](const QByteArray &needle) {
        if (onPostgres())
            return serverFilesHave(url(), needle);
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_dir->filePath(QStringLiteral("e.sqlite")) + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all.contains(needle);
    };
    // The check can see what it looks for: before the purge, it finds it.
    QVERIFY(fileHas("UNIQUE-OLD-NOTE-7731"));
    QVERIFY(fileHas("Purgeable Oldname"));
    QVERIFY(fileHas("REVIEW-NOTE-4410"));

    const ProcessResult run = runPrescreen({QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("365"),
                                            QStringLiteral("--db"), url()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("purged 1 submissions"), run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // the test server's login owns the tables: nothing is left
    QVERIFY(!fileHas("UNIQUE-OLD-NOTE-7731"));
    QVERIFY(!fileHas("Purgeable Oldname"));
    QVERIFY(!fileHas("REVIEW-NOTE-4410"));

    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(*DatabaseUrl::parse(url(), &error), &error));
    SubmissionStore store(*m_db, *m_clock);
    QCOMPARE(store.count(&error), 5);
    QVERIFY(!store.byUuid(old.submission.uuid, &error));
    AuditLog audit(*m_db, *m_clock);
    QVERIFY(ReviewStore(*m_db, audit, *m_clock).history(old.id, &error).isEmpty());
    const QList<AuditEntry> entries = AuditLog(*m_db, *m_clock).entries(&error);
    QCOMPARE(entries.last().action, QStringLiteral("purge"));
    QVERIFY(entries.last().detail.startsWith(QStringLiteral("1 submissions from before")));
    const ProcessResult verify = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url()});
    QCOMPARE(verify.exitCode, 0);

    const ProcessResult bad = runPrescreen({QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("soon"),
                                            QStringLiteral("--db"), url()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--older-than \"soon\""));
}

// One submission for the chart, read back as the chart clerk would.
void TestExport::recordForTheChart()
{
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 一郎"), StaffAccount::Role::Doctor,
                                     QStringLiteral("246813"), TestSupport::makeAdmin(accounts), &error);
    QVERIFY(doctor);
    QVERIFY(ReviewStore(*m_db, *m_audit, *m_clock)
                .record(m_yamada, *doctor, Review::Decision::NeedsInformation, QStringLiteral("妊娠検査の結果を確認する"), &error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    env.insert(QStringLiteral("PRESCREEN_CLINIC_NAME"), QStringLiteral("さくら女性クリニック"));
    env.insert(QStringLiteral("USER"), QStringLiteral("chart-clerk"));
    const QString pdf = m_dir->filePath(QStringLiteral("record.pdf"));
    ProcessResult run = runPrescreen({QStringLiteral("record"), QStringLiteral("--uuid"), m_yamada.submission.uuid,
                                      QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("ja"),
                                      QStringLiteral("--db"), url()}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString page = pdfText(pdf).simplified();
    for (const QString &expected :
         {QStringLiteral("さくら女性クリニック"), QStringLiteral("山田 花子"), QStringLiteral("1970-05-05"),
          QStringLiteral("がん"), // every question asked, with its answer
          QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("妊娠検査の結果を確認する"), QStringLiteral("佐藤 一郎"),
          QStringLiteral("印"), QStringLiteral("chart-clerk"), m_rules->version}) {
        QVERIFY2(page.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + page));
    }
    QCOMPARE(m_audit->entries(&error).last().action, QStringLiteral("print"));
    QCOMPARE(m_audit->entries(&error).last().submissionUuid, m_yamada.submission.uuid);

    // The chart text, in English: patient, flagged answers with reasons, other answers, decision.
    const QString txt = m_dir->filePath(QStringLiteral("record.txt"));
    run = runPrescreen({QStringLiteral("record"), QStringLiteral("--uuid"), m_yamada.submission.uuid, QStringLiteral("--out"),
                        txt, QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--db"), url()}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(readFile(txt));
    const qsizetype patient = text.indexOf(QStringLiteral("Name: 山田 花子"));
    const qsizetype flagged = text.indexOf(QStringLiteral("Flagged answers"));
    const qsizetype reason = text.indexOf(QStringLiteral("Reason: ") + m_rules->rule(QStringLiteral("possibly_pregnant"))->reason);
    const qsizetype others = text.indexOf(QStringLiteral("Other answers"));
    const qsizetype decision = text.indexOf(QStringLiteral("Decision: needs more information"));
    QVERIFY2(patient >= 0 && patient < flagged && flagged < reason && reason < others && others < decision, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Note: 妊娠検査の結果を確認する")));

    // With no $USER (cron, a systemd unit, env -i) the audit names the
    // account the command runs as, never "unknown".
    QProcessEnvironment bare = env;
    bare.remove(QStringLiteral("USER"));
    bare.remove(QStringLiteral("USERNAME"));
    run = runPrescreen({QStringLiteral("record"), QStringLiteral("--uuid"), m_yamada.submission.uuid, QStringLiteral("--out"),
                        txt, QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--db"), url()}, bare);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const passwd *account = getpwuid(getuid());
    QVERIFY(account);
    QCOMPARE(m_audit->entries(&error).last().actor, QStringLiteral("cli:") + QString::fromLocal8Bit(account->pw_name));
    QVERIFY(QString::fromUtf8(readFile(txt)).contains(QString::fromLocal8Bit(account->pw_name)));

    // An id that is not stored: bad input, and no file.
    run = runPrescreen({QStringLiteral("record"), QStringLiteral("--uuid"), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                        QStringLiteral("--out"), m_dir->filePath(QStringLiteral("none.pdf")), QStringLiteral("--db"), url()}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no such submission"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.pdf"))));
}

// A record with many flags runs onto a second page: the seal box goes with
// the decision it signs (never alone on the last page), and every page's
// foot is in the record's language. The patient's note grows a line at a
// time, so that the page break falls at every place near the end.
void TestExport::recordKeepsTheSealWithTheDecision()
{
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 一郎"), StaffAccount::Role::Doctor,
                                     QStringLiteral("246813"), TestSupport::makeAdmin(accounts), &error);
    QVERIFY(doctor);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    env.insert(QStringLiteral("PRESCREEN_CLINIC_NAME"), QStringLiteral("さくら女性クリニック"));
    const auto record = [&](const StoredSubmission &s, const char *lang) {
        const QString pdf = m_dir->filePath(QStringLiteral("%1-%2.pdf").arg(s.submission.uuid, QLatin1String(lang)));
        const ProcessResult run = runPrescreen({QStringLiteral("record"), QStringLiteral("--uuid"), s.submission.uuid,
                                                QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QLatin1String(lang),
                                                QStringLiteral("--db"), url()}, env);
        if (run.exitCode != 0)
            qFatal("record: %s", run.err.constData());
        // ⻚ (a radical) for 页: Qt's PDF text map gives some CJK glyphs the
        // code point of a look-alike radical (see PdfText::font); the paper shows 页.
        // pdftotext ends each page with a form feed.
        QStringList pages = pdfText(pdf).replace(QChar(0x2EDA), QChar(0x9875)).split(u'\f');
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        for (QString &page : pages)
            page = page.simplified();
        return pages;
    };
    QSet<qsizetype> pageCounts;
    StoredSubmission longest;
    for (int lines = 0; lines <= 30; ++lines) {
        const StoredSubmission many = submit(
            QStringLiteral("佐々木 美智子"),
            {{QStringLiteral("pregnancy"), QStringLiteral("possibly")}, {QStringLiteral("cancer"), QStringLiteral("past")},
             {QStringLiteral("anaphylaxis"), true}, {QStringLiteral("allergy"), true},
             {QStringLiteral("allergy_detail"), QStringLiteral("卵、そば、ペニシリン系の抗生物質で蕁麻疹")},
             {QStringLiteral("chronic_illness"), true}, {QStringLiteral("medication"), true},
             {QStringLiteral("notes"), QStringList(lines + 1, QStringLiteral("前回の施術後、3日ほど微熱が続きました。")).join(u'\n')}},
            QDateTime(QDate(2026, 11, 25), QTime(15, lines % 60), QTimeZone(9 * 3600)));
        QVERIFY2(many.evaluation.flags.size() >= 6, qPrintable(QString::number(many.evaluation.flags.size())));
        QVERIFY(ReviewStore(*m_db, *m_audit, *m_clock)
                    .record(many, *doctor, Review::Decision::NeedsInformation, QStringLiteral("アレルギーの詳細を確認"), &error));
        const QStringList pages = record(many, "ja");
        pageCounts << pages.size();
        const QString &last = pages.last();
        QVERIFY2(last.contains(QStringLiteral("印")) && last.contains(QStringLiteral("医師の判断"))
                     && last.contains(QStringLiteral("アレルギーの詳細を確認")),
                 qPrintable(QStringLiteral("%1 note lines, page %2: %3").arg(lines + 1).arg(pages.size()).arg(last)));
        longest = many;
    }
    // The sweep crossed the page end, so the break fell at each place near it.
    QVERIFY2(pageCounts.size() >= 2, qPrintable(QString::number(*pageCounts.begin())));

    struct Expect { const char *lang; QString decisionHeading; QString firstFoot; };
    for (const Expect &e : {Expect{"ja", QStringLiteral("医師の判断"), QStringLiteral("1 / %1 ページ")},
                            Expect{"zh_CN", QStringLiteral("医生判断"), QStringLiteral("第 1 页，共 %1 页")},
                            Expect{"en", QStringLiteral("Doctor's decision"), QStringLiteral("Page 1 of %1")}}) {
        const QStringList pages = record(longest, e.lang);
        QVERIFY2(pages.first().contains(e.firstFoot.arg(pages.size())), qPrintable(pages.first().right(300)));
        QVERIFY2(pages.last().contains(QStringLiteral("印")) && pages.last().contains(e.decisionHeading), e.lang);
        if (qstrcmp(e.lang, "en") != 0)
            QVERIFY2(!pages.join(u' ').contains(QStringLiteral("Page ")), e.lang);
    }
}

QTEST_GUILESS_MAIN(TestExport)
// The patient's requests from the command line: found by name or kana and
// birth date, everything held exported as PDF (read by pdftotext) and JSON
// (read by python3), deleted with a second person's confirmation, and then
// nowhere in the file's bytes.
void TestExport::patientFindExportDelete()
{
    const QTimeZone tokyo(9 * 3600);
    // The same person a month earlier, typed with a full-width space and a katakana reading.
    Submission earlier;
    earlier.uuid = QStringLiteral("6f0c2b1e-8d7a-4c55-9f3e-2a1b0c9d8e7f");
    earlier.language = QStringLiteral("ja");
    earlier.patient = {QStringLiteral("山田　花子"), QStringLiteral("ヤマダ ハナコ"), QDate(1970, 5, 5)};
    earlier.submittedAt = QDateTime(QDate(2026, 10, 20), QTime(10, 0), tokyo);
    earlier.consent = {true, QStringLiteral("v1")};
    earlier.answers = clearAnswers();
    earlier.answers.insert(QStringLiteral("notes"), QStringLiteral("PATIENT-NOTE-5521"));
    QString error;
    QVERIFY(m_store->save(earlier, Evaluator(m_rules).evaluate(earlier.answers, earlier.day()), &error));
    // Another 山田 花子, born on another day: not her.
    Submission other = earlier;
    other.uuid = QStringLiteral("0a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d");
    other.patient.birthDate = QDate(1971, 5, 5);
    other.patient.kana = QStringLiteral("ヤマダ ハナ");
    other.answers.insert(QStringLiteral("notes"), QStringLiteral("OTHER-NOTE-3390"));
    QVERIFY(m_store->save(other, Evaluator(m_rules).evaluate(other.answers, other.day()), &error));
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const StaffAccount admin = TestSupport::makeAdmin(accounts);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 一郎"), StaffAccount::Role::Doctor,
                                     QStringLiteral("246813"), admin, &error);
    QVERIFY(accounts.add(QStringLiteral("uketsuke"), QStringLiteral("受付"), StaffAccount::Role::Staff,
                         QStringLiteral("135792"), admin, &error));
    QVERIFY(ReviewStore(*m_db, *m_audit, *m_clock)
                .record(m_yamada, *doctor, Review::Decision::NeedsInformation, QStringLiteral("REVIEW-NOTE-8812"), &error));
    const auto patient = [&](const QStringList &args, const QByteArray &input = {}) {
        return runPrescreenWithInput(QStringList{QStringLiteral("patient")} + args + QStringList{QStringLiteral("--db"), url()},
                                     input);
    };

    // Found by name and birth date, and by kana alone and birth date.
    ProcessResult run = patient({QStringLiteral("find"), QStringLiteral("--name"), QStringLiteral("山田花子"),
                                 QStringLiteral("--birth"), QStringLiteral("1970-05-05")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(earlier.uuid + QStringLiteral("  2026-10-20 10:00  山田　花子")));
    QVERIFY(lines.at(1).startsWith(m_yamada.submission.uuid));
    run = patient({QStringLiteral("find"), QStringLiteral("--kana"), QStringLiteral("やまだ はなこ"), QStringLiteral("--birth"),
                   QStringLiteral("1970-05-05")});
    QCOMPARE(QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QCOMPARE(patient({QStringLiteral("find"), QStringLiteral("--name"), QStringLiteral("山田花子")}).exitCode, 2);
    QCOMPARE(patient({QStringLiteral("find"), QStringLiteral("--name"), QStringLiteral("山田花子"), QStringLiteral("--birth"),
                      QStringLiteral("5/5/1970")}).exitCode, 2);

    // Everything held, as PDF and JSON.
    const QString ids = earlier.uuid + u',' + m_yamada.submission.uuid;
    const QString out = m_dir->filePath(QStringLiteral("request"));
    run = patient({QStringLiteral("export"), QStringLiteral("--id"), ids, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList written = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(0).endsWith(QStringLiteral(".json")) && written.at(1).endsWith(QStringLiteral(".pdf")));
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys\n"
                                 "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                 "for s in d['screenings']:\n"
                                 "    print(s['uuid'], s['patient']['name'], s['patient']['birthDate'], s['consent']['given'],\n"
                                 "          s['evaluation']['outcome'], len(s['answers']), '|'.join(r['note'] for r in s['reviews']),\n"
                                 "          '|'.join(a['action'] for a in s['audit']), s['answers'].get('notes', '-'), sep='\\t')\n"),
                  written.at(0)});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QStringList rows = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    const QStringList first = rows.at(0).split(u'\t');
    QCOMPARE(first.at(0), earlier.uuid);
    QCOMPARE(first.at(1), QStringLiteral("山田　花子"));
    QCOMPARE(first.at(2), QStringLiteral("1970-05-05"));
    QCOMPARE(first.at(3), QStringLiteral("True"));
    QCOMPARE(first.at(8), QStringLiteral("PATIENT-NOTE-5521"));
    const QStringList second = rows.at(1).split(u'\t');
    QCOMPARE(second.at(0), m_yamada.submission.uuid);
    QCOMPARE(second.at(4), QStringLiteral("avoid")); // possibly pregnant, as evaluated
    QCOMPARE(second.at(6), QStringLiteral("REVIEW-NOTE-8812"));
    QVERIFY2(second.at(7).contains(QStringLiteral("review")), qPrintable(second.at(7)));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), written.at(1), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    // pdftotext gives the full-width space as a space.
    const QString page = QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0x3000), u' ');
    for (const QString &expected : {QStringLiteral("氏名：山田 花子"), QStringLiteral("PATIENT-NOTE-5521"),
                                    QStringLiteral("REVIEW-NOTE-8812"), earlier.uuid, m_yamada.submission.uuid})
        QVERIFY2(page.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + page));
    // Each record in it says when it was made, not "printed by" nobody.
    QVERIFY2(page.contains(QStringLiteral("作成 ")) && !page.contains(QStringLiteral("印刷 ")), qPrintable(page));
    // The audit says who looked and exported, never whom.
    for (const AuditEntry &e : m_audit->entries(&error))
        QVERIFY2(!e.detail.contains(QStringLiteral("山田")) && !e.detail.contains(QStringLiteral("やまだ")), qPrintable(e.detail));

    // Deleting needs a second person: a wrong PIN, and reception, delete nothing.
    const QStringList erase{QStringLiteral("delete"), QStringLiteral("--id"), ids, QStringLiteral("--confirmed-by")};
    run = patient(erase + QStringList{QStringLiteral("dr.sato")}, "000000\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("the confirmation was refused") && run.err.contains("nothing was deleted"), run.err.constData());
    run = patient(erase + QStringList{QStringLiteral("uketsuke")}, "135792\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("uketsuke (reception) cannot delete what is held about a patient: only doctors or administrators may"),
             run.err.constData());
    QCOMPARE(m_store->count(&error), 7);
    run = patient(erase + QStringList{QStringLiteral("dr.sato")}, "246813\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("2 submission(s) deleted, confirmed by dr.sato\n"));
    QCOMPARE(m_store->count(&error), 5);
    QVERIFY(!m_store->byUuid(earlier.uuid, &error));
    QVERIFY(m_store->byUuid(other.uuid, &error)); // the other 山田 花子 stays
    const AuditEntry last = m_audit->entries(&error).last();
    QCOMPARE(last.action, QStringLiteral("patient_delete"));
    QVERIFY2(last.detail.startsWith(QStringLiteral("2 submissions at the patient's request, confirmed by dr.sato: ")), qPrintable(last.detail));
    QCOMPARE(patient({QStringLiteral("find"), QStringLiteral("--name"), QStringLiteral("山田花子"), QStringLiteral("--birth"),
                      QStringLiteral("1970-05-05")}).out, QByteArray());
    QCOMPARE(runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url()}).exitCode, 0);
    // Nothing of hers in the file's bytes (SQLite; on PostgreSQL the rows above).
    if (!onPostgres()) {
        m_store.reset();
        m_audit.reset();
        m_db.reset();
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_dir->filePath(QStringLiteral("e.sqlite")) + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        QVERIFY(all.contains(QStringLiteral("王 芳").toUtf8())); // the file is read whole
        QVERIFY(all.contains(QStringLiteral("OTHER-NOTE-3390").toUtf8()));
        QVERIFY(!all.contains(QStringLiteral("PATIENT-NOTE-5521").toUtf8()));
        QVERIFY(!all.contains(QStringLiteral("REVIEW-NOTE-8812").toUtf8()));
        QVERIFY(!all.contains(QStringLiteral("やまだ はなこ").toUtf8()));
        QVERIFY(!all.contains(QStringLiteral("ヤマダ ハナコ").toUtf8()));
        // The other 山田 花子 (born 1971) is still there: count her name once per row kept.
        QCOMPARE(all.count(QStringLiteral("山田　花子").toUtf8()), qsizetype(1));
    }
}

// The same services from the staff screens: roles and the second person in the core.
void TestExport::patientRequestsRefusedInTheCore()
{
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const StaffAccount admin = TestSupport::makeAdmin(accounts);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr"), StaffAccount::Role::Doctor,
                                     QStringLiteral("246813"), admin, &error);
    const auto reception = accounts.add(QStringLiteral("uketsuke"), QStringLiteral("R"), StaffAccount::Role::Staff,
                                        QStringLiteral("135792"), admin, &error);
    ReviewStore reviews(*m_db, *m_audit, *m_clock);
    DoctorQueue queue(*m_store, reviews, *m_db);
    PatientRequests requests(*m_db, queue, reviews, *m_audit, accounts);
    const QList<QueueEntry> found =
        requests.findFor(*reception, {QStringLiteral("Jane Smith"), QString(), QDate(1970, 5, 5)}, &error);
    QCOMPARE(found.size(), 1);
    QCOMPARE(m_audit->entries(&error).last().actor, QStringLiteral("uketsuke"));
    // Reception finds and discloses, but does not delete.
    PatientRequests::Erased erased = requests.erase(found, *reception, QString(), QStringLiteral("dr.sato"),
                                                    QStringLiteral("246813"));
    QVERIFY(!erased.ok && erased.refused);
    QCOMPARE(erased.error, QStringLiteral("uketsuke (reception) cannot delete what is held about a patient: "
                                          "only doctors or administrators may"));
    // A doctor cannot confirm their own request.
    erased = requests.erase(found, *doctor, QString(), QStringLiteral("dr.sato"), QStringLiteral("246813"));
    QVERIFY(!erased.ok);
    QCOMPARE(erased.error, QStringLiteral("dr.sato cannot confirm their own request: a second staff member confirms"));
    QCOMPARE(m_store->count(&error), 5);
    // With reception's confirmation it goes.
    erased = requests.erase(found, *doctor, QString(), QStringLiteral("uketsuke"), QStringLiteral("135792"));
    QVERIFY2(erased.ok, qPrintable(erased.error));
    QCOMPARE(m_store->count(&error), 4);
    const QList<AuditEntry> entries = m_audit->entries(&error);
    QCOMPARE(entries.last().actor, QStringLiteral("dr.sato"));
    // The second person's PIN is a confirmation in the log, not a session.
    QCOMPARE(entries.at(entries.size() - 2).actor, QStringLiteral("uketsuke"));
    QCOMPARE(entries.at(entries.size() - 2).action, QStringLiteral("confirm"));
}

// A patient who wrote her name in kana and left the reading empty: reception
// types what she says into the reading field, and finds her.
void TestExport::kanaOnlyNameFoundByItsReading()
{
    QString error;
    const StoredSubmission kanaOnly = submit(QStringLiteral("たかはし みちこ"), {}, QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone("Asia/Tokyo")));
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const StaffAccount admin = TestSupport::makeAdmin(accounts);
    ReviewStore reviews(*m_db, *m_audit, *m_clock);
    DoctorQueue queue(*m_store, reviews, *m_db);
    PatientRequests requests(*m_db, queue, reviews, *m_audit, accounts);
    for (const QString &reading : {QStringLiteral("たかはしみちこ"), QStringLiteral("タカハシ ミチコ")}) {
        const QList<QueueEntry> found = requests.findFor(admin, {QString(), reading, QDate(1970, 5, 5)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().stored.submission.uuid, kanaOnly.submission.uuid);
    }
    // And a reading given in the name field finds the patient whose reading it is.
    const QList<QueueEntry> byName = requests.findFor(admin, {QStringLiteral("やまだはなこ"), QString(), QDate(1970, 5, 5)}, &error);
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().stored.submission.patient.name, QStringLiteral("山田 花子"));
}

#include "test_export.moc"
