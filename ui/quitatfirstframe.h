#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

// Runs a job once, when the program's first frame has been painted: the
// first paint of any widget posts it on a zero timer, which runs after the
// whole frame is drawn and flushed. Installed on the application object.
// Header-only: bench_start's bare window links Qt alone.
class AfterFirstFrame : public QObject
{
public:
    explicit AfterFirstFrame(std::function<void()> job) : m_job(std::move(job)) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && m_job)
            QTimer::singleShot(0, qApp, std::exchange(m_job, {}));
        return false;
    }

    // For bench_start (PRESCREEN_EXIT_AT_FIRST_FRAME in prescreen, and the
    // bare window it is measured against): the moment the first frame is
    // painted, on CLOCK_MONOTONIC (one clock for every process), to stdout.
    static void reportTime()
    {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("first-frame-ns %lld\n", now.tv_sec * 1000000000LL + now.tv_nsec);
        std::fflush(stdout);
    }

private:
    std::function<void()> m_job;
};

// Says when the first frame is painted and exits, so that the program's
// tear-down is left out of bench_start's measure.
class QuitAtFirstFrame : public AfterFirstFrame
{
public:
    QuitAtFirstFrame()
        : AfterFirstFrame([] {
              reportTime();
              // exit, not quit: quit asks the windows, and a kiosk refuses to close.
              QCoreApplication::exit(0);
          })
    {
    }
};
