#include "HandshakeLimiter.h"

#include "support/LogCategories.h"

#include <algorithm>

namespace opsdeck {

HandshakeLimiter::HandshakeLimiter(Settings settings)
    : m_settings(settings), m_limit(std::clamp(settings.initialLimit, settings.minLimit, settings.maxLimit)),
      m_threshold(settings.maxLimit)
{
}

HandshakeLimiter &HandshakeLimiter::shared()
{
    static HandshakeLimiter limiter(Settings{});
    return limiter;
}

bool HandshakeLimiter::hasRoom(const QString &address) const
{
    return m_inFlight < int(m_limit) && m_perAddress.value(address) < m_settings.perAddressLimit;
}

void HandshakeLimiter::take(const QString &address)
{
    ++m_inFlight;
    ++m_perAddress[address];
}

void HandshakeLimiter::grantWaiting()
{
    for (Waiter *w : m_queue) {
        if (m_inFlight >= int(m_limit))
            return;
        if (w->granted || !hasRoom(w->address))
            continue;
        take(w->address);
        w->granted = true;
        w->wake.notify_one();
    }
}

std::optional<HandshakeLimiter::Ticket> HandshakeLimiter::acquire(const QString &address, const QString &waiter,
                                                                  std::optional<Milliseconds> bound)
{
    std::unique_lock lock(m_mutex);
    // Nobody jumps the queue: a newcomer goes straight through only when no one waits before it.
    const bool queueAhead = std::any_of(m_queue.cbegin(), m_queue.cend(), [](const Waiter *w) { return !w->granted; });
    if (!queueAhead && hasRoom(address)) {
        take(address);
        return Ticket{address, m_generation};
    }
    Waiter self;
    self.address = address;
    self.name = waiter;
    const auto it = m_queue.insert(m_queue.end(), &self);
    grantWaiting(); // another address may have room even though the head's has none
    const auto deadline = std::chrono::steady_clock::now() + bound.value_or(m_settings.queueBound);
    self.wake.wait_until(lock, deadline, [&] { return self.granted; });
    m_queue.erase(it);
    if (!self.granted)
        return std::nullopt;
    return Ticket{address, m_generation};
}

void HandshakeLimiter::release(const Ticket &ticket, Outcome outcome, Milliseconds took)
{
    std::lock_guard lock(m_mutex);
    --m_inFlight;
    if (int &n = m_perAddress[ticket.address]; --n <= 0)
        m_perAddress.remove(ticket.address);
    const double floor = m_settings.minLimit;
    const double ceiling = m_settings.maxLimit;
    const int before = int(m_limit);
    switch (outcome) {
    case Outcome::Completed: {
        m_recent[std::size_t(m_recentCount++) % m_recent.size()] = took;
        const auto recent = std::min<std::size_t>(std::size_t(m_recentCount), m_recent.size());
        const Milliseconds quickest = *std::min_element(m_recent.cbegin(), m_recent.cbegin() + qsizetype(recent));
        const Milliseconds quick = std::min(m_settings.fastHandshake, std::max(Milliseconds(300), quickest * 3));
        const Milliseconds slow = std::min(m_settings.slowHandshake, std::max(Milliseconds(1'000), quickest * 8));
        if (took <= quick) {
            // Slow start, then one more slot per window of quick handshakes (TCP's congestion avoidance).
            m_limit = std::min(ceiling, m_limit + (m_limit < m_threshold ? 1.0 : 1.0 / m_limit));
        } else if (took <= slow) {
            m_threshold = std::min(m_threshold, m_limit); // at capacity: stop doubling
        } else if (ticket.generation == m_generation) {
            // Handshakes wait behind each other (in sshd, for the CPU): fewer at once finish sooner,
            // at the same throughput. Shrink once per burst, before the slow ones start timing out.
            ++m_generation;
            m_limit = std::max(floor, m_limit * 3 / 4);
            m_threshold = m_limit;
        }
        break;
    }
    case Outcome::TimedOut:
        // Halve once per burst: the handshakes granted before the last decrease time out together.
        if (ticket.generation == m_generation) {
            ++m_generation;
            m_limit = std::max(floor, m_limit / 2);
            m_threshold = m_limit;
        }
        break;
    case Outcome::Failed:
        break;
    }
    if (int(m_limit) != before)
        qCDebug(lcSsh) << "handshake bound" << before << "->" << int(m_limit) << "after a handshake of" << took.count()
                       << "ms" << (outcome == Outcome::TimedOut ? "(timed out)" : "") << "in flight" << m_inFlight
                       << "waiting" << m_queue.size();
    grantWaiting();
}

HandshakeLimiter::QueueState HandshakeLimiter::state() const
{
    std::lock_guard lock(m_mutex);
    const int waiting = int(std::count_if(m_queue.cbegin(), m_queue.cend(), [](const Waiter *w) { return !w->granted; }));
    return {waiting, m_inFlight, int(m_limit)};
}

std::optional<int> HandshakeLimiter::waitingAhead(const QString &waiter) const
{
    std::lock_guard lock(m_mutex);
    int ahead = 0;
    for (const Waiter *w : m_queue) {
        if (w->granted)
            continue;
        if (w->name == waiter)
            return ahead;
        ++ahead;
    }
    return std::nullopt;
}

HandshakeSlot::HandshakeSlot(HandshakeLimiter &limiter, const QString &address, const QString &waiter)
    : m_limiter(limiter), m_ticket(limiter.acquire(address, waiter)), m_granted(std::chrono::steady_clock::now())
{
}

HandshakeSlot::~HandshakeSlot()
{
    if (m_ticket)
        m_limiter.release(*m_ticket, m_outcome,
                          std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_granted));
}

} // namespace opsdeck
