// The doctor's desk at clinic scale. Prints:
//  1. the time to refresh the doctor's list (QueuePage, shown, 1280x800)
//     after one new submission, at 100, 500 and 2,000 rows; interleaved with
//     a bare QTableView over a QStandardItemModel rebuilt at each refresh, and
//     at 100 rows the first release's QTableWidget with columns resized to
//     their contents (its cost grows with the square of the rows).
//     Target: under 50 ms at 500 rows.
//  2. over 50,000 stored submissions: opening a day, a search by name, by
//     kana and by birth date, a patient's earlier screenings; interleaved
//     with the same searches as a scan (LIKE over every row).
//     Target: under 100 ms each.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_desk [50000-store.sqlite]
#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "kioskstyle.h"
#include "queuemodel.h"
#include "queuepage.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetloader.h"
#include "rulesettext.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "submissionstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList family{QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"),
                         QStringLiteral("田中"), QStringLiteral("伊藤"), QStringLiteral("渡辺"), QStringLiteral("中村"),
                         QStringLiteral("長谷川"), QStringLiteral("五十嵐")};
const QStringList familyKana{QStringLiteral("やまだ"), QStringLiteral("さとう"), QStringLiteral("すずき"),
                             QStringLiteral("たかはし"), QStringLiteral("たなか"), QStringLiteral("いとう"),
                             QStringLiteral("わたなべ"), QStringLiteral("なかむら"), QStringLiteral("はせがわ"),
                             QStringLiteral("いがらし")};
const QStringList given{QStringLiteral("花子"), QStringLiteral("恵"), QStringLiteral("由美"), QStringLiteral("真理子"),
                        QStringLiteral("さくら"), QStringLiteral("和子"), QStringLiteral("千尋")};
const QStringList givenKana{QStringLiteral("はなこ"), QStringLiteral("めぐみ"), QStringLiteral("ゆみ"),
                            QStringLiteral("まりこ"), QStringLiteral("さくら"), QStringLiteral("かずこ"),
                            QStringLiteral("ちひろ")};

Submission patient(int i, const QDateTime &at)
{
    Submission s;
    s.language = QStringLiteral("ja");
    const int f = (i * 7) % family.size(), g = (i * 13) % given.size();
    s.patient = {i % 50 == 0 ? QStringLiteral("Maria Garcia-Lopez de la Fuente Santisteban %1").arg(i)
                             : QStringLiteral("%1 %2 %3").arg(family.at(f), given.at(g)).arg(i),
                 QStringLiteral("%1 %2").arg(familyKana.at(f), givenKana.at(g)),
                 QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28)};
    s.submittedAt = at;
    s.consent = {true, QStringLiteral("v1")};
    s.answers = {{QStringLiteral("sex"), QStringLiteral("female")},
                 {QStringLiteral("pregnancy"), i % 17 == 0 ? QStringLiteral("possibly") : QStringLiteral("no")},
                 {QStringLiteral("breastfeeding"), QStringLiteral("no")},
                 {QStringLiteral("cancer"), i % 29 == 0 ? QStringLiteral("past") : QStringLiteral("never")},
                 {QStringLiteral("anaphylaxis"), i % 31 == 0}, {QStringLiteral("allergy"), i % 3 == 0},
                 {QStringLiteral("chronic_illness"), i % 7 == 0}, {QStringLiteral("medication"), i % 5 == 0},
                 {QStringLiteral("previous_treatment"), false}, {QStringLiteral("blood_donation"), false},
                 {QStringLiteral("notes"), i % 4 == 0 ? QStringLiteral("前回の施術後、3日ほど微熱が続きました") : QString()}};
    return s;
}

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Bulk loading only: a benchmark's store need not survive a power cut.
void fast(Database &db)
{
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
}

// A bare view over a model rebuilt from scratch: what a refresh costs
// without the QueueModel's row-by-row updates.
void rebuild(QStandardItemModel &model, const QList<QueueEntry> &entries, const RuleSet *rules)
{
    model.clear();
    model.setColumnCount(QueueModel::ColumnCount);
    for (const QueueEntry &e : entries) {
        QList<QStandardItem *> row;
        row << new QStandardItem(e.stored.submission.submittedAt.toString(QStringLiteral("HH:mm")))
            << new QStandardItem(e.stored.submission.patient.name)
            << new QStandardItem(e.stored.submission.patient.birthDate.toString(Qt::ISODate))
            << new QStandardItem(outcomeName(e.stored.evaluation.outcome))
            << new QStandardItem(RuleSetText::flagTitles(rules, e.stored.evaluation.flags))
            << new QStandardItem(e.latestReview ? QStringLiteral("reviewed") : QStringLiteral("Not reviewed"));
        model.appendRow(row);
    }
}

// The first release's list: QTableWidget, columns resized to their contents.
void oldWidget(QTableWidget &table, const QList<QueueEntry> &entries, const RuleSet *rules)
{
    table.setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const QueueEntry &e = entries.at(r);
        table.setItem(r, 0, new QTableWidgetItem(e.stored.submission.submittedAt.toString(QStringLiteral("HH:mm"))));
        table.setItem(r, 1, new QTableWidgetItem(e.stored.submission.patient.name));
        table.setItem(r, 2, new QTableWidgetItem(outcomeName(e.stored.evaluation.outcome)));
        table.setItem(r, 3, new QTableWidgetItem(RuleSetText::flagTitles(rules, e.stored.evaluation.flags)));
        table.setItem(r, 4, new QTableWidgetItem(QStringLiteral("Not reviewed")));
    }
    table.resizeRowsToContents();
}

void listRefresh(const RuleSetPtr &rules)
{
    std::printf("1. Refreshing the doctor's list after one new submission (median of 5, ms, page shown)\n");
    std::printf("%8s %14s %14s %18s %22s\n", "rows", "QueuePage", "of it: query", "bare view+reset", "old QTableWidget");
    const QDateTime morning(QDate(2026, 11, 25), QTime(8, 0), QTimeZone(9 * 3600));
    for (const int rows : {100, 500, 2000}) {
        QTemporaryDir dir;
        QString error;
        Database db;
        db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("d.sqlite")), &error), &error);
        fast(db);
        FixedClock clock(morning.addSecs(12 * 3600));
        SubmissionStore store(db, clock);
        AuditLog audit(db, clock);
        StaffAccounts accounts(db, audit, clock);
        ReviewStore reviews(db, audit, clock);
        DoctorQueue queue(store, reviews, db);
        Retention retention(db, audit, clock);
        const Evaluator evaluator(rules);
        // A day of `rows` patients, from 08:00, one every few seconds.
        for (int i = 0; i < rows; ++i) {
            const Submission s = patient(i, morning.addSecs(qint64(i) * 40000 / rows));
            store.save(s, evaluator.evaluate(s.answers, s.day()), &error);
        }
        StaffServices services{accounts, audit, store, reviews, queue, retention, nullptr, rules.get(), clock};
        QueuePage page(services, nullptr);
        page.resize(1280, 800);
        page.show();
        QStandardItemModel bareModel;
        QTableView bare;
        bare.setModel(&bareModel);
        bare.resize(1280, 700);
        bare.show();
        QTableWidget old(0, 5);
        old.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        old.setWordWrap(true);
        old.resize(1280, 700);
        if (rows == 100)
            old.show();
        QCoreApplication::processEvents();
        QList<double> mine, query, reference, first;
        for (int rep = 0; rep < 5; ++rep) {
            const Submission s = patient(rows + rep, morning.addSecs(40000 + rep * 60));
            store.save(s, evaluator.evaluate(s.answers, s.day()), &error);
            QElapsedTimer t;
            t.start();
            page.refresh();
            QCoreApplication::processEvents();
            mine << millis(t);
            t.restart();
            const QList<QueueEntry> entries = queue.load(morning.date(), QTimeZone(9 * 3600), &error);
            query << millis(t);
            t.restart();
            rebuild(bareModel, entries, rules.get());
            QCoreApplication::processEvents();
            reference << millis(t);
            if (rows == 100) {
                t.restart();
                oldWidget(old, entries, rules.get());
                QCoreApplication::processEvents();
                first << millis(t);
            }
        }
        std::printf("%8d %14.1f %14.1f %18.1f %22s\n", rows, median(mine), median(query), median(reference),
                    first.isEmpty() ? "(not run: minutes)" : qPrintable(QString::number(median(first), 'f', 1)));
        std::fflush(stdout);
    }
}

void largeStore(const RuleSetPtr &rules, const QString &path)
{
    QString error;
    Database db;
    const bool existed = QFileInfo::exists(path);
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path, &error), &error))
        qFatal("%s", qPrintable(error));
    fast(db);
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), QTimeZone(9 * 3600));
    FixedClock clock(start.addDays(340));
    SubmissionStore store(db, clock);
    AuditLog audit(db, clock);
    ReviewStore reviews(db, audit, clock);
    DoctorQueue queue(store, reviews, db);
    if (!existed || store.count(&error) < 50000) {
        std::printf("storing 50,000 submissions (150 a day) in %s ...\n", qPrintable(path));
        std::fflush(stdout);
        const Evaluator evaluator(rules);
        for (int i = int(store.count(&error)); i < 50000; ++i) {
            const Submission s = patient(i, start.addDays(i / 150).addSecs((i % 150) * 200));
            if (!store.save(s, evaluator.evaluate(s.answers, s.day()), &error))
                qFatal("%s", qPrintable(error));
        }
    }
    std::printf("\n2. Over %lld stored submissions (median of 7, ms)\n", store.count(&error));
    const QDate day = start.date().addDays(200);
    const auto stored = store.forDay(day, QTimeZone(9 * 3600), &error).value(20);
    const auto scan = [&](const QString &where, const QString &value) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM submissions WHERE %1 ORDER BY submitted_utc DESC LIMIT 200").arg(where));
        q.addBindValue(value);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return store.byIds(ids, &error).size();
    };
    struct Case
    {
        const char *what;
        std::function<qsizetype()> indexed;
        std::function<qsizetype()> scanned;
    };
    const QList<Case> cases{
        {"open a day (150)", [&] { return queue.load(day, QTimeZone(9 * 3600), &error).size(); },
         [&] { return qsizetype(scan(QStringLiteral("substr(submitted_at, 1, 10) = ?"), day.toString(Qt::ISODate))); }},
        {"search name 長谷川", [&] { return queue.search(QStringLiteral("長谷川"), &error).size(); },
         [&] { return qsizetype(scan(QStringLiteral("patient_name LIKE ?"), QStringLiteral("長谷川%"))); }},
        {"search kana ハセガワ", [&] { return queue.search(QStringLiteral("ハセガワ"), &error).size(); },
         [&] { return qsizetype(scan(QStringLiteral("patient_kana LIKE ?"), QStringLiteral("はせがわ%"))); }},
        {"search birth date", [&] { return queue.search(QStringLiteral("1970-09-21"), &error).size(); },
         [&] { return qsizetype(scan(QStringLiteral("patient_birth_date || '' = ?"), QStringLiteral("1970-09-21"))); }},
        {"earlier screenings", [&] { return queue.earlier(stored, &error).size(); },
         [&] { return qsizetype(scan(QStringLiteral("patient_name LIKE ?"), stored.submission.patient.name)); }},
    };
    std::printf("%-22s %10s %8s %16s\n", "", "indexed", "rows", "scan reference");
    for (const Case &c : cases) {
        QList<double> a, b;
        qsizetype found = 0;
        for (int rep = 0; rep < 7; ++rep) {
            QElapsedTimer t;
            t.start();
            found = c.indexed();
            a << millis(t);
            t.restart();
            c.scanned();
            b << millis(t);
        }
        std::printf("%-22s %10.1f %8lld %16.1f\n", c.what, median(a), qlonglong(found), median(b));
    }
    if (!error.isEmpty())
        std::printf("error: %s\n", qPrintable(error));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    KioskStyle::apply(app, KioskStyle::TextSize::Large);
    qputenv("PRESCREEN_TIMEZONE", "Asia/Tokyo");
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    listRefresh(rules);
    QTemporaryDir dir;
    largeStore(rules, argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("large.sqlite")));
    return 0;
}
