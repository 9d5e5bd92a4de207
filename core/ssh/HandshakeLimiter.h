#pragma once

// Bounds unauthenticated SSH handshakes: globally, and per remote address, so that driving hundreds of
// hosts (or many hosts behind one jump host) never trips sshd's MaxStartups. Thread-safe.

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QString>

#include <memory>

namespace opsdeck {

class HandshakeLimiter final
{
public:
    HandshakeLimiter(int globalLimit, int perAddressLimit);

    // Blocks until both a global and a per-address slot are free, or the timeout passes (false).
    bool acquire(const QString &address, int timeoutMs);
    void release(const QString &address);

    int globalLimit() const { return m_globalLimit; }

    static HandshakeLimiter &shared();

private:
    QSemaphore *perAddress(const QString &address);

    int m_globalLimit;
    int m_perAddressLimit;
    QSemaphore m_global;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<QSemaphore>> m_addresses;
};

// Holds a slot for a scope.
class HandshakeSlot final
{
public:
    HandshakeSlot(HandshakeLimiter &limiter, QString address, int timeoutMs)
        : m_limiter(limiter), m_address(std::move(address)), m_held(limiter.acquire(m_address, timeoutMs))
    {
    }
    ~HandshakeSlot()
    {
        if (m_held)
            m_limiter.release(m_address);
    }
    HandshakeSlot(const HandshakeSlot &) = delete;
    HandshakeSlot &operator=(const HandshakeSlot &) = delete;
    bool held() const { return m_held; }

private:
    HandshakeLimiter &m_limiter;
    QString m_address;
    bool m_held;
};

} // namespace opsdeck
