#include "HandshakeLimiter.h"

#include <QDeadlineTimer>

namespace opsdeck {

HandshakeLimiter::HandshakeLimiter(int globalLimit, int perAddressLimit)
    : m_globalLimit(globalLimit), m_perAddressLimit(perAddressLimit), m_global(globalLimit)
{
}

HandshakeLimiter &HandshakeLimiter::shared()
{
    // sshd's default MaxStartups starts dropping at 10 unauthenticated connections per server.
    static HandshakeLimiter limiter(64, 8);
    return limiter;
}

QSemaphore *HandshakeLimiter::perAddress(const QString &address)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_addresses[address];
    if (!slot)
        slot = std::make_shared<QSemaphore>(m_perAddressLimit);
    return slot.get(); // entries are never removed, so the pointer stays valid
}

bool HandshakeLimiter::acquire(const QString &address, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!m_global.tryAcquire(1, int(qMax<qint64>(0, deadline.remainingTime()))))
        return false;
    if (!perAddress(address)->tryAcquire(1, int(qMax<qint64>(0, deadline.remainingTime())))) {
        m_global.release();
        return false;
    }
    return true;
}

void HandshakeLimiter::release(const QString &address)
{
    perAddress(address)->release();
    m_global.release();
}

} // namespace opsdeck
