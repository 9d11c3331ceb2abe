// The command line as scripts use it: exit codes, messages that say what and
// where, submit, and the CSV export read back with a CSV reader.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

#include "clock.h"
#include "database.h"
#include "auditlog.h"
#include "staffaccounts.h"
#include "submissionstore.h"

using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFilesAreForTheirOwnerOnly();
    void kioskAllowsNoCoreDump();
    void kioskOnADamagedFileSaysSo();
    void failedSaveKeepsPatientTextOffStderr();
    void helpListsEveryCommand();
    void adminCreateMakesTheFirstAdministratorOnly();
    void guiWithoutADisplaySaysSo();
    void usageErrors_data();
    void usageErrors();
    void missingAnswersFileIsBadInput();
    void storageUnavailable_data();
    void storageUnavailable();
    void submitStoresAndPrintsId();
    void postgresPasswordComesFromTheEnvironment();
    void submitUsesPrescreenDbVariable();
    void submitRefusesAFutureSubmission();
    void exportCsvReadsBackInExcelShape();
    void exportLeavesNoPartialFile();

private:
    QString writeAnswers(const QString &name, const QJsonObject &answers);
    QJsonObject answers(const QString &name, const QString &submittedAt, const QJsonObject &extra = {}) const;
    QString dbUrl() const { return m_url; }
    qint64 storedCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = freshDatabaseUrl(m_dir->filePath(QStringLiteral("store.sqlite")));
}

QJsonObject TestCli::answers(const QString &name, const QString &submittedAt, const QJsonObject &extra) const
{
    QJsonObject a{{"sex", "female"}, {"pregnancy", "no"}, {"breastfeeding", "no"}, {"cancer", "never"},
                  {"anaphylaxis", false}, {"allergy", false}, {"chronic_illness", false}, {"medication", false},
                  {"previous_treatment", false}, {"blood_donation", false}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        a.insert(it.key(), it.value());
    return QJsonObject{{"language", "ja"},
                       {"patient", QJsonObject{{"name", name}, {"kana", "てすと"}, {"birthDate", "1985-04-12"}}},
                       {"submittedAt", submittedAt},
                       {"answers", a}};
}

QString TestCli::writeAnswers(const QString &name, const QJsonObject &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(content).toJson());
    return path;
}

qint64 TestCli::storedCount()
{
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(dbUrl(), &error), &error))
        return -1;
    return SubmissionStore(db, Clock::system()).count(&error);
}

void TestCli::guiWithoutADisplaySaysSo()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    const ProcessResult run = runPrescreen({QStringLiteral("--kiosk")}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("prescreen: no display to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set)"),
             run.err.constData());
}

void TestCli::helpListsEveryCommand()
{
    const ProcessResult run = runPrescreen({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    // Every command of DESIGN.md, each with its synopsis and a line that says what it does.
    for (const char *command : {"check-rules [FILE]", "evaluate --answers FILE", "submit --answers FILE",
                                "export --date YYYY-MM-DD [--to YYYY-MM-DD] --format xlsx|csv|pdf|fhir --out FILE",
                                "questionnaire --format fhir", "audit verify", "purge --older-than DAYS",
                                "admin create --login LOGIN"}) {
        const int at = int(run.out.indexOf(QByteArray("  ") + command));
        QVERIFY2(at >= 0, command);
        const QList<QByteArray> lines = run.out.mid(at).split('\n');
        QVERIFY2(lines.size() > 1 && lines.at(1).startsWith("      ") && lines.at(1).trimmed().size() > 10, command);
    }
    const ProcessResult version = runPrescreen({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("prescreen " PRESCREEN_VERSION "\n"));
    QVERIFY2(version.out.contains("rule set exosome-screening 1.1.1 (:/rules/exosome-screening.rules)"), version.out.constData());
}

void TestCli::adminCreateMakesTheFirstAdministratorOnly()
{
    const QStringList create{QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("--login"),
                             QStringLiteral("boss"), QStringLiteral("--db"), dbUrl()};
    // Too short: refused with the reason, nothing made.
    ProcessResult run = runPrescreenWithInput(create, "short\nshort\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("needs at least 8 characters, because it opens every record and account; nothing was created"),
             run.err.constData());
    run = runPrescreenWithInput(create, "long-enough-1\nlong-enough-2\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("the two passwords differ"), run.err.constData());
    run = runPrescreenWithInput(create, "long-enough-1\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not given twice"), run.err.constData());
    run = runPrescreenWithInput(create, "long-enough-1\nlong-enough-1\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.endsWith(": administrator boss created\n"), run.out.constData());
    QVERIFY(!run.out.contains("long-enough") && !run.err.contains("long-enough"));
    // Once there is an account, the command makes no other.
    run = runPrescreenWithInput({QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("--login"),
                                 QStringLiteral("mallory"), QStringLiteral("--db"), dbUrl()},
                                "other-pass-1\nother-pass-1\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("there are staff accounts already"), run.err.constData());
    Database db;
    QString error;
    QVERIFY(db.open(*DatabaseUrl::parse(dbUrl(), &error), &error));
    AuditLog audit(db, Clock::system());
    StaffAccounts accounts(db, audit, Clock::system());
    const QList<StaffAccount> all = accounts.all(&error);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().role, StaffAccount::Role::Admin);
    QCOMPARE(accounts.signIn(QStringLiteral("boss"), QStringLiteral("long-enough-1")).result,
             StaffAccounts::SignIn::Result::SignedIn);
    QVERIFY(audit.entries(&error).first().actor.startsWith(QLatin1String("cli:")));
}

void TestCli::newFilesAreForTheirOwnerOnly()
{
    if (onPostgres())
        QSKIP("files on this machine: runs in test_cli");
    // The test's own umask lets others read; prescreen must not rely on it.
    const QString db = m_dir->filePath(QStringLiteral("private/new.sqlite"));
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file, QStringLiteral("--db"),
                                      QStringLiteral("sqlite:") + db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString csv = m_dir->filePath(QStringLiteral("day.csv"));
    run = runPrescreen({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--db"), QStringLiteral("sqlite:") + db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString backup = m_dir->filePath(QStringLiteral("copy.sqlite"));
    run = runPrescreen({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--db"), QStringLiteral("sqlite:") + db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList made = {db, csv, backup};
    for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(db + side))
            made << db + side;
    }
    for (const QString &path : std::as_const(made)) {
        struct stat info {};
        QVERIFY2(::stat(QFile::encodeName(path).constData(), &info) == 0, qPrintable(path));
        QVERIFY2((info.st_mode & 0777) == 0600, qPrintable(QStringLiteral("%1: %2").arg(path).arg(info.st_mode & 0777, 0, 8)));
    }
    struct stat folder {};
    QVERIFY(::stat(QFile::encodeName(QFileInfo(db).path()).constData(), &folder) == 0);
    QCOMPARE(folder.st_mode & 0777, 0700u);
}

void TestCli::kioskAllowsNoCoreDump()
{
    if (onPostgres())
        QSKIP("the same on both stores: runs in test_cli");
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    kiosk.setProcessEnvironment(env);
    const QString db = m_dir->filePath(QStringLiteral("kiosk.sqlite"));
    // Started with core dumps allowed (a shell's default is often 0, which
    // would prove nothing); exec keeps the process id.
    kiosk.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("ulimit -c unlimited && exec \"$0\" --kiosk --db \"$1\""),
                                       QStringLiteral(PRESCREEN_EXECUTABLE), QStringLiteral("sqlite:") + db});
    QVERIFY(kiosk.waitForStarted());
    // The limit is set first thing in main; the database once the window is made.
    const QString limits = QStringLiteral("/proc/%1/limits").arg(kiosk.processId());
    static const QRegularExpression noCore(QStringLiteral("Max core file size\\s+0\\s+0\\s"));
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromLatin1(readFile(limits)).contains(noCore), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 20000);
    struct stat info {};
    QVERIFY(::stat(QFile::encodeName(db).constData(), &info) == 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    kiosk.kill();
    kiosk.waitForFinished();
}

// The kiosk opens its store after its first frame (the start's benchmark
// stops there): a damaged file is still reported, before the program ends,
// and left as it was.
void TestCli::kioskOnADamagedFileSaysSo()
{
    if (onPostgres())
        QSKIP("a damaged SQLite file; test_roles starts the kiosk on PostgreSQL");
    const QString db = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QByteArray damaged("SQLite format 3");
    damaged.append(8192, '\x5a');
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(damaged) == damaged.size());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PRESCREEN_EXIT_AT_FIRST_FRAME"), QStringLiteral("1"));
    const ProcessResult run = runPrescreen({QStringLiteral("--kiosk"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("first-frame-ns "), run.out.constData());
    QVERIFY2(run.err.contains("prescreen: storage unavailable: sqlite:" + QFile::encodeName(db) + " is not a PreScreen database"),
             run.err.constData());
    QCOMPARE(readFile(db), damaged);
}

void TestCli::failedSaveKeepsPatientTextOffStderr()
{
    if (onPostgres())
        QSKIP("a trigger on the SQLite file; the redaction is the same for a server's message");
    const QString db = m_dir->filePath(QStringLiteral("refusing.sqlite"));
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("佐々木 美咲"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    {
        Database store;
        QString error;
        QVERIFY2(store.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + db, &error), &error), qPrintable(error));
        // As PostgreSQL words a refused row: it quotes the values.
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON submissions BEGIN SELECT RAISE(ABORT, "
                                      "'Failing row contains (佐々木 美咲, 1985-04-12, 美咲)'); END")));
    }
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file, QStringLiteral("--db"),
                                            QStringLiteral("sqlite:") + db});
    QCOMPARE(run.exitCode, 3);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QLatin1String("Failing row contains ([patient data], [patient data], [patient data])")), run.err.constData());
    for (const char *patientText : {"佐々木", "美咲", "1985-04-12"})
        QVERIFY2(!err.contains(QString::fromUtf8(patientText)), run.err.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("evaluate without answers") << QStringList{"evaluate"} << "--answers is required";
    QTest::newRow("unknown option") << QStringList{"evaluate", "--answer", "x"} << "Unknown option 'answer'";
    QTest::newRow("extra argument") << QStringList{"check-rules", "a", "b"} << "unexpected argument \"b\"";
    QTest::newRow("bad date") << QStringList{"export", "--date", "2026-13-01", "--format", "csv", "--out", "x.csv"}
                              << "--date \"2026-13-01\" is not a date";
    QTest::newRow("unknown format") << QStringList{"export", "--date", "2026-11-25", "--format", "xls", "--out", "x"}
                                    << "--format xls";
    QTest::newRow("unknown language") << QStringList{"export", "--date", "2026-11-25", "--format", "pdf", "--out", "x",
                                                     "--lang", "fr"}
                                      << "--lang fr: expected ja, en, zh_CN";
    QTest::newRow("export without out") << QStringList{"export", "--date", "2026-11-25", "--format", "csv"}
                                        << "--out is required";
    QTest::newRow("bad db url") << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x",
                                               "--db", "mysql://x"}
                                << "expected sqlite:PATH or postgresql://";
    QTest::newRow("password in db url")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://u:secret@localhost:5432/d"}
        << "use PGPASSWORD or a pgpass file";
    QTest::newRow("unknown command") << QStringList{"patients", "find"}
                                     << "unknown command \"patients\"; prescreen --help lists the commands";
    QTest::newRow("no login in db url")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://db.clinic.lan:5432/clinic"}
        << "\"postgresql://db.clinic.lan:5432/clinic\" names no PostgreSQL login: write "
           "postgresql://USER@db.clinic.lan:5432/clinic";
    // db.invalid can never resolve: a lookup or a connection would end in
    // "cannot connect" with exit 3, not in this refusal with exit 2.
    QTest::newRow("plain text to another machine")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://clinic@db.invalid:5432/clinic?sslmode=disable"}
        << "refused: db.invalid is another machine and sslmode is disable, so patient data could cross the network "
           "in clear";
    QTest::newRow("unchecked certificate")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://clinic@db.invalid:5432/clinic?sslmode=require"}
        << "&insecure=allow";
    QTest::newRow("unknown sslmode")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://clinic@db.invalid:5432/clinic?sslmode=strict"}
        << "sslmode=strict is not one of disable, allow, prefer, require, verify-ca, verify-full";
    QTest::newRow("unknown parameter")
        << QStringList{"export", "--date", "2026-11-25", "--format", "csv", "--out", "x", "--db",
                       "postgresql://clinic@localhost:5432/clinic?ssl=true"}
        << "unknown parameter \"ssl\"";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessResult run = runPrescreen(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.err.contains("secret"));
    QVERIFY(!run.err.contains("cannot connect"));
}

void TestCli::missingAnswersFileIsBadInput()
{
    const QString path = m_dir->filePath(QStringLiteral("nope.json"));
    const ProcessResult run = runPrescreen({QStringLiteral("evaluate"), QStringLiteral("--answers"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith((path + QStringLiteral(": cannot read")).toUtf8()), run.err.constData());
}

void TestCli::storageUnavailable_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("folder cannot be made") << QStringLiteral("sqlite:/proc/prescreen/store.sqlite")
                                           << QStringLiteral("cannot create the folder /proc/prescreen");
    QTest::newRow("postgresql server unreachable")
        << QStringLiteral("postgresql://clinic@127.0.0.1:1/prescreen")
        << QStringLiteral("postgresql://clinic@127.0.0.1:1/prescreen: cannot connect");
}

void TestCli::storageUnavailable()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                            QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("storage unavailable") && QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::submitStoresAndPrintsId()
{
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                            QStringLiteral("--db"), dbUrl()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString uuid = QString::fromLatin1(run.out.trimmed());
    QCOMPARE(uuid.size(), 36);
    QString error;
    Database db;
    QVERIFY(db.open(*DatabaseUrl::parse(dbUrl(), &error), &error));
    const auto stored = SubmissionStore(db, Clock::system()).byUuid(uuid, &error);
    QVERIFY(stored);
    QCOMPARE(stored->submission.patient.name, QStringLiteral("A"));
    QCOMPARE(stored->evaluation.outcome, Outcome::Clear);
}

void TestCli::postgresPasswordComesFromTheEnvironment()
{
    if (!onPostgres())
        QSKIP("a PostgreSQL matter; runs in test_cli_postgresql");
    const QString url = testServerUrl(QStringLiteral("clinic"), QStringLiteral("clinic"));
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-password"));
    const ProcessResult wrong = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                              QStringLiteral("--db"), url}, env);
    QCOMPARE(wrong.exitCode, 3);
    const QString message = QString::fromUtf8(wrong.err);
    QVERIFY2(message.contains(url + QStringLiteral(": cannot connect")) && message.contains(QStringLiteral("password"))
                 && message.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("wrong-password")));
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("right-password"));
    const ProcessResult right = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                              QStringLiteral("--db"), url}, env);
    QVERIFY2(right.exitCode == 0, right.err.constData());
}

void TestCli::submitUsesPrescreenDbVariable()
{
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), QStringLiteral("2026-11-25T10:00:00+09:00")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRESCREEN_DB"), dbUrl());
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(storedCount(), 1);
}

void TestCli::submitRefusesAFutureSubmission()
{
    const QString future = Clock::system().now().addDays(2).toString(Qt::ISODate);
    const QString file = writeAnswers(QStringLiteral("a.json"), answers(QStringLiteral("A"), future));
    const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                            QStringLiteral("--db"), dbUrl()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("submittedAt") && run.err.contains("is in the future"), run.err.constData());
    QVERIFY(storedCount() <= 0);
}

void TestCli::exportCsvReadsBackInExcelShape()
{
    struct Entry
    {
        QString name;
        QString at;
        QJsonObject extra;
    };
    const QString note = QStringLiteral("痛みあり, \"少し\"\n二行目");
    const QList<Entry> entries{
        {QStringLiteral("山田 花子"), QStringLiteral("2026-11-25T09:00:00+09:00"), {{"notes", note}}},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("2026-11-25T10:00:00+09:00"),
         {{"allergy", true}, {"allergy_detail", "@SUM(A1)"}}},
        {QStringLiteral("+81 3"), QStringLiteral("2026-11-25T11:00:00+09:00"),
         {{"previous_treatment", true}, {"previous_date", "2026-11-20"},
          {"previous_side_effects", QJsonArray{"fatigue", "rash_itching"}}, {"notes", "-1\t"}}},
        {QStringLiteral("\tTab"), QStringLiteral("2026-11-25T12:00:00+09:00"), {{"cancer", "past"}}},
        // Another day in Tokyo, though the 25th in UTC: not in the export.
        {QStringLiteral("翌日"), QStringLiteral("2026-11-26T00:30:00+09:00"), {}},
    };
    for (int i = 0; i < entries.size(); ++i) {
        const QString file = writeAnswers(QStringLiteral("a%1.json").arg(i),
                                          answers(entries.at(i).name, entries.at(i).at, entries.at(i).extra));
        const ProcessResult run = runPrescreen({QStringLiteral("submit"), QStringLiteral("--answers"), file,
                                                QStringLiteral("--db"), dbUrl()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QString out = m_dir->filePath(QStringLiteral("2026-11-25.csv"));
    const ProcessResult run = runPrescreen({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                            QStringLiteral("--db"), dbUrl(), QStringLiteral("--codes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 1 + 4);
    const QStringList header = rows.first();
    for (const char *column : {"id", "submitted_at", "name", "kana", "birth_date", "outcome", "flags"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    for (const char *question : {"sex", "pregnancy", "breastfeeding", "cancer", "cancer_detail", "anaphylaxis",
                                 "allergy", "allergy_detail", "chronic_illness", "chronic_detail", "medication",
                                 "medication_detail", "previous_treatment", "previous_date", "previous_side_effects",
                                 "blood_donation", "notes"})
        QVERIFY2(header.contains(QLatin1String(question)), question);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());

    const auto cell = [&](int row, const char *column) { return rows.at(row).at(header.indexOf(QLatin1String(column))); };
    QCOMPARE(cell(1, "name"), QStringLiteral("山田 花子"));
    QCOMPARE(cell(1, "notes"), note);
    QCOMPARE(cell(1, "submitted_at"), QStringLiteral("2026-11-25 09:00"));
    QCOMPARE(cell(1, "outcome"), QStringLiteral("clear"));
    QCOMPARE(cell(2, "name"), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(cell(2, "allergy_detail"), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(cell(2, "allergy"), QStringLiteral("yes"));
    QCOMPARE(cell(2, "outcome"), QStringLiteral("review"));
    QCOMPARE(cell(3, "name"), QStringLiteral("'+81 3"));
    QCOMPARE(cell(3, "notes"), QStringLiteral("'-1\t"));
    QCOMPARE(cell(3, "previous_side_effects"), QStringLiteral("fatigue; rash_itching"));
    QCOMPARE(cell(3, "flags"), QStringLiteral("allergic_reaction_before; side_effects_before; interval"));
    QCOMPARE(cell(3, "outcome"), QStringLiteral("avoid"));
    QCOMPARE(cell(4, "name"), QStringLiteral("'\tTab"));
    QCOMPARE(cell(4, "outcome"), QStringLiteral("decline"));
    QCOMPARE(cell(4, "pregnancy"), QStringLiteral("no"));
    // No cell that Excel would start a formula with.
    for (const QStringList &row : rows) {
        for (const QString &c : row)
            QVERIFY2(c.isEmpty() || !QStringLiteral("=+-@\t\r").contains(c.at(0)), qPrintable(c));
    }
}

void TestCli::exportLeavesNoPartialFile()
{
    const QString out = m_dir->filePath(QStringLiteral("missing-folder/day.csv"));
    const ProcessResult run = runPrescreen({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                            QStringLiteral("--db"), dbUrl()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("prescreen export: %1: the folder %2 does not exist; nothing was written")
                                    .arg(out, m_dir->filePath(QStringLiteral("missing-folder")))
                                    .toUtf8()),
             run.err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

