#include "BackupMonitor.h"

#include "BackupFreshness.h"
#include "BackupScanner.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QTimer>

namespace opsdeck {

BackupMonitor::BackupMonitor(SshEngine *engine, QObject *parent) : QObject(parent), m_engine(engine), m_timer(new QTimer(this))
{
    qRegisterMetaType<opsdeck::BackupLocationReport>();
    m_timer->setInterval(15 * 60'000);
    connect(m_timer, &QTimer::timeout, this, &BackupMonitor::refresh);
}

void BackupMonitor::setStore(EventStoreService *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!m_store)
        return;
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if ((event.kind == QLatin1String("backup.verified") || event.kind == QLatin1String("backup.verify_failed"))
            && m_listed.contains(event.host))
            loadResults(event.host, false);
    });
}

void BackupMonitor::setConfig(const FleetConfig &config)
{
    m_config = config;
    ++m_generation;
    m_listed.clear();
    m_results.clear();
    m_reports.clear();
    m_scanning.clear();
    refresh();
    m_timer->start();
}

void BackupMonitor::setInterval(Milliseconds interval)
{
    m_timer->setInterval(int(interval.count()));
}

void BackupMonitor::refresh()
{
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const HostConfig &host : env.hosts) {
            if (host.backups.isEmpty() || m_scanning.value(host.name))
                continue;
            m_scanning.insert(host.name, true);
            const QString name = host.name;
            const quint64 generation = m_generation;
            // A sweep of the whole fleet: each host's scan takes one place in the engine's bulk limit.
            m_engine->bulk<QList<BackupLocationReport>>([engine = m_engine, config = m_config, host] {
                        return BackupScanner::scan(*engine, config, host, true);
                    })
                .then(this, [this, name, generation](const QList<BackupLocationReport> &reports) {
                if (generation != m_generation)
                    return;
                m_scanning.remove(name);
                QList<BackupLocationReport> stamped = reports;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (BackupLocationReport &r : stamped)
                    r.listedAt = now;
                m_listed.insert(name, stamped);
                if (m_store)
                    loadResults(name, true); // publishes when the results are in
                else
                    publish(name, true);
            })
                .onCanceled(this, [this, name, generation] {
                    if (generation == m_generation)
                        m_scanning.remove(name); // the session stopped: the next refresh scans it again
                });
        }
    }
}

void BackupMonitor::loadResults(const QString &host, bool afterListing)
{
    const HostConfig *config = m_config.findHost(host);
    if (!config)
        return;
    const quint64 generation = m_generation;
    m_store->query(BackupVerifyRun::resultsFilter(config->environment, host))
        .then(this, [this, host, generation, afterListing](const StoreResult<QList<Event>> &events) {
            if (generation != m_generation)
                return;
            // Unreadable results: judged as if none were recorded (complete sets), never hidden.
            m_results.insert(host, events ? BackupVerifyRun::latestByFile(*events.value) : QHash<QByteArray, BackupVerifyRun::LastResult>{});
            publish(host, afterListing);
        });
}

void BackupMonitor::publish(const QString &host, bool afterListing)
{
    QList<BackupLocationReport> judged = m_listed.value(host);
    if (m_store) {
        const QHash<QByteArray, BackupVerifyRun::LastResult> results = m_results.value(host);
        for (BackupLocationReport &r : judged)
            BackupFreshness::applyVerification(r, results);
    }
    m_reports.insert(host, judged);
    if (afterListing)
        Q_EMIT listed(host);
    Q_EMIT updated(host);
}

QList<BackupLocationReport> BackupMonitor::reports() const
{
    QList<BackupLocationReport> list;
    for (const EnvironmentConfig &env : m_config.environments) {
        for (const HostConfig &host : env.hosts)
            list += m_reports.value(host.name);
    }
    return list;
}

bool BackupMonitor::staleAt(const BackupLocationReport &report, const QDateTime &now, qint64 *ageSecs)
{
    const qint64 atListing = report.judgedOnVerified ? report.newestVerifiedAgeSecs : report.newestCompleteAgeSecs;
    if (report.newestComplete < 0 || atListing < 0 || !report.listedAt.isValid()) {
        if (ageSecs)
            *ageSecs = -1;
        return report.stale;
    }
    const qint64 age = atListing + std::max<qint64>(0, report.listedAt.secsTo(now));
    if (ageSecs)
        *ageSecs = age;
    return age >= report.location.rpo.count() / 1000;
}

} // namespace opsdeck
