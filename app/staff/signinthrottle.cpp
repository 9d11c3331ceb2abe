#include "signinthrottle.h"

#include "clock.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

const QByteArray kHeading = QByteArrayLiteral("prescreen sign-in wait 1");

} // namespace

SignInThrottle::SignInThrottle(const Clock &clock, const QString &statePath) : m_clock(clock), m_path(statePath)
{
    if (!m_path.isEmpty())
        load();
}

QDateTime SignInThrottle::waitUntil() const
{
    if (m_waitUntil.isValid() && m_waitUntil > m_clock.now().toUTC())
        return m_waitUntil;
    return {};
}

void SignInThrottle::failed()
{
    ++m_failures;
    if (m_failures >= kFreeAttempts) {
        // 30 s after the fifth failure, doubling up to five minutes.
        const int doublings = std::min(m_failures - kFreeAttempts, 4);
        m_waitUntil = m_clock.now().toUTC().addSecs(std::min(kFirstWaitSeconds << doublings, kLongestWaitSeconds));
    }
    save();
}

void SignInThrottle::succeeded()
{
    m_failures = 0;
    m_waitUntil = {};
    save();
}

// "prescreen sign-in wait 1", the failures, the end of the wait (ISO UTC or
// empty). Anything else in its place is treated as a guesser's doing: the
// device starts a first wait rather than forgetting the count.
void SignInThrottle::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    const QList<QByteArray> lines = file.open(QIODevice::ReadOnly) ? file.read(4096).split('\n') : QList<QByteArray>();
    bool counted = false;
    const int failures = lines.value(1).toInt(&counted);
    const QDateTime until = QDateTime::fromString(QString::fromLatin1(lines.value(2)), Qt::ISODateWithMs);
    const QDateTime now = m_clock.now().toUTC();
    if (lines.value(0) != kHeading || !counted || failures < 0 || (!lines.value(2).isEmpty() && !until.isValid())) {
        m_problem = QStringLiteral("%1 is not a sign-in wait PreScreen wrote; this device waits %2 s as after five "
                                   "wrong PINs")
                        .arg(m_path)
                        .arg(kFirstWaitSeconds);
        m_failures = kFreeAttempts;
        m_waitUntil = now.addSecs(kFirstWaitSeconds);
        save();
        return;
    }
    m_failures = failures;
    // A clock set back while the kiosk was off must not stretch the wait
    // past the longest one.
    m_waitUntil = until.isValid() ? std::min(until.toUTC(), now.addSecs(kLongestWaitSeconds)) : QDateTime();
}

void SignInThrottle::save()
{
    if (m_path.isEmpty())
        return;
    QSaveFile file(m_path);
    const QByteArray text = kHeading + '\n' + QByteArray::number(m_failures) + '\n'
        + (m_waitUntil.isValid() ? m_waitUntil.toUTC().toString(Qt::ISODateWithMs).toLatin1() : QByteArray()) + '\n';
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text) != text.size() || !file.commit())
        m_problem = QStringLiteral("cannot keep the sign-in wait in %1: %2").arg(m_path, file.errorString());
}
