// A long day at the kiosk: 1,000 patients through the real KioskWindow,
// offscreen, each screen painted, and the resident memory after the 1st,
// 100th and 1,000th patient. Target: under 60 MB after the first patient,
// and flat after it.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_kiosk_memory [PATIENTS]
#include "clock.h"
#include "database.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "patientflow.h"
#include "question.h"
#include "ruleset.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "translations.h"

#include <algorithm>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>

#include <dlfcn.h>
#include <malloc.h>
#include <unistd.h>


namespace {

// What SQLite holds (its page cache above all, which fills up to its limit
// as the day's rows grow): asked of the library Qt's driver loaded.
long long sqliteMemoryUsed()
{
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    const auto used = library ? reinterpret_cast<long long (*)()>(dlsym(library, "sqlite3_memory_used")) : nullptr;
    return used ? used() : -1;
}

// Resident memory as /proc/self/status counts it: all of it, the process's
// own (anonymous: heap, images, caches) and the pages of mapped files (the
// CJK font files above all: clean, shared and given back under pressure).
QString resident()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    QHash<QByteArray, double> kB;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            kB.insert(line.left(colon), line.mid(colon + 1).trimmed().split(' ').value(0).toDouble());
    }
    return QStringLiteral("%1 MB resident (own %2 MB, mapped files %3 MB); heap in use %4 MB, of it SQLite %5 MB")
        .arg(kB.value("VmRSS") / 1024, 0, 'f', 1)
        .arg(kB.value("RssAnon") / 1024, 0, 'f', 1)
        .arg(kB.value("RssFile") / 1024, 0, 'f', 1)
        .arg(double(mallinfo2().uordblks) / (1024 * 1024), 0, 'f', 1)
        .arg(double(sqliteMemoryUsed()) / (1024 * 1024), 0, 'f', 1);
}

// The mapped files that hold most resident pages (/proc/self/smaps), to
// tell the fonts' pages from the libraries'.
void printLargestMappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return;
    QHash<QByteArray, double> kB;
    QByteArray current;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(0).contains('-') && !line.endsWith(':'))
            current = fields.size() >= 6 ? fields.at(5) : QByteArray("[anonymous]");
        else if (line.startsWith("Rss:"))
            kB[current] += fields.value(1).toDouble();
    }
    QList<std::pair<double, QByteArray>> largest;
    for (auto it = kB.cbegin(); it != kB.cend(); ++it)
        largest.append({it.value(), it.key()});
    std::sort(largest.rbegin(), largest.rend());
    std::printf("  largest resident mappings:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(largest.size(), 12); ++i)
        std::printf("    %6.1f MB  %s\n", largest.at(i).first / 1024, largest.at(i).second.constData());
}

// Answers the current question as a patient might: the first choice
// mostly, an earlier treatment every other patient (which brings the date
// and the several-choice screens), "no" to the serious questions.
QVariant answerFor(const Question &q, int patient, const QDate &today)
{
    switch (q.type) {
    case Question::Type::Boolean:
        return q.id == QLatin1String("previous_treatment") ? patient % 2 == 0 : patient % 7 == 0;
    case Question::Type::Choice:
        if (q.id == QLatin1String("sex"))
            return patient % 10 == 0 ? QStringLiteral("male") : QStringLiteral("female");
        for (const auto &c : q.choices) {
            if (c.id == QLatin1String("no") || c.id == QLatin1String("never"))
                return c.id;
        }
        return q.choices.first().id;
    case Question::Type::MultiChoice: return QStringList{patient % 3 == 0 ? QStringLiteral("fatigue") : QStringLiteral("none")};
    case Question::Type::Date: return today.addDays(-(10 + patient % 40));
    case Question::Type::Text: return patient % 4 == 0 ? QStringLiteral("前回の施術後、3日ほど微熱が続きました") : QString();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int patients = argc > 1 ? std::max(100, atoi(argv[1])) : 1000;
    KioskStyle::apply(app, KioskStyle::TextSize::Large);
    QTemporaryDir dir;
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("day.sqlite")), &error), &error))
        qFatal("%s", qPrintable(error));
    SubmissionStore store(db, Clock::system());
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    Translations translations;
    PatientFlow flow(rules, &store, Clock::system());
    KioskWindow window(flow, translations, KioskOptions{});
    window.resize(1280, 800);
    window.show();
    const auto paint = [&] {
        QCoreApplication::processEvents();
        window.grab();
    };
    paint();
    std::printf("kiosk memory over a day (%s):\n", qPrintable(QGuiApplication::platformName()));
    std::printf("  before the first patient: %s\n", qPrintable(resident()));
    const QStringList languages{QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")};
    const QDate today = Clock::system().now().date();
    for (int p = 1; p <= patients; ++p) {
        flow.start(languages.at(p % 3));
        paint();
        flow.acceptConsent();
        paint();
        flow.setPatientName(QStringLiteral("山田 花子 %1").arg(p));
        if (flow.asksKana())
            flow.setPatientKana(QStringLiteral("やまだ はなこ"));
        flow.setBirthDate(QDate(1950 + p % 50, 1 + p % 12, 1 + p % 28));
        paint();
        if (!flow.next())
            qFatal("patient %d: the patient screen did not move on: %s", p, qPrintable(flow.problem()));
        while (flow.step() == PatientFlow::Step::Question) {
            paint();
            flow.setAnswer(flow.question()->id, answerFor(*flow.question(), p, today));
            if (!flow.next())
                qFatal("patient %d: %s: %s", p, qPrintable(flow.question()->id), qPrintable(flow.problem()));
        }
        paint();
        if (flow.step() != PatientFlow::Step::Review || !flow.next() || flow.step() != PatientFlow::Step::Thanks)
            qFatal("patient %d: not sent", p);
        paint();
        flow.reset();
        paint();
        if (p == 1 || p == 100 || p == patients || p % 250 == 0)
            std::printf("  after patient %4d: %s\n", p, qPrintable(resident()));
        std::fflush(stdout);
    }
    printLargestMappings();
    // For heaptrack: what is still held at the end shows as "leaked"
    // when nothing is destroyed on the way out.
    if (qEnvironmentVariableIsSet("BENCH_EXIT_WITHOUT_CLEANUP"))
        _exit(0);
    return 0;
}
