#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <ctime>

// For bench_start, in prescreen (PRESCREEN_EXIT_AT_FIRST_FRAME) and in the
// bare window it is measured against, so that both stop the same way: once
// the first frame is painted, the moment (CLOCK_MONOTONIC, one clock for
// every process) goes to stdout and the program exits, its tear-down left
// out of the measure. Header-only: the bare window links Qt alone.
class QuitAtFirstFrame : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_painted) {
            m_painted = true;
            // A zero timer runs once the whole frame is painted.
            QTimer::singleShot(0, qApp, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first-frame-ns %lld\n", now.tv_sec * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                // exit, not quit: quit asks the windows, and a kiosk refuses to close.
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_painted = false;
};
