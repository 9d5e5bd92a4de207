#include "HostMetricsPoller.h"

#include "ssh/SshEngine.h"

#include <QRandomGenerator>
#include <QTimer>

namespace opsdeck {

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
    if (!m_timer->isActive())
        m_timer->start();
    pollNow();
}

void HostMetricsPoller::setInterval(Milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
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
