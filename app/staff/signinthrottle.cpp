#include "signinthrottle.h"

#include "clock.h"

#include <algorithm>

SignInThrottle::SignInThrottle(const Clock &clock) : m_clock(clock) {}

QDateTime SignInThrottle::waitUntil() const
{
    if (m_waitUntil.isValid() && m_waitUntil > m_clock.now().toUTC())
        return m_waitUntil;
    return {};
}

void SignInThrottle::failed()
{
    ++m_failures;
    if (m_failures < kFreeAttempts)
        return;
    // 30 s after the fifth failure, doubling up to five minutes.
    const int doublings = std::min(m_failures - kFreeAttempts, 4);
    m_waitUntil = m_clock.now().toUTC().addSecs(std::min(kFirstWaitSeconds << doublings, kLongestWaitSeconds));
}

void SignInThrottle::succeeded()
{
    m_failures = 0;
    m_waitUntil = {};
}
