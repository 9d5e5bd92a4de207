#include "HostMetricsPoller.h"

#include "SampleHistory.h"
#include "SeriesTiers.h"
#include "ssh/SshEngine.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace opsdeck {

namespace {
const QString kCpuSeries = QStringLiteral("cpu:");
const QString kMemorySeries = QStringLiteral("memory:");
const QString kDiskSeries = QStringLiteral("disk:");
constexpr qint64 kHistoryMs = 24LL * 3600 * 1000;
} // namespace

HostMetricsPoller::HostMetricsPoller(SshEngine *ssh, QObject *parent) : QObject(parent), m_ssh(ssh), m_timer(new QTimer(this))
{
    qRegisterMetaType<opsdeck::HostMetrics>();
    m_timer->setInterval(15'000);
    connect(m_timer, &QTimer::timeout, this, &HostMetricsPoller::pollNow);
    m_downsampledAtMs = QDateTime::currentMSecsSinceEpoch();
    auto *downsampling = new QTimer(this);
    downsampling->setInterval(kDownsampleEveryMs);
    connect(downsampling, &QTimer::timeout, this, [this] { downsampleHistory(QDateTime::currentMSecsSinceEpoch()); });
    downsampling->start();
}

void HostMetricsPoller::setConfig(const FleetConfig &config)
{
    m_config = config;
    m_tracker.setRule(config.thresholds.unreachableFailures, config.thresholds.unreachableWindow);
    QSet<QString> hosts;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &h : env.hosts)
            hosts.insert(h.name);
    }
    m_tracker.keepOnly(hosts);
    for (auto it = m_latest.begin(); it != m_latest.end();)
        it = hosts.contains(it.key()) ? std::next(it) : m_latest.erase(it);
    for (auto it = m_history.begin(); it != m_history.end();)
        it = hosts.contains(it.key()) ? std::next(it) : m_history.erase(it);
    for (auto it = m_aggregatedUntil.begin(); it != m_aggregatedUntil.end();)
        it = hosts.contains(it.key()) ? std::next(it) : m_aggregatedUntil.erase(it);
    if (!m_timer->isActive())
        m_timer->start();
    pollNow();
}

void HostMetricsPoller::setInterval(Milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
}

void HostMetricsPoller::setHistory(SampleHistory *history)
{
    m_sampleHistory = history;
    if (history) {
        connect(history, &SampleHistory::restored, this, &HostMetricsPoller::restore);
        connect(history, &SampleHistory::restoreFinished, this, &HostMetricsPoller::historyRestored);
    }
}

void HostMetricsPoller::restore(const RestoredBatch &batch)
{
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - kHistoryMs;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        HostMetric metric = HostMetric::Cpu;
        QString host;
        if (it.key().startsWith(kCpuSeries)) {
            metric = HostMetric::Cpu;
            host = it.key().mid(kCpuSeries.size());
        } else if (it.key().startsWith(kMemorySeries)) {
            metric = HostMetric::Memory;
            host = it.key().mid(kMemorySeries.size());
        } else if (it.key().startsWith(kDiskSeries)) {
            metric = HostMetric::Disk;
            host = it.key().mid(kDiskSeries.size());
        } else {
            continue;
        }
        if (!m_config.environments.isEmpty() && !m_config.findHost(host))
            continue; // before the configuration is known every host is taken; setConfig() drops what is gone
        QList<MetricPoint> &history = m_history[host][size_t(metric)];
        // Only what is older than the live polls: they may have started before the read finished.
        const qint64 before = history.isEmpty() ? std::numeric_limits<qint64>::max() : history.constFirst().timeMs;
        const QList<MetricPoint> &points = it.value().points;
        const auto from = std::lower_bound(points.cbegin(), points.cend(), horizon, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
        const auto to = std::lower_bound(from, points.cend(), before, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; });
        if (from == to)
            continue;
        if (history.isEmpty() && from == points.cbegin() && to == points.cend()) {
            history = points; // the restored list itself (shared, not copied)
        } else {
            QList<MetricPoint> kept;
            kept.reserve((to - from) + history.size());
            kept.append(points.mid(from - points.cbegin(), to - from));
            kept.append(history);
            history = std::move(kept);
        }
        if (it.value().aggregatedUntilMs >= 0)
            m_aggregatedUntil.insert(host, std::max(m_aggregatedUntil.value(host, -1), it.value().aggregatedUntilMs));
    }
}

void HostMetricsPoller::downsampleHistory(qint64 nowMs)
{
    bool changed = false;
    for (auto it = m_history.begin(); it != m_history.end(); ++it) {
        for (QList<MetricPoint> &points : it.value())
            changed = SeriesTiers::downsampleKept(points, m_downsampledAtMs, nowMs, it.key(), &m_aggregatedUntil) || changed;
    }
    m_downsampledAtMs = nowMs;
    if (changed)
        Q_EMIT historyDownsampled();
}

const QList<MetricPoint> &HostMetricsPoller::history(const QString &host, HostMetric metric) const
{
    static const QList<MetricPoint> none;
    const auto it = m_history.constFind(host);
    return it == m_history.cend() ? none : (*it)[size_t(metric)];
}

Milliseconds HostMetricsPoller::interval() const
{
    return Milliseconds(m_timer->interval());
}

std::optional<HostMetrics> HostMetricsPoller::latest(const QString &host) const
{
    const auto it = m_latest.constFind(host);
    return it == m_latest.cend() ? std::nullopt : std::optional(*it);
}

void HostMetricsPoller::pollNow()
{
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const HostConfig &h : env.hosts) {
            if (!m_retryScheduled.contains(h.name)) // a retrying host keeps to its own retry time
                poll(h.name, /*background*/ true);
        }
    }
}

void HostMetricsPoller::poll(const QString &host, bool background)
{
    if (m_inFlight.value(host))
        return; // one poll per host at a time
    m_inFlight.insert(host, true);
    m_ssh->run(host, HostMetricsParser::command(), m_config.ssh.commandTimeout, background)
        .then(this, [this, host](const CommandResult &result) {
            m_inFlight.insert(host, false);
            if (!m_config.findHost(host))
                return; // removed from the configuration while it ran
            if (result.status == CommandResult::Status::Queued)
                return; // the console's own queue was full: the host was not tried, nothing is known
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (result.status != CommandResult::Status::Completed) {
                m_reachable.insert(host, false);
                m_errors.insert(host, result.error);
                const bool changed = m_tracker.recordFailure(host, result.error, now);
                if (m_tracker.state(host).reachability == Reachability::Retrying && !m_retryScheduled.contains(host)) {
                    // A real attempt (not the engine's backoff answer), timed so that its failure can confirm.
                    const Milliseconds delay = m_tracker.retryDelay(host, now, Milliseconds(result.elapsedMs),
                                                                    QRandomGenerator::global()->generateDouble());
                    m_retryScheduled.insert(host);
                    QTimer::singleShot(delay, this, [this, host] {
                        m_retryScheduled.remove(host);
                        if (m_config.findHost(host))
                            poll(host, /*background*/ false);
                    });
                }
                if (changed)
                    Q_EMIT reachabilityChanged(host);
                Q_EMIT unreachable(host, result.error);
                return;
            }
            const auto previous = m_latest.contains(host) ? m_latest.value(host).cpuTimes : std::nullopt;
            const HostMetrics m = HostMetricsParser::parse(result.out, previous);
            m_latest.insert(host, m);
            auto &history = m_history[host];
            const qint64 at = m.at.toMSecsSinceEpoch();
            const std::array<std::optional<double>, 3> values{m.cpuPercent, m.memoryPercent, m.fullestDiskPercent()};
            for (size_t metric = 0; metric < values.size(); ++metric) {
                QList<MetricPoint> &points = history[metric];
                if (values[metric])
                    points.append({at, *values[metric]});
                while (!points.isEmpty() && points.constFirst().timeMs < at - kHistoryMs)
                    points.removeFirst();
            }
            if (m_sampleHistory) {
                if (m.cpuPercent)
                    m_sampleHistory->record(kCpuSeries + host, at, *m.cpuPercent);
                if (m.memoryPercent)
                    m_sampleHistory->record(kMemorySeries + host, at, *m.memoryPercent);
                if (values[2])
                    m_sampleHistory->record(kDiskSeries + host, at, *values[2]);
            }
            m_reachable.insert(host, true);
            m_errors.remove(host);
            if (m_tracker.recordSuccess(host, now))
                Q_EMIT reachabilityChanged(host);
            Q_EMIT metrics(host, m);
        })
        .onCanceled(this, [this, host] { m_inFlight.insert(host, false); });
}

} // namespace opsdeck
