#include "HealthMonitor.h"

#include "HealthProbe.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace opsdeck {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

HealthMonitor::HealthMonitor(QObject *parent) : QObject(parent), m_http(new HttpClient(this)), m_timer(new QTimer(this))
{
    qRegisterMetaType<opsdeck::HealthSnapshot>();
    qRegisterMetaType<opsdeck::HealthStatus>();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &HealthMonitor::fire);
}

HealthMonitor::~HealthMonitor() = default;

QList<HealthEndpoint> HealthMonitor::endpointsOf(const FleetConfig &config)
{
    QList<HealthEndpoint> list;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const ServiceConfig &service : host.services) {
                for (qsizetype i = 0; i < service.health.size(); ++i) {
                    HealthEndpoint e;
                    e.id = env.name + u'/' + host.name + u'/' + service.name + u'#' + QString::number(i);
                    e.environment = env.name;
                    e.host = host.name;
                    e.service = service.name;
                    e.labels = host.labels;
                    e.check = service.health.at(i);
                    e.caFile = env.caFile;
                    list.append(e);
                }
            }
        }
    }
    return list;
}

void HealthMonitor::setEndpoints(const QList<HealthEndpoint> &endpoints, int threshold)
{
    m_threshold = threshold;
    QHash<QString, Entry> next;
    const qint64 now = nowMs();
    for (const HealthEndpoint &e : endpoints) {
        auto old = m_entries.find(e.id);
        if (old != m_entries.end() && old->endpoint.check.url == e.check.url && old->endpoint.check.format == e.check.format
            && old->endpoint.check.interval == e.check.interval && old->endpoint.check.timeout == e.check.timeout) {
            old->endpoint = e;
            old->request = HealthProbe::requestFor(e.check, e.caFile);
            next.insert(e.id, std::move(*old));
            continue;
        }
        Entry entry{e, HealthStateMachine(threshold), HealthProbe::requestFor(e.check, e.caFile), false,
                    (old != m_entries.end() ? old->generation + 1 : 0)};
        next.insert(e.id, std::move(entry));
        // Spread the first checks over one interval so a thousand endpoints do not fire together.
        const qint64 interval = e.check.interval.count();
        schedule(e.id, now + QRandomGenerator::global()->bounded(std::max<qint64>(1, std::min<qint64>(interval, 1000))));
    }
    m_entries = std::move(next);
    armTimer();
}

void HealthMonitor::checkNow()
{
    for (Entry &entry : m_entries) {
        if (!entry.inFlight)
            start(entry);
    }
}

void HealthMonitor::schedule(const QString &id, qint64 at)
{
    const auto it = m_entries.constFind(id);
    m_queue.push({at, id, it == m_entries.cend() ? 0 : it->generation});
}

void HealthMonitor::armTimer()
{
    // Drop entries of endpoints that no longer exist.
    while (!m_queue.empty()) {
        const Due &top = m_queue.top();
        const auto it = m_entries.constFind(top.id);
        if (it != m_entries.cend() && it->generation == top.generation)
            break;
        m_queue.pop();
    }
    if (m_queue.empty()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(m_queue.top().at - nowMs(), 0, 60'000)));
}

void HealthMonitor::fire()
{
    const qint64 now = nowMs();
    while (!m_queue.empty() && m_queue.top().at <= now) {
        const Due due = m_queue.top();
        m_queue.pop();
        auto it = m_entries.find(due.id);
        if (it == m_entries.end() || it->generation != due.generation)
            continue;
        // The next round keeps its rhythm whatever this one does.
        qint64 next = due.at + it->endpoint.check.interval.count();
        if (next <= now)
            next = now + it->endpoint.check.interval.count();
        m_queue.push({next, due.id, due.generation});
        if (it->inFlight) {
            ++m_skipped; // still waiting for the previous answer: never two at once
            continue;
        }
        start(*it);
    }
    armTimer();
}

void HealthMonitor::start(Entry &entry)
{
    entry.inFlight = true;
    ++m_started;
    const QString id = entry.endpoint.id;
    const quint64 generation = entry.generation;
    m_http->get(entry.request, [this, id, generation, format = entry.endpoint.check.format](HttpResult &&result) {
        auto it = m_entries.find(id);
        if (it == m_entries.end() || it->generation != generation)
            return; // the endpoint changed or went while we waited
        it->inFlight = false;
        const HealthVerdict v = HealthProbe::verdictOf(std::move(result), format);
        const auto transition = it->machine.feed(v);
        HealthSnapshot snapshot{it->endpoint, it->machine.stable(), true, v};
        Q_EMIT verdict(snapshot);
        if (transition)
            Q_EMIT transitioned(snapshot, transition->from, transition->initial);
    });
}

} // namespace opsdeck
