#include "ConnectionJournal.h"

#include "HostMetricsPoller.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QJsonArray>
#include <QTimer>

namespace opsdeck {

namespace {
constexpr qsizetype kNamesInDetails = 100; // the counts are complete; the lists name the first hosts

QJsonArray names(const QStringList &hosts)
{
    return QJsonArray::fromStringList(hosts.mid(0, kNamesInDetails));
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}
} // namespace

ConnectionJournal::ConnectionJournal(HostMetricsPoller *metrics, EventStoreService *store, QObject *parent)
    : QObject(parent), m_metrics(metrics), m_store(store), m_tick(new QTimer(this))
{
    qRegisterMetaType<opsdeck::ConnectionSummary>();
    m_tick->setInterval(1000); // a wave that passes its limit settles with the clock alone
    connect(m_tick, &QTimer::timeout, this, &ConnectionJournal::flush);
    connect(m_metrics, &HostMetricsPoller::reachabilityChanged, this, [this](const QString &host) {
        m_wave.update(host, m_metrics->reachability(host).reachability, QDateTime::currentDateTimeUtc());
        flush();
    });
}

void ConnectionJournal::setConfig(const FleetConfig &config)
{
    QSet<QString> hosts;
    QSet<QString> environments;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &h : env.hosts) {
            hosts.insert(h.name);
            environments.insert(env.name);
        }
    }
    m_environment = environments.size() == 1 ? *environments.cbegin() : QString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_wave.setHosts(hosts, now);
    // Hosts the poller already knows (a reload keeps them) start from what it knows.
    for (const QString &host : std::as_const(hosts)) {
        const Reachability r = m_metrics->reachability(host).reachability;
        if (r != Reachability::Unknown)
            m_wave.update(host, r, now);
    }
    if (!m_tick->isActive())
        m_tick->start();
    flush();
}

void ConnectionJournal::flush()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (const std::optional<ConnectionSummary> summary = m_wave.take(now)) {
        m_store->append(eventOf(*summary, m_environment));
        Q_EMIT summarised(*summary);
    }
}

Event ConnectionJournal::eventOf(const ConnectionSummary &s, const QString &environment)
{
    const bool start = s.kind == ConnectionSummary::Kind::Start;
    QStringList rest;
    if (!start && s.connected > 0 && s.connected < s.hosts)
        rest << tr("%n reconnected within %1 s", nullptr, s.connected).arg(seconds(s.connectedInMs));
    if (s.unreachable > 0)
        rest << tr("%n unreachable", nullptr, s.unreachable);
    if (s.retrying > 0)
        rest << tr("%n still retrying (not confirmed)", nullptr, s.retrying);
    if (s.waiting > 0)
        rest << tr("%n not tried yet", nullptr, s.waiting);
    QString summary;
    if (start) {
        if (s.connected == s.hosts)
            summary = tr("%n host(s) connected in %1 s", nullptr, s.hosts).arg(seconds(s.connectedInMs));
        else if (s.connected == 0)
            summary = tr("None of %n host(s) connected", nullptr, s.hosts);
        else
            summary = tr("%1 of %n host(s) connected in %2 s", nullptr, s.hosts).arg(s.connected).arg(seconds(s.connectedInMs));
        if (!rest.isEmpty())
            summary += QStringLiteral("; ") + rest.join(QStringLiteral(", "));
    } else if (s.connected == s.hosts) {
        summary = tr("%n host(s) lost their SSH connection and reconnected within %1 s", nullptr, s.hosts).arg(seconds(s.connectedInMs));
    } else {
        summary = tr("%n host(s) lost their SSH connection: %1", "how many, then a list of what became of them", s.hosts).arg(rest.join(QStringLiteral(", ")));
    }
    Event event;
    event.kind = start ? EventKinds::name(EventKind::SshConnected) : EventKinds::name(EventKind::SshReconnected);
    event.environment = environment;
    event.summary = summary;
    event.details = {{QStringLiteral("hosts"), s.hosts},
                     {QStringLiteral("connected"), s.connected},
                     {QStringLiteral("retrying"), s.retrying},
                     {QStringLiteral("unreachable"), s.unreachable},
                     {QStringLiteral("waiting"), s.waiting},
                     {QStringLiteral("connected_in_ms"), s.connectedInMs},
                     {QStringLiteral("settled_in_ms"), s.began.msecsTo(s.ended)},
                     {QStringLiteral("began"), s.began.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("unreachable_hosts"), names(s.unreachableHosts)},
                     {QStringLiteral("retrying_hosts"), names(s.retryingHosts)},
                     {QStringLiteral("waiting_hosts"), names(s.waitingHosts)}};
    return event;
}

} // namespace opsdeck
