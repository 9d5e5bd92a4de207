#pragma once

// Polls every host's metrics over the SSH engine's persistent sessions on an interval (default 15 s),
// as background work (a dead host is retried with the engine's backoff). Also the source of host
// reachability for alerts, confirmed before it is believed (ReachabilityTracker, the configuration's
// unreachable_failures / unreachable_window): a failed poll makes the host "retrying" and schedules a
// real retry (with jitter) timed so that a host that is really down is confirmed as soon as the
// window allows. A poll that never left the console's own handshake queue says nothing about the
// host and is not counted. The last 24 hours of CPU, memory and the fullest disk of every host are
// kept in memory as compact points, 16 bytes a value (a whole HostMetrics poll is 136 bytes and its
// disks), downsampled once a minute as the history file downsamples them (SeriesTiers: the last
// hour raw, then each minute's and five minutes' low and high): a day is about 60 KiB a host. With a SampleHistory they are also kept on disk,
// and what it reads back at start is put before the live history. Lives on the UI
// thread; the SSH work runs on the session threads.

#include "HostMetrics.h"
#include "ReachabilityTracker.h"
#include "StoredSample.h"
#include "config/FleetConfig.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <array>

class QTimer;

namespace opsdeck {

class SampleHistory;
class SshEngine;

// A metric of a host kept over time (the charts' choices).
enum class HostMetric { Cpu, Memory, Disk };

class HostMetricsPoller final : public QObject
{
    Q_OBJECT
public:
    explicit HostMetricsPoller(SshEngine *ssh, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    void setInterval(Milliseconds interval);
    // Keeps CPU, memory and disk in history (nullptr: in memory only) and takes in what it restores.
    void setHistory(SampleHistory *history);
    void pollNow();

    std::optional<HostMetrics> latest(const QString &host) const;
    // The last 24 hours of one metric of a host (percent; disk: the fullest mount), oldest first;
    // aggregates read back from the history come as their span's low and high.
    const QList<MetricPoint> &history(const QString &host, HostMetric metric) const;
    qint64 aggregatedUntil(const QString &host) const { return m_aggregatedUntil.value(host, -1); } // -1: none
    // Downsamples every history as of nowMs (what aged since the last time); done every
    // kDownsampleEveryMs.
    void downsampleHistory(qint64 nowMs);
    static constexpr int kDownsampleEveryMs = 60'000;
    Milliseconds interval() const;
    // The host answered its last poll (false also before the first answer).
    bool reachable(const QString &host) const { return m_reachable.value(host, false); }
    QString lastError(const QString &host) const { return m_errors.value(host); }
    // Confirmed reachability: only Unreachable is a reason to alert.
    HostReachability reachability(const QString &host) const { return m_tracker.state(host); }

Q_SIGNALS:
    void metrics(const QString &host, const opsdeck::HostMetrics &metrics);
    void unreachable(const QString &host, const QString &error);
    // The host's Reachability changed (to retrying, unreachable, reachable).
    void reachabilityChanged(const QString &host);
    void historyRestored(); // earlier polls were put before histories
    void historyDownsampled(); // older polls of some histories were replaced by aggregates

private:
    void poll(const QString &host, bool background);
    void restore(const RestoredBatch &batch);

    SshEngine *m_ssh;
    QTimer *m_timer;
    FleetConfig m_config;
    QHash<QString, HostMetrics> m_latest;
    QHash<QString, std::array<QList<MetricPoint>, 3>> m_history; // by HostMetric
    QHash<QString, qint64> m_aggregatedUntil;
    // The last pass; at first the construction: what is older than that was read back from the
    // history, which compacts the file before it reads it, so is in the tiers already.
    qint64 m_downsampledAtMs = 0;
    SampleHistory *m_sampleHistory = nullptr;
    QHash<QString, bool> m_reachable;
    QHash<QString, QString> m_errors;
    QHash<QString, bool> m_inFlight;
    QSet<QString> m_retryScheduled; // Retrying hosts with their retry timer running
    ReachabilityTracker m_tracker;
};

} // namespace opsdeck
