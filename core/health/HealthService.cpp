#include "HealthService.h"

#include "HealthMonitor.h"
#include "metrics/SampleHistory.h"
#include "metrics/SeriesTiers.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <cmath>
#include <limits>

template <>
struct opsdeck::SeriesTiers::PointTraits<opsdeck::HealthSample> {
    static qint64 time(const opsdeck::HealthSample &s) { return s.timeMs; }
    static std::optional<double> value(const opsdeck::HealthSample &s)
    {
        return s.latencyMs < 0 ? std::nullopt : std::optional<double>(s.latencyMs);
    }
    static opsdeck::HealthSample make(qint64 timeMs, double latencyMs)
    {
        return {timeMs, qint32(std::lround(latencyMs)), opsdeck::HealthStatus::Unknown};
    }
};

namespace opsdeck {

namespace {
constexpr int kEndpointsPerShard = 128;
constexpr int kMaxShards = 8;
const QString kLatencySeries = QStringLiteral("latency:");
constexpr qint64 kHistoryMs = 24LL * 3600 * 1000;
} // namespace

HealthService::HealthService(EventStoreService *store, QObject *parent) : QObject(parent), m_store(store)
{
    shardFor(0);
    m_downsampledAtMs = QDateTime::currentMSecsSinceEpoch();
    auto *downsampling = new QTimer(this);
    downsampling->setInterval(kDownsampleEveryMs);
    connect(downsampling, &QTimer::timeout, this, [this] { downsampleHistory(QDateTime::currentMSecsSinceEpoch()); });
    downsampling->start();
}

HealthService::~HealthService()
{
    for (Shard &shard : m_shards) {
        shard.thread->quit();
        shard.thread->wait();
        delete shard.thread;
    }
}

HealthService::Shard &HealthService::shardFor(int index)
{
    while (int(m_shards.size()) <= index) {
        Shard shard{new QThread, new HealthMonitor};
        shard.thread->setObjectName(QStringLiteral("opsdeck-health-%1").arg(m_shards.size()));
        shard.monitor->moveToThread(shard.thread);
        connect(shard.thread, &QThread::finished, shard.monitor, &QObject::deleteLater);
        connect(shard.monitor, &HealthMonitor::verdict, this, [this](const HealthSnapshot &snapshot) {
            if (!m_snapshots.contains(snapshot.endpoint.id))
                return; // an answer for an endpoint that was removed meanwhile
            m_snapshots.insert(snapshot.endpoint.id, snapshot);
            QList<HealthSample> &history = m_history[snapshot.endpoint.id];
            const qint64 now = snapshot.last.checkedAt.toMSecsSinceEpoch();
            history.append({now, qint32(snapshot.last.status == HealthStatus::Pass || snapshot.last.httpStatus ? snapshot.last.latencyMs : -1),
                            snapshot.last.status});
            if (m_sampleHistory && history.constLast().latencyMs >= 0)
                m_sampleHistory->record(kLatencySeries + snapshot.endpoint.id, now, history.constLast().latencyMs);
            const qint64 horizon = now - kHistoryMs;
            qsizetype drop = 0;
            while (drop < history.size() && history.at(drop).timeMs < horizon)
                ++drop;
            if (drop > 0)
                history.remove(0, drop);
            Q_EMIT updated(snapshot);
        });
        connect(shard.monitor, &HealthMonitor::transitioned, this, [this](const HealthSnapshot &snapshot, HealthStatus from, bool initial) {
            if (!m_snapshots.contains(snapshot.endpoint.id))
                return;
            record(snapshot, from, initial);
            if (!initial)
                Q_EMIT transitioned(snapshot, from);
        });
        shard.thread->start();
        m_shards.push_back(shard);
    }
    return m_shards[size_t(index)];
}

void HealthService::setConfig(const FleetConfig &config)
{
    const QList<HealthEndpoint> endpoints = HealthMonitor::endpointsOf(config);
    QHash<QString, HealthSnapshot> next;
    m_order.clear();
    for (const HealthEndpoint &e : endpoints) {
        m_order.append(e.id);
        HealthSnapshot snapshot = m_snapshots.value(e.id);
        if (snapshot.endpoint.check.url != e.check.url)
            snapshot = HealthSnapshot{};
        snapshot.endpoint = e;
        next.insert(e.id, snapshot);
    }
    m_snapshots = next;
    for (auto it = m_history.begin(); it != m_history.end();) {
        if (next.contains(it.key()))
            ++it;
        else
            it = m_history.erase(it);
    }
    for (auto it = m_aggregatedUntil.begin(); it != m_aggregatedUntil.end();)
        it = next.contains(it.key()) ? std::next(it) : m_aggregatedUntil.erase(it);
    // An endpoint keeps its shard while the number of shards stays (its state machine lives there).
    const int shards = std::clamp(int((endpoints.size() + kEndpointsPerShard - 1) / kEndpointsPerShard), 1, kMaxShards);
    std::vector<QList<HealthEndpoint>> parts(size_t(std::max<qsizetype>(shards, qsizetype(m_shards.size()))));
    for (const HealthEndpoint &e : endpoints)
        parts[size_t(qHash(e.id) % uint(shards))].append(e);
    for (size_t i = 0; i < parts.size(); ++i) {
        HealthMonitor *monitor = shardFor(int(i)).monitor;
        QMetaObject::invokeMethod(monitor, [monitor, part = parts[i]] { monitor->setEndpoints(part, 2); });
    }
    Q_EMIT endpointsChanged();
}

void HealthService::setHistory(SampleHistory *history)
{
    m_sampleHistory = history;
    if (history) {
        connect(history, &SampleHistory::restored, this, &HealthService::restore);
        connect(history, &SampleHistory::restoreFinished, this, &HealthService::historyRestored);
    }
}

void HealthService::restore(const RestoredBatch &batch)
{
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - kHistoryMs;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        if (!it.key().startsWith(kLatencySeries))
            continue;
        const QString id = it.key().mid(kLatencySeries.size());
        // Before the configuration is known every series is taken; setConfig() drops what is gone.
        if (!m_snapshots.isEmpty() && !m_snapshots.contains(id))
            continue;
        QList<HealthSample> &history = m_history[id];
        // Only what is older than the live samples: they may have started before the read finished.
        const qint64 before = history.isEmpty() ? std::numeric_limits<qint64>::max() : history.constFirst().timeMs;
        const QList<MetricPoint> &points = it.value().points;
        const auto from = std::lower_bound(points.cbegin(), points.cend(), horizon, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
        const auto to = std::lower_bound(from, points.cend(), before, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
        if (from == to)
            continue;
        // Converted straight into the kept form, live samples after: one allocation per series.
        QList<HealthSample> kept;
        kept.reserve((to - from) + history.size());
        for (auto p = from; p != to; ++p)
            kept.append({p->timeMs, qint32(std::lround(p->value)), HealthStatus::Unknown});
        kept.append(history);
        history = std::move(kept);
        if (it.value().aggregatedUntilMs >= 0)
            m_aggregatedUntil.insert(id, std::max(m_aggregatedUntil.value(id, -1), it.value().aggregatedUntilMs));
    }
}

void HealthService::downsampleHistory(qint64 nowMs)
{
    bool changed = false;
    for (auto it = m_history.begin(); it != m_history.end(); ++it)
        changed = SeriesTiers::downsampleKept(it.value(), m_downsampledAtMs, nowMs, it.key(), &m_aggregatedUntil) || changed;
    m_downsampledAtMs = nowMs;
    if (changed)
        Q_EMIT historyDownsampled();
}

const QList<HealthSample> &HealthService::history(const QString &id) const
{
    static const QList<HealthSample> none;
    const auto it = m_history.constFind(id);
    return it == m_history.cend() ? none : *it;
}

bool HealthService::isStale(const HealthSnapshot &snapshot, qint64 nowMs)
{
    if (!snapshot.hasState || !snapshot.last.checkedAt.isValid())
        return true;
    const qint64 allowed = 2 * snapshot.endpoint.check.interval.count() + snapshot.endpoint.check.timeout.count();
    return nowMs - snapshot.last.checkedAt.toMSecsSinceEpoch() > allowed;
}

void HealthService::checkNow()
{
    for (const Shard &shard : m_shards)
        QMetaObject::invokeMethod(shard.monitor, [monitor = shard.monitor] { monitor->checkNow(); });
}

void HealthService::record(const HealthSnapshot &snapshot, HealthStatus from, bool initial)
{
    if (initial && snapshot.stable == HealthStatus::Pass)
        return; // a console starting up and finding things healthy is not news
    const HealthEndpoint &e = snapshot.endpoint;
    Event event;
    event.kind = EventKinds::name(EventKind::HealthChanged);
    event.environment = e.environment;
    event.host = e.host;
    event.service = e.service;
    event.summary = initial ? tr("%1/%2/%3 is %4: %5").arg(e.environment, e.host, e.service, healthStatusName(snapshot.stable),
                                                             snapshot.last.reason)
                            : tr("%1/%2/%3: %4 → %5%6")
                                  .arg(e.environment, e.host, e.service, healthStatusName(from), healthStatusName(snapshot.stable),
                                       snapshot.last.reason.isEmpty() ? QString() : QStringLiteral(" (") + snapshot.last.reason + u')');
    QJsonArray components;
    for (const HealthComponent &c : snapshot.last.components) {
        if (c.status != HealthStatus::Pass)
            components.append(QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("status"), healthStatusName(c.status)},
                                          {QStringLiteral("message"), c.message}});
    }
    event.details = {{QStringLiteral("url"), redactedUrl(e.check.url)}, // never the credentials
                     {QStringLiteral("from"), healthStatusName(from)},
                     {QStringLiteral("to"), healthStatusName(snapshot.stable)},
                     {QStringLiteral("reason"), snapshot.last.reason},
                     {QStringLiteral("http_status"), snapshot.last.httpStatus},
                     {QStringLiteral("latency_ms"), snapshot.last.latencyMs},
                     {QStringLiteral("failing_components"), components}};
    m_store->append(event);
}

} // namespace opsdeck
