// `prescreen replay`: a draft rule set re-evaluated over a realistic
// population stored in a real database (several days made by
// tests/tools/make-day.py), with every count checked against a
// computation made here from the answers files themselves.
#include "answersfile.h"
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "replay.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// A copy of /work/shared/tools/make-day.py, so that CI's fresh machine has it.
const QString kMakeDay = QStringLiteral(PRESCREEN_TEST_TOOLS "/make-day.py");

// What the test knows of one stored submission, from its answers file.
struct Screened
{
    QString uuid;
    QJsonObject answers;
    QDate day;
    Outcome stored = Outcome::Clear;
    QStringList storedRules;
};

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intervalOf21Days();
    void intervalAsCsvAndJson();
    void cancerLongAgoNeedsAQuestionNeverAsked();
    void aQuestionHiddenThenIsNeverAsked();
    void submissionsMadeUnderAnEarlierDraftAreJudged();
    void rangeOfDays();
    void draftThatDoesNotLoad();

private:
    QString writeDraft(const QString &name, const QList<QPair<QByteArray, QByteArray>> &edits);
    QJsonObject replayJson(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_url;
    RuleSetPtr m_default;
    QList<Screened> m_patients;
};

QString TestReplay::writeDraft(const QString &name, const QList<QPair<QByteArray, QByteArray>> &edits)
{
    QByteArray rules = withVersion(readFile(defaultRulesPath()), "1.2.0-draft");
    for (const auto &[from, to] : edits) {
        if (!rules.contains(from))
            qFatal("the default rule set no longer holds %s", from.constData());
        rules.replace(from, to);
    }
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestReplay::initTestCase()
{
    // Four clinic days of 150 patients each.
    const QString days = m_dir.filePath(QStringLiteral("days"));
    QProcess make;
    make.start(QStringLiteral("python3"), {kMakeDay, QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                           QStringLiteral("--days"), QStringLiteral("4"), QStringLiteral("--count"),
                                           QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("16"),
                                           QStringLiteral("--out"), days});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

    m_default = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(m_default);
    m_url = freshDatabaseUrl(m_dir.filePath(QStringLiteral("store.sqlite")));
    QString error;
    Database db;
    QVERIFY2(db.open(*DatabaseUrl::parse(m_url, &error), &error), qPrintable(error));
    SubmissionStore store(db, Clock::system());
    // Stored as `prescreen submit` stores them: read, checked, evaluated, saved.
    for (const QString &name : QDir(days).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QByteArray data = readFile(days + u'/' + name);
        const AnswersFile::Result read = AnswersFile::read(data, m_default, QDateTime::currentDateTime());
        QVERIFY2(read.problems.isEmpty(), qPrintable(name + read.problems.join(u';')));
        const Evaluation evaluation = Evaluator(m_default).evaluate(read.submission.answers, read.submission.day());
        const auto stored = store.save(read.submission, evaluation, &error);
        QVERIFY2(stored, qPrintable(error));
        Screened p;
        p.uuid = stored->submission.uuid;
        p.answers = QJsonDocument::fromJson(data).object().value(QStringLiteral("answers")).toObject();
        p.day = QDate::fromString(QJsonDocument::fromJson(data).object().value(QStringLiteral("submittedAt")).toString().left(10),
                                  Qt::ISODate);
        p.stored = evaluation.outcome;
        for (const Flag &f : evaluation.flags)
            p.storedRules << f.rule;
        m_patients << p;
    }
    QCOMPARE(m_patients.size(), 600);
}

QJsonObject TestReplay::replayJson(const QStringList &extra)
{
    const ProcessResult run = runPrescreen(QStringList{QStringLiteral("replay"), QStringLiteral("--db"), m_url,
                                                       QStringLiteral("--format"), QStringLiteral("json")}
                                           + extra);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void TestReplay::intervalOf21Days()
{
    const QString draft = writeDraft(QStringLiteral("interval21.rules"),
                                     {{"today - previous_date < 14 days", "today - previous_date < 21 days"}});
    // Independently: the interval now fires at 14 to 20 days; an outcome
    // changes where nothing else had fired.
    int newlyFired = 0, changed = 0, intervalBefore = 0;
    QStringList changedUuids;
    for (const Screened &p : std::as_const(m_patients)) {
        intervalBefore += p.storedRules.contains(QStringLiteral("interval"));
        const QDate last = QDate::fromString(p.answers.value(QStringLiteral("previous_date")).toString(), Qt::ISODate);
        if (!last.isValid())
            continue;
        const qint64 days = last.daysTo(p.day);
        if (days >= 14 && days < 21) {
            ++newlyFired;
            if (p.stored == Outcome::Clear) {
                ++changed;
                changedUuids << p.uuid;
            }
        }
    }
    QVERIFY2(newlyFired > 20 && changed > 5, "the population should hold treatments 14 to 20 days ago");

    const ProcessResult run = runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("600 submissions: 600 judged, %1 change outcome; 0 not judged").arg(changed)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("clear   -> review  %1  changed").arg(changed, 7)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("interval                   %1 -> %2 (+%3)")
                               .arg(intervalBefore, 6)
                               .arg(intervalBefore + newlyFired, -6)
                               .arg(newlyFired)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Changed submissions (%1):").arg(changed)), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("  clear -> review  +interval\n")), changed);

    // Read-only, and audited.
    QString error;
    Database db;
    QVERIFY2(db.open(*DatabaseUrl::parse(m_url, &error), &error), qPrintable(error));
    QCOMPARE(SubmissionStore(db, Clock::system()).count(&error), 600);
    const QList<AuditEntry> audit = AuditLog(db, Clock::system()).entries(&error);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.last().action, QStringLiteral("rules_replay"));
    QVERIFY2(audit.last().detail.contains(QStringLiteral("1.2.0-draft")) && audit.last().detail.contains(QStringLiteral("%1 changed").arg(changed)),
             qPrintable(audit.last().detail));
}

void TestReplay::intervalAsCsvAndJson()
{
    const QString draft = writeDraft(QStringLiteral("interval21.rules"),
                                     {{"today - previous_date < 14 days", "today - previous_date < 21 days"}});
    QSet<QString> expected;
    for (const Screened &p : std::as_const(m_patients)) {
        const QDate last = QDate::fromString(p.answers.value(QStringLiteral("previous_date")).toString(), Qt::ISODate);
        if (last.isValid() && last.daysTo(p.day) >= 14 && last.daysTo(p.day) < 21 && p.stored == Outcome::Clear)
            expected.insert(p.uuid);
    }
    const QString out = m_dir.filePath(QStringLiteral("changes.csv"));
    const ProcessResult run = runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url,
                                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel's cue for UTF-8
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(rows.first(), (QStringList{QStringLiteral("submitted"), QStringLiteral("submission"), QStringLiteral("name"),
                                       QStringLiteral("kana"), QStringLiteral("birth date"), QStringLiteral("stored outcome"),
                                       QStringLiteral("draft outcome"), QStringLiteral("rules added"), QStringLiteral("rules removed")}));
    QSet<QString> got;
    for (const QStringList &row : rows.mid(1)) {
        got.insert(row.at(1));
        QCOMPARE(row.at(5), QStringLiteral("clear"));
        QCOMPARE(row.at(6), QStringLiteral("review"));
        QCOMPARE(row.at(7), QStringLiteral("interval"));
        QVERIFY(!row.at(2).isEmpty());
    }
    QCOMPARE(got, expected);

    const QJsonObject json = replayJson({QStringLiteral("--rules"), draft});
    QCOMPARE(json.value(QStringLiteral("changed")).toInt(), expected.size());
    QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), expected.size());
    QCOMPARE(json.value(QStringLiteral("submissions")).toInt(), 600);
}

void TestReplay::cancerLongAgoNeedsAQuestionNeverAsked()
{
    // The clinic's example: a cancer whose treatment ended more than ten
    // years ago means review instead of decline. The draft must ask when
    // the treatment ended, which no stored patient was ever asked.
    const QString draft = writeDraft(
        QStringLiteral("cancer10.rules"),
        {{"question anaphylaxis\n", "question cancer_treatment_end\n  type: date\n  shown when: cancer = \"past\"\n"
                                    "  text: When did your cancer treatment end?\n\nquestion anaphylaxis\n"},
         {"  when: cancer in [\"current\", \"past\"]\n",
          "  when: cancer = \"current\" or (cancer = \"past\" and not (today - cancer_treatment_end > 3652 days))\n"},
         {"rule anaphylaxis\n", "rule cancer_long_ago\n  level: review\n  when: cancer = \"past\" and today - cancer_treatment_end > 3652 days\n"
                                "  reason: The cancer treatment ended more than ten years ago.\n  section: がん\n\nrule anaphylaxis\n"}});
    int past = 0;
    for (const Screened &p : std::as_const(m_patients))
        past += p.answers.value(QStringLiteral("cancer")).toString() == QLatin1String("past");
    QVERIFY(past > 5);
    const QJsonObject json = replayJson({QStringLiteral("--rules"), draft});
    QCOMPARE(json.value(QStringLiteral("submissions")).toInt(), 600);
    // Never guessed: each past cancer is counted apart, under its question.
    QCOMPARE(json.value(QStringLiteral("notJudged")).toInt(), past);
    QCOMPARE(json.value(QStringLiteral("notJudgedByQuestion")).toObject(),
             (QJsonObject{{QStringLiteral("cancer_treatment_end"), past}}));
    QCOMPARE(json.value(QStringLiteral("judged")).toInt(), 600 - past);
    QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("unknownRuleSet")).toInt(), 0);
}

void TestReplay::aQuestionHiddenThenIsNeverAsked()
{
    // A draft that asks men about pregnancy too: the question was in their
    // rule set, but hidden from them, so they were never asked it.
    const QString draft = writeDraft(QStringLiteral("pregnancy-all.rules"),
                                     {{"  shown when: sex != \"male\"\n  text: Are you pregnant", "  text: Are you pregnant"}});
    int men = 0;
    for (const Screened &p : std::as_const(m_patients))
        men += p.answers.value(QStringLiteral("sex")).toString() == QLatin1String("male");
    QVERIFY(men > 10);
    const QJsonObject json = replayJson({QStringLiteral("--rules"), draft});
    QCOMPARE(json.value(QStringLiteral("notJudgedByQuestion")).toObject(), (QJsonObject{{QStringLiteral("pregnancy"), men}}));
    QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 0);
}

void TestReplay::submissionsMadeUnderAnEarlierDraftAreJudged()
{
    // Submissions made under a rule set that already asked when the
    // treatment ended can be judged by a draft that changes the policy.
    QByteArray asking = readFile(defaultRulesPath());
    asking.replace("question anaphylaxis\n", "question cancer_treatment_end\n  type: date\n  shown when: cancer = \"past\"\n"
                                             "  text: When did your cancer treatment end?\n\nquestion anaphylaxis\n");
    asking = withVersion(asking, "1.2.0");
    const RuleSetPtr then = RuleSetLoader::loadData(asking, QStringLiteral("then.rules")).ruleSet;
    QVERIFY(then);
    QByteArray draftText = asking;
    draftText.replace("  when: cancer in [\"current\", \"past\"]\n",
                      "  when: cancer = \"current\" or (cancer = \"past\" and not (today - cancer_treatment_end > 3652 days))\n");
    const RuleSetPtr draft = RuleSetLoader::loadData(draftText, QStringLiteral("draft.rules")).ruleSet;
    QVERIFY(draft);

    const auto stored = [&](const QString &ended) {
        StoredSubmission s;
        s.submission.uuid = ended;
        s.submission.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone(9 * 3600));
        s.submission.answers = Replay::typedAnswers(
            {{QStringLiteral("sex"), QStringLiteral("female")}, {QStringLiteral("pregnancy"), QStringLiteral("no")},
             {QStringLiteral("breastfeeding"), QStringLiteral("no")}, {QStringLiteral("cancer"), QStringLiteral("past")},
             {QStringLiteral("cancer_treatment_end"), ended}, {QStringLiteral("anaphylaxis"), false},
             {QStringLiteral("allergy"), false}, {QStringLiteral("chronic_illness"), false},
             {QStringLiteral("medication"), false}, {QStringLiteral("previous_treatment"), false},
             {QStringLiteral("blood_donation"), false}},
            *then, nullptr);
        s.evaluation = Evaluator(then).evaluate(s.submission.answers, s.submission.day());
        // As the store gives them back: dates as text.
        s.submission.answers.insert(QStringLiteral("cancer_treatment_end"), ended);
        return s;
    };
    ReplayReport report;
    const Replay replay(draft, [&](const QString &sha) { return sha == then->sha256 ? then : RuleSetPtr(); });
    replay.add(stored(QStringLiteral("2010-03-01")), &report); // 16 years ago: now review... no rule: clear
    replay.add(stored(QStringLiteral("2022-03-01")), &report); // 4 years ago: still decline
    QCOMPARE(report.judged, 2);
    QCOMPARE(report.notJudged, 0);
    QCOMPARE(report.changed, 1);
    QCOMPARE(report.changes.first().uuid, QStringLiteral("2010-03-01"));
    QCOMPARE(report.changes.first().before, Outcome::Decline);
    QCOMPARE(report.changes.first().after, Outcome::Clear);
    QCOMPARE(report.changes.first().rulesRemoved, QStringList{QStringLiteral("cancer")});
    QCOMPARE((report.transitions.value({Outcome::Decline, Outcome::Decline})), 1);

    // Without the rule set of the day, "asked" can only mean "answered".
    ReplayReport unknown;
    Replay(draft, [](const QString &) { return RuleSetPtr(); }).add(stored(QStringLiteral("2010-03-01")), &unknown);
    QCOMPARE(unknown.unknownRuleSet, 1);
    QCOMPARE(unknown.judged, 1);
}

void TestReplay::rangeOfDays()
{
    const QString draft = writeDraft(QStringLiteral("same.rules"), {});
    const QJsonObject two = replayJson({QStringLiteral("--rules"), draft, QStringLiteral("--from"), QStringLiteral("2026-11-18"),
                                        QStringLiteral("--to"), QStringLiteral("2026-11-19")});
    QCOMPARE(two.value(QStringLiteral("submissions")).toInt(), 300);
    QCOMPARE(two.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(two.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-18"));
    const QJsonObject last = replayJson({QStringLiteral("--rules"), draft, QStringLiteral("--from"), QStringLiteral("2026-11-20")});
    QCOMPARE(last.value(QStringLiteral("submissions")).toInt(), 150);
    // An unchanged rule set changes nothing: every rule fires as often as it did.
    const QJsonObject fires = last.value(QStringLiteral("fires")).toObject();
    for (const QString &rule : fires.keys())
        QCOMPARE(fires.value(rule).toObject().value(QStringLiteral("before")), fires.value(rule).toObject().value(QStringLiteral("after")));
    QCOMPARE(runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url,
                           QStringLiteral("--from"), QStringLiteral("2026-11-21"), QStringLiteral("--to"), QStringLiteral("2026-11-20")})
                 .exitCode,
             2);
    QCOMPARE(runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url,
                           QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             2);
}

void TestReplay::draftThatDoesNotLoad()
{
    const QString draft = writeDraft(QStringLiteral("broken.rules"),
                                     {{"today - previous_date < 14 days", "today - previous_dat < 14 days"}});
    const ProcessResult run = runPrescreen({QStringLiteral("replay"), QStringLiteral("--rules"), draft, QStringLiteral("--db"), m_url});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(QRegularExpression(QRegularExpression::escape(draft) + QStringLiteral(":\\d+:\\d+: .*previous_dat"))),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestReplay)
#include "test_replay.moc"
