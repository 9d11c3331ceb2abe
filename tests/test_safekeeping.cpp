// The clinic's data outlives the tablet: really damaged SQLite files fail
// loudly (exit 3, the file named) instead of being read short; backup while
// two writers submit, restore elsewhere, nothing acknowledged is missing;
// check; exports only to regular files; uuids; names and limits.
#include "auditlog.h"
#include "backup.h"
#include "clock.h"
#include "database.h"
#include "evaluation.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

class TestSafekeeping : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void middleThirdOverwritten();
    void lastPageOverwritten();
    void notADatabase();
    void folderInPlaceOfTheDatabase();
    void readOnlyFileCanBeCheckedAndVerified();
    void storedJsonThatDoesNotParseIsAnError();
    void exportRefusesAFifoAndAFolder();
    void exportOnAFullDiskIsStorageUnavailable();
    void backupWhileTwoWritersSubmit();
    void backupRefusesAFifo();
    void backupOfADamagedStoreFails();
    void restoreRefusesAStoreWithSubmissions();
    void restoreRefusesADamagedBackup();
    void receptionIsToldOfTheLastBackup();
    void uuidMustBeAUuid();
    void sameUuidDifferentAnswersIsRefused();
    void invisibleNamesAndLimits();
    void aChainRewrittenWholeIsCaughtByItsAnchors();

private:
    // A real store made through the store's own classes: `submissions`
    // submissions on 2026-11-25 and `auditRows` audit rows.
    QString makeStore(const QString &name, int submissions, int auditRows);
    static void overwrite(const QString &path, qint64 offset, qint64 length);
    static void expectDamaged(const ProcessResult &run, const QString &path);
    QString answersFile(const QString &name, const QJsonObject &root);
    QJsonObject answers(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    RuleSetPtr m_rules;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 15), QTimeZone(9 * 3600))};
};

void TestSafekeeping::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(m_rules);
}

QString TestSafekeeping::makeStore(const QString &name, int submissions, int auditRows)
{
    const QString path = m_dir->filePath(name);
    QString error;
    {
        Database db;
        if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error))
            qFatal("%s", qPrintable(error));
        SubmissionStore store(db, m_clock);
        const Evaluator evaluator(m_rules);
        for (int i = 0; i < submissions; ++i) {
            Submission s;
            s.language = QStringLiteral("ja");
            s.patient = {QStringLiteral("患者 %1 %2").arg(i).arg(QString(40, u'長')), QStringLiteral("かんじゃ"), QDate(1980, 1, 1)};
            s.submittedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 0).addSecs(i * 20), QTimeZone(9 * 3600));
            s.consent = {true, QStringLiteral("2026-11")};
            s.answers = clearAnswers();
            s.answers.insert(QStringLiteral("notes"), QString(200, u'x'));
            if (!store.save(s, evaluator.evaluate(s.answers, s.day()), &error))
                qFatal("%s", qPrintable(error));
        }
        AuditLog audit(db, m_clock);
        for (int i = 0; i < auditRows; ++i) {
            if (!audit.append(QStringLiteral("doctor"), QStringLiteral("view"), QString(), QStringLiteral("row %1").arg(i), &error))
                qFatal("%s", qPrintable(error));
        }
        if (!db.checkpoint(&error))
            qFatal("%s", qPrintable(error));
    }
    return path;
}

void TestSafekeeping::overwrite(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray junk(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        junk[i] = char((i * 7919 + 13) % 251);
    QCOMPARE(file.write(junk), length);
}

void TestSafekeeping::expectDamaged(const ProcessResult &run, const QString &path)
{
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(path), run.err.constData());
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QVERIFY2(!run.err.contains("network share"), run.err.constData());
    // It says what to do next, in the clinic's commands, not in SQLite's headings.
    QVERIFY2(run.err.contains("prescreen check") || run.err.contains("prescreen restore"), run.err.constData());
    QVERIFY2(!run.err.contains("***"), run.err.constData());
}

QJsonObject TestSafekeeping::answers(const QString &name) const
{
    return QJsonObject{{"language", "ja"},
                       {"patient", QJsonObject{{"name", name}, {"kana", "てすと"}, {"birthDate", "1985-04-12"}}},
                       {"submittedAt", "2026-11-25T10:00:00+09:00"},
                       {"answers", QJsonObject::fromVariantMap(clearAnswers())}};
}

QString TestSafekeeping::answersFile(const QString &name, const QJsonObject &root)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
    return path;
}

void TestSafekeeping::middleThirdOverwritten()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 200, 50);
    const qint64 size = QFileInfo(path).size();
    overwrite(path, size / 3, size / 3);
    const QString db = QStringLiteral("sqlite:") + path;
    const QString csv = m_dir->filePath(QStringLiteral("day.csv"));
    // Today this exported 45 of 200 and exited 0.
    expectDamaged(runPrescreen({"export", "--date", "2026-11-25", "--format", "csv", "--out", csv, "--db", db}), path);
    QVERIFY(!QFile::exists(csv));
    expectDamaged(runPrescreen({"audit", "verify", "--db", db}), path);
    expectDamaged(runPrescreen({"check", "--db", db}), path);
    const QString a = answersFile(QStringLiteral("a.json"), answers(QStringLiteral("新しい 患者")));
    expectDamaged(runPrescreen({"submit", "--answers", a, "--db", db}), path);
}

void TestSafekeeping::lastPageOverwritten()
{
    // 2,000 audit rows fill the file's last pages.
    const QString path = makeStore(QStringLiteral("store.sqlite"), 20, 2000);
    const qint64 size = QFileInfo(path).size();
    overwrite(path, size - 4096, 4096);
    const QString db = QStringLiteral("sqlite:") + path;
    // Today: "audit log intact, 1009 rows" and exit 0.
    const ProcessResult verify = runPrescreen({"audit", "verify", "--db", db});
    expectDamaged(verify, path);
    QVERIFY(!verify.out.contains("intact"));
    const ProcessResult check = runPrescreen({"check", "--db", db});
    expectDamaged(check, path);
    QVERIFY2(check.err.contains("NOT OK"), check.err.constData());
}

void TestSafekeeping::notADatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Dear doctor, this is a letter, not a database.\n").repeated(200));
    file.close();
    for (const char *command : {"check", "audit"}) {
        const QStringList args = QByteArray(command) == "audit" ? QStringList{"audit", "verify"} : QStringList{"check"};
        const ProcessResult run = runPrescreen(args + QStringList{"--db", QStringLiteral("sqlite:") + path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(QString::fromUtf8(run.err).contains(path + QStringLiteral(" is not a PreScreen database")), run.err.constData());
        QVERIFY2(!run.err.contains("network share"), run.err.constData());
    }
    // The header damaged on a real store reads the same.
    const QString store = makeStore(QStringLiteral("store.sqlite"), 5, 0);
    overwrite(store, 0, 100);
    const ProcessResult run = runPrescreen({"check", "--db", QStringLiteral("sqlite:") + store});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("is not a PreScreen database"), run.err.constData());
}

void TestSafekeeping::folderInPlaceOfTheDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QDir().mkpath(path));
    const QString a = answersFile(QStringLiteral("a.json"), answers(QStringLiteral("山田 花子")));
    for (const QStringList &args : {QStringList{"submit", "--answers", a}, QStringList{"check"}, QStringList{"audit", "verify"}}) {
        const ProcessResult run = runPrescreen(args + QStringList{"--db", QStringLiteral("sqlite:") + path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(QString::fromUtf8(run.err).contains(path + QStringLiteral(" is a folder, not a database file")),
                 run.err.constData());
    }
}

void TestSafekeeping::readOnlyFileCanBeCheckedAndVerified()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 10, 5);
    QVERIFY(QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    // root writes to any file whatever its mode: as root the commands run as
    // nobody, for whom the file really is read-only.
    QStringList prefix;
    if (::geteuid() == 0) {
        QVERIFY(QFile(m_dir->path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups"), QStringLiteral(PRESCREEN_EXECUTABLE)};
    }
    const auto run = [&](const QStringList &args) {
        if (prefix.isEmpty())
            return runPrescreen(args);
        QProcess p;
        p.start(prefix.first(), prefix.mid(1) + args);
        p.waitForFinished(60000);
        return ProcessResult{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const QString db = QStringLiteral("sqlite:") + path;
    const ProcessResult check = run({"check", "--db", db});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains("OK") && check.out.contains("10 submissions"), check.out.constData());
    const ProcessResult verify = run({"audit", "verify", "--db", db});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QVERIFY2(verify.out.contains("audit log intact, 5 rows"), verify.out.constData());
    // Storing is refused in plain words.
    const QString a = answersFile(QStringLiteral("a.json"), answers(QStringLiteral("山田 花子")));
    QFile(a).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const ProcessResult submit = run({"submit", "--answers", a, "--db", db});
    QCOMPARE(submit.exitCode, 3);
    QVERIFY2(submit.err.contains("read-only"), submit.err.constData());
}

void TestSafekeeping::storedJsonThatDoesNotParseIsAnError()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 3, 0);
    {
        QString error;
        Database db;
        QVERIFY(db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER submissions_never_edited")));
        QVERIFY(q.exec(QStringLiteral("UPDATE submissions SET answers_json = '{\"sex\": \"fem' WHERE id = 2")));
    }
    const ProcessResult run = runPrescreen({"export", "--date", "2026-11-25", "--format", "csv", "--out",
                                            m_dir->filePath(QStringLiteral("day.csv")), "--db", QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("answers of submission 2") && run.err.contains("is not valid JSON"), run.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("day.csv"))));
}

void TestSafekeeping::exportRefusesAFifoAndAFolder()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 5, 0);
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    ProcessResult run = runPrescreen({"export", "--date", "2026-11-25", "--format", "csv", "--out", fifo, "--db",
                                      QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(fifo + QStringLiteral(" is a named pipe (FIFO), not a regular file")),
             run.err.constData());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY2(S_ISFIFO(info.st_mode), "the FIFO was replaced");
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    run = runPrescreen({"export", "--date", "2026-11-25", "--format", "pdf", "--out", folder, "--db", QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a folder"), run.err.constData());
    QVERIFY(QFileInfo(folder).isDir());
    // Nothing partial left beside them (the store's -wal and -shm aside).
    QStringList after = QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    after.removeAll(QStringLiteral("exports"));
    QCOMPARE(QSet<QString>(after.begin(), after.end()) - QSet<QString>(before.begin(), before.end()), QSet<QString>{});
}

void TestSafekeeping::exportOnAFullDiskIsStorageUnavailable()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 150, 0);
    const QString full = m_dir->filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(full));
    // A 16 KB disk of its own, mounted in a private mount namespace
    // (unshare), so the test needs no clean-up and touches no real disk.
    const auto run = [&](const QString &script) {
        QProcess p;
        p.start(QStringLiteral("unshare"), QStringList{::geteuid() == 0 ? QStringLiteral("-m") : QStringLiteral("-rm"),
                                                       QStringLiteral("sh"), QStringLiteral("-c"), script});
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), p.readAllStandardError());
    };
    // The workbook (reception's default), the paper summary and FHIR say the same as the CSV.
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("fhir")}) {
        const auto [code, err] = run(QStringLiteral("mount -t tmpfs -o size=16k tmpfs '%1' && exec '%2' export --date 2026-11-25 "
                                                    "--format %4 --out '%1/day.%4' --db 'sqlite:%3'")
                                         .arg(full, QStringLiteral(PRESCREEN_EXECUTABLE), path, format));
        if (err.contains("mount:") || err.contains("unshare:"))
            QSKIP(qPrintable(QStringLiteral("no private mount on this machine: %1").arg(QString::fromUtf8(err))));
        QVERIFY2(code == 3, err.constData());
        QVERIFY(!QFile::exists(full + QStringLiteral("/day.") + format));
        QVERIFY2(err.contains(QStringLiteral("%1/day.%2: cannot write: the disk is full").arg(full, format).toUtf8())
                     && err.contains("nothing was written"),
                 err.constData());
    }
    // The workbook's rows wait in the temporary folder: when that is full,
    // the message says so, not that the stick is.
    const QString tmp = m_dir->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    const auto [code, err] = run(QStringLiteral("mount -t tmpfs -o size=4k tmpfs '%1' && TMPDIR='%1' exec '%2' export --date 2026-11-25 "
                                                "--format xlsx --out '%4/day.xlsx' --db 'sqlite:%3'")
                                     .arg(tmp, QStringLiteral(PRESCREEN_EXECUTABLE), path, full));
    QVERIFY2(code != 0, err.constData());
    QVERIFY2(err.contains(QStringLiteral("the temporary folder %1 is full").arg(tmp).toUtf8()), err.constData());
    QVERIFY2(!err.contains("Unknown error"), err.constData());
    QVERIFY(!QFile::exists(full + QStringLiteral("/day.xlsx")));
    // Nearly full, so that the last rows fit in Qt's buffer and fail only
    // when it is flushed: still the temporary folder, not a read, not the stick.
    const auto [nearlyCode, nearlyErr] = run(QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1' && head -c 61000 /dev/zero > '%1/filler' "
                                                            "&& TMPDIR='%1' exec '%2' export --date 2026-11-25 --format xlsx --out '%4/day.xlsx' --db 'sqlite:%3'")
                                                 .arg(tmp, QStringLiteral(PRESCREEN_EXECUTABLE), path, full));
    QVERIFY2(nearlyCode != 0, nearlyErr.constData());
    QVERIFY2(nearlyErr.contains(QStringLiteral("the temporary folder %1 is full").arg(tmp).toUtf8()), nearlyErr.constData());
    QVERIFY(!QFile::exists(full + QStringLiteral("/day.xlsx")));
}

void TestSafekeeping::backupWhileTwoWritersSubmit()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 100, 10);
    const QString url = QStringLiteral("sqlite:") + path;
    QProcess writers[2];
    for (int i = 0; i < 2; ++i) {
        writers[i].start(QStringLiteral(STORAGE_WRITER), {url, QStringLiteral("400"), QStringLiteral("writer%1").arg(i)});
        QVERIFY(writers[i].waitForStarted());
    }
    // Wait until both have stored some, then note every uuid acknowledged so far.
    QSet<QString> acknowledged;
    QByteArray pending[2];
    const auto collect = [&] {
        for (int i = 0; i < 2; ++i) {
            pending[i] += writers[i].readAllStandardOutput();
            const int end = pending[i].lastIndexOf('\n');
            if (end < 0)
                continue;
            for (const QByteArray &line : pending[i].left(end).split('\n'))
                acknowledged.insert(QString::fromLatin1(line.trimmed()));
            pending[i] = pending[i].mid(end + 1);
        }
    };
    while (acknowledged.size() < 60) {
        QVERIFY(writers[0].state() == QProcess::Running || writers[1].state() == QProcess::Running);
        writers[0].waitForReadyRead(100);
        collect();
    }
    collect();
    const QSet<QString> beforeBackup = acknowledged;
    const QString backupPath = m_dir->filePath(QStringLiteral("usb/prescreen-backup.sqlite"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("usb"))));
    const ProcessResult backup = runPrescreen({"backup", "--out", backupPath, "--db", url});
    const bool writersStillRunning = writers[0].state() == QProcess::Running || writers[1].state() == QProcess::Running;
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY2(backup.out.contains("checked"), backup.out.constData());
    for (QProcess &w : writers) {
        QVERIFY(w.waitForFinished(120000));
        QCOMPARE(w.exitCode(), 0);
    }
    QVERIFY2(writersStillRunning, "the writers finished before the backup ended; the test proved nothing");

    // Restored in a new place, it holds every submission acknowledged before the backup began.
    const QString restoredPath = m_dir->filePath(QStringLiteral("new-tablet/prescreen.sqlite"));
    const ProcessResult restore = runPrescreen({"restore", "--from", backupPath, "--db", QStringLiteral("sqlite:") + restoredPath});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QString error;
    Database restored;
    QVERIFY(restored.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + restoredPath, &error), &error));
    QSet<QString> stored;
    QSqlQuery q(restored.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM submissions")));
    while (q.next())
        stored.insert(q.value(0).toString());
    QVERIFY(!q.lastError().isValid());
    QVERIFY2(beforeBackup.size() >= 60, "too few acknowledged before the backup");
    for (const QString &uuid : beforeBackup)
        QVERIFY2(stored.contains(uuid), qPrintable(uuid + QStringLiteral(" was acknowledged before the backup but is missing")));
    QVERIFY(stored.size() >= 100 + beforeBackup.size());
    // The backup is in the source's audit log and the restore in the copy's.
    QVERIFY(runPrescreen({"check", "--db", QStringLiteral("sqlite:") + restoredPath}).exitCode == 0);
    QSqlQuery audit(restored.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")) && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("restore"));
    Database source;
    QVERIFY(source.open(*DatabaseUrl::parse(url, &error), &error));
    QSqlQuery sourceAudit(source.connection());
    QVERIFY(sourceAudit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'backup'")) && sourceAudit.next());
    QVERIFY(sourceAudit.value(0).toString().contains(backupPath));
    // No partial file is left beside the backup; its audit anchor is.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("usb"))).entryList(QDir::Files),
             (QStringList{QStringLiteral("prescreen-audit-anchors.txt"), QStringLiteral("prescreen-backup.sqlite")}));
}

void TestSafekeeping::backupRefusesAFifo()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 3, 0);
    const QString fifo = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ProcessResult run = runPrescreen({"backup", "--out", fifo, "--db", QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("named pipe (FIFO)") && run.err.contains("no backup was written"), run.err.constData());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestSafekeeping::backupOfADamagedStoreFails()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 200, 0);
    const qint64 size = QFileInfo(path).size();
    overwrite(path, size / 3, size / 3);
    const QString out = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const ProcessResult run = runPrescreen({"backup", "--out", out, "--db", QStringLiteral("sqlite:") + path});
    expectDamaged(run, path);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("backup.sqlite*")}, QDir::Files), QStringList{});
}

void TestSafekeeping::restoreRefusesAStoreWithSubmissions()
{
    const QString source = makeStore(QStringLiteral("source.sqlite"), 7, 0);
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(runPrescreen({"backup", "--out", backup, "--db", QStringLiteral("sqlite:") + source}).exitCode, 0);
    const QString target = makeStore(QStringLiteral("target.sqlite"), 3, 0);
    ProcessResult run = runPrescreen({"restore", "--from", backup, "--db", QStringLiteral("sqlite:") + target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(target + QStringLiteral(" holds 3 submissions; add --force")), run.err.constData());
    run = runPrescreen({"restore", "--from", backup, "--db", QStringLiteral("sqlite:") + target, "--force"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("target.sqlite.replaced-*")}, QDir::Files);
    QVERIFY2(!kept.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(u' ')));
    QVERIFY(run.out.contains("kept as"));
    // The replaced store is whole: its three submissions can still be read.
    const ProcessResult keptCheck = runPrescreen({"check", "--db", QStringLiteral("sqlite:") + m_dir->filePath(kept.first())});
    QVERIFY2(keptCheck.exitCode == 0 && keptCheck.out.contains("3 submissions"), keptCheck.err.constData());
    const ProcessResult restoredCheck = runPrescreen({"check", "--db", QStringLiteral("sqlite:") + target});
    QVERIFY2(restoredCheck.out.contains("7 submissions"), restoredCheck.out.constData());
}

void TestSafekeeping::restoreRefusesADamagedBackup()
{
    const QString backup = makeStore(QStringLiteral("backup.sqlite"), 200, 0);
    const qint64 size = QFileInfo(backup).size();
    overwrite(backup, size / 3, size / 3);
    const QString target = m_dir->filePath(QStringLiteral("target.sqlite"));
    const ProcessResult run = runPrescreen({"restore", "--from", backup, "--db", QStringLiteral("sqlite:") + target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("failed its check, nothing was changed") && run.err.contains("damaged"), run.err.constData());
    QVERIFY(!QFile::exists(target));
}

void TestSafekeeping::receptionIsToldOfTheLastBackup()
{
    const QString path = makeStore(QStringLiteral("store.sqlite"), 3, 0);
    QString error;
    Database db;
    QVERIFY(db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error));
    AuditLog audit(db, m_clock);
    QCOMPARE(BackupStatus::of(audit, m_clock.now(), &error).state, BackupStatus::State::Never);
    const QString out = m_dir->filePath(QStringLiteral("b.sqlite"));
    QVERIFY(Backup(db, m_clock).writeTo(out, QStringLiteral("cli:test")).ok);
    BackupStatus status = BackupStatus::of(audit, m_clock.now(), &error);
    QCOMPARE(status.state, BackupStatus::State::Recent);
    QCOMPARE(status.at, m_clock.now().toUTC());
    QVERIFY(status.detail.contains(out));
    // Two days and a minute later, the same backup is too old to rely on.
    QCOMPARE(BackupStatus::of(audit, m_clock.now().addSecs(48 * 3600 + 60), &error).state, BackupStatus::State::Old);
    // A failed one (the folder is gone: the USB stick was pulled) is shown as such.
    QVERIFY(!Backup(db, m_clock).writeTo(m_dir->filePath(QStringLiteral("usb/b.sqlite")), QStringLiteral("cli:test")).ok);
    status = BackupStatus::of(audit, m_clock.now(), &error);
    QCOMPARE(status.state, BackupStatus::State::Failed);
    QVERIFY2(status.detail.contains(QStringLiteral("does not exist")), qPrintable(status.detail));
    QVERIFY(error.isEmpty());
}

void TestSafekeeping::uuidMustBeAUuid()
{
    const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("store.sqlite"));
    QJsonObject root = answers(QStringLiteral("山田 花子"));
    root.insert("uuid", QString(5000, u'A'));
    const ProcessResult run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("a.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("uuid: \"AAAA") && run.err.contains("is not a UUID"), run.err.constData());
    // The bad value is quoted, not repeated whole.
    QVERIFY2(run.err.size() < 1000, run.err.constData());
}

void TestSafekeeping::sameUuidDifferentAnswersIsRefused()
{
    const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString uuid = QStringLiteral("6f1c1b9e-8a3e-4c59-9a57-0c6c1f4a2b10");
    QJsonObject root = answers(QStringLiteral("山田 花子"));
    root.insert("uuid", uuid);
    const QString first = answersFile(QStringLiteral("a.json"), root);
    for (int i = 0; i < 2; ++i) {
        const ProcessResult run = runPrescreen({"submit", "--answers", first, "--db", db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.trimmed(), uuid.toLatin1());
    }
    QJsonObject answersObject = root.value("answers").toObject();
    answersObject.insert("allergy", true);
    root.insert("answers", answersObject);
    const ProcessResult run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("b.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("uuid %1 is already stored with different answers").arg(uuid).toUtf8()),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    const ProcessResult check = runPrescreen({"check", "--db", db});
    QVERIFY2(check.out.contains("1 submissions"), check.out.constData());
}

void TestSafekeeping::invisibleNamesAndLimits()
{
    const QString db = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("store.sqlite"));
    struct Case
    {
        QString name;
        QString field;
        QString message;
    };
    const QList<Case> cases{
        {QString(1, QChar(0)), "patient.name", "contains a control character"},
        {QString(3, QChar(0x200B)), "patient.name", "a name is required"},
        {QString(1, QChar(0xFEFF)), "patient.name", "a name is required"},
        {QStringLiteral("\u3000 \t"), "patient.name", "a name is required"},
        {QString(101, u'花'), "patient.name", "too long: 101 characters, at most 100"},
        {QString(10 * 1000 * 1000, u'x'), "patient.name", "too long: 10000000 characters, at most 100"},
    };
    for (const Case &c : cases) {
        const QString file = answersFile(QStringLiteral("n.json"), answers(c.name));
        const ProcessResult run = runPrescreen({"submit", "--answers", file, "--db", db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(c.field + QStringLiteral(": ") + c.message), run.err.left(400).constData());
        QVERIFY2(run.err.size() < 2000, "the bad value came back whole");
    }
    // A 60-character name and a kana-only name are fine.
    for (const QString &name : {QString(60, u'長'), QStringLiteral("やまだ はなこ")}) {
        const ProcessResult run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("ok.json"), answers(name)), "--db", db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // A kana reading of invisible characters only is refused too.
    QJsonObject root = answers(QStringLiteral("山田"));
    QJsonObject patient = root.value("patient").toObject();
    patient.insert("kana", QString(2, QChar(0x200B)));
    root.insert("patient", patient);
    ProcessResult run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("k.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("patient.kana: only blank or invisible characters"), run.err.constData());
    // 100,000 unknown choices: checked in linear time, a handful reported, the rest counted.
    root = answers(QStringLiteral("山田"));
    QJsonObject a = root.value("answers").toObject();
    a.insert("previous_treatment", true);
    a.insert("previous_date", "2026-10-01");
    QJsonArray many;
    for (int i = 0; i < 100000; ++i)
        many.append(QStringLiteral("bad%1").arg(i));
    a.insert("previous_side_effects", many);
    root.insert("answers", a);
    run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("m.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 12); // 10 problems, the count of the rest, "refused"
    QVERIFY2(run.err.contains("... and 99990 more problems"), run.err.constData());
    // A free text over 2,000 characters.
    root = answers(QStringLiteral("山田"));
    a = root.value("answers").toObject();
    a.insert("notes", QString(2001, u'メ'));
    root.insert("answers", a);
    run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("t.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("answers.notes: too long: 2001 characters, at most 2000"), run.err.constData());
    // Characters as a person counts them: an emoji is one, though Qt's
    // strings hold it in two units. 1,500 of them fit; 2,001 do not.
    const QString smile = QStringLiteral("\U0001F600");
    a.insert("notes", smile.repeated(1500));
    root.insert("answers", a);
    run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("e.json"), root), "--db", db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    a.insert("notes", smile.repeated(2001));
    root.insert("answers", a);
    run = runPrescreen({"submit", "--answers", answersFile(QStringLiteral("e2.json"), root), "--db", db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("answers.notes: too long: 2001 characters, at most 2000"), run.err.constData());
}

// Someone with the tablet's file changes an audit row and makes every hash
// after it anew, as the chain's plain SHA-256 lets anyone do: the chain
// alone reads as intact (which the output says); the anchor the nightly
// backup wrote down beside itself does not follow.
void TestSafekeeping::aChainRewrittenWholeIsCaughtByItsAnchors()
{
    const QString path = makeStore(QStringLiteral("anchored.sqlite"), 3, 20);
    const QString url = QStringLiteral("sqlite:") + path;
    QDir(m_dir->path()).mkdir(QStringLiteral("usb"));
    const QString backupFile = m_dir->filePath(QStringLiteral("usb/prescreen-2026-11-25.sqlite"));
    const ProcessResult backup = runPrescreen({QStringLiteral("backup"), QStringLiteral("--out"), backupFile, QStringLiteral("--db"), url});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    const QString anchors = m_dir->filePath(QStringLiteral("usb/prescreen-audit-anchors.txt"));
    QVERIFY(QFile::exists(anchors));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(anchors).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // One more day's anchor, from the command line.
    const ProcessResult anchor = runPrescreen({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), anchors,
                                               QStringLiteral("--db"), url});
    QVERIFY2(anchor.exitCode == 0, anchor.err.constData());
    QCOMPARE(readFile(anchors).count('\n'), 2);
    // A store restored from the backup holds every anchored row of the copy:
    // the administrator's check after a dead tablet passes.
    const QString restored = m_dir->filePath(QStringLiteral("restored.sqlite"));
    const ProcessResult restore = runPrescreen({QStringLiteral("restore"), QStringLiteral("--from"), backupFile,
                                                QStringLiteral("--db"), QStringLiteral("sqlite:") + restored});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QFile firstAnchor(anchors);
    QVERIFY(firstAnchor.open(QIODevice::ReadOnly));
    const QByteArray backupAnchor = firstAnchor.readLine();
    firstAnchor.close();
    const QString onlyBackup = m_dir->filePath(QStringLiteral("usb/backup-anchor.txt"));
    QFile one(onlyBackup);
    QVERIFY(one.open(QIODevice::WriteOnly) && one.write(backupAnchor) == backupAnchor.size());
    one.close();
    const ProcessResult afterRestore = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"),
                                                     onlyBackup, QStringLiteral("--db"), QStringLiteral("sqlite:") + restored});
    QVERIFY2(afterRestore.exitCode == 0, afterRestore.err.constData());
    const ProcessResult before = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"),
                                               anchors, QStringLiteral("--db"), url});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QVERIFY2(before.out.contains("all 2 anchors in"), before.out.constData());

    QList<AuditEntry> rows;
    {
        Database reader;
        QString error;
        QVERIFY(reader.open(*DatabaseUrl::parse(url, &error), &error));
        rows = AuditLog(reader, m_clock).entries(&error);
    }
    {
        // The rewrite, as it would be done with sqlite3 and a few lines of script.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewriter"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_never_edited")));
        QVERIFY(rows.size() > 5);
        rows[4].detail = QStringLiteral("nothing happened here");
        QString previous = rows.at(3).hash;
        QVERIFY(raw.transaction());
        for (int i = 4; i < rows.size(); ++i) {
            rows[i].prevHash = previous;
            rows[i].hash = AuditLog::hashOf(rows.at(i));
            q.prepare(QStringLiteral("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            q.addBindValue(rows.at(i).detail);
            q.addBindValue(rows.at(i).prevHash);
            q.addBindValue(rows.at(i).hash);
            q.addBindValue(rows.at(i).seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            previous = rows.at(i).hash;
        }
        QVERIFY(raw.commit());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rewriter"));

    const ProcessResult alone = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
    QCOMPARE(alone.exitCode, 0); // what the chain alone cannot see, and says so
    QVERIFY2(alone.out.contains("a chain rewritten whole would read intact too"), alone.out.constData());
    const ProcessResult anchored = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"),
                                                 anchors, QStringLiteral("--db"), url});
    QCOMPARE(anchored.exitCode, 1);
    QVERIFY2(anchored.err.contains("the audit log was rewritten: row ") && anchored.err.contains("prescreen-audit-anchors.txt:1"),
             anchored.err.constData());

    QFile broken(m_dir->filePath(QStringLiteral("usb/bad-anchors.txt")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("prescreen-audit-anchor-1 7 not-a-hash 2026-11-25T01:00:00Z\n");
    broken.close();
    const ProcessResult bad = runPrescreen({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"),
                                            broken.fileName(), QStringLiteral("--db"), url});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("bad-anchors.txt:1: not an audit anchor"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestSafekeeping)
#include "test_safekeeping.moc"
