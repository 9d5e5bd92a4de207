#pragma once

// Sums up the hosts' SSH connections so that a start or a reconnect storm is one event, not one per
// host. The start wave: the hosts of a new configuration from the moment it is loaded until each has
// connected or is confirmed unreachable (or `settleLimit` passed: then the rest are counted as
// retrying or not tried yet). A blip: hosts that were connected and lost their connection; it
// settles when each of them is connected again or confirmed unreachable, and is summed up when at
// least two hosts dropped (a single host's unconfirmed retry is shown, never written; a confirmed one
// is alerted). A pure state machine fed with explicit times, so tests choose the clock. Lives on the
// thread that feeds it (the UI thread in ConnectionJournal).

#include "ReachabilityTracker.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace opsdeck {

struct ConnectionSummary {
    enum class Kind {
        Start, // the first connections of a configuration's hosts
        Blip,  // connected hosts that lost their connection at about the same time
    };
    Kind kind = Kind::Start;
    QDateTime began; // configuration loaded / first host dropped
    QDateTime ended; // when it settled (or the limit passed)
    int hosts = 0;   // in the wave
    int connected = 0;   // reachable at the end (a blip: reconnected)
    int retrying = 0;    // failed, not confirmed
    int unreachable = 0; // confirmed
    int waiting = 0;     // no attempt ended yet (start only)
    qint64 connectedInMs = 0; // from `began` until the last of the connected hosts connected
    QStringList retryingHosts, unreachableHosts, waitingHosts; // sorted
};

class ConnectionWave final
{
public:
    static constexpr int kBlipMinimumHosts = 2;

    void setSettleLimit(Milliseconds limit) { m_limit = limit; }
    Milliseconds settleLimit() const { return m_limit; }

    // Hosts of a configuration just loaded: the ones not seen before join the start wave (opened now
    // unless one is open). Hosts no longer listed are forgotten.
    void setHosts(const QSet<QString> &hosts, const QDateTime &now);
    // A host's confirmed reachability changed (ReachabilityTracker's state).
    void update(const QString &host, Reachability reachability, const QDateTime &now);
    // The next summary that is due at `now`, if any; each is returned once.
    std::optional<ConnectionSummary> take(const QDateTime &now);

    bool startOpen() const { return m_start.open; }
    bool blipOpen() const { return m_blip.open; }

private:
    struct Episode {
        bool open = false;
        QDateTime began;
        QSet<QString> hosts;
        QDateTime lastConnected;
    };
    bool settled(const Episode &episode) const;
    ConnectionSummary summarise(const Episode &episode, ConnectionSummary::Kind kind, const QDateTime &now) const;

    Milliseconds m_limit{120'000};
    QHash<QString, Reachability> m_states; // every known host
    Episode m_start;
    Episode m_blip;
};

} // namespace opsdeck
