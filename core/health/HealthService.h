#pragma once

// Owns the health threads and their HealthMonitors; keeps the latest snapshot of every endpoint for
// the UI and records every debounced transition as an event (initial states only when they are not
// passing). Endpoints are sharded over up to 8 monitors (about 128 each), each on its own thread
// with its own HttpClient, so checks spread over the cores. A shard's kept-alive connections sit in
// one epoll set behind one socket notifier, so a wakeup never scans them all (with 1000 endpoints,
// 1, 2 or 8 shards measured the same CPU). Lives on the UI thread; deterministic shutdown (quit,
// wait) in the destructor. With a SampleHistory, every response time is also kept on disk, and what
// it reads back at start is put before the live history, so a reopened window shows the last hours.
// Response times are kept in memory as the file keeps them (SeriesTiers: the last hour raw, then
// each minute's and five minutes' low and high), downsampled once a minute.

#include "HealthEndpoint.h"
#include "metrics/StoredSample.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <vector>

namespace opsdeck {

class EventStoreService;
class HealthMonitor;
class SampleHistory;

class HealthService final : public QObject
{
    Q_OBJECT
public:
    explicit HealthService(EventStoreService *store, QObject *parent = nullptr);
    ~HealthService() override;

    void setConfig(const FleetConfig &config);
    // Keeps response times in history (nullptr: in memory only) and takes in what it restores.
    void setHistory(SampleHistory *history);
    void checkNow();
    const QHash<QString, HealthSnapshot> &snapshots() const { return m_snapshots; }
    const QStringList &endpointOrder() const { return m_order; } // configuration order
    // The last 24 hours of an endpoint, oldest first. Gaps mean the console was not polling.
    // Samples older than an hour (or read back from the history) are a minute's or five minutes'
    // low and high (status Unknown: not kept; checks with no answer not kept).
    const QList<HealthSample> &history(const QString &id) const;
    // The time of the newest aggregated sample (-1: none); before it samples are a minute apart or more.
    qint64 aggregatedUntil(const QString &id) const { return m_aggregatedUntil.value(id, -1); }
    // Downsamples every history as of nowMs (what aged since the last time); the window does it
    // every kDownsampleEveryMs.
    void downsampleHistory(qint64 nowMs);
    static constexpr int kDownsampleEveryMs = 60'000;
    // A result older than this is "no data", never shown as healthy.
    static bool isStale(const HealthSnapshot &snapshot, qint64 nowMs);

Q_SIGNALS:
    void updated(const opsdeck::HealthSnapshot &snapshot);
    void transitioned(const opsdeck::HealthSnapshot &snapshot, opsdeck::HealthStatus from);
    void endpointsChanged();
    void historyRestored(); // earlier samples were put before histories
    void historyDownsampled(); // older samples of some histories were replaced by aggregates

private:
    void record(const HealthSnapshot &snapshot, HealthStatus from, bool initial);
    void restore(const RestoredBatch &batch);

    struct Shard {
        QThread *thread;
        HealthMonitor *monitor; // lives on thread; deleted there on finished()
    };
    Shard &shardFor(int index);

    EventStoreService *m_store;
    std::vector<Shard> m_shards;
    QHash<QString, HealthSnapshot> m_snapshots;
    QStringList m_order;
    QHash<QString, QList<HealthSample>> m_history;
    QHash<QString, qint64> m_aggregatedUntil;
    // The last pass; at first the construction: what is older than that was read back from the
    // history, which compacts the file before it reads it, so is in the tiers already.
    qint64 m_downsampledAtMs = 0;
    SampleHistory *m_sampleHistory = nullptr;
};

} // namespace opsdeck
