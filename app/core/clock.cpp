#include "clock.h"

QDateTime Clock::now() const
{
    // Keep the local UTC offset: a submission's day is the device's calendar day.
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}
