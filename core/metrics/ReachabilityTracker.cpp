#include "ReachabilityTracker.h"

#include <algorithm>

namespace opsdeck {

void ReachabilityTracker::setRule(int failures, Milliseconds window)
{
    m_failures = std::max(1, failures);
    m_window = std::max(Milliseconds(0), window);
}

bool ReachabilityTracker::recordSuccess(const QString &host, const QDateTime &now)
{
    Q_UNUSED(now)
    HostReachability &s = m_states[host];
    const bool changed = s.reachability != Reachability::Reachable;
    s = HostReachability{};
    s.reachability = Reachability::Reachable;
    return changed;
}

bool ReachabilityTracker::recordFailure(const QString &host, const QString &error, const QDateTime &now)
{
    HostReachability &s = m_states[host];
    const Reachability before = s.reachability;
    if (s.failures == 0)
        s.firstFailure = now;
    ++s.failures;
    s.lastFailure = now;
    s.error = error;
    if (s.reachability != Reachability::Unreachable) {
        const bool confirmed = s.failures >= m_failures && s.firstFailure.msecsTo(now) >= m_window.count();
        s.reachability = confirmed ? Reachability::Unreachable : Reachability::Retrying;
    }
    return s.reachability != before;
}

void ReachabilityTracker::keepOnly(const QSet<QString> &hosts)
{
    for (auto it = m_states.begin(); it != m_states.end();)
        it = hosts.contains(it.key()) ? std::next(it) : m_states.erase(it);
}

Milliseconds ReachabilityTracker::retryDelay(const QString &host, const QDateTime &now, Milliseconds lastAttempt, double jitter) const
{
    const HostReachability s = m_states.value(host);
    const qint64 windowLeft = s.failures > 0 ? m_window.count() - s.firstFailure.msecsTo(now) : m_window.count();
    const int stillNeeded = std::max(1, m_failures - s.failures);
    const qint64 base = std::max<qint64>(1000, std::max<qint64>(0, windowLeft) / stillNeeded - lastAttempt.count());
    return Milliseconds(base + qint64(double(base) * 0.2 * std::clamp(jitter, 0.0, 1.0)));
}

} // namespace opsdeck
