#pragma once

// Paces unauthenticated SSH handshakes, which is what sshd's MaxStartups counts. Per remote address
// the bound is fixed below sshd's default MaxStartups (10), so no host ever drops us. The global bound
// adapts like a congestion window (AIMD, delay-based as TCP Vegas): "quick" and "slow" are measured
// against the quickest recent handshake, so a far network is not mistaken for congestion. It grows
// while handshakes complete quickly, stops growing when they take a few times the quickest (the
// machine is at capacity: more at once only makes each one slower), shrinks by a quarter when they
// take many times the quickest (they queue in sshd and for the CPU: back off before anyone's timeout
// runs out) and halves when they time out, so the machine and the network set the pace instead of a
// fixed number. Waiters are
// served in arrival order (one whose address is full lets later waiters for other addresses pass),
// and the wait has its own bound: time spent here is the console's own queue, never a host's connect
// timeout. Thread-safe; acquire() blocks the calling (session) thread.

#include <QHash>
#include <QString>

#include <array>
#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <optional>

namespace opsdeck {

class HandshakeLimiter final
{
public:
    using Milliseconds = std::chrono::milliseconds;

    enum class Outcome {
        Completed, // authenticated (or refused by the host after the key exchange): the slot did its job
        Failed,    // ended early for a reason that says nothing about load (refused, key rejected)
        TimedOut,  // the handshake ran out of its connect timeout: too many at once, or a slow path
    };

    struct Settings {
        int perAddressLimit = 8;            // sshd's default MaxStartups starts dropping at 10
        int initialLimit = 16;
        int minLimit = 4;
        int maxLimit = 256;
        // Quick: at most 3x the quickest recent handshake (or 300 ms) and never over fastHandshake.
        Milliseconds fastHandshake{2'000};
        // Slow, shrinking the bound: over 8x the quickest recent (and 1 s), or over slowHandshake.
        Milliseconds slowHandshake{2'500};
        Milliseconds queueBound{120'000};   // the longest a connection waits here for its turn
    };

    // Proof of a held slot; hand it back to release().
    struct Ticket {
        QString address;
        quint64 generation = 0; // decreases seen when it was granted: one timeout burst halves once
    };

    struct QueueState {
        int waiting = 0;  // connections waiting for their turn
        int inFlight = 0; // handshakes running
        int limit = 0;    // the global bound now
    };

    explicit HandshakeLimiter(Settings settings);
    HandshakeLimiter(const HandshakeLimiter &) = delete;
    HandshakeLimiter &operator=(const HandshakeLimiter &) = delete;

    // Waits for a global and a per-address slot, at most `bound` (default: the settings' queueBound).
    // `waiter` names who waits (a host), for waitingAhead(). nullopt: the bound passed first.
    std::optional<Ticket> acquire(const QString &address, const QString &waiter, std::optional<Milliseconds> bound = {});
    // `took`: from the grant to the end of the handshake; decides how the global bound moves.
    void release(const Ticket &ticket, Outcome outcome, Milliseconds took);

    QueueState state() const;
    // How many waiters are ahead of `waiter` in the queue; nullopt when it is not waiting.
    std::optional<int> waitingAhead(const QString &waiter) const;
    const Settings &settings() const { return m_settings; }

    static HandshakeLimiter &shared();

private:
    struct Waiter {
        QString address;
        QString name;
        std::condition_variable wake;
        bool granted = false;
    };
    bool hasRoom(const QString &address) const;
    void take(const QString &address);
    void grantWaiting(); // with m_mutex held

    const Settings m_settings;
    mutable std::mutex m_mutex;
    std::list<Waiter *> m_queue; // arrival order
    QHash<QString, int> m_perAddress; // handshakes running per address
    int m_inFlight = 0;
    double m_limit;     // fractional: additive growth is 1/limit per quick handshake past slow start
    double m_threshold; // slow start (+1 per quick handshake) below it
    std::array<Milliseconds, 32> m_recent{}; // the last completed handshakes' durations, a ring
    int m_recentCount = 0;
    quint64 m_generation = 0;
};

// Holds a slot for a scope; says at the end how the handshake went (Failed unless told otherwise).
class HandshakeSlot final
{
public:
    HandshakeSlot(HandshakeLimiter &limiter, const QString &address, const QString &waiter);
    ~HandshakeSlot();
    HandshakeSlot(const HandshakeSlot &) = delete;
    HandshakeSlot &operator=(const HandshakeSlot &) = delete;
    bool held() const { return m_ticket.has_value(); }
    void setOutcome(HandshakeLimiter::Outcome outcome) { m_outcome = outcome; }

private:
    HandshakeLimiter &m_limiter;
    std::optional<HandshakeLimiter::Ticket> m_ticket;
    HandshakeLimiter::Outcome m_outcome = HandshakeLimiter::Outcome::Failed;
    std::chrono::steady_clock::time_point m_granted;
};

} // namespace opsdeck
