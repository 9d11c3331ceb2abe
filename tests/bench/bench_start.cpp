// Start to first frame: `prescreen --kiosk` against a bare Qt Widgets window
// (bare_window, built in the same tree), each started as a process and quit
// at its first painted frame. The two alternate round by round (the order
// rotating), so a busy machine slows both alike; the ratio printed is the
// median of the per-round ratios. Target: at most 1.5x.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_start [ROUNDS]
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000000000LL + now.tv_nsec;
}

// From QProcess::start to the moment the program says its first frame was
// painted (CLOCK_MONOTONIC is one clock for every process), so that neither
// program's tear-down counts.
double startMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 started = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("%s did not start and quit cleanly (exit %d)", qPrintable(program), process.exitCode());
    const QByteArray output = process.readAllStandardOutput();
    const int at = output.indexOf("first-frame-ns ");
    if (at < 0)
        qFatal("%s did not report its first frame", qPrintable(program));
    const qint64 frame = output.mid(at + 15).trimmed().split('\n').first().toLongLong();
    return double(frame - started) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PRESCREEN_EXIT_AT_FIRST_FRAME"), QStringLiteral("1"));
    const QStringList kioskArgs{QStringLiteral("--kiosk"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("start.sqlite"))};
    // The first start creates the database and warms the disk cache: not counted.
    startMs(QStringLiteral(PRESCREEN_EXECUTABLE), kioskArgs, env);
    startMs(QStringLiteral(BARE_WINDOW_EXECUTABLE), {}, env);

    startMs(QStringLiteral(BARE_WINDOW_EXECUTABLE), {QStringLiteral("--greetings")}, env);

    // Three programs a round, the order rotated so that none always runs
    // first on a warm or a cold cache.
    std::vector<double> prescreen, bare, greetings, ratios, greetingRatios;
    for (int r = 0; r < rounds; ++r) {
        double p = 0, b = 0, g = 0;
        for (int slot = 0; slot < 3; ++slot) {
            switch ((r + slot) % 3) {
            case 0: p = startMs(QStringLiteral(PRESCREEN_EXECUTABLE), kioskArgs, env); break;
            case 1: b = startMs(QStringLiteral(BARE_WINDOW_EXECUTABLE), {}, env); break;
            case 2: g = startMs(QStringLiteral(BARE_WINDOW_EXECUTABLE), {QStringLiteral("--greetings")}, env); break;
            }
        }
        prescreen.push_back(p);
        bare.push_back(b);
        greetings.push_back(g);
        ratios.push_back(p / b);
        greetingRatios.push_back(p / g);
    }
    std::printf("start to first frame (%s, %d rounds, alternating):\n", qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))), rounds);
    std::printf("  prescreen --kiosk: median %.1f ms\n", median(prescreen));
    std::printf("  bare Qt window:    median %.1f ms\n", median(bare));
    std::printf("  bare Qt window with the kiosk's three greetings in its CJK fonts: median %.1f ms\n", median(greetings));
    std::printf("  ratio to the bare window: median of per-round ratios %.2fx (min %.2fx, max %.2fx; target at most 1.50x)\n",
                median(ratios), *std::min_element(ratios.begin(), ratios.end()), *std::max_element(ratios.begin(), ratios.end()));
    std::printf("  ratio to the bare window with the greetings: median %.2fx (min %.2fx, max %.2fx)\n", median(greetingRatios),
                *std::min_element(greetingRatios.begin(), greetingRatios.end()),
                *std::max_element(greetingRatios.begin(), greetingRatios.end()));
    return 0;
}
