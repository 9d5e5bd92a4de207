#include "HostMetricsPoller.h"

#include "SampleHistory.h"
#include "ssh/SshEngine.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTimer>

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
    if (history)
        connect(history, &SampleHistory::restored, this, &HostMetricsPoller::restore);
}

void HostMetricsPoller::restore(const StoredSeries &series)
{
    // The three series of a host, merged by time into polls (they were recorded at the same times,
    // and an aggregate's low and high sit at the same places in every series).
    QHash<QString, QMap<qint64, HostMetrics>> polls;
    QHash<QString, qint64> aggregatedUntil;
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - kHistoryMs;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        std::optional<double> HostMetrics::*field = nullptr;
        QString host;
        if (it.key().startsWith(kCpuSeries)) {
            field = &HostMetrics::cpuPercent;
            host = it.key().mid(kCpuSeries.size());
        } else if (it.key().startsWith(kMemorySeries)) {
            field = &HostMetrics::memoryPercent;
            host = it.key().mid(kMemorySeries.size());
        } else if (it.key().startsWith(kDiskSeries)) {
            field = &HostMetrics::keptDiskPercent;
            host = it.key().mid(kDiskSeries.size());
        } else {
            continue;
        }
        if (!m_config.environments.isEmpty() && !m_config.findHost(host))
            continue; // before the configuration is known every host is taken; setConfig() drops what is gone
        QMap<qint64, HostMetrics> &byTime = polls[host];
        const auto put = [&](qint64 t, double value) {
            if (t < horizon)
                return;
            HostMetrics &m = byTime[t];
            m.at = QDateTime::fromMSecsSinceEpoch(t);
            m.*field = value;
        };
        for (const StoredSample &s : it.value()) {
            if (s.isAggregate()) {
                put(s.lowAtMs(), s.low);
                put(s.highAtMs(), s.high);
                aggregatedUntil[host] = std::max(aggregatedUntil.value(host, -1), s.highAtMs());
            } else {
                put(s.timeMs, s.average);
            }
        }
    }
    for (auto it = polls.cbegin(); it != polls.cend(); ++it) {
        QList<HostMetrics> &history = m_history[it.key()];
        // Only what is older than the live polls: they may have started before the read finished.
        QList<HostMetrics> earlier;
        for (const HostMetrics &m : it.value()) {
            if (history.isEmpty() || m.at < history.constFirst().at)
                earlier.append(m);
        }
        if (earlier.isEmpty())
            continue;
        history = earlier + history;
        if (aggregatedUntil.contains(it.key()))
            m_aggregatedUntil.insert(it.key(), aggregatedUntil.value(it.key()));
    }
    Q_EMIT historyRestored();
}

const QList<HostMetrics> &HostMetricsPoller::history(const QString &host) const
{
    static const QList<HostMetrics> none;
    const auto it = m_history.constFind(host);
    return it == m_history.cend() ? none : *it;
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
            QList<HostMetrics> &history = m_history[host];
            history.append(m);
            if (m_sampleHistory) {
                const qint64 at = m.at.toMSecsSinceEpoch();
                if (m.cpuPercent)
                    m_sampleHistory->record(kCpuSeries + host, at, *m.cpuPercent);
                if (m.memoryPercent)
                    m_sampleHistory->record(kMemorySeries + host, at, *m.memoryPercent);
                if (const auto disk = m.fullestDiskPercent())
                    m_sampleHistory->record(kDiskSeries + host, at, *disk);
            }
            const QDateTime horizon = m.at.addSecs(-24 * 3600);
            while (!history.isEmpty() && history.constFirst().at < horizon)
                history.removeFirst();
            m_reachable.insert(host, true);
            m_errors.remove(host);
            if (m_tracker.recordSuccess(host, now))
                Q_EMIT reachabilityChanged(host);
            Q_EMIT metrics(host, m);
        })
        .onCanceled(this, [this, host] { m_inFlight.insert(host, false); });
}

} // namespace opsdeck
