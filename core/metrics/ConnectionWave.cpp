#include "ConnectionWave.h"

#include <algorithm>

namespace opsdeck {

void ConnectionWave::setHosts(const QSet<QString> &hosts, const QDateTime &now)
{
    for (auto it = m_states.begin(); it != m_states.end();)
        it = hosts.contains(it.key()) ? std::next(it) : m_states.erase(it);
    for (Episode *episode : {&m_start, &m_blip})
        episode->hosts.intersect(hosts);
    for (const QString &host : hosts) {
        if (m_states.contains(host))
            continue;
        m_states.insert(host, Reachability::Unknown);
        if (!m_start.open) {
            m_start = Episode{};
            m_start.open = true;
            m_start.began = now;
        }
        m_start.hosts.insert(host);
    }
}

void ConnectionWave::update(const QString &host, Reachability reachability, const QDateTime &now)
{
    const auto it = m_states.find(host);
    if (it == m_states.end())
        return; // not (or no longer) configured
    const Reachability before = *it;
    *it = reachability;
    if (reachability == Reachability::Reachable) {
        if (m_start.open && m_start.hosts.contains(host))
            m_start.lastConnected = now;
        if (m_blip.open && m_blip.hosts.contains(host))
            m_blip.lastConnected = now;
        return;
    }
    // A connected host that lost its connection; during the start wave it is still the start's.
    const bool dropped = before == Reachability::Reachable
                         && (reachability == Reachability::Retrying || reachability == Reachability::Unreachable);
    if (!dropped || (m_start.open && m_start.hosts.contains(host)))
        return;
    if (!m_blip.open) {
        m_blip = Episode{};
        m_blip.open = true;
        m_blip.began = now;
    }
    m_blip.hosts.insert(host);
}

bool ConnectionWave::settled(const Episode &episode) const
{
    return std::all_of(episode.hosts.cbegin(), episode.hosts.cend(), [this](const QString &host) {
        const Reachability r = m_states.value(host);
        return r == Reachability::Reachable || r == Reachability::Unreachable;
    });
}

ConnectionSummary ConnectionWave::summarise(const Episode &episode, ConnectionSummary::Kind kind, const QDateTime &now) const
{
    ConnectionSummary s;
    s.kind = kind;
    s.began = episode.began;
    s.ended = now;
    s.hosts = int(episode.hosts.size());
    for (const QString &host : episode.hosts) {
        switch (m_states.value(host)) {
        case Reachability::Reachable:
            ++s.connected;
            break;
        case Reachability::Retrying:
            s.retryingHosts << host;
            break;
        case Reachability::Unreachable:
            s.unreachableHosts << host;
            break;
        case Reachability::Unknown:
            s.waitingHosts << host;
            break;
        }
    }
    for (QStringList *list : {&s.retryingHosts, &s.unreachableHosts, &s.waitingHosts})
        list->sort();
    s.retrying = int(s.retryingHosts.size());
    s.unreachable = int(s.unreachableHosts.size());
    s.waiting = int(s.waitingHosts.size());
    s.connectedInMs = s.connected > 0 && episode.lastConnected.isValid() ? episode.began.msecsTo(episode.lastConnected) : 0;
    return s;
}

std::optional<ConnectionSummary> ConnectionWave::take(const QDateTime &now)
{
    if (m_start.open && (settled(m_start) || m_start.began.msecsTo(now) >= m_limit.count())) {
        m_start.open = false;
        if (!m_start.hosts.isEmpty())
            return summarise(m_start, ConnectionSummary::Kind::Start, now);
    }
    if (m_blip.open && (settled(m_blip) || m_blip.began.msecsTo(now) >= m_limit.count())) {
        m_blip.open = false;
        if (m_blip.hosts.size() >= kBlipMinimumHosts)
            return summarise(m_blip, ConnectionSummary::Kind::Blip, now);
    }
    return std::nullopt;
}

} // namespace opsdeck
