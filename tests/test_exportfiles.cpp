// Reception's files read back by the readers the clinic's other side uses:
// the workbook through openpyxl, the CSV through Python's csv module (both
// via tests/tools/read-export.py). Hostile names and notes, 2,000-character
// notes, three scripts and a realistic day of 150 must come back intact.
#include "auditlog.h"
#include "answersfile.h"
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "formulaguard.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "staffaccounts.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// A text a patient might type, and whether a CSV must defuse it.
struct Hostile
{
    QString text;
    bool risky;
};

QList<Hostile> hostileTexts()
{
    QList<Hostile> list{
        {QStringLiteral("=1+1"), true},
        {QStringLiteral("=cmd|' /C calc'!A0"), true},
        {QStringLiteral("cmd|' /C calc'!A0"), true},
        {QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), true},
        {QStringLiteral("+81 90 1234 5678"), true},
        {QStringLiteral("-2+3+cmd|' /C calc'!A0"), true},
        {QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"), true},
        {QStringLiteral("   =1+1"), true},
        {QStringLiteral("\t=1+1"), true},
        {QStringLiteral("\r=1+1"), true},
        {QStringLiteral("\n=1+1"), true},
        {QStringLiteral("\u3000=1+1"), true},
        {QStringLiteral("\u00a0=1+1"), true},
        {QStringLiteral("\u200b=1+1"), true},
        {QStringLiteral("\uff1d1+1"), true},  // ＝
        {QStringLiteral("\uff0b1+1"), true},  // ＋
        {QStringLiteral("\uff0d1+1"), true},  // －
        {QStringLiteral("\uff20SUM(A1)"), true}, // ＠
        {QStringLiteral("=松本 恵"), true},
        {QStringLiteral("a\u0001b\u0007c\u001fd"), false},
        {QStringLiteral("line one\r\nline \"two\", three"), false},
        {QStringLiteral("山田 花子"), false},
        {QStringLiteral("欧阳娜娜 张伟"), false},
        {QStringLiteral("Siobhán Ní Bhriain"), false},
        {QStringLiteral("090-1234-5678 / a@b.example"), false},
        {QStringLiteral("1+1=2"), false},
        {QStringLiteral("長い文章です。") .repeated(285) + QStringLiteral("終わり。"), false}, // 2,000 characters
    };
    // PostgreSQL text cannot hold NUL; SQLite keeps it.
    if (!onPostgres())
        list.append({QString(QChar(0)) + QStringLiteral("=1+1"), true});
    return list;
}

} // namespace

class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void guardKnowsEveryVariant();
    void hostileTextComesBackIntact();
    void workbookTypesAndSheets();
    void workbookKeepsWhatXmlCannotCarry();
    void csvInWordsAndCodes();
    void dayOf150();

private:
    StoredSubmission submit(const QString &name, const QVariantMap &changes, const QDateTime &at,
                            const QString &kana = QStringLiteral("やまだ はなこ"));
    ProcessResult exportDay(const QString &format, const QString &out, const QStringList &extra = {});
    QJsonArray rows(const QString &format, const QString &out, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SubmissionStore> m_store;
    RuleSetPtr m_rules;
};

void TestExportFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("e.sqlite")));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(18, 0), QTimeZone(9 * 3600)));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(*DatabaseUrl::parse(m_url, &error), &error));
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_store = std::make_unique<SubmissionStore>(*m_db, *m_clock);
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
}

void TestExportFiles::cleanup()
{
    m_store.reset();
    m_audit.reset();
    m_db.reset();
}

StoredSubmission TestExportFiles::submit(const QString &name, const QVariantMap &changes, const QDateTime &at,
                                         const QString &kana)
{
    Submission s;
    s.language = QStringLiteral("ja");
    s.patient = {name, kana, QDate(1970, 5, 5)};
    s.submittedAt = at;
    s.consent = {true, QStringLiteral("v1")};
    s.answers = clearAnswers();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s.answers.insert(it.key(), it.value());
    QString error;
    const auto stored = m_store->save(s, Evaluator(m_rules).evaluate(s.answers, s.day()), &error);
    if (!stored)
        qFatal("%s", qPrintable(error));
    return *stored;
}

ProcessResult TestExportFiles::exportDay(const QString &format, const QString &out, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_TIMEZONE"), QStringLiteral("Asia/Tokyo"));
    env.remove(QStringLiteral("PRESCREEN_CLINIC_LANGUAGE"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                QStringLiteral("--format"), format, QStringLiteral("--out"), out, QStringLiteral("--db"), m_url};
    return runPrescreen(arguments + extra, env);
}

// The rows of the CSV, or of the workbook's first sheet as {v, t, f} cells.
QJsonArray TestExportFiles::rows(const QString &format, const QString &out, const QStringList &extra)
{
    const ProcessResult run = exportDay(format, out, extra);
    if (run.exitCode != 0)
        qFatal("export %s: %s", qPrintable(format), run.err.constData());
    const QJsonDocument read = readExport(format, out);
    return format == QLatin1String("csv") ? read.array() : read.array().first().toObject().value(QStringLiteral("rows")).toArray();
}

void TestExportFiles::guardKnowsEveryVariant()
{
    // A leading byte order mark too, which SQLite's UTF-16 binding drops on
    // the way in, so it is checked here rather than through the store.
    for (const Hostile &h : hostileTexts() + QList<Hostile>{{QStringLiteral("\ufeff=1+1"), true}}) {
        QCOMPARE(FormulaGuard::isRisky(h.text), h.risky);
        QCOMPARE(FormulaGuard::csvField(h.text).contains(u'\''), h.risky || h.text.contains(u'\''));
    }
}

void TestExportFiles::hostileTextComesBackIntact()
{
    const QList<Hostile> texts = hostileTexts();
    const QDateTime nine(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(9 * 3600));
    for (int i = 0; i < texts.size(); ++i)
        submit(texts.at(i).text, {{QStringLiteral("notes"), texts.at(i).text}}, nine.addSecs(60 * i));

    // The workbook: the same characters in text cells, no apostrophe.
    const QJsonArray sheet = rows(QStringLiteral("xlsx"), m_dir->filePath(QStringLiteral("h.xlsx")), {QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(sheet.size(), texts.size() + 1);
    const QJsonArray heading = sheet.first().toArray();
    int nameColumn = -1, notesColumn = -1;
    for (int c = 0; c < heading.size(); ++c) {
        const QString h = heading.at(c).toObject().value(QStringLiteral("v")).toString();
        if (h == QLatin1String("Name"))
            nameColumn = c;
        if (h == QLatin1String("Is there anything else you would like the doctor to know?"))
            notesColumn = c;
    }
    QVERIFY2(nameColumn >= 0 && notesColumn >= 0, qPrintable(QJsonDocument(heading).toJson()));
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonArray row = sheet.at(i + 1).toArray();
        for (int column : {nameColumn, notesColumn}) {
            const QJsonObject cell = row.at(column).toObject();
            QCOMPARE(cell.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
            QCOMPARE(cell.value(QStringLiteral("v")).toString(), texts.at(i).text);
        }
    }

    // The CSV: the same characters, with one apostrophe before the risky ones only.
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--codes")}}) {
        const QJsonArray csv = rows(QStringLiteral("csv"), m_dir->filePath(QStringLiteral("h.csv")), extra + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(csv.size(), texts.size() + 1);
        const QJsonArray header = csv.first().toArray();
        const auto column = [&](const QString &name) {
            for (int c = 0; c < header.size(); ++c)
                if (header.at(c).toString() == name)
                    return c;
            return -1;
        };
        const int name = column(extra.isEmpty() ? QStringLiteral("Name") : QStringLiteral("name"));
        const int notes = column(extra.isEmpty() ? QStringLiteral("Is there anything else you would like the doctor to know?") : QStringLiteral("notes"));
        QVERIFY(name >= 0 && notes >= 0);
        for (int i = 0; i < texts.size(); ++i) {
            const QString expected = (texts.at(i).risky ? QStringLiteral("'") : QString()) + texts.at(i).text;
            QCOMPARE(csv.at(i + 1).toArray().at(name).toString(), expected);
            QCOMPARE(csv.at(i + 1).toArray().at(notes).toString(), expected);
        }
    }
}

void TestExportFiles::workbookTypesAndSheets()
{
    const QTimeZone tokyo(9 * 3600);
    const StoredSubmission wang = submit(QStringLiteral("王 芳"), {{QStringLiteral("cancer"), QStringLiteral("past")}},
                                         QDateTime(QDate(2026, 11, 25), QTime(9, 30), tokyo));
    submit(QStringLiteral("Jane Smith"), {{QStringLiteral("previous_treatment"), true},
                                          {QStringLiteral("previous_date"), QDate(2026, 11, 20)},
                                          {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}}},
           QDateTime(QDate(2026, 11, 25), QTime(11, 5), tokyo));
    submit(QStringLiteral("前日"), {}, QDateTime(QDate(2026, 11, 24), QTime(23, 59), tokyo));
    QString error;
    StaffAccounts accounts(*m_db, *m_audit, *m_clock);
    const auto doctor = accounts.add(QStringLiteral("dr.sato"), QStringLiteral("Dr Sato"), StaffAccount::Role::Doctor,
                                     QStringLiteral("482135"), TestSupport::makeAdmin(accounts), &error);
    QVERIFY(ReviewStore(*m_db, *m_audit, *m_clock).record(wang, *doctor, Review::Decision::DoNotTreat, QStringLiteral("policy"), &error));

    const QString out = m_dir->filePath(QStringLiteral("day.xlsx"));
    const ProcessResult run = exportDay(QStringLiteral("xlsx"), out, {QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray sheets = readExport(QStringLiteral("xlsx"), out).array();
    QCOMPARE(sheets.size(), 2);
    const QJsonObject first = sheets.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Submissions"));
    QCOMPARE(first.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    const QJsonArray table = first.value(QStringLiteral("rows")).toArray();
    QCOMPARE(table.size(), 3);
    const QJsonArray heading = table.at(0).toArray();
    QStringList headings;
    for (const QJsonValue &h : heading)
        headings << h.toObject().value(QStringLiteral("v")).toString();
    QVERIFY(first.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")));
    QVERIFY(first.value(QStringLiteral("filter")).toString().endsWith(QStringLiteral("3")));
    QCOMPARE(headings.first(), QStringLiteral("Submitted at"));
    QCOMPARE(headings.last(), QStringLiteral("Submission ID"));
    const auto cell = [&](int row, const QString &column) {
        return table.at(row).toArray().at(headings.indexOf(column)).toObject();
    };
    // Dates and times are date cells with a date format; text is text.
    QCOMPARE(cell(1, QStringLiteral("Submitted at")).value(QStringLiteral("t")).toString(), QStringLiteral("d"));
    QCOMPARE(cell(1, QStringLiteral("Submitted at")).value(QStringLiteral("v")).toString(), QStringLiteral("2026-11-25T09:30:00"));
    QCOMPARE(cell(1, QStringLiteral("Submitted at")).value(QStringLiteral("f")).toString(), QStringLiteral("yyyy-mm-dd hh:mm"));
    QCOMPARE(cell(1, QStringLiteral("Date of birth")).value(QStringLiteral("v")).toString(), QStringLiteral("1970-05-05T00:00:00"));
    QCOMPARE(cell(1, QStringLiteral("Date of birth")).value(QStringLiteral("f")).toString(), QStringLiteral("yyyy-mm-dd"));
    QCOMPARE(cell(2, QStringLiteral("When was your most recent exosome treatment?")).value(QStringLiteral("t")).toString(), QStringLiteral("d"));
    // Results, decisions, answers and rules in words.
    QCOMPARE(cell(1, QStringLiteral("Result")).value(QStringLiteral("v")).toString(), QStringLiteral("Decline (clinic policy)"));
    QCOMPARE(cell(1, QStringLiteral("Rules that fired")).value(QStringLiteral("v")).toString(), QStringLiteral("Cancer diagnosis"));
    QCOMPARE(cell(1, QStringLiteral("Doctor's decision")).value(QStringLiteral("v")).toString(), QStringLiteral("Do not treat"));
    QCOMPARE(cell(1, QStringLiteral("Decided by")).value(QStringLiteral("v")).toString(), QStringLiteral("Dr Sato"));
    QCOMPARE(cell(1, QStringLiteral("Language")).value(QStringLiteral("v")).toString(), QStringLiteral("Japanese"));
    QCOMPARE(cell(1, QStringLiteral("Consent")).value(QStringLiteral("v")).toString(), QStringLiteral("Given"));
    QCOMPARE(cell(2, QStringLiteral("Doctor's decision")).value(QStringLiteral("v")), QJsonValue());
    QCOMPARE(cell(1, QStringLiteral("Submission ID")).value(QStringLiteral("v")).toString(), wang.submission.uuid);
    QCOMPARE(cell(1, QStringLiteral("Submission ID")).value(QStringLiteral("t")).toString(), QStringLiteral("s"));
    // Columns as wide as their contents: the ID's column fits its 36 characters.
    const QJsonObject widths = first.value(QStringLiteral("widths")).toObject();
    const auto letters = [](qsizetype index) { // 0 is A, 26 is AA
        QString name;
        for (++index; index > 0; index = (index - 1) / 26)
            name.prepend(QChar(char16_t(u'A' + (index - 1) % 26)));
        return name;
    };
    const QString idColumn = letters(headings.size() - 1);
    QVERIFY2(widths.value(idColumn).toDouble() >= 36, qPrintable(QJsonDocument(widths).toJson()));
    QVERIFY(widths.value(QStringLiteral("A")).toDouble() < widths.value(idColumn).toDouble());

    // The second sheet: the day's counts by result and by rule.
    const QJsonObject counts = sheets.at(1).toObject();
    QCOMPARE(counts.value(QStringLiteral("title")).toString(), QStringLiteral("Counts"));
    QHash<QString, double> byLabel;
    for (const QJsonValue &row : counts.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray r = row.toArray();
        if (r.at(1).toObject().value(QStringLiteral("t")).toString() == QLatin1String("n"))
            byLabel.insert(r.at(0).toObject().value(QStringLiteral("v")).toString(), r.at(1).toObject().value(QStringLiteral("v")).toDouble());
    }
    QCOMPARE(byLabel.value(QStringLiteral("Decline (clinic policy)")), 1.0);
    QCOMPARE(byLabel.value(QStringLiteral("Review")), 1.0);
    QCOMPARE(byLabel.value(QStringLiteral("No flags")), 0.0);
    QCOMPARE(byLabel.value(QStringLiteral("Total")), 2.0);
    QCOMPARE(byLabel.value(QStringLiteral("Cancer diagnosis")), 1.0);
    QCOMPARE(byLabel.value(QStringLiteral("Side effects after exosome treatment")), 1.0);

    // With codes, the sheets and the counts' labels are codes too, in no
    // language (they were Japanese, the default language, before).
    const ProcessResult coded = exportDay(QStringLiteral("xlsx"), out, {QStringLiteral("--codes")});
    QVERIFY2(coded.exitCode == 0, coded.err.constData());
    const QJsonArray codedSheets = readExport(QStringLiteral("xlsx"), out).array();
    QCOMPARE(codedSheets.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("submissions"));
    QCOMPARE(codedSheets.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("counts"));
    QStringList codedLabels;
    for (const QJsonValue &row : codedSheets.at(1).toObject().value(QStringLiteral("rows")).toArray())
        codedLabels << row.toArray().at(0).toObject().value(QStringLiteral("v")).toString();
    QVERIFY2(codedLabels.startsWith(QStringLiteral("result")) && codedLabels.contains(QStringLiteral("total"))
                 && codedLabels.contains(QStringLiteral("decline")) && codedLabels.contains(QStringLiteral("cancer")),
             qPrintable(codedLabels.join(u',')));
}

void TestExportFiles::workbookKeepsWhatXmlCannotCarry()
{
    // Notes as typed on a keyboard or pasted: characters XML 1.0 cannot
    // carry (NUL is among hostileTexts, on SQLite), text that looks like
    // the workbook's own escapes, spaces at the edges (which XML drops
    // unless told), markup, and a note longer than Excel's cell.
    const QString longNote = QString(40000, u'あ');
    const QString longEmoji = QStringLiteral("\U0001F600").repeated(20000);
    const QStringList notes{QStringLiteral("_x0041_ is not A"), QStringLiteral("CR\r LF\n tab\t bell\a end"),
                            QStringLiteral("\uFFFF\uFFFE non-characters"), QStringLiteral("  spaces at both ends  "),
                            QStringLiteral("<b>&amp;</b> \"quoted\" ]]> 'single'"), longEmoji, longNote};
    const QDateTime nine(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(9 * 3600));
    for (int i = 0; i < notes.size(); ++i)
        submit(QStringLiteral("患者 %1").arg(i), {{QStringLiteral("notes"), notes.at(i)}}, nine.addSecs(60 * i));
    const QJsonArray sheet = rows(QStringLiteral("xlsx"), m_dir->filePath(QStringLiteral("n.xlsx")), {QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(sheet.size(), notes.size() + 1);
    const QJsonArray heading = sheet.first().toArray();
    int column = -1;
    for (int c = 0; c < heading.size(); ++c)
        if (heading.at(c).toObject().value(QStringLiteral("v")).toString() == QLatin1String("Is there anything else you would like the doctor to know?"))
            column = c;
    QVERIFY(column >= 0);
    for (int i = 0; i < notes.size() - 2; ++i)
        QCOMPARE(sheet.at(i + 1).toArray().at(column).toObject().value(QStringLiteral("v")).toString(), notes.at(i));
    // An emoji is not cut in half (its halves would show as "?").
    const QString emojiCut = sheet.at(notes.size() - 1).toArray().at(column).toObject().value(QStringLiteral("v")).toString();
    QCOMPARE(emojiCut.size(), 32766);
    QVERIFY(emojiCut.endsWith(QStringLiteral("\U0001F600 […]")));
    QVERIFY(!emojiCut.contains(u'?'));
    // Cut where Excel's cell ends, visibly.
    const QString cut = sheet.at(notes.size()).toArray().at(column).toObject().value(QStringLiteral("v")).toString();
    QCOMPARE(cut.size(), 32767);
    QVERIFY(cut.endsWith(QStringLiteral(" […]")));
    QVERIFY(longNote.startsWith(cut.chopped(4)));
}

void TestExportFiles::csvInWordsAndCodes()
{
    const QTimeZone tokyo(9 * 3600);
    submit(QStringLiteral("王 芳"), {{QStringLiteral("pregnancy"), QStringLiteral("possibly")}, {QStringLiteral("allergy"), true}},
           QDateTime(QDate(2026, 11, 25), QTime(9, 30), tokyo));
    const QString out = m_dir->filePath(QStringLiteral("day.csv"));
    // Japanese by default, in words.
    QJsonArray csv = rows(QStringLiteral("csv"), out);
    QVERIFY(readFile(out).startsWith("\xEF\xBB\xBF"));
    QStringList header;
    for (const QJsonValue &h : csv.at(0).toArray())
        header << h.toString();
    const auto at = [&](const QString &column) { return csv.at(1).toArray().at(header.indexOf(column)).toString(); };
    QCOMPARE(header.first(), QStringLiteral("回答日時"));
    QCOMPARE(at(QStringLiteral("回答日時")), QStringLiteral("2026-11-25 09:30"));
    QCOMPARE(at(QStringLiteral("判定")), QStringLiteral("施術回避を推奨（医師判断で変更可）"));
    QCOMPARE(at(QStringLiteral("該当したルール")), QStringLiteral("妊娠の可能性、アレルギー"));
    QCOMPARE(at(QStringLiteral("言語")), QStringLiteral("日本語"));
    QCOMPARE(at(QStringLiteral("アレルギーやアレルギー体質はありますか。")), QStringLiteral("はい"));
    QCOMPARE(at(QStringLiteral("性別を教えてください。")), QStringLiteral("女性"));

    // Simplified Chinese.
    csv = rows(QStringLiteral("csv"), out, {QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    header.clear();
    for (const QJsonValue &h : csv.at(0).toArray())
        header << h.toString();
    QCOMPARE(at(QStringLiteral("结果")), QStringLiteral("建议避免（医生可改判）"));
    QCOMPARE(at(QStringLiteral("语言")), QStringLiteral("日语"));

    // --codes: today's ids and codes for scripts.
    csv = rows(QStringLiteral("csv"), out, {QStringLiteral("--codes")});
    header.clear();
    for (const QJsonValue &h : csv.at(0).toArray())
        header << h.toString();
    QCOMPARE(header.mid(0, 3), (QStringList{QStringLiteral("id"), QStringLiteral("submitted_at"), QStringLiteral("name")}));
    QCOMPARE(at(QStringLiteral("outcome")), QStringLiteral("avoid"));
    QCOMPARE(at(QStringLiteral("flags")), QStringLiteral("possibly_pregnant; allergy"));
    QCOMPARE(at(QStringLiteral("language")), QStringLiteral("ja"));
    QCOMPARE(at(QStringLiteral("allergy")), QStringLiteral("yes"));
    QCOMPARE(at(QStringLiteral("pregnancy")), QStringLiteral("possibly"));

    const ProcessResult bad = exportDay(QStringLiteral("csv"), out, {QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--lang fr"));
}

void TestExportFiles::dayOf150()
{
    // A realistic day (tests/tools/make-day.py, the project's day maker),
    // stored as the kiosk stores it.
    const QString folder = m_dir->filePath(QStringLiteral("day"));
    QProcess make;
    make.start(python(), {toolPath(QStringLiteral("make-day.py")), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                          QStringLiteral("--count"), QStringLiteral("150"), QStringLiteral("--out"), folder});
    QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
    QStringList names, notes;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 150);
    for (const QString &file : files) {
        const AnswersFile::Result parsed = AnswersFile::parse(readFile(QDir(folder).filePath(file)), *m_rules, m_clock->now());
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
        QString error;
        QVERIFY2(m_store->save(parsed.submission, Evaluator(m_rules).evaluate(parsed.submission.answers, parsed.submission.day()), &error),
                 qPrintable(error));
        names << parsed.submission.patient.name;
        notes << parsed.submission.answers.value(QStringLiteral("notes")).toString();
    }
    // The edges among them, after the day's last patient: a 60-character
    // name, one in kana only, notes with commas, quotes, line breaks and a formula.
    const QDateTime evening(QDate(2026, 11, 25), QTime(19, 0), QTimeZone(9 * 3600));
    const QList<std::pair<QString, QString>> edges{
        {QStringLiteral("Bartholomew Alexandrina Garcia-Lopez de la Fuente Santistebn"), QStringLiteral("熱, \"少し\" あり\n二行目, 'と'")},
        {QStringLiteral("たかはし さくら"), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")")},
        {QStringLiteral("ヤマモト エリ"), QStringLiteral("line one\r\nline \"two\", three")}};
    QCOMPARE(edges.first().first.size(), 60);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        submit(edges.at(i).first, {{QStringLiteral("notes"), edges.at(i).second}}, evening.addSecs(60 * i), edges.at(i).first);
        names << edges.at(i).first;
        notes << edges.at(i).second;
    }
    const int count = int(names.size());
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QJsonArray sheet = rows(QStringLiteral("xlsx"), m_dir->filePath(QStringLiteral("day.xlsx")), {QStringLiteral("--lang"), language});
        QCOMPARE(sheet.size(), count + 1);
        const QJsonArray csv = rows(QStringLiteral("csv"), m_dir->filePath(QStringLiteral("day.csv")), {QStringLiteral("--lang"), language});
        QCOMPARE(csv.size(), count + 1);
        // The paper summary through pdftotext: every name, wherever its
        // cell wrapped it, and the day's count.
        const QString pdf = m_dir->filePath(QStringLiteral("day.pdf"));
        QCOMPARE(exportDay(QStringLiteral("pdf"), pdf, {QStringLiteral("--lang"), language}).exitCode, 0);
        QProcess pdftotext;
        // -raw: in the order drawn, so a wrapped cell's lines follow each
        // other, and without the default mode's joining of hyphenated words.
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QString joined = text;
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString &name : std::as_const(names))
            QVERIFY2(joined.contains(QString(name).remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(language + u' ' + name));
        QVERIFY2(text.contains(QStringLiteral("153")), qPrintable(text.left(2000)));
        const int notesColumn = int(sheet.first().toArray().size()) - 3; // notes, earlier answers, ID
        for (int i = 0; i < count; ++i) {
            QCOMPARE(sheet.at(i + 1).toArray().at(1).toObject().value(QStringLiteral("v")).toString(), names.at(i));
            const QJsonValue note = sheet.at(i + 1).toArray().at(notesColumn).toObject().value(QStringLiteral("v"));
            QCOMPARE(note.toString(), notes.at(i));
            QCOMPARE(csv.at(i + 1).toArray().at(1).toString(), names.at(i));
            const QString csvNote = csv.at(i + 1).toArray().at(notesColumn).toString();
            QCOMPARE(csvNote, FormulaGuard::isRisky(notes.at(i)) ? u'\'' + notes.at(i) : notes.at(i));
        }
    }
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "test_exportfiles.moc"
