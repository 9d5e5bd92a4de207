#pragma once

// Whether each host can be reached over SSH, confirmed before it is believed: a host is unreachable
// only after `failures` consecutive failed attempts spread over at least `window` (Nagios's hard
// state, Prometheus's `for:`); until then it is "retrying" — shown, never alerted. One success makes
// it reachable again. A pure state machine fed with explicit times, so tests choose the clock. Lives
// on the thread that feeds it (the UI thread in HostMetricsPoller).

#include "config/FleetConfig.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace opsdeck {

enum class Reachability {
    Unknown,     // no attempt has ended yet (the first may still wait in the handshake queue)
    Reachable,   // the last attempt got in
    Retrying,    // failed, not confirmed yet: retried, shown, not alerted
    Unreachable, // confirmed: `failures` consecutive failures at least `window` apart
};

struct HostReachability {
    Reachability reachability = Reachability::Unknown;
    int failures = 0;       // consecutive
    QDateTime firstFailure; // of the current run of failures
    QDateTime lastFailure;
    QString error;          // the last failure's sentence
};

class ReachabilityTracker final
{
public:
    void setRule(int failures, Milliseconds window);
    int failuresRequired() const { return m_failures; }
    Milliseconds window() const { return m_window; }

    // Each returns true when the host's Reachability changed.
    bool recordSuccess(const QString &host, const QDateTime &now);
    bool recordFailure(const QString &host, const QString &error, const QDateTime &now);
    // Drops the hosts not in `hosts` (removed from the configuration).
    void keepOnly(const QSet<QString> &hosts);

    HostReachability state(const QString &host) const { return m_states.value(host); }

    // How long to wait before retrying a host that is Retrying, so that the next failure can confirm
    // it as soon as the window allows: the rest of the window shared by the failures still needed,
    // less how long an attempt took (a timeout takes its full length), at least 1 s; then spread by
    // up to 20 % (`jitter` in [0, 1)) so a blip's retries do not arrive all at once.
    Milliseconds retryDelay(const QString &host, const QDateTime &now, Milliseconds lastAttempt, double jitter) const;

private:
    int m_failures = 2;
    Milliseconds m_window{10'000};
    QHash<QString, HostReachability> m_states;
};

} // namespace opsdeck
