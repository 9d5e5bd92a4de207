#include "AlertEngine.h"

#include "AlertEvaluator.h"
#include "backups/BackupMonitor.h"
#include "health/HealthService.h"
#include "metrics/HostMetricsPoller.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QTimer>

namespace opsdeck {

AlertEngine::AlertEngine(HealthService *health, HostMetricsPoller *metrics, EventStoreService *store, QObject *parent)
    : QObject(parent), m_health(health), m_metrics(metrics), m_store(store), m_debounce(new QTimer(this)), m_tick(new QTimer(this))
{
    qRegisterMetaType<opsdeck::Alert>();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AlertEngine::evaluateNow);
    m_tick->setInterval(1000); // staleness and sustained CPU move with the clock alone
    connect(m_tick, &QTimer::timeout, this, &AlertEngine::evaluateNow);
    m_tick->start();
    connect(m_health, &HealthService::updated, this, &AlertEngine::scheduleEvaluation);
    connect(m_metrics, &HostMetricsPoller::metrics, this, &AlertEngine::scheduleEvaluation);
    connect(m_metrics, &HostMetricsPoller::unreachable, this, &AlertEngine::scheduleEvaluation);
    connect(m_metrics, &HostMetricsPoller::reachabilityChanged, this, &AlertEngine::scheduleEvaluation);
}

void AlertEngine::setConfig(const FleetConfig &config)
{
    m_config = config;
    scheduleEvaluation();
}

void AlertEngine::setBackupMonitor(BackupMonitor *backups)
{
    if (m_backups)
        disconnect(m_backups, nullptr, this, nullptr);
    m_backups = backups;
    if (m_backups)
        connect(m_backups, &BackupMonitor::updated, this, &AlertEngine::scheduleEvaluation);
    scheduleEvaluation();
}

void AlertEngine::scheduleEvaluation()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void AlertEngine::mute(const QStringList &targets)
{
    for (const QString &t : targets)
        ++m_muted[t];
    evaluateNow();
}

void AlertEngine::unmute(const QStringList &targets)
{
    for (const QString &t : targets) {
        if (--m_muted[t] <= 0)
            m_muted.remove(t);
    }
    scheduleEvaluation();
}

QList<Alert> AlertEngine::active() const
{
    QList<Alert> list = m_active.values();
    std::sort(list.begin(), list.end(), [](const Alert &a, const Alert &b) {
        return a.severity != b.severity ? a.severity == AlertSeverity::Critical : a.since > b.since;
    });
    return list;
}

void AlertEngine::acknowledge(const QString &key, const QString &by)
{
    auto it = m_active.find(key);
    if (it == m_active.end() || it->acknowledgedAt.isValid())
        return;
    it->acknowledgedAt = QDateTime::currentDateTimeUtc();
    it->acknowledgedBy = by;
    record(EventKinds::name(EventKind::AlertAcknowledged), *it, tr("Alert acknowledged: %1").arg(it->title));
    Q_EMIT changed();
}

void AlertEngine::evaluateNow()
{
    if (m_config.environments.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Services: the worst of their endpoints; a stale result counts as unknown, never as healthy.
    QHash<QString, ServiceState> services;
    services.reserve(m_health->endpointOrder().size());
    const QHash<QString, HealthSnapshot> &snapshots = m_health->snapshots();
    const HealthSnapshot none;
    for (const QString &id : m_health->endpointOrder()) {
        const auto found = snapshots.constFind(id);
        const HealthSnapshot &s = found == snapshots.cend() ? none : *found;
        const QString key = s.endpoint.environment + u'/' + s.endpoint.host + u'/' + s.endpoint.service;
        ServiceState &state = services[key];
        const bool firstEndpoint = state.service.isEmpty();
        state.environment = s.endpoint.environment;
        state.host = s.endpoint.host;
        state.service = s.endpoint.service;
        const HealthStatus status = HealthService::isStale(s, nowMs) ? HealthStatus::Unknown : s.stable;
        if (firstEndpoint || (status != state.status && worse(status, state.status) == status)) {
            state.status = status;
            state.reason = s.last.reason;
        }
        for (const HealthComponent &c : s.last.components) {
            if (c.status == HealthStatus::Fail && !state.failingComponents.contains(c.name))
                state.failingComponents << c.name;
        }
        state.latencyMs = std::max(state.latencyMs, AlertEvaluator::sustainedLatency(m_health->history(id)));
    }
    QList<HostState> hosts;
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const HostConfig &h : env.hosts) {
            HostState state;
            state.environment = env.name;
            state.host = h.name;
            const auto metrics = m_metrics->latest(h.name);
            // Only a confirmed failure is "unreachable"; a host still retrying is not known either way.
            const HostReachability reach = m_metrics->reachability(h.name);
            if (reach.reachability == Reachability::Unreachable) {
                state.reachable = false;
                state.error = reach.error;
            } else if (reach.reachability == Reachability::Reachable) {
                state.reachable = true;
            }
            if (metrics) {
                state.cpuPercent = metrics->cpuPercent;
                state.memoryPercent = metrics->memoryPercent;
                for (const DiskUse &d : metrics->disks)
                    state.diskFreePercent.append({d.mount, d.freePercent()});
                state.disksSkipped = metrics->disksSkipped;
            }
            if (state.cpuPercent && *state.cpuPercent > m_config.thresholds.cpuPercent) {
                if (!m_cpuHighSince.contains(h.name))
                    m_cpuHighSince.insert(h.name, now);
                state.cpuHighSince = m_cpuHighSince.value(h.name);
            } else {
                m_cpuHighSince.remove(h.name);
            }
            hosts.append(state);
        }
    }
    QSet<QString> muted;
    for (auto it = m_muted.cbegin(); it != m_muted.cend(); ++it)
        muted.insert(it.key());
    QList<Alert> current = AlertEvaluator::evaluate(services.values(), hosts, m_config.thresholds, muted, now);
    if (m_backups)
        current += AlertEvaluator::backupAlerts(m_backups->reports(), now);

    bool anyChange = false;
    QSet<QString> seen;
    for (const Alert &a : current) {
        seen.insert(a.key);
        auto it = m_active.find(a.key);
        if (it == m_active.end()) {
            m_active.insert(a.key, a);
            if (spend(a, nowMs)) {
                record(EventKinds::name(EventKind::AlertRaised), a, tr("%1 alert: %2%3").arg(alertSeverityName(a.severity), a.title,
                                                                                   a.detail.isEmpty() ? QString() : QStringLiteral(" — ") + a.detail));
                Q_EMIT raised(a);
            }
            anyChange = true;
        } else if (it->detail != a.detail || it->cause != a.cause || it->suppressed != a.suppressed || it->severity != a.severity) {
            it->detail = a.detail;
            it->cause = a.cause;
            it->suppressed = a.suppressed;
            it->severity = a.severity;
            it->title = a.title;
            anyChange = true;
        }
    }
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        const Alert gone = *it;
        it = m_active.erase(it);
        if (spend(gone, nowMs)) {
            record(EventKinds::name(EventKind::AlertResolved), gone, tr("Alert resolved: %1").arg(gone.title));
            Q_EMIT resolved(gone);
        }
        anyChange = true;
    }
    reportThrottled(nowMs);
    if (anyChange)
        Q_EMIT changed();
}

bool AlertEngine::spend(const Alert &alert, qint64 nowMs)
{
    const QString key = alert.host.isEmpty() ? alert.environment : alert.environment + u'/' + alert.host;
    m_budgetTargets.insert(key, {alert.environment, alert.host});
    return m_budget.spend(key, nowMs);
}

// Once a host's window is over: one event saying how many of its alert events were not written.
void AlertEngine::reportThrottled(qint64 nowMs)
{
    for (const EventBudget::Dropped &d : m_budget.take(nowMs)) {
        const auto [environment, host] = m_budgetTargets.value(d.key);
        Event event;
        event.kind = EventKinds::name(EventKind::AlertThrottled);
        event.environment = environment;
        event.host = host;
        event.summary = tr("%n alert event(s) of %1 not recorded: more than %2 in a minute", nullptr, d.count)
                            .arg(d.key)
                            .arg(kEventsPerHost);
        event.details = {{QStringLiteral("dropped"), d.count},
                         {QStringLiteral("limit"), kEventsPerHost},
                         {QStringLiteral("window_ms"), kEventWindowMs}};
        m_store->append(event);
    }
}

void AlertEngine::record(const QString &kind, const Alert &alert, const QString &summary)
{
    Event event;
    event.kind = kind;
    event.environment = alert.environment;
    event.host = alert.host;
    event.service = alert.service;
    event.summary = summary;
    event.details = {{QStringLiteral("key"), alert.key},
                     {QStringLiteral("severity"), alertSeverityName(alert.severity)},
                     {QStringLiteral("detail"), alert.detail},
                     {QStringLiteral("cause"), alert.cause},
                     {QStringLiteral("suppressed"), alert.suppressed},
                     {QStringLiteral("since"), alert.since.toString(Qt::ISODateWithMs)}};
    if (alert.acknowledgedAt.isValid())
        event.details.insert(QStringLiteral("acknowledged_by"), alert.acknowledgedBy);
    m_store->append(event);
}

} // namespace opsdeck
